from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="WebPushRevenuePeriodStats")


@_attrs_define
class WebPushRevenuePeriodStats:
    """
    Attributes:
        total_sales_number (int | Unset):
        total_sales_value (float | Unset):
        total_sales_last_click_number (int | Unset):
        total_sales_last_click_value (float | Unset):
    """

    total_sales_number: int | Unset = UNSET
    total_sales_value: float | Unset = UNSET
    total_sales_last_click_number: int | Unset = UNSET
    total_sales_last_click_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_sales_number = self.total_sales_number

        total_sales_value = self.total_sales_value

        total_sales_last_click_number = self.total_sales_last_click_number

        total_sales_last_click_value = self.total_sales_last_click_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_sales_number is not UNSET:
            field_dict["totalSalesNumber"] = total_sales_number
        if total_sales_value is not UNSET:
            field_dict["totalSalesValue"] = total_sales_value
        if total_sales_last_click_number is not UNSET:
            field_dict["totalSalesLastClickNumber"] = total_sales_last_click_number
        if total_sales_last_click_value is not UNSET:
            field_dict["totalSalesLastClickValue"] = total_sales_last_click_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WebPushRevenuePeriodStats is a JSON object")
        d = dict(src_dict)
        total_sales_number = absent_if_null(d.pop("totalSalesNumber", UNSET))

        total_sales_value = absent_if_null(d.pop("totalSalesValue", UNSET))

        total_sales_last_click_number = absent_if_null(d.pop("totalSalesLastClickNumber", UNSET))

        total_sales_last_click_value = absent_if_null(d.pop("totalSalesLastClickValue", UNSET))

        web_push_revenue_period_stats = cls(
            total_sales_number=total_sales_number,
            total_sales_value=total_sales_value,
            total_sales_last_click_number=total_sales_last_click_number,
            total_sales_last_click_value=total_sales_last_click_value,
        )

        web_push_revenue_period_stats.additional_properties = d
        return web_push_revenue_period_stats

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
