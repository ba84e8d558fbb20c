from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.recent_activity_visit import RecentActivityVisit
    from ..models.recent_activity_visit_stat import RecentActivityVisitStat


T = TypeVar("T", bound="RecentActivities")


@_attrs_define
class RecentActivities:
    """Visits in the period split by contact kind, with counts and visit statistics.

    Attributes:
        from_ (int | Unset): Beginning date
        to (int | Unset): Ending date
        monitored_contacts (int | Unset): Number of monitored contacts
        total_contacts (int | Unset): Number of all contacts
        customers (list[RecentActivityVisit] | Unset): Customer visits
        partners (list[RecentActivityVisit] | Unset): Partner visits
        prospects (list[RecentActivityVisit] | Unset): Prospective customer visits
        anonymous (list[RecentActivityVisit] | Unset): Anonymous visits
        all_visits (list[RecentActivityVisit] | Unset): All visits
        visit_stats (list[RecentActivityVisitStat] | Unset): Visit statistics from the last week.
    """

    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    monitored_contacts: int | Unset = UNSET
    total_contacts: int | Unset = UNSET
    customers: list[RecentActivityVisit] | Unset = UNSET
    partners: list[RecentActivityVisit] | Unset = UNSET
    prospects: list[RecentActivityVisit] | Unset = UNSET
    anonymous: list[RecentActivityVisit] | Unset = UNSET
    all_visits: list[RecentActivityVisit] | Unset = UNSET
    visit_stats: list[RecentActivityVisitStat] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        monitored_contacts = self.monitored_contacts

        total_contacts = self.total_contacts

        customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customers, Unset):
            customers = []
            for customers_item_data in self.customers:
                customers_item = customers_item_data.to_dict()
                customers.append(customers_item)

        partners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partners, Unset):
            partners = []
            for partners_item_data in self.partners:
                partners_item = partners_item_data.to_dict()
                partners.append(partners_item)

        prospects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prospects, Unset):
            prospects = []
            for prospects_item_data in self.prospects:
                prospects_item = prospects_item_data.to_dict()
                prospects.append(prospects_item)

        anonymous: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.anonymous, Unset):
            anonymous = []
            for anonymous_item_data in self.anonymous:
                anonymous_item = anonymous_item_data.to_dict()
                anonymous.append(anonymous_item)

        all_visits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_visits, Unset):
            all_visits = []
            for all_visits_item_data in self.all_visits:
                all_visits_item = all_visits_item_data.to_dict()
                all_visits.append(all_visits_item)

        visit_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visit_stats, Unset):
            visit_stats = []
            for visit_stats_item_data in self.visit_stats:
                visit_stats_item = visit_stats_item_data.to_dict()
                visit_stats.append(visit_stats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if monitored_contacts is not UNSET:
            field_dict["monitoredContacts"] = monitored_contacts
        if total_contacts is not UNSET:
            field_dict["totalContacts"] = total_contacts
        if customers is not UNSET:
            field_dict["customers"] = customers
        if partners is not UNSET:
            field_dict["partners"] = partners
        if prospects is not UNSET:
            field_dict["prospects"] = prospects
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if all_visits is not UNSET:
            field_dict["allVisits"] = all_visits
        if visit_stats is not UNSET:
            field_dict["visitStats"] = visit_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recent_activity_visit import RecentActivityVisit  # noqa: PLC0415
        from ..models.recent_activity_visit_stat import RecentActivityVisitStat  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RecentActivities is a JSON object")
        d = dict(src_dict)
        from_ = absent_if_null(d.pop("from", UNSET))

        to = absent_if_null(d.pop("to", UNSET))

        monitored_contacts = absent_if_null(d.pop("monitoredContacts", UNSET))

        total_contacts = absent_if_null(d.pop("totalContacts", UNSET))

        _customers = absent_if_null(d.pop("customers", UNSET))
        customers: list[RecentActivityVisit] | Unset = UNSET
        if _customers is not UNSET:
            customers = []
            for customers_item_data in _customers:
                customers_item = RecentActivityVisit.from_dict(customers_item_data)

                customers.append(customers_item)

        _partners = absent_if_null(d.pop("partners", UNSET))
        partners: list[RecentActivityVisit] | Unset = UNSET
        if _partners is not UNSET:
            partners = []
            for partners_item_data in _partners:
                partners_item = RecentActivityVisit.from_dict(partners_item_data)

                partners.append(partners_item)

        _prospects = absent_if_null(d.pop("prospects", UNSET))
        prospects: list[RecentActivityVisit] | Unset = UNSET
        if _prospects is not UNSET:
            prospects = []
            for prospects_item_data in _prospects:
                prospects_item = RecentActivityVisit.from_dict(prospects_item_data)

                prospects.append(prospects_item)

        _anonymous = absent_if_null(d.pop("anonymous", UNSET))
        anonymous: list[RecentActivityVisit] | Unset = UNSET
        if _anonymous is not UNSET:
            anonymous = []
            for anonymous_item_data in _anonymous:
                anonymous_item = RecentActivityVisit.from_dict(anonymous_item_data)

                anonymous.append(anonymous_item)

        _all_visits = absent_if_null(d.pop("allVisits", UNSET))
        all_visits: list[RecentActivityVisit] | Unset = UNSET
        if _all_visits is not UNSET:
            all_visits = []
            for all_visits_item_data in _all_visits:
                all_visits_item = RecentActivityVisit.from_dict(all_visits_item_data)

                all_visits.append(all_visits_item)

        _visit_stats = absent_if_null(d.pop("visitStats", UNSET))
        visit_stats: list[RecentActivityVisitStat] | Unset = UNSET
        if _visit_stats is not UNSET:
            visit_stats = []
            for visit_stats_item_data in _visit_stats:
                visit_stats_item = RecentActivityVisitStat.from_dict(visit_stats_item_data)

                visit_stats.append(visit_stats_item)

        recent_activities = cls(
            from_=from_,
            to=to,
            monitored_contacts=monitored_contacts,
            total_contacts=total_contacts,
            customers=customers,
            partners=partners,
            prospects=prospects,
            anonymous=anonymous,
            all_visits=all_visits,
            visit_stats=visit_stats,
        )

        recent_activities.additional_properties = d
        return recent_activities

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
