from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messaging_channel_integration_channel import MessagingChannelIntegrationChannel
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="MessagingChannelIntegration")


@_attrs_define
class MessagingChannelIntegration:
    """
    Attributes:
        channel (MessagingChannelIntegrationChannel | Unset):
        provider (str | Unset): name of the gateway provider
    """

    channel: MessagingChannelIntegrationChannel | Unset = UNSET
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingChannelIntegration is a JSON object")
        d = dict(src_dict)
        _channel = absent_if_null(d.pop("channel", UNSET))
        channel: MessagingChannelIntegrationChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = MessagingChannelIntegrationChannel(_channel)

        provider = absent_if_null(d.pop("provider", UNSET))

        messaging_channel_integration = cls(
            channel=channel,
            provider=provider,
        )

        messaging_channel_integration.additional_properties = d
        return messaging_channel_integration

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
