from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_recipient_addressee_type import SmsRecipientAddresseeType
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="SmsRecipient")


@_attrs_define
class SmsRecipient:
    """Recipient selector of messaging/send.

    Attributes:
        addressee_type (SmsRecipientAddresseeType):
        value (str | Unset): selector value for addresseeType (comma-separated list allowed)
        opt_value (str | Unset): additional selector value (e.g. stage names for STAGE)
    """

    addressee_type: SmsRecipientAddresseeType
    value: str | Unset = UNSET
    opt_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addressee_type = self.addressee_type.value

        value = self.value

        opt_value = self.opt_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresseeType": addressee_type,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if opt_value is not UNSET:
            field_dict["optValue"] = opt_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("SmsRecipient is a JSON object")
        d = dict(src_dict)
        addressee_type = SmsRecipientAddresseeType(d.pop("addresseeType"))

        value = absent_if_null(d.pop("value", UNSET))

        opt_value = absent_if_null(d.pop("optValue", UNSET))

        sms_recipient = cls(
            addressee_type=addressee_type,
            value=value,
            opt_value=opt_value,
        )

        sms_recipient.additional_properties = d
        return sms_recipient

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
