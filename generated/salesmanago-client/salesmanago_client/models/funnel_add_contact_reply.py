from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.funnel_add_contact_reply_added_contacts import FunnelAddContactReplyAddedContacts


T = TypeVar("T", bound="FunnelAddContactReply")


@_attrs_define
class FunnelAddContactReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        added_contacts (FunnelAddContactReplyAddedContacts | Unset): map of contact ID to whether the contact was added
            (shown in the sample only)
    """

    success: bool
    message: list[str]
    added_contacts: FunnelAddContactReplyAddedContacts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        added_contacts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.added_contacts, Unset):
            added_contacts = self.added_contacts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if added_contacts is not UNSET:
            field_dict["addedContacts"] = added_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funnel_add_contact_reply_added_contacts import FunnelAddContactReplyAddedContacts  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("FunnelAddContactReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        _added_contacts = absent_if_null(d.pop("addedContacts", UNSET))
        added_contacts: FunnelAddContactReplyAddedContacts | Unset
        if isinstance(_added_contacts, Unset):
            added_contacts = UNSET
        else:
            added_contacts = FunnelAddContactReplyAddedContacts.from_dict(_added_contacts)

        funnel_add_contact_reply = cls(
            success=success,
            message=message,
            added_contacts=added_contacts,
        )

        funnel_add_contact_reply.additional_properties = d
        return funnel_add_contact_reply

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
