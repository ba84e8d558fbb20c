from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="ContactBatchAddExtEventReply")


@_attrs_define
class ContactBatchAddExtEventReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        failed_contacts (list[Any] | Unset): Contacts whose event creation failed (item shape not documented)
        created_amount (int | Unset): Number of created events
        failed_amount (int | Unset): Number of failed events
    """

    success: bool
    message: list[str]
    failed_contacts: list[Any] | Unset = UNSET
    created_amount: int | Unset = UNSET
    failed_amount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        failed_contacts: list[Any] | Unset = UNSET
        if not isinstance(self.failed_contacts, Unset):
            failed_contacts = self.failed_contacts

        created_amount = self.created_amount

        failed_amount = self.failed_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if failed_contacts is not UNSET:
            field_dict["failedContacts"] = failed_contacts
        if created_amount is not UNSET:
            field_dict["createdAmount"] = created_amount
        if failed_amount is not UNSET:
            field_dict["failedAmount"] = failed_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactBatchAddExtEventReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        failed_contacts = cast(list[Any], checked_list(absent_if_null(d.pop("failedContacts", UNSET)), None))

        created_amount = absent_if_null(d.pop("createdAmount", UNSET))

        failed_amount = absent_if_null(d.pop("failedAmount", UNSET))

        contact_batch_add_ext_event_reply = cls(
            success=success,
            message=message,
            failed_contacts=failed_contacts,
            created_amount=created_amount,
            failed_amount=failed_amount,
        )

        contact_batch_add_ext_event_reply.additional_properties = d
        return contact_batch_add_ext_event_reply

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
