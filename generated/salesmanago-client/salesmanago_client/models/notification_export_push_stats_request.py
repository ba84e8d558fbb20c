from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotificationExportPushStatsRequest")


@_attrs_define
class NotificationExportPushStatsRequest:
    """
    Attributes:
        user (str): SALESmanago user account email.
        item_id (int): message ID from SALESmanago
        web_push_source_type (str): Web Push type, e.g. MASS (values not listed for this method)
    """

    user: str
    item_id: int
    web_push_source_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        item_id = self.item_id

        web_push_source_type = self.web_push_source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "itemId": item_id,
                "webPushSourceType": web_push_source_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("NotificationExportPushStatsRequest is a JSON object")
        d = dict(src_dict)
        user = d.pop("user")

        item_id = d.pop("itemId")

        web_push_source_type = d.pop("webPushSourceType")

        notification_export_push_stats_request = cls(
            user=user,
            item_id=item_id,
            web_push_source_type=web_push_source_type,
        )

        notification_export_push_stats_request.additional_properties = d
        return notification_export_push_stats_request

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
