from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.batch_ext_event_item import BatchExtEventItem


T = TypeVar("T", bound="ContactBatchAddExtEventRequest")


@_attrs_define
class ContactBatchAddExtEventRequest:
    """
    Attributes:
        events (list[BatchExtEventItem]):
        owner (str | Unset): SALESmanago user account email.
    """

    events: list[BatchExtEventItem]
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_ext_event_item import BatchExtEventItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactBatchAddExtEventRequest is a JSON object")
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = BatchExtEventItem.from_dict(events_item_data)

            events.append(events_item)

        owner = absent_if_null(d.pop("owner", UNSET))

        contact_batch_add_ext_event_request = cls(
            events=events,
            owner=owner,
        )

        contact_batch_add_ext_event_request.additional_properties = d
        return contact_batch_add_ext_event_request

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
