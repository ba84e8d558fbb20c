from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="EmailConversationContactActivity")


@_attrs_define
class EmailConversationContactActivity:
    """A contact's activity in an email conversation (FULL export of email/conversationStatistics).

    Attributes:
        email (str | Unset):
        contact_id (str | Unset):
        external_id (None | str | Unset):
        date_opened (int | None | Unset): UNIX timestamp [ms]
        date_clicked (int | None | Unset): UNIX timestamp [ms]
        opted_out (bool | Unset): the contact opted out with the link in the email
    """

    email: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    date_opened: int | None | Unset = UNSET
    date_clicked: int | None | Unset = UNSET
    opted_out: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        contact_id = self.contact_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        date_opened: int | None | Unset
        if isinstance(self.date_opened, Unset):
            date_opened = UNSET
        else:
            date_opened = self.date_opened

        date_clicked: int | None | Unset
        if isinstance(self.date_clicked, Unset):
            date_clicked = UNSET
        else:
            date_clicked = self.date_clicked

        opted_out = self.opted_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if date_opened is not UNSET:
            field_dict["dateOpened"] = date_opened
        if date_clicked is not UNSET:
            field_dict["dateClicked"] = date_clicked
        if opted_out is not UNSET:
            field_dict["optedOut"] = opted_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailConversationContactActivity is a JSON object")
        d = dict(src_dict)
        email = absent_if_null(d.pop("email", UNSET))

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_date_opened(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        date_opened = _parse_date_opened(d.pop("dateOpened", UNSET))

        def _parse_date_clicked(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        date_clicked = _parse_date_clicked(d.pop("dateClicked", UNSET))

        opted_out = absent_if_null(d.pop("optedOut", UNSET))

        email_conversation_contact_activity = cls(
            email=email,
            contact_id=contact_id,
            external_id=external_id,
            date_opened=date_opened,
            date_clicked=date_clicked,
            opted_out=opted_out,
        )

        email_conversation_contact_activity.additional_properties = d
        return email_conversation_contact_activity

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
