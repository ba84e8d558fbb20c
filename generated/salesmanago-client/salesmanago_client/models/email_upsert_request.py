from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="EmailUpsertRequest")


@_attrs_define
class EmailUpsertRequest:
    """
    Attributes:
        email_owner (str): SALESmanago user account email.
        name (str): email name used to identify it in SALESmanago
        subject (str): email subject (UTF-8 allowed)
        sender_account_id (str): UUID of the sender account (Email Marketing > Settings > Sender Accounts)
        content (str): HTML content of the email, up to 2 MB
        email_id (str | Unset): UUID of an existing email, to update it
        group (str | Unset): group of the email; default group when empty
        shared (bool | Unset): share the email with the other users of the account Default: False.
        utm_campaign (str | Unset): utm_campaign tracking parameter
    """

    email_owner: str
    name: str
    subject: str
    sender_account_id: str
    content: str
    email_id: str | Unset = UNSET
    group: str | Unset = UNSET
    shared: bool | Unset = False
    utm_campaign: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_owner = self.email_owner

        name = self.name

        subject = self.subject

        sender_account_id = self.sender_account_id

        content = self.content

        email_id = self.email_id

        group = self.group

        shared = self.shared

        utm_campaign = self.utm_campaign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emailOwner": email_owner,
                "name": name,
                "subject": subject,
                "senderAccountId": sender_account_id,
                "content": content,
            }
        )
        if email_id is not UNSET:
            field_dict["emailId"] = email_id
        if group is not UNSET:
            field_dict["group"] = group
        if shared is not UNSET:
            field_dict["shared"] = shared
        if utm_campaign is not UNSET:
            field_dict["utmCampaign"] = utm_campaign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailUpsertRequest is a JSON object")
        d = dict(src_dict)
        email_owner = d.pop("emailOwner")

        name = d.pop("name")

        subject = d.pop("subject")

        sender_account_id = d.pop("senderAccountId")

        content = d.pop("content")

        email_id = absent_if_null(d.pop("emailId", UNSET))

        group = absent_if_null(d.pop("group", UNSET))

        shared = absent_if_null(d.pop("shared", UNSET))

        utm_campaign = absent_if_null(d.pop("utmCampaign", UNSET))

        email_upsert_request = cls(
            email_owner=email_owner,
            name=name,
            subject=subject,
            sender_account_id=sender_account_id,
            content=content,
            email_id=email_id,
            group=group,
            shared=shared,
            utm_campaign=utm_campaign,
        )

        email_upsert_request.additional_properties = d
        return email_upsert_request

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
