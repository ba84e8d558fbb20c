from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactCoupon")


@_attrs_define
class ContactCoupon:
    """
    Attributes:
        name (str | Unset):
        coupon (str | Unset): Coupon code.
        valid_to (int | Unset):
        used (bool | Unset):
    """

    name: str | Unset = UNSET
    coupon: str | Unset = UNSET
    valid_to: int | Unset = UNSET
    used: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        coupon = self.coupon

        valid_to = self.valid_to

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to
        if used is not UNSET:
            field_dict["used"] = used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactCoupon is a JSON object")
        d = dict(src_dict)
        name = absent_if_null(d.pop("name", UNSET))

        coupon = absent_if_null(d.pop("coupon", UNSET))

        valid_to = absent_if_null(d.pop("validTo", UNSET))

        used = absent_if_null(d.pop("used", UNSET))

        contact_coupon = cls(
            name=name,
            coupon=coupon,
            valid_to=valid_to,
            used=used,
        )

        contact_coupon.additional_properties = d
        return contact_coupon

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
