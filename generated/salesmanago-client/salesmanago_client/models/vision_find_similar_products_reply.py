from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.vision_search_result import VisionSearchResult


T = TypeVar("T", bound="VisionFindSimilarProductsReply")


@_attrs_define
class VisionFindSimilarProductsReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        vision (VisionSearchResult | Unset):
    """

    success: bool
    message: list[str]
    vision: VisionSearchResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        vision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vision, Unset):
            vision = self.vision.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if vision is not UNSET:
            field_dict["vision"] = vision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vision_search_result import VisionSearchResult  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("VisionFindSimilarProductsReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        _vision = absent_if_null(d.pop("vision", UNSET))
        vision: VisionSearchResult | Unset
        if isinstance(_vision, Unset):
            vision = UNSET
        else:
            vision = VisionSearchResult.from_dict(_vision)

        vision_find_similar_products_reply = cls(
            success=success,
            message=message,
            vision=vision,
        )

        vision_find_similar_products_reply.additional_properties = d
        return vision_find_similar_products_reply

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
