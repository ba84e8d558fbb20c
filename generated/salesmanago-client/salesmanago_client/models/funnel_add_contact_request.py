from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.addressee_selector import AddresseeSelector


T = TypeVar("T", bound="FunnelAddContactRequest")


@_attrs_define
class FunnelAddContactRequest:
    """
    Attributes:
        funnel (str): name of the funnel
        stage (str): name of the stage
        contacts (list[AddresseeSelector]): the contacts to add, selected by email address, contact ID, tag or funnel
        owner (str | Unset): SALESmanago user account email.
        pot_value (float | Unset): default value of contacts
        modify (bool | Unset): mark the contact as modified when added to the funnel Default: False.
    """

    funnel: str
    stage: str
    contacts: list[AddresseeSelector]
    owner: str | Unset = UNSET
    pot_value: float | Unset = UNSET
    modify: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funnel = self.funnel

        stage = self.stage

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        owner = self.owner

        pot_value = self.pot_value

        modify = self.modify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funnel": funnel,
                "stage": stage,
                "contacts": contacts,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if pot_value is not UNSET:
            field_dict["potValue"] = pot_value
        if modify is not UNSET:
            field_dict["modify"] = modify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.addressee_selector import AddresseeSelector  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("FunnelAddContactRequest is a JSON object")
        d = dict(src_dict)
        funnel = d.pop("funnel")

        stage = d.pop("stage")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = AddresseeSelector.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        owner = absent_if_null(d.pop("owner", UNSET))

        pot_value = absent_if_null(d.pop("potValue", UNSET))

        modify = absent_if_null(d.pop("modify", UNSET))

        funnel_add_contact_request = cls(
            funnel=funnel,
            stage=stage,
            contacts=contacts,
            owner=owner,
            pot_value=pot_value,
            modify=modify,
        )

        funnel_add_contact_request.additional_properties = d
        return funnel_add_contact_request

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
