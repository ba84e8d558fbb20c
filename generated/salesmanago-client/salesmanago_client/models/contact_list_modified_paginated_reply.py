from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.changed_contact_ref import ChangedContactRef


T = TypeVar("T", bound="ContactListModifiedPaginatedReply")


@_attrs_define
class ContactListModifiedPaginatedReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        modified_contacts (list[ChangedContactRef] | Unset):
        has_more (bool | Unset): Whether more pages of results exist
    """

    success: bool
    message: list[str]
    modified_contacts: list[ChangedContactRef] | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        modified_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modified_contacts, Unset):
            modified_contacts = []
            for modified_contacts_item_data in self.modified_contacts:
                modified_contacts_item = modified_contacts_item_data.to_dict()
                modified_contacts.append(modified_contacts_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if modified_contacts is not UNSET:
            field_dict["modifiedContacts"] = modified_contacts
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.changed_contact_ref import ChangedContactRef  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactListModifiedPaginatedReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        _modified_contacts = absent_if_null(d.pop("modifiedContacts", UNSET))
        modified_contacts: list[ChangedContactRef] | Unset = UNSET
        if _modified_contacts is not UNSET:
            modified_contacts = []
            for modified_contacts_item_data in _modified_contacts:
                modified_contacts_item = ChangedContactRef.from_dict(modified_contacts_item_data)

                modified_contacts.append(modified_contacts_item)

        has_more = absent_if_null(d.pop("hasMore", UNSET))

        contact_list_modified_paginated_reply = cls(
            success=success,
            message=message,
            modified_contacts=modified_contacts,
            has_more=has_more,
        )

        contact_list_modified_paginated_reply.additional_properties = d
        return contact_list_modified_paginated_reply

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
