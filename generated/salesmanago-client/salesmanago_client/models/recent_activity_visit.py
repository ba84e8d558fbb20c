from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.recent_activity_contact_visit import RecentActivityContactVisit
    from ..models.recent_activity_ip_details import RecentActivityIpDetails


T = TypeVar("T", bound="RecentActivityVisit")


@_attrs_define
class RecentActivityVisit:
    """A client's visit in the recentActivity lists.

    Attributes:
        uuid (int | Unset): Visit identifier (shown in the sample only
        time (int | Unset): Time of visit (ms)
        duration (int | None | Unset): Duration (ms)
        visit_source (None | str | Unset): Visit source, e.g. EMAIL_CONVERSATION, SEARCH_ENGINE, ADVERTISEMENT,
            REFERRER, DIRECT
        visit_source_host (None | str | Unset): Referring host
        visit_source_keywords (None | str | Unset): Keywords
        visit_source_details (None | str | Unset): Visit details
        visit_score (int | None | Unset): Number of points
        client (None | str | Unset): Client name
        email (None | str | Unset): Client's email (none for anonymous visits)
        contact_id (None | str | Unset): Unique client ID
        url (None | str | Unset): URL of the visited page
        ip_organization (None | str | Unset): Organisation owning the IP (shown in the sample only)
        vid (int | None | Unset): Vendor ID
        cid (int | None | Unset): Contact ID (numeric)
        ip_details (RecentActivityIpDetails | Unset): Details decoded from the client's IP (when ipDetails is
            requested).
        contact_visits (list[RecentActivityContactVisit] | Unset): Contact's visits.
    """

    uuid: int | Unset = UNSET
    time: int | Unset = UNSET
    duration: int | None | Unset = UNSET
    visit_source: None | str | Unset = UNSET
    visit_source_host: None | str | Unset = UNSET
    visit_source_keywords: None | str | Unset = UNSET
    visit_source_details: None | str | Unset = UNSET
    visit_score: int | None | Unset = UNSET
    client: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    ip_organization: None | str | Unset = UNSET
    vid: int | None | Unset = UNSET
    cid: int | None | Unset = UNSET
    ip_details: RecentActivityIpDetails | Unset = UNSET
    contact_visits: list[RecentActivityContactVisit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

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

        visit_source_details: None | str | Unset
        if isinstance(self.visit_source_details, Unset):
            visit_source_details = UNSET
        else:
            visit_source_details = self.visit_source_details

        visit_score: int | None | Unset
        if isinstance(self.visit_score, Unset):
            visit_score = UNSET
        else:
            visit_score = self.visit_score

        client: None | str | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        else:
            client = self.client

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        ip_organization: None | str | Unset
        if isinstance(self.ip_organization, Unset):
            ip_organization = UNSET
        else:
            ip_organization = self.ip_organization

        vid: int | None | Unset
        if isinstance(self.vid, Unset):
            vid = UNSET
        else:
            vid = self.vid

        cid: int | None | Unset
        if isinstance(self.cid, Unset):
            cid = UNSET
        else:
            cid = self.cid

        ip_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_details, Unset):
            ip_details = self.ip_details.to_dict()

        contact_visits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_visits, Unset):
            contact_visits = []
            for contact_visits_item_data in self.contact_visits:
                contact_visits_item = contact_visits_item_data.to_dict()
                contact_visits.append(contact_visits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
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
        if visit_source_details is not UNSET:
            field_dict["visitSourceDetails"] = visit_source_details
        if visit_score is not UNSET:
            field_dict["visitScore"] = visit_score
        if client is not UNSET:
            field_dict["client"] = client
        if email is not UNSET:
            field_dict["email"] = email
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if url is not UNSET:
            field_dict["url"] = url
        if ip_organization is not UNSET:
            field_dict["ipOrganization"] = ip_organization
        if vid is not UNSET:
            field_dict["vid"] = vid
        if cid is not UNSET:
            field_dict["cid"] = cid
        if ip_details is not UNSET:
            field_dict["ipDetails"] = ip_details
        if contact_visits is not UNSET:
            field_dict["contactVisits"] = contact_visits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recent_activity_contact_visit import RecentActivityContactVisit  # noqa: PLC0415
        from ..models.recent_activity_ip_details import RecentActivityIpDetails  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RecentActivityVisit is a JSON object")
        d = dict(src_dict)
        uuid = absent_if_null(d.pop("uuid", UNSET))

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

        def _parse_visit_source_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visit_source_details = _parse_visit_source_details(d.pop("visitSourceDetails", UNSET))

        def _parse_visit_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        visit_score = _parse_visit_score(d.pop("visitScore", UNSET))

        def _parse_client(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client = _parse_client(d.pop("client", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contactId", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_ip_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_organization = _parse_ip_organization(d.pop("ipOrganization", UNSET))

        def _parse_vid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vid = _parse_vid(d.pop("vid", UNSET))

        def _parse_cid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cid = _parse_cid(d.pop("cid", UNSET))

        _ip_details = absent_if_null(d.pop("ipDetails", UNSET))
        ip_details: RecentActivityIpDetails | Unset
        if isinstance(_ip_details, Unset):
            ip_details = UNSET
        else:
            ip_details = RecentActivityIpDetails.from_dict(_ip_details)

        _contact_visits = absent_if_null(d.pop("contactVisits", UNSET))
        contact_visits: list[RecentActivityContactVisit] | Unset = UNSET
        if _contact_visits is not UNSET:
            contact_visits = []
            for contact_visits_item_data in _contact_visits:
                contact_visits_item = RecentActivityContactVisit.from_dict(contact_visits_item_data)

                contact_visits.append(contact_visits_item)

        recent_activity_visit = cls(
            uuid=uuid,
            time=time,
            duration=duration,
            visit_source=visit_source,
            visit_source_host=visit_source_host,
            visit_source_keywords=visit_source_keywords,
            visit_source_details=visit_source_details,
            visit_score=visit_score,
            client=client,
            email=email,
            contact_id=contact_id,
            url=url,
            ip_organization=ip_organization,
            vid=vid,
            cid=cid,
            ip_details=ip_details,
            contact_visits=contact_visits,
        )

        recent_activity_visit.additional_properties = d
        return recent_activity_visit

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
