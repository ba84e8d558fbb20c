from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="RecommendationMostPurchasedReply")


@_attrs_define
class RecommendationMostPurchasedReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        product_ids (list[int | str] | Unset): product IDs (numbers in the doc's sample; product IDs are strings
            elsewhere)
    """

    success: bool
    message: list[str]
    product_ids: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        product_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.product_ids, Unset):
            product_ids = []
            for product_ids_item_data in self.product_ids:
                product_ids_item: int | str
                product_ids_item = product_ids_item_data
                product_ids.append(product_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if product_ids is not UNSET:
            field_dict["productIds"] = product_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RecommendationMostPurchasedReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        _product_ids = absent_if_null(d.pop("productIds", UNSET))
        product_ids: list[int | str] | Unset = UNSET
        if _product_ids is not UNSET:
            product_ids = []
            for product_ids_item_data in _product_ids:

                def _parse_product_ids_item(data: object) -> int | str:
                    return cast(int | str, data)

                product_ids_item = _parse_product_ids_item(product_ids_item_data)

                product_ids.append(product_ids_item)

        recommendation_most_purchased_reply = cls(
            success=success,
            message=message,
            product_ids=product_ids,
        )

        recommendation_most_purchased_reply.additional_properties = d
        return recommendation_most_purchased_reply

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
