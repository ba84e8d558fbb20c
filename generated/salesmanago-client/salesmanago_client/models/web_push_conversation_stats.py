from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_push_stats_source_type import WebPushStatsSourceType
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.web_push_conversation_stats_revenue_stats import WebPushConversationStatsRevenueStats


T = TypeVar("T", bound="WebPushConversationStats")


@_attrs_define
class WebPushConversationStats:
    """Web Push statistics (fields and types inferred from the sample; the doc only says "Object with Web Push
    statistics").

        Attributes:
            web_push_id (int | Unset):
            source_type (WebPushStatsSourceType | Unset):
            name (str | Unset):
            sent_on (int | Unset): UNIX time in ms
            sent (int | Unset):
            displayed_basic (int | Unset):
            displayed_rich (int | Unset):
            clicked_basic (int | Unset):
            clicked_rich (int | Unset):
            revenue_stats (WebPushConversationStatsRevenueStats | Unset): revenue statistics keyed by standard time period
                (e.g. LAST_7_DAYS, CURRENT_MONTH)
    """

    web_push_id: int | Unset = UNSET
    source_type: WebPushStatsSourceType | Unset = UNSET
    name: str | Unset = UNSET
    sent_on: int | Unset = UNSET
    sent: int | Unset = UNSET
    displayed_basic: int | Unset = UNSET
    displayed_rich: int | Unset = UNSET
    clicked_basic: int | Unset = UNSET
    clicked_rich: int | Unset = UNSET
    revenue_stats: WebPushConversationStatsRevenueStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_push_id = self.web_push_id

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        name = self.name

        sent_on = self.sent_on

        sent = self.sent

        displayed_basic = self.displayed_basic

        displayed_rich = self.displayed_rich

        clicked_basic = self.clicked_basic

        clicked_rich = self.clicked_rich

        revenue_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenue_stats, Unset):
            revenue_stats = self.revenue_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if web_push_id is not UNSET:
            field_dict["webPushId"] = web_push_id
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if name is not UNSET:
            field_dict["name"] = name
        if sent_on is not UNSET:
            field_dict["sentOn"] = sent_on
        if sent is not UNSET:
            field_dict["sent"] = sent
        if displayed_basic is not UNSET:
            field_dict["displayedBasic"] = displayed_basic
        if displayed_rich is not UNSET:
            field_dict["displayedRich"] = displayed_rich
        if clicked_basic is not UNSET:
            field_dict["clickedBasic"] = clicked_basic
        if clicked_rich is not UNSET:
            field_dict["clickedRich"] = clicked_rich
        if revenue_stats is not UNSET:
            field_dict["revenueStats"] = revenue_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_push_conversation_stats_revenue_stats import WebPushConversationStatsRevenueStats  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WebPushConversationStats is a JSON object")
        d = dict(src_dict)
        web_push_id = absent_if_null(d.pop("webPushId", UNSET))

        _source_type = absent_if_null(d.pop("sourceType", UNSET))
        source_type: WebPushStatsSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = WebPushStatsSourceType(_source_type)

        name = absent_if_null(d.pop("name", UNSET))

        sent_on = absent_if_null(d.pop("sentOn", UNSET))

        sent = absent_if_null(d.pop("sent", UNSET))

        displayed_basic = absent_if_null(d.pop("displayedBasic", UNSET))

        displayed_rich = absent_if_null(d.pop("displayedRich", UNSET))

        clicked_basic = absent_if_null(d.pop("clickedBasic", UNSET))

        clicked_rich = absent_if_null(d.pop("clickedRich", UNSET))

        _revenue_stats = absent_if_null(d.pop("revenueStats", UNSET))
        revenue_stats: WebPushConversationStatsRevenueStats | Unset
        if isinstance(_revenue_stats, Unset):
            revenue_stats = UNSET
        else:
            revenue_stats = WebPushConversationStatsRevenueStats.from_dict(_revenue_stats)

        web_push_conversation_stats = cls(
            web_push_id=web_push_id,
            source_type=source_type,
            name=name,
            sent_on=sent_on,
            sent=sent,
            displayed_basic=displayed_basic,
            displayed_rich=displayed_rich,
            clicked_basic=clicked_basic,
            clicked_rich=clicked_rich,
            revenue_stats=revenue_stats,
        )

        web_push_conversation_stats.additional_properties = d
        return web_push_conversation_stats

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
