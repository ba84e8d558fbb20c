from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    """One page of `GET /contacts`.

    Attributes:
        contacts (list[Contact] | Unset):
        total_number_of_contacts (int | Unset): Number of contacts in the account, over all pages.
        total_number_of_pages (int | Unset): Number of pages; request pages 1 to this value.
        code (int | Unset): In-band status, if present (see `ApiError`).
        message (None | str | Unset): In-band error message, if present (see `ApiError`).
    """

    contacts: list[Contact] | Unset = UNSET
    total_number_of_contacts: int | Unset = UNSET
    total_number_of_pages: int | Unset = UNSET
    code: int | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        total_number_of_contacts = self.total_number_of_contacts

        total_number_of_pages = self.total_number_of_pages

        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["Contacts"] = contacts
        if total_number_of_contacts is not UNSET:
            field_dict["TotalNumberOfContacts"] = total_number_of_contacts
        if total_number_of_pages is not UNSET:
            field_dict["TotalNumberOfPages"] = total_number_of_pages
        if code is not UNSET:
            field_dict["Code"] = code
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactList is a JSON object")
        d = dict(src_dict)
        _contacts = absent_if_null(d.pop("Contacts", UNSET))
        contacts: list[Contact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        total_number_of_contacts = absent_if_null(d.pop("TotalNumberOfContacts", UNSET))

        total_number_of_pages = absent_if_null(d.pop("TotalNumberOfPages", UNSET))

        code = absent_if_null(d.pop("Code", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        contact_list = cls(
            contacts=contacts,
            total_number_of_contacts=total_number_of_contacts,
            total_number_of_pages=total_number_of_pages,
            code=code,
            message=message,
        )

        contact_list.additional_properties = d
        return contact_list

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
