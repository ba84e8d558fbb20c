from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_relation_type import ContactRelationType
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactRelation")


@_attrs_define
class ContactRelation:
    """Creates a relationship with an existing contact (requires the Contact relationship permission).

    Attributes:
        type_ (ContactRelationType | Unset):
        email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
    """

    type_: ContactRelationType | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactRelation is a JSON object")
        d = dict(src_dict)
        _type_ = absent_if_null(d.pop("type", UNSET))
        type_: ContactRelationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactRelationType(_type_)

        email = absent_if_null(d.pop("email", UNSET))

        contact_relation = cls(
            type_=type_,
            email=email,
        )

        contact_relation.additional_properties = d
        return contact_relation

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
