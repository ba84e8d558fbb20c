from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.messaging_channel_stats import MessagingChannelStats


T = TypeVar("T", bound="MessagingConversationStatsReplyStatistics")


@_attrs_define
class MessagingConversationStatsReplyStatistics:
    """statistics per channel

    Attributes:
        sms (MessagingChannelStats | Unset):
        whats_app (MessagingChannelStats | Unset):
        viber (MessagingChannelStats | Unset):
    """

    sms: MessagingChannelStats | Unset = UNSET
    whats_app: MessagingChannelStats | Unset = UNSET
    viber: MessagingChannelStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        whats_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whats_app, Unset):
            whats_app = self.whats_app.to_dict()

        viber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.viber, Unset):
            viber = self.viber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms is not UNSET:
            field_dict["SMS"] = sms
        if whats_app is not UNSET:
            field_dict["WHATS_APP"] = whats_app
        if viber is not UNSET:
            field_dict["VIBER"] = viber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_channel_stats import MessagingChannelStats  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingConversationStatsReplyStatistics is a JSON object")
        d = dict(src_dict)
        _sms = absent_if_null(d.pop("SMS", UNSET))
        sms: MessagingChannelStats | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = MessagingChannelStats.from_dict(_sms)

        _whats_app = absent_if_null(d.pop("WHATS_APP", UNSET))
        whats_app: MessagingChannelStats | Unset
        if isinstance(_whats_app, Unset):
            whats_app = UNSET
        else:
            whats_app = MessagingChannelStats.from_dict(_whats_app)

        _viber = absent_if_null(d.pop("VIBER", UNSET))
        viber: MessagingChannelStats | Unset
        if isinstance(_viber, Unset):
            viber = UNSET
        else:
            viber = MessagingChannelStats.from_dict(_viber)

        messaging_conversation_stats_reply_statistics = cls(
            sms=sms,
            whats_app=whats_app,
            viber=viber,
        )

        messaging_conversation_stats_reply_statistics.additional_properties = d
        return messaging_conversation_stats_reply_statistics

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
