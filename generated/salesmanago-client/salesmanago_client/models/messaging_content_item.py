from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="MessagingContentItem")


@_attrs_define
class MessagingContentItem:
    """One message of a Mobile Marketing conversation (fields known from the sample).

    Attributes:
        name (str | Unset): name of the conversation
        date (int | Unset): UNIX timestamp [ms]
        text_content (str | Unset):
        phone (str | Unset):
        contact_id (str | Unset):
        external_id (None | str | Unset):
        channel (str | Unset): SMS, WHATS_APP or VIBER
    """

    name: str | Unset = UNSET
    date: int | Unset = UNSET
    text_content: str | Unset = UNSET
    phone: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    channel: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        date = self.date

        text_content = self.text_content

        phone = self.phone

        contact_id = self.contact_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if date is not UNSET:
            field_dict["date"] = date
        if text_content is not UNSET:
            field_dict["textContent"] = text_content
        if phone is not UNSET:
            field_dict["phone"] = phone
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingContentItem is a JSON object")
        d = dict(src_dict)
        name = absent_if_null(d.pop("name", UNSET))

        date = absent_if_null(d.pop("date", UNSET))

        text_content = absent_if_null(d.pop("textContent", UNSET))

        phone = absent_if_null(d.pop("phone", UNSET))

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        channel = absent_if_null(d.pop("channel", UNSET))

        messaging_content_item = cls(
            name=name,
            date=date,
            text_content=text_content,
            phone=phone,
            contact_id=contact_id,
            external_id=external_id,
            channel=channel,
        )

        messaging_content_item.additional_properties = d
        return messaging_content_item

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
