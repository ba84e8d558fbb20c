from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="IntegrationUpsertReply")


@_attrs_define
class IntegrationUpsertReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        contact_id (str | Unset): Contact UUID from SALESmanago.
        event_id (str | Unset): Id of the new external event
    """

    success: bool
    message: list[str]
    contact_id: str | Unset = UNSET
    event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        contact_id = self.contact_id

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if event_id is not UNSET:
            field_dict["eventId"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("IntegrationUpsertReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        event_id = absent_if_null(d.pop("eventId", UNSET))

        integration_upsert_reply = cls(
            success=success,
            message=message,
            contact_id=contact_id,
            event_id=event_id,
        )

        integration_upsert_reply.additional_properties = d
        return integration_upsert_reply

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
