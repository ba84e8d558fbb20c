from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_recipient_addressee_type import EmailRecipientAddresseeType
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.email_personalization_property import EmailPersonalizationProperty


T = TypeVar("T", bound="EmailRecipient")


@_attrs_define
class EmailRecipient:
    """Recipient selector of email/sendEmail.

    Attributes:
        addressee_type (EmailRecipientAddresseeType):
        value (str): depending on addresseeType: contact email(s), contact ID(s), tag(s) or funnel name(s); several
            values separated with commas
        opt_value (str | Unset): only for addresseeType STAGE: comma-separated stage name(s) of the funnel given in
            value
        properties (list[EmailPersonalizationProperty] | Unset): email personalization; replaces placeholders
            $cst.parameterName$ in the email content
    """

    addressee_type: EmailRecipientAddresseeType
    value: str
    opt_value: str | Unset = UNSET
    properties: list[EmailPersonalizationProperty] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addressee_type = self.addressee_type.value

        value = self.value

        opt_value = self.opt_value

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresseeType": addressee_type,
                "value": value,
            }
        )
        if opt_value is not UNSET:
            field_dict["optValue"] = opt_value
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_personalization_property import EmailPersonalizationProperty  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailRecipient is a JSON object")
        d = dict(src_dict)
        addressee_type = EmailRecipientAddresseeType(d.pop("addresseeType"))

        value = d.pop("value")

        opt_value = absent_if_null(d.pop("optValue", UNSET))

        _properties = absent_if_null(d.pop("properties", UNSET))
        properties: list[EmailPersonalizationProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = EmailPersonalizationProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        email_recipient = cls(
            addressee_type=addressee_type,
            value=value,
            opt_value=opt_value,
            properties=properties,
        )

        email_recipient.additional_properties = d
        return email_recipient

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
