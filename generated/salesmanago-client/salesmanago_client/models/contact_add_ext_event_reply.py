from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.ext_event_contact_ref import ExtEventContactRef


T = TypeVar("T", bound="ContactAddExtEventReply")


@_attrs_define
class ContactAddExtEventReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        event_id (str | Unset): Id of the new external event (use it with updateContactExtEvent)
        contact (ExtEventContactRef | Unset): Basic information on the contact the event was added to.
    """

    success: bool
    message: list[str]
    event_id: str | Unset = UNSET
    contact: ExtEventContactRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        event_id = self.event_id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ext_event_contact_ref import ExtEventContactRef  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactAddExtEventReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        event_id = absent_if_null(d.pop("eventId", UNSET))

        _contact = absent_if_null(d.pop("contact", UNSET))
        contact: ExtEventContactRef | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ExtEventContactRef.from_dict(_contact)

        contact_add_ext_event_reply = cls(
            success=success,
            message=message,
            event_id=event_id,
            contact=contact,
        )

        contact_add_ext_event_reply.additional_properties = d
        return contact_add_ext_event_reply

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
