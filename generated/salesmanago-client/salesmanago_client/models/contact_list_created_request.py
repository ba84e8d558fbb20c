from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactListCreatedRequest")


@_attrs_define
class ContactListCreatedRequest:
    """
    Attributes:
        from_ (int): Start of the creation-date range
        to (int): End of the creation-date range
        owner (str | Unset): SALESmanago user account email.
    """

    from_: int
    to: int
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactListCreatedRequest is a JSON object")
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        owner = absent_if_null(d.pop("owner", UNSET))

        contact_list_created_request = cls(
            from_=from_,
            to=to,
            owner=owner,
        )

        contact_list_created_request.additional_properties = d
        return contact_list_created_request

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
