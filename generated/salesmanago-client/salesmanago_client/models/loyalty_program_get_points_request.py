from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="LoyaltyProgramGetPointsRequest")


@_attrs_define
class LoyaltyProgramGetPointsRequest:
    """
    Attributes:
        email (str): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        loyalty_program (str): name of the loyalty program
        owner (str | Unset): SALESmanago user account email.
    """

    email: str
    loyalty_program: str
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        loyalty_program = self.loyalty_program

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "loyaltyProgram": loyalty_program,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("LoyaltyProgramGetPointsRequest is a JSON object")
        d = dict(src_dict)
        email = d.pop("email")

        loyalty_program = d.pop("loyaltyProgram")

        owner = absent_if_null(d.pop("owner", UNSET))

        loyalty_program_get_points_request = cls(
            email=email,
            loyalty_program=loyalty_program,
            owner=owner,
        )

        loyalty_program_get_points_request.additional_properties = d
        return loyalty_program_get_points_request

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
