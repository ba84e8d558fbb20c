from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactDeleteExtEventRequest")


@_attrs_define
class ContactDeleteExtEventRequest:
    """At least one of eventId and externalId is required; eventId takes priority.

    Attributes:
        owner (str | Unset): SALESmanago user account email.
        event_id (str | Unset): Event ID (returned by addContactExtEvent)
        external_id (str | Unset): External event ID
    """

    owner: str | Unset = UNSET
    event_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner = self.owner

        event_id = self.event_id

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactDeleteExtEventRequest is a JSON object")
        d = dict(src_dict)
        owner = absent_if_null(d.pop("owner", UNSET))

        event_id = absent_if_null(d.pop("eventId", UNSET))

        external_id = absent_if_null(d.pop("externalId", UNSET))

        contact_delete_ext_event_request = cls(
            owner=owner,
            event_id=event_id,
            external_id=external_id,
        )

        contact_delete_ext_event_request.additional_properties = d
        return contact_delete_ext_event_request

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
