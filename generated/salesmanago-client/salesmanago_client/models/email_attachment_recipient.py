from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_attachment_recipient_addressee_type import EmailAttachmentRecipientAddresseeType
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.email_personalization_property import EmailPersonalizationProperty


T = TypeVar("T", bound="EmailAttachmentRecipient")


@_attrs_define
class EmailAttachmentRecipient:
    """Recipient selector of email/sendWithAttachment: one of email, contactId or tag is given according to addresseeType.
    The table lists types EMAIL, CONTACT_ID, TAGS; TAG (as in email/sendEmail) is accepted too.

        Attributes:
            addressee_type (EmailAttachmentRecipientAddresseeType):
            email (None | str | Unset): contact email (addresseeType EMAIL)
            contact_id (None | str | Unset): contact ID (addresseeType CONTACT_ID)
            tag (None | str | Unset): tag (addresseeType TAG/TAGS)
            properties (list[EmailPersonalizationProperty] | Unset): user-defined email attributes; replace
                $cst.parameterName$ in the email
    """

    addressee_type: EmailAttachmentRecipientAddresseeType
    email: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    properties: list[EmailPersonalizationProperty] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addressee_type = self.addressee_type.value

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

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
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_personalization_property import EmailPersonalizationProperty  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailAttachmentRecipient is a JSON object")
        d = dict(src_dict)
        addressee_type = EmailAttachmentRecipientAddresseeType(d.pop("addresseeType"))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contactId", UNSET))

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        _properties = absent_if_null(d.pop("properties", UNSET))
        properties: list[EmailPersonalizationProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = EmailPersonalizationProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        email_attachment_recipient = cls(
            addressee_type=addressee_type,
            email=email,
            contact_id=contact_id,
            tag=tag,
            properties=properties,
        )

        email_attachment_recipient.additional_properties = d
        return email_attachment_recipient

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
