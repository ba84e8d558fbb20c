from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.messaging_content_item import MessagingContentItem


T = TypeVar("T", bound="MessagingMassConversationDataReply")


@_attrs_define
class MessagingMassConversationDataReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        messaging_content_list (list[MessagingContentItem] | Unset): messages of the conversation
    """

    success: bool
    message: list[str]
    messaging_content_list: list[MessagingContentItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        messaging_content_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messaging_content_list, Unset):
            messaging_content_list = []
            for messaging_content_list_item_data in self.messaging_content_list:
                messaging_content_list_item = messaging_content_list_item_data.to_dict()
                messaging_content_list.append(messaging_content_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if messaging_content_list is not UNSET:
            field_dict["messagingContentList"] = messaging_content_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_content_item import MessagingContentItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingMassConversationDataReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        _messaging_content_list = absent_if_null(d.pop("messagingContentList", UNSET))
        messaging_content_list: list[MessagingContentItem] | Unset = UNSET
        if _messaging_content_list is not UNSET:
            messaging_content_list = []
            for messaging_content_list_item_data in _messaging_content_list:
                messaging_content_list_item = MessagingContentItem.from_dict(messaging_content_list_item_data)

                messaging_content_list.append(messaging_content_list_item)

        messaging_mass_conversation_data_reply = cls(
            success=success,
            message=message,
            messaging_content_list=messaging_content_list,
        )

        messaging_mass_conversation_data_reply.additional_properties = d
        return messaging_mass_conversation_data_reply

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
