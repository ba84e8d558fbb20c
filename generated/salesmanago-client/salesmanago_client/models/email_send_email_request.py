from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.email_recipient import EmailRecipient


T = TypeVar("T", bound="EmailSendEmailRequest")


@_attrs_define
class EmailSendEmailRequest:
    """
    Attributes:
        user (str): SALESmanago user account email.
        email_id (str): email ID from SALESmanago
        date (int): scheduled sending date, UNIX timestamp [ms]
        contacts (list[EmailRecipient]): contacts to whom the email should be sent
        exclude_contacts (list[EmailRecipient] | Unset): contacts excluded from the recipient list
    """

    user: str
    email_id: str
    date: int
    contacts: list[EmailRecipient]
    exclude_contacts: list[EmailRecipient] | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_recipient import EmailRecipient  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailSendEmailRequest is a JSON object")
        d = dict(src_dict)
        user = d.pop("user")

        email_id = d.pop("emailId")

        date = d.pop("date")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = EmailRecipient.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        _exclude_contacts = absent_if_null(d.pop("excludeContacts", UNSET))
        exclude_contacts: list[EmailRecipient] | Unset = UNSET
        if _exclude_contacts is not UNSET:
            exclude_contacts = []
            for exclude_contacts_item_data in _exclude_contacts:
                exclude_contacts_item = EmailRecipient.from_dict(exclude_contacts_item_data)

                exclude_contacts.append(exclude_contacts_item)

        email_send_email_request = cls(
            user=user,
            email_id=email_id,
            date=date,
            contacts=contacts,
            exclude_contacts=exclude_contacts,
        )

        email_send_email_request.additional_properties = d
        return email_send_email_request

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
