from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecommendationPurchasedByContactRequest")


@_attrs_define
class RecommendationPurchasedByContactRequest:
    """
    Attributes:
        location (str): data source name
        sm_client (str): smclient cookie value (contact ID of a monitored contact)
    """

    location: str
    sm_client: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        sm_client = self.sm_client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
                "smClient": sm_client,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RecommendationPurchasedByContactRequest is a JSON object")
        d = dict(src_dict)
        location = d.pop("location")

        sm_client = d.pop("smClient")

        recommendation_purchased_by_contact_request = cls(
            location=location,
            sm_client=sm_client,
        )

        recommendation_purchased_by_contact_request.additional_properties = d
        return recommendation_purchased_by_contact_request

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
