from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transactional_sms_recipient_addressee_type import TransactionalSmsRecipientAddresseeType
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.transactional_sms_recipient_properties import TransactionalSmsRecipientProperties


T = TypeVar("T", bound="TransactionalSmsRecipient")


@_attrs_define
class TransactionalSmsRecipient:
    """The single recipient of messaging/transactional/send.

    Attributes:
        addressee_type (TransactionalSmsRecipientAddresseeType):
        value (str): contact email, contact ID or user ID, depending on addresseeType
        properties (TransactionalSmsRecipientProperties | Unset): SMS personalization: up to 20 name/value pairs
            replacing $name$ placeholders; only a-zA-Z0-9 and _ are recommended in names
    """

    addressee_type: TransactionalSmsRecipientAddresseeType
    value: str
    properties: TransactionalSmsRecipientProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addressee_type = self.addressee_type.value

        value = self.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresseeType": addressee_type,
                "value": value,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transactional_sms_recipient_properties import TransactionalSmsRecipientProperties  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("TransactionalSmsRecipient is a JSON object")
        d = dict(src_dict)
        addressee_type = TransactionalSmsRecipientAddresseeType(d.pop("addresseeType"))

        value = d.pop("value")

        _properties = absent_if_null(d.pop("properties", UNSET))
        properties: TransactionalSmsRecipientProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = TransactionalSmsRecipientProperties.from_dict(_properties)

        transactional_sms_recipient = cls(
            addressee_type=addressee_type,
            value=value,
            properties=properties,
        )

        transactional_sms_recipient.additional_properties = d
        return transactional_sms_recipient

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
