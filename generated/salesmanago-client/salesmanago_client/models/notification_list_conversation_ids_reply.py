from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="NotificationListConversationIdsReply")


@_attrs_define
class NotificationListConversationIdsReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        push_conversation_ids (list[int] | Unset): Web Push conversation IDs
    """

    success: bool
    message: list[str]
    push_conversation_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        push_conversation_ids: list[int] | Unset = UNSET
        if not isinstance(self.push_conversation_ids, Unset):
            push_conversation_ids = self.push_conversation_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if push_conversation_ids is not UNSET:
            field_dict["pushConversationIds"] = push_conversation_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("NotificationListConversationIdsReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        push_conversation_ids = cast(list[int], checked_list(absent_if_null(d.pop("pushConversationIds", UNSET)), int))

        notification_list_conversation_ids_reply = cls(
            success=success,
            message=message,
            push_conversation_ids=push_conversation_ids,
        )

        notification_list_conversation_ids_reply.additional_properties = d
        return notification_list_conversation_ids_reply

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
