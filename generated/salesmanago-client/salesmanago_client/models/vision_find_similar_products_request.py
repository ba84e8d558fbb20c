from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="VisionFindSimilarProductsRequest")


@_attrs_define
class VisionFindSimilarProductsRequest:
    """
    Attributes:
        image_url (str): URL of a photo uploaded by a contact
        location (str): location of the XML Product Feed / Product Catalog
        max_results (int | Unset): maximum number of results Default: 10.
    """

    image_url: str
    location: str
    max_results: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        location = self.location

        max_results = self.max_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "location": location,
            }
        )
        if max_results is not UNSET:
            field_dict["maxResults"] = max_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("VisionFindSimilarProductsRequest is a JSON object")
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        location = d.pop("location")

        max_results = absent_if_null(d.pop("maxResults", UNSET))

        vision_find_similar_products_request = cls(
            image_url=image_url,
            location=location,
            max_results=max_results,
        )

        vision_find_similar_products_request.additional_properties = d
        return vision_find_similar_products_request

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
