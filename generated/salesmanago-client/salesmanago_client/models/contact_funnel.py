from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactFunnel")


@_attrs_define
class ContactFunnel:
    """
    Attributes:
        sales_funnel (str | Unset): Funnel name.
        sales_funnel_id (str | Unset):
        sales_stage (str | Unset): Funnel stage name.
        sales_stage_id (str | Unset):
    """

    sales_funnel: str | Unset = UNSET
    sales_funnel_id: str | Unset = UNSET
    sales_stage: str | Unset = UNSET
    sales_stage_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_funnel = self.sales_funnel

        sales_funnel_id = self.sales_funnel_id

        sales_stage = self.sales_stage

        sales_stage_id = self.sales_stage_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_funnel is not UNSET:
            field_dict["salesFunnel"] = sales_funnel
        if sales_funnel_id is not UNSET:
            field_dict["salesFunnelId"] = sales_funnel_id
        if sales_stage is not UNSET:
            field_dict["salesStage"] = sales_stage
        if sales_stage_id is not UNSET:
            field_dict["salesStageId"] = sales_stage_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactFunnel is a JSON object")
        d = dict(src_dict)
        sales_funnel = absent_if_null(d.pop("salesFunnel", UNSET))

        sales_funnel_id = absent_if_null(d.pop("salesFunnelId", UNSET))

        sales_stage = absent_if_null(d.pop("salesStage", UNSET))

        sales_stage_id = absent_if_null(d.pop("salesStageId", UNSET))

        contact_funnel = cls(
            sales_funnel=sales_funnel,
            sales_funnel_id=sales_funnel_id,
            sales_stage=sales_stage,
            sales_stage_id=sales_stage_id,
        )

        contact_funnel.additional_properties = d
        return contact_funnel

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
