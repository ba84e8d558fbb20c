from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactAddCouponRequest")


@_attrs_define
class ContactAddCouponRequest:
    """One of length (automatic generation) and coupon (manual value) is required.

    Attributes:
        email (str): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        name (str): Coupon name
        length (int | Unset): Length of an automatically generated coupon
        valid (int | Unset): Expiration date, UNIX timestamp in ms (default: one year)
        coupon (str | Unset): Coupon value when entered manually
    """

    email: str
    name: str
    length: int | Unset = UNSET
    valid: int | Unset = UNSET
    coupon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        length = self.length

        valid = self.valid

        coupon = self.coupon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
            }
        )
        if length is not UNSET:
            field_dict["length"] = length
        if valid is not UNSET:
            field_dict["valid"] = valid
        if coupon is not UNSET:
            field_dict["coupon"] = coupon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactAddCouponRequest is a JSON object")
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        length = absent_if_null(d.pop("length", UNSET))

        valid = absent_if_null(d.pop("valid", UNSET))

        coupon = absent_if_null(d.pop("coupon", UNSET))

        contact_add_coupon_request = cls(
            email=email,
            name=name,
            length=length,
            valid=valid,
            coupon=coupon,
        )

        contact_add_coupon_request.additional_properties = d
        return contact_add_coupon_request

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
