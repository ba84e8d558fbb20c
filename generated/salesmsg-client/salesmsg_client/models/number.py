from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="Number")


@_attrs_define
class Number:
    """A phone number of the organization (no schema published; fields guessed).

    Attributes:
        id (int):
        number (str | Unset): The number in E.164 form.
        formatted_number (None | str | Unset):
    """

    id: int
    number: str | Unset = UNSET
    formatted_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        formatted_number: None | str | Unset
        if isinstance(self.formatted_number, Unset):
            formatted_number = UNSET
        else:
            formatted_number = self.formatted_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if formatted_number is not UNSET:
            field_dict["formatted_number"] = formatted_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("Number is a JSON object")
        d = dict(src_dict)
        id = d.pop("id")

        number = absent_if_null(d.pop("number", UNSET))

        def _parse_formatted_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatted_number = _parse_formatted_number(d.pop("formatted_number", UNSET))

        number = cls(
            id=id,
            number=number,
            formatted_number=formatted_number,
        )

        number.additional_properties = d
        return number

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
