from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.email_attachment_recipient import EmailAttachmentRecipient


T = TypeVar("T", bound="EmailSendWithAttachmentRequest")


@_attrs_define
class EmailSendWithAttachmentRequest:
    """
    Attributes:
        user (str): SALESmanago user account email.
        email_id (str): message ID from SALESmanago
        date (int): mailing date, UNIX timestamp [ms] (the table gives length 255)
        contacts (list[EmailAttachmentRecipient]): contacts to whom the email will be sent
        exclude_contacts (list[EmailAttachmentRecipient] | Unset): contacts excluded from dispatch
        immediate (bool | Unset): dispatch the mail immediately
        rule (bool | Unset): mark the message as a rule email
    """

    user: str
    email_id: str
    date: int
    contacts: list[EmailAttachmentRecipient]
    exclude_contacts: list[EmailAttachmentRecipient] | Unset = UNSET
    immediate: bool | Unset = UNSET
    rule: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        email_id = self.email_id

        date = self.date

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        exclude_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exclude_contacts, Unset):
            exclude_contacts = []
            for exclude_contacts_item_data in self.exclude_contacts:
                exclude_contacts_item = exclude_contacts_item_data.to_dict()
                exclude_contacts.append(exclude_contacts_item)

        immediate = self.immediate

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "emailId": email_id,
                "date": date,
                "contacts": contacts,
            }
        )
        if exclude_contacts is not UNSET:
            field_dict["excludeContacts"] = exclude_contacts
        if immediate is not UNSET:
            field_dict["immediate"] = immediate
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_attachment_recipient import EmailAttachmentRecipient  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailSendWithAttachmentRequest is a JSON object")
        d = dict(src_dict)
        user = d.pop("user")

        email_id = d.pop("emailId")

        date = d.pop("date")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = EmailAttachmentRecipient.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        _exclude_contacts = absent_if_null(d.pop("excludeContacts", UNSET))
        exclude_contacts: list[EmailAttachmentRecipient] | Unset = UNSET
        if _exclude_contacts is not UNSET:
            exclude_contacts = []
            for exclude_contacts_item_data in _exclude_contacts:
                exclude_contacts_item = EmailAttachmentRecipient.from_dict(exclude_contacts_item_data)

                exclude_contacts.append(exclude_contacts_item)

        immediate = absent_if_null(d.pop("immediate", UNSET))

        rule = absent_if_null(d.pop("rule", UNSET))

        email_send_with_attachment_request = cls(
            user=user,
            email_id=email_id,
            date=date,
            contacts=contacts,
            exclude_contacts=exclude_contacts,
            immediate=immediate,
            rule=rule,
        )

        email_send_with_attachment_request.additional_properties = d
        return email_send_with_attachment_request

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
