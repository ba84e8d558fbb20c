from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="CouponVerifyReply")


@_attrs_define
class CouponVerifyReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        valid (bool | Unset): Whether the coupon is valid
        reason (str | Unset): Only when the coupon is invalid, e.g. "expired" (the list of values is missing from the
            reference)
        sent (bool | Unset): Whether the coupon has been marked as used
    """

    success: bool
    message: list[str]
    valid: bool | Unset = UNSET
    reason: str | Unset = UNSET
    sent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        valid = self.valid

        reason = self.reason

        sent = self.sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if valid is not UNSET:
            field_dict["valid"] = valid
        if reason is not UNSET:
            field_dict["reason"] = reason
        if sent is not UNSET:
            field_dict["sent"] = sent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("CouponVerifyReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        valid = absent_if_null(d.pop("valid", UNSET))

        reason = absent_if_null(d.pop("reason", UNSET))

        sent = absent_if_null(d.pop("sent", UNSET))

        coupon_verify_reply = cls(
            success=success,
            message=message,
            valid=valid,
            reason=reason,
            sent=sent,
        )

        coupon_verify_reply.additional_properties = d
        return coupon_verify_reply

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
