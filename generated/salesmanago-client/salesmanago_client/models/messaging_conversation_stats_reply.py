from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.messaging_conversation_stats_reply_statistics import MessagingConversationStatsReplyStatistics


T = TypeVar("T", bound="MessagingConversationStatsReply")


@_attrs_define
class MessagingConversationStatsReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        conversation_template_id (int | Unset): ID of the message template used
        sent_date (int | Unset): sending date, UNIX timestamp [ms]
        user (str | Unset): SALESmanago user the conversation is assigned to
        name (str | Unset): name of the message in SALESmanago
        statistics (MessagingConversationStatsReplyStatistics | Unset): statistics per channel
    """

    success: bool
    message: list[str]
    conversation_template_id: int | Unset = UNSET
    sent_date: int | Unset = UNSET
    user: str | Unset = UNSET
    name: str | Unset = UNSET
    statistics: MessagingConversationStatsReplyStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        conversation_template_id = self.conversation_template_id

        sent_date = self.sent_date

        user = self.user

        name = self.name

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if conversation_template_id is not UNSET:
            field_dict["conversationTemplateId"] = conversation_template_id
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if user is not UNSET:
            field_dict["user"] = user
        if name is not UNSET:
            field_dict["name"] = name
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_conversation_stats_reply_statistics import MessagingConversationStatsReplyStatistics  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingConversationStatsReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        conversation_template_id = absent_if_null(d.pop("conversationTemplateId", UNSET))

        sent_date = absent_if_null(d.pop("sentDate", UNSET))

        user = absent_if_null(d.pop("user", UNSET))

        name = absent_if_null(d.pop("name", UNSET))

        _statistics = absent_if_null(d.pop("statistics", UNSET))
        statistics: MessagingConversationStatsReplyStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = MessagingConversationStatsReplyStatistics.from_dict(_statistics)

        messaging_conversation_stats_reply = cls(
            success=success,
            message=message,
            conversation_template_id=conversation_template_id,
            sent_date=sent_date,
            user=user,
            name=name,
            statistics=statistics,
        )

        messaging_conversation_stats_reply.additional_properties = d
        return messaging_conversation_stats_reply

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
