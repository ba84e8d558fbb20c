from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.changed_contact_ref import ChangedContactRef


T = TypeVar("T", bound="ContactListCreatedReply")


@_attrs_define
class ContactListCreatedReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        created_contacts (list[ChangedContactRef] | Unset): Contacts created in the given time frame.
    """

    success: bool
    message: list[str]
    created_contacts: list[ChangedContactRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        created_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.created_contacts, Unset):
            created_contacts = []
            for created_contacts_item_data in self.created_contacts:
                created_contacts_item = created_contacts_item_data.to_dict()
                created_contacts.append(created_contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if created_contacts is not UNSET:
            field_dict["createdContacts"] = created_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.changed_contact_ref import ChangedContactRef  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactListCreatedReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        _created_contacts = absent_if_null(d.pop("createdContacts", UNSET))
        created_contacts: list[ChangedContactRef] | Unset = UNSET
        if _created_contacts is not UNSET:
            created_contacts = []
            for created_contacts_item_data in _created_contacts:
                created_contacts_item = ChangedContactRef.from_dict(created_contacts_item_data)

                created_contacts.append(created_contacts_item)

        contact_list_created_reply = cls(
            success=success,
            message=message,
            created_contacts=created_contacts,
        )

        contact_list_created_reply.additional_properties = d
        return contact_list_created_reply

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
