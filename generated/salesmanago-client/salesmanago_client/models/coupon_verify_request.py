from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="CouponVerifyRequest")


@_attrs_define
class CouponVerifyRequest:
    """
    Attributes:
        coupon_name (str): Name of the imported/generated coupon
        coupon_code (str): Coupon code to verify
        email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        contact_id (str | Unset): Contact UUID from SALESmanago.
    """

    coupon_name: str
    coupon_code: str
    email: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_name = self.coupon_name

        coupon_code = self.coupon_code

        email = self.email

        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "couponName": coupon_name,
                "couponCode": coupon_code,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("CouponVerifyRequest is a JSON object")
        d = dict(src_dict)
        coupon_name = d.pop("couponName")

        coupon_code = d.pop("couponCode")

        email = absent_if_null(d.pop("email", UNSET))

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        coupon_verify_request = cls(
            coupon_name=coupon_name,
            coupon_code=coupon_code,
            email=email,
            contact_id=contact_id,
        )

        coupon_verify_request.additional_properties = d
        return coupon_verify_request

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
