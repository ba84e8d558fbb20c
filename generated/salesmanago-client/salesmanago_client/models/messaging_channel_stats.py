from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="MessagingChannelStats")


@_attrs_define
class MessagingChannelStats:
    """
    Attributes:
        cancelled (bool | Unset): the messaging was cancelled in this channel
        sent (int | Unset):
        delivered (int | Unset):
        undelivered (int | Unset):
        clicked (int | Unset):
    """

    cancelled: bool | Unset = UNSET
    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    undelivered: int | Unset = UNSET
    clicked: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelled = self.cancelled

        sent = self.sent

        delivered = self.delivered

        undelivered = self.undelivered

        clicked = self.clicked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if undelivered is not UNSET:
            field_dict["undelivered"] = undelivered
        if clicked is not UNSET:
            field_dict["clicked"] = clicked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingChannelStats is a JSON object")
        d = dict(src_dict)
        cancelled = absent_if_null(d.pop("cancelled", UNSET))

        sent = absent_if_null(d.pop("sent", UNSET))

        delivered = absent_if_null(d.pop("delivered", UNSET))

        undelivered = absent_if_null(d.pop("undelivered", UNSET))

        clicked = absent_if_null(d.pop("clicked", UNSET))

        messaging_channel_stats = cls(
            cancelled=cancelled,
            sent=sent,
            delivered=delivered,
            undelivered=undelivered,
            clicked=clicked,
        )

        messaging_channel_stats.additional_properties = d
        return messaging_channel_stats

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
