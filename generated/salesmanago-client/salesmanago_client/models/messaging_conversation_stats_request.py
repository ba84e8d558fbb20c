from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messaging_conversation_stats_request_channel import MessagingConversationStatsRequestChannel
from ..models.messaging_conversation_stats_request_source import MessagingConversationStatsRequestSource
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="MessagingConversationStatsRequest")


@_attrs_define
class MessagingConversationStatsRequest:
    """
    Attributes:
        conversation_id (int): conversation ID as returned by messaging/send (the table gives max. length 36)
        channel (MessagingConversationStatsRequestChannel | Unset):  Default:
            MessagingConversationStatsRequestChannel.ALL.
        source (MessagingConversationStatsRequestSource | Unset):  Default: MessagingConversationStatsRequestSource.ALL.
    """

    conversation_id: int
    channel: MessagingConversationStatsRequestChannel | Unset = MessagingConversationStatsRequestChannel.ALL
    source: MessagingConversationStatsRequestSource | Unset = MessagingConversationStatsRequestSource.ALL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversationId": conversation_id,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingConversationStatsRequest is a JSON object")
        d = dict(src_dict)
        conversation_id = d.pop("conversationId")

        _channel = absent_if_null(d.pop("channel", UNSET))
        channel: MessagingConversationStatsRequestChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = MessagingConversationStatsRequestChannel(_channel)

        _source = absent_if_null(d.pop("source", UNSET))
        source: MessagingConversationStatsRequestSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = MessagingConversationStatsRequestSource(_source)

        messaging_conversation_stats_request = cls(
            conversation_id=conversation_id,
            channel=channel,
            source=source,
        )

        messaging_conversation_stats_request.additional_properties = d
        return messaging_conversation_stats_request

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
