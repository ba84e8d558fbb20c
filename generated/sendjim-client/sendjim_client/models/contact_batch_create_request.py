from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput


T = TypeVar("T", bound="ContactBatchCreateRequest")


@_attrs_define
class ContactBatchCreateRequest:
    """Body of `POST /contact`; one or more contacts to create.

    Attributes:
        contacts (list[ContactInput]):
    """

    contacts: list[ContactInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Contacts": contacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_input import ContactInput  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactBatchCreateRequest is a JSON object")
        d = dict(src_dict)
        contacts = []
        _contacts = d.pop("Contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactInput.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        contact_batch_create_request = cls(
            contacts=contacts,
        )

        contact_batch_create_request.additional_properties = d
        return contact_batch_create_request

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
