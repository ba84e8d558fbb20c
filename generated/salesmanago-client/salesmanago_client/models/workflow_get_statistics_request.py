from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="WorkflowGetStatisticsRequest")


@_attrs_define
class WorkflowGetStatisticsRequest:
    """Fields shown only in the doc's sample (the table says no additional fields).

    Attributes:
        workflow_id (int): Workflow 2.0 id (see workflow/list)
        period (str | Unset): standard time period, e.g. PREVIOUS_YEAR (the doc does not list the values)
    """

    workflow_id: int
    period: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflowId": workflow_id,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WorkflowGetStatisticsRequest is a JSON object")
        d = dict(src_dict)
        workflow_id = d.pop("workflowId")

        period = absent_if_null(d.pop("period", UNSET))

        workflow_get_statistics_request = cls(
            workflow_id=workflow_id,
            period=period,
        )

        workflow_get_statistics_request.additional_properties = d
        return workflow_get_statistics_request

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
