from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_mobile_message_channel_type import ContactMobileMessageChannelType
from ..models.contact_mobile_message_source import ContactMobileMessageSource
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactMobileMessage")


@_attrs_define
class ContactMobileMessage:
    """A text message sent to the contact.

    Attributes:
        name (str | Unset): Name of the text message template.
        channel_type (ContactMobileMessageChannelType | Unset):
        delivered (bool | Unset): Delivery status from the gateway provider.
        sender (str | Unset): SALESmanago user account email.
        source (ContactMobileMessageSource | Unset):
        source_name (str | Unset): Name of the Automation Process.
        send_date (int | Unset):
    """

    name: str | Unset = UNSET
    channel_type: ContactMobileMessageChannelType | Unset = UNSET
    delivered: bool | Unset = UNSET
    sender: str | Unset = UNSET
    source: ContactMobileMessageSource | Unset = UNSET
    source_name: str | Unset = UNSET
    send_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        channel_type: str | Unset = UNSET
        if not isinstance(self.channel_type, Unset):
            channel_type = self.channel_type.value

        delivered = self.delivered

        sender = self.sender

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        source_name = self.source_name

        send_date = self.send_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if channel_type is not UNSET:
            field_dict["channelType"] = channel_type
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if sender is not UNSET:
            field_dict["sender"] = sender
        if source is not UNSET:
            field_dict["source"] = source
        if source_name is not UNSET:
            field_dict["sourceName"] = source_name
        if send_date is not UNSET:
            field_dict["sendDate"] = send_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactMobileMessage is a JSON object")
        d = dict(src_dict)
        name = absent_if_null(d.pop("name", UNSET))

        _channel_type = absent_if_null(d.pop("channelType", UNSET))
        channel_type: ContactMobileMessageChannelType | Unset
        if isinstance(_channel_type, Unset):
            channel_type = UNSET
        else:
            channel_type = ContactMobileMessageChannelType(_channel_type)

        delivered = absent_if_null(d.pop("delivered", UNSET))

        sender = absent_if_null(d.pop("sender", UNSET))

        _source = absent_if_null(d.pop("source", UNSET))
        source: ContactMobileMessageSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ContactMobileMessageSource(_source)

        source_name = absent_if_null(d.pop("sourceName", UNSET))

        send_date = absent_if_null(d.pop("sendDate", UNSET))

        contact_mobile_message = cls(
            name=name,
            channel_type=channel_type,
            delivered=delivered,
            sender=sender,
            source=source,
            source_name=source_name,
            send_date=send_date,
        )

        contact_mobile_message.additional_properties = d
        return contact_mobile_message

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
