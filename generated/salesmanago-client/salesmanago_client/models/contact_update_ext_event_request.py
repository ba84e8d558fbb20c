from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact_update_ext_event_request_contact_event import ContactUpdateExtEventRequestContactEvent


T = TypeVar("T", bound="ContactUpdateExtEventRequest")


@_attrs_define
class ContactUpdateExtEventRequest:
    """
    Attributes:
        contact_event (ContactUpdateExtEventRequestContactEvent):
        owner (str | Unset): SALESmanago user account email.
    """

    contact_event: ContactUpdateExtEventRequestContactEvent
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_event = self.contact_event.to_dict()

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactEvent": contact_event,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_update_ext_event_request_contact_event import ContactUpdateExtEventRequestContactEvent  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactUpdateExtEventRequest is a JSON object")
        d = dict(src_dict)
        contact_event = ContactUpdateExtEventRequestContactEvent.from_dict(d.pop("contactEvent"))

        owner = absent_if_null(d.pop("owner", UNSET))

        contact_update_ext_event_request = cls(
            contact_event=contact_event,
            owner=owner,
        )

        contact_update_ext_event_request.additional_properties = d
        return contact_update_ext_event_request

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
