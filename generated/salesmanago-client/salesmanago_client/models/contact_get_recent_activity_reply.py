from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.recent_activities import RecentActivities


T = TypeVar("T", bound="ContactGetRecentActivityReply")


@_attrs_define
class ContactGetRecentActivityReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        recent_activities (RecentActivities | Unset): Visits in the period split by contact kind, with counts and visit
            statistics.
    """

    success: bool
    message: list[str]
    recent_activities: RecentActivities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        recent_activities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recent_activities, Unset):
            recent_activities = self.recent_activities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if recent_activities is not UNSET:
            field_dict["recentActivities"] = recent_activities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recent_activities import RecentActivities  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactGetRecentActivityReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        _recent_activities = absent_if_null(d.pop("recentActivities", UNSET))
        recent_activities: RecentActivities | Unset
        if isinstance(_recent_activities, Unset):
            recent_activities = UNSET
        else:
            recent_activities = RecentActivities.from_dict(_recent_activities)

        contact_get_recent_activity_reply = cls(
            success=success,
            message=message,
            recent_activities=recent_activities,
        )

        contact_get_recent_activity_reply.additional_properties = d
        return contact_get_recent_activity_reply

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
