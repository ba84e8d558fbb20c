from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="RecentActivityVisitStat")


@_attrs_define
class RecentActivityVisitStat:
    """
    Attributes:
        date (int | Unset): Day of the visits (ms)
        partners_visits (int | Unset):
        prospects_visits (int | Unset):
        customers_visits (int | Unset):
        other_visits (int | Unset):
    """

    date: int | Unset = UNSET
    partners_visits: int | Unset = UNSET
    prospects_visits: int | Unset = UNSET
    customers_visits: int | Unset = UNSET
    other_visits: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        partners_visits = self.partners_visits

        prospects_visits = self.prospects_visits

        customers_visits = self.customers_visits

        other_visits = self.other_visits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if partners_visits is not UNSET:
            field_dict["partnersVisits"] = partners_visits
        if prospects_visits is not UNSET:
            field_dict["prospectsVisits"] = prospects_visits
        if customers_visits is not UNSET:
            field_dict["customersVisits"] = customers_visits
        if other_visits is not UNSET:
            field_dict["otherVisits"] = other_visits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RecentActivityVisitStat is a JSON object")
        d = dict(src_dict)
        date = absent_if_null(d.pop("date", UNSET))

        partners_visits = absent_if_null(d.pop("partnersVisits", UNSET))

        prospects_visits = absent_if_null(d.pop("prospectsVisits", UNSET))

        customers_visits = absent_if_null(d.pop("customersVisits", UNSET))

        other_visits = absent_if_null(d.pop("otherVisits", UNSET))

        recent_activity_visit_stat = cls(
            date=date,
            partners_visits=partners_visits,
            prospects_visits=prospects_visits,
            customers_visits=customers_visits,
            other_visits=other_visits,
        )

        recent_activity_visit_stat.additional_properties = d
        return recent_activity_visit_stat

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
