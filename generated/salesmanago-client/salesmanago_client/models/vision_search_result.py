from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.vision_result_item import VisionResultItem


T = TypeVar("T", bound="VisionSearchResult")


@_attrs_define
class VisionSearchResult:
    """
    Attributes:
        status (str | Unset): status of the image-based search
        photo (str | Unset): URL of the uploaded image
        result (list[VisionResultItem] | Unset):
        bq_errors (int | Unset): number of incorrect matches
    """

    status: str | Unset = UNSET
    photo: str | Unset = UNSET
    result: list[VisionResultItem] | Unset = UNSET
    bq_errors: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        photo = self.photo

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        bq_errors = self.bq_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if photo is not UNSET:
            field_dict["photo"] = photo
        if result is not UNSET:
            field_dict["result"] = result
        if bq_errors is not UNSET:
            field_dict["bq_errors"] = bq_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vision_result_item import VisionResultItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("VisionSearchResult is a JSON object")
        d = dict(src_dict)
        status = absent_if_null(d.pop("status", UNSET))

        photo = absent_if_null(d.pop("photo", UNSET))

        _result = absent_if_null(d.pop("result", UNSET))
        result: list[VisionResultItem] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = VisionResultItem.from_dict(result_item_data)

                result.append(result_item)

        bq_errors = absent_if_null(d.pop("bq_errors", UNSET))

        vision_search_result = cls(
            status=status,
            photo=photo,
            result=result,
            bq_errors=bq_errors,
        )

        vision_search_result.additional_properties = d
        return vision_search_result

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
