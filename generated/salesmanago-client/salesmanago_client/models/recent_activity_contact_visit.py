from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="RecentActivityContactVisit")


@_attrs_define
class RecentActivityContactVisit:
    """
    Attributes:
        conversation_int_id (int | None | Unset): ID of the mailing the visit comes from
        host (None | str | Unset): Page that was visited
        time (int | Unset): Time of visit (ms)
        duration (int | None | Unset):
        visit_source (None | str | Unset):
        visit_source_host (None | str | Unset):
        visit_source_keywords (None | str | Unset):
        visit_score (int | None | Unset):
        url (None | str | Unset): URL of the visited page
        location (None | str | Unset): Visit location
    """

    conversation_int_id: int | None | Unset = UNSET
    host: None | str | Unset = UNSET
    time: int | Unset = UNSET
    duration: int | None | Unset = UNSET
    visit_source: None | str | Unset = UNSET
    visit_source_host: None | str | Unset = UNSET
    visit_source_keywords: None | str | Unset = UNSET
    visit_score: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_int_id: int | None | Unset
        if isinstance(self.conversation_int_id, Unset):
            conversation_int_id = UNSET
        else:
            conversation_int_id = self.conversation_int_id

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        time = self.time

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        visit_source: None | str | Unset
        if isinstance(self.visit_source, Unset):
            visit_source = UNSET
        else:
            visit_source = self.visit_source

        visit_source_host: None | str | Unset
        if isinstance(self.visit_source_host, Unset):
            visit_source_host = UNSET
        else:
            visit_source_host = self.visit_source_host

        visit_source_keywords: None | str | Unset
        if isinstance(self.visit_source_keywords, Unset):
            visit_source_keywords = UNSET
        else:
            visit_source_keywords = self.visit_source_keywords

        visit_score: int | None | Unset
        if isinstance(self.visit_score, Unset):
            visit_score = UNSET
        else:
            visit_score = self.visit_score

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_int_id is not UNSET:
            field_dict["conversationIntId"] = conversation_int_id
        if host is not UNSET:
            field_dict["host"] = host
        if time is not UNSET:
            field_dict["time"] = time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if visit_source is not UNSET:
            field_dict["visitSource"] = visit_source
        if visit_source_host is not UNSET:
            field_dict["visitSourceHost"] = visit_source_host
        if visit_source_keywords is not UNSET:
            field_dict["visitSourceKeywords"] = visit_source_keywords
        if visit_score is not UNSET:
            field_dict["visitScore"] = visit_score
        if url is not UNSET:
            field_dict["url"] = url
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RecentActivityContactVisit is a JSON object")
        d = dict(src_dict)

        def _parse_conversation_int_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conversation_int_id = _parse_conversation_int_id(d.pop("conversationIntId", UNSET))

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        time = absent_if_null(d.pop("time", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_visit_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visit_source = _parse_visit_source(d.pop("visitSource", UNSET))

        def _parse_visit_source_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visit_source_host = _parse_visit_source_host(d.pop("visitSourceHost", UNSET))

        def _parse_visit_source_keywords(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visit_source_keywords = _parse_visit_source_keywords(d.pop("visitSourceKeywords", UNSET))

        def _parse_visit_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        visit_score = _parse_visit_score(d.pop("visitScore", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        recent_activity_contact_visit = cls(
            conversation_int_id=conversation_int_id,
            host=host,
            time=time,
            duration=duration,
            visit_source=visit_source,
            visit_source_host=visit_source_host,
            visit_source_keywords=visit_source_keywords,
            visit_score=visit_score,
            url=url,
            location=location,
        )

        recent_activity_contact_visit.additional_properties = d
        return recent_activity_contact_visit

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
