from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="RecommendationLastViewedRequest")


@_attrs_define
class RecommendationLastViewedRequest:
    """Either contactId or contactAnonymousId is required; contactId takes priority if both are given.

    Attributes:
        location (str): store identifier matching the location of the Product Catalog / XML Product Feed (letters,
            digits, _; not starting with a digit)
        contact_id (str | Unset): Contact UUID from SALESmanago.
        contact_anonymous_id (str | Unset): anonymous contact identifier from the smuuid cookie
    """

    location: str
    contact_id: str | Unset = UNSET
    contact_anonymous_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        contact_id = self.contact_id

        contact_anonymous_id = self.contact_anonymous_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
            }
        )
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if contact_anonymous_id is not UNSET:
            field_dict["contactAnonymousId"] = contact_anonymous_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RecommendationLastViewedRequest is a JSON object")
        d = dict(src_dict)
        location = d.pop("location")

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        contact_anonymous_id = absent_if_null(d.pop("contactAnonymousId", UNSET))

        recommendation_last_viewed_request = cls(
            location=location,
            contact_id=contact_id,
            contact_anonymous_id=contact_anonymous_id,
        )

        recommendation_last_viewed_request.additional_properties = d
        return recommendation_last_viewed_request

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
