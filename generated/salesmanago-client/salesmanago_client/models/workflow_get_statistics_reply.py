from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.workflow_email_stats import WorkflowEmailStats
    from ..models.workflow_revenue_stats import WorkflowRevenueStats


T = TypeVar("T", bound="WorkflowGetStatisticsReply")


@_attrs_define
class WorkflowGetStatisticsReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        name (str | Unset): Workflow name
        creation_date (int | Unset): creation time; the sample value is a UNIX time in seconds
        launches_number (int | Unset):
        revenue_stats (WorkflowRevenueStats | Unset):
        email_stats (WorkflowEmailStats | Unset): Rates (averageOr, averageCtr, averageCtor, optOut) are strings, "-"
            when there is no data.
    """

    success: bool
    message: list[str]
    name: str | Unset = UNSET
    creation_date: int | Unset = UNSET
    launches_number: int | Unset = UNSET
    revenue_stats: WorkflowRevenueStats | Unset = UNSET
    email_stats: WorkflowEmailStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        name = self.name

        creation_date = self.creation_date

        launches_number = self.launches_number

        revenue_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenue_stats, Unset):
            revenue_stats = self.revenue_stats.to_dict()

        email_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_stats, Unset):
            email_stats = self.email_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if launches_number is not UNSET:
            field_dict["launchesNumber"] = launches_number
        if revenue_stats is not UNSET:
            field_dict["revenueStats"] = revenue_stats
        if email_stats is not UNSET:
            field_dict["emailStats"] = email_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_email_stats import WorkflowEmailStats  # noqa: PLC0415
        from ..models.workflow_revenue_stats import WorkflowRevenueStats  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WorkflowGetStatisticsReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        name = absent_if_null(d.pop("name", UNSET))

        creation_date = absent_if_null(d.pop("creationDate", UNSET))

        launches_number = absent_if_null(d.pop("launchesNumber", UNSET))

        _revenue_stats = absent_if_null(d.pop("revenueStats", UNSET))
        revenue_stats: WorkflowRevenueStats | Unset
        if isinstance(_revenue_stats, Unset):
            revenue_stats = UNSET
        else:
            revenue_stats = WorkflowRevenueStats.from_dict(_revenue_stats)

        _email_stats = absent_if_null(d.pop("emailStats", UNSET))
        email_stats: WorkflowEmailStats | Unset
        if isinstance(_email_stats, Unset):
            email_stats = UNSET
        else:
            email_stats = WorkflowEmailStats.from_dict(_email_stats)

        workflow_get_statistics_reply = cls(
            success=success,
            message=message,
            name=name,
            creation_date=creation_date,
            launches_number=launches_number,
            revenue_stats=revenue_stats,
            email_stats=email_stats,
        )

        workflow_get_statistics_reply.additional_properties = d
        return workflow_get_statistics_reply

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
