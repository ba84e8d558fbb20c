from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_push_stats_source_type import WebPushStatsSourceType
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="NotificationGetConversationStatsRequest")


@_attrs_define
class NotificationGetConversationStatsRequest:
    """
    Attributes:
        web_push_id (int): Web Push identifier, or a conversation ID from notification/conversation/ids when
            useConversation is true
        user (str | Unset): SALESmanago user account email.
        source_type (WebPushStatsSourceType | Unset):
        use_conversation (bool | Unset): treat webPushId as a conversation ID returned by notification/conversation/ids
    """

    web_push_id: int
    user: str | Unset = UNSET
    source_type: WebPushStatsSourceType | Unset = UNSET
    use_conversation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_push_id = self.web_push_id

        user = self.user

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        use_conversation = self.use_conversation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webPushId": web_push_id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if use_conversation is not UNSET:
            field_dict["useConversation"] = use_conversation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("NotificationGetConversationStatsRequest is a JSON object")
        d = dict(src_dict)
        web_push_id = d.pop("webPushId")

        user = absent_if_null(d.pop("user", UNSET))

        _source_type = absent_if_null(d.pop("sourceType", UNSET))
        source_type: WebPushStatsSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = WebPushStatsSourceType(_source_type)

        use_conversation = absent_if_null(d.pop("useConversation", UNSET))

        notification_get_conversation_stats_request = cls(
            web_push_id=web_push_id,
            user=user,
            source_type=source_type,
            use_conversation=use_conversation,
        )

        notification_get_conversation_stats_request.additional_properties = d
        return notification_get_conversation_stats_request

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
