from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.loyalty_program_modify_points_request_modification_type import (
    LoyaltyProgramModifyPointsRequestModificationType,
)
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.addressee_selector import AddresseeSelector


T = TypeVar("T", bound="LoyaltyProgramModifyPointsRequest")


@_attrs_define
class LoyaltyProgramModifyPointsRequest:
    """
    Attributes:
        contacts (list[AddresseeSelector]): contacts whose points are changed
        loyalty_program (str): name of the loyalty program
        points (int): number of points
        modification_type (LoyaltyProgramModifyPointsRequestModificationType): ADD adds points, SUBTRACT subtracts
            points
        owner (str | Unset): SALESmanago user account email.
        comment (str | Unset): comment of the modification
    """

    contacts: list[AddresseeSelector]
    loyalty_program: str
    points: int
    modification_type: LoyaltyProgramModifyPointsRequestModificationType
    owner: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        loyalty_program = self.loyalty_program

        points = self.points

        modification_type = self.modification_type.value

        owner = self.owner

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
                "loyaltyProgram": loyalty_program,
                "points": points,
                "modificationType": modification_type,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.addressee_selector import AddresseeSelector  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("LoyaltyProgramModifyPointsRequest is a JSON object")
        d = dict(src_dict)
        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = AddresseeSelector.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        loyalty_program = d.pop("loyaltyProgram")

        points = d.pop("points")

        modification_type = LoyaltyProgramModifyPointsRequestModificationType(d.pop("modificationType"))

        owner = absent_if_null(d.pop("owner", UNSET))

        comment = absent_if_null(d.pop("comment", UNSET))

        loyalty_program_modify_points_request = cls(
            contacts=contacts,
            loyalty_program=loyalty_program,
            points=points,
            modification_type=modification_type,
            owner=owner,
            comment=comment,
        )

        loyalty_program_modify_points_request.additional_properties = d
        return loyalty_program_modify_points_request

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
