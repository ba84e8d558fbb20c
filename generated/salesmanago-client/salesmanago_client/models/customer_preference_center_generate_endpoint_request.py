from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerPreferenceCenterGenerateEndpointRequest")


@_attrs_define
class CustomerPreferenceCenterGenerateEndpointRequest:
    """
    Attributes:
        preference_center_id (str): Customer Preference Center identifier (from the Access tab of the wizard)
        contact_id (str): Contact UUID from SALESmanago.
    """

    preference_center_id: str
    contact_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preference_center_id = self.preference_center_id

        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "preferenceCenterId": preference_center_id,
                "contactId": contact_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("CustomerPreferenceCenterGenerateEndpointRequest is a JSON object")
        d = dict(src_dict)
        preference_center_id = d.pop("preferenceCenterId")

        contact_id = d.pop("contactId")

        customer_preference_center_generate_endpoint_request = cls(
            preference_center_id=preference_center_id,
            contact_id=contact_id,
        )

        customer_preference_center_generate_endpoint_request.additional_properties = d
        return customer_preference_center_generate_endpoint_request

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
