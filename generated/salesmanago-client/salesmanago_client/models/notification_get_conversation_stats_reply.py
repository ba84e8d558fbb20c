from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.web_push_conversation_stats import WebPushConversationStats


T = TypeVar("T", bound="NotificationGetConversationStatsReply")


@_attrs_define
class NotificationGetConversationStatsReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        data (WebPushConversationStats | Unset): Web Push statistics (fields and types inferred from the sample; the doc
            only says "Object with Web Push statistics").
    """

    success: bool
    message: list[str]
    data: WebPushConversationStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_push_conversation_stats import WebPushConversationStats  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("NotificationGetConversationStatsReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        _data = absent_if_null(d.pop("data", UNSET))
        data: WebPushConversationStats | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WebPushConversationStats.from_dict(_data)

        notification_get_conversation_stats_reply = cls(
            success=success,
            message=message,
            data=data,
        )

        notification_get_conversation_stats_reply.additional_properties = d
        return notification_get_conversation_stats_reply

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
