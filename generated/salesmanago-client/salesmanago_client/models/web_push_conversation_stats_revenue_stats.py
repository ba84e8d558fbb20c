from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.web_push_revenue_period_stats import WebPushRevenuePeriodStats


T = TypeVar("T", bound="WebPushConversationStatsRevenueStats")


@_attrs_define
class WebPushConversationStatsRevenueStats:
    """revenue statistics keyed by standard time period (e.g. LAST_7_DAYS, CURRENT_MONTH)"""

    additional_properties: dict[str, WebPushRevenuePeriodStats] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_push_revenue_period_stats import WebPushRevenuePeriodStats  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WebPushConversationStatsRevenueStats is a JSON object")
        d = dict(src_dict)
        web_push_conversation_stats_revenue_stats = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = WebPushRevenuePeriodStats.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        web_push_conversation_stats_revenue_stats.additional_properties = additional_properties
        return web_push_conversation_stats_revenue_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WebPushRevenuePeriodStats:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WebPushRevenuePeriodStats) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
