from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_state import ContactState
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact_address import ContactAddress


T = TypeVar("T", bound="ContactUpsertData")


@_attrs_define
class ContactUpsertData:
    """The contact object of contact/upsert and of each contact/batchupsertv2 element. email is required unless the contact
    is identified by contactId.

        Attributes:
            name (str | Unset):
            email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
            contact_id (str | Unset): Contact UUID from SALESmanago.
            phone (str | Unset):
            fax (str | Unset):
            company (str | Unset):
            external_id (None | str | Unset): External contact identifier, e.g. the user ID on the eCommerce platform.
            state (ContactState | Unset): Contact status.
            address (ContactAddress | Unset):
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    company: str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    state: ContactState | Unset = UNSET
    address: ContactAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        contact_id = self.contact_id

        phone = self.phone

        fax = self.fax

        company = self.company

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if company is not UNSET:
            field_dict["company"] = company
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if state is not UNSET:
            field_dict["state"] = state
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_address import ContactAddress  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactUpsertData is a JSON object")
        d = dict(src_dict)
        name = absent_if_null(d.pop("name", UNSET))

        email = absent_if_null(d.pop("email", UNSET))

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        phone = absent_if_null(d.pop("phone", UNSET))

        fax = absent_if_null(d.pop("fax", UNSET))

        company = absent_if_null(d.pop("company", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        _state = absent_if_null(d.pop("state", UNSET))
        state: ContactState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ContactState(_state)

        _address = absent_if_null(d.pop("address", UNSET))
        address: ContactAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ContactAddress.from_dict(_address)

        contact_upsert_data = cls(
            name=name,
            email=email,
            contact_id=contact_id,
            phone=phone,
            fax=fax,
            company=company,
            external_id=external_id,
            state=state,
            address=address,
        )

        contact_upsert_data.additional_properties = d
        return contact_upsert_data

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
