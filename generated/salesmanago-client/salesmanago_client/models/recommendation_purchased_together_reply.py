from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_list

T = TypeVar("T", bound="RecommendationPurchasedTogetherReply")


@_attrs_define
class RecommendationPurchasedTogetherReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        product_ids (list[int | str] | None | Unset): product IDs; null on error
    """

    success: bool
    message: list[str]
    product_ids: list[int | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        product_ids: list[int | str] | None | Unset
        if isinstance(self.product_ids, Unset):
            product_ids = UNSET
        elif isinstance(self.product_ids, list):
            product_ids = []
            for product_ids_type_0_item_data in self.product_ids:
                product_ids_type_0_item: int | str
                product_ids_type_0_item = product_ids_type_0_item_data
                product_ids.append(product_ids_type_0_item)

        else:
            product_ids = self.product_ids

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
            raise TypeError("RecommendationPurchasedTogetherReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        def _parse_product_ids(data: object) -> list[int | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_ids_type_0 = []
                _product_ids_type_0 = data
                for product_ids_type_0_item_data in _product_ids_type_0:

                    def _parse_product_ids_type_0_item(data: object) -> int | str:
                        return cast(int | str, data)

                    product_ids_type_0_item = _parse_product_ids_type_0_item(product_ids_type_0_item_data)

                    product_ids_type_0.append(product_ids_type_0_item)

                return product_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | None | Unset, data)

        product_ids = _parse_product_ids(d.pop("productIds", UNSET))

        recommendation_purchased_together_reply = cls(
            success=success,
            message=message,
            product_ids=product_ids,
        )

        recommendation_purchased_together_reply.additional_properties = d
        return recommendation_purchased_together_reply

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
