from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="RecentActivityIpDetails")


@_attrs_define
class RecentActivityIpDetails:
    """Details decoded from the client's IP (when ipDetails is requested).

    Attributes:
        ip (str | Unset): IP number
        country_code (str | Unset): ISO 3166 alpha-2 country code
        country_name (str | Unset):
        region_code (str | Unset):
        region_name (str | Unset):
        city (str | Unset):
        postal_code (str | Unset):
        latitude (str | Unset): Latitude as a decimal string
        longitude (str | Unset): Longitude as a decimal string
        isp (str | Unset): ISP name
        organization (str | Unset): Organisation's name
    """

    ip: str | Unset = UNSET
    country_code: str | Unset = UNSET
    country_name: str | Unset = UNSET
    region_code: str | Unset = UNSET
    region_name: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    latitude: str | Unset = UNSET
    longitude: str | Unset = UNSET
    isp: str | Unset = UNSET
    organization: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        country_code = self.country_code

        country_name = self.country_name

        region_code = self.region_code

        region_name = self.region_name

        city = self.city

        postal_code = self.postal_code

        latitude = self.latitude

        longitude = self.longitude

        isp = self.isp

        organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if region_code is not UNSET:
            field_dict["regionCode"] = region_code
        if region_name is not UNSET:
            field_dict["regionName"] = region_name
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if isp is not UNSET:
            field_dict["isp"] = isp
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RecentActivityIpDetails is a JSON object")
        d = dict(src_dict)
        ip = absent_if_null(d.pop("ip", UNSET))

        country_code = absent_if_null(d.pop("countryCode", UNSET))

        country_name = absent_if_null(d.pop("countryName", UNSET))

        region_code = absent_if_null(d.pop("regionCode", UNSET))

        region_name = absent_if_null(d.pop("regionName", UNSET))

        city = absent_if_null(d.pop("city", UNSET))

        postal_code = absent_if_null(d.pop("postalCode", UNSET))

        latitude = absent_if_null(d.pop("latitude", UNSET))

        longitude = absent_if_null(d.pop("longitude", UNSET))

        isp = absent_if_null(d.pop("isp", UNSET))

        organization = absent_if_null(d.pop("organization", UNSET))

        recent_activity_ip_details = cls(
            ip=ip,
            country_code=country_code,
            country_name=country_name,
            region_code=region_code,
            region_name=region_name,
            city=city,
            postal_code=postal_code,
            latitude=latitude,
            longitude=longitude,
            isp=isp,
            organization=organization,
        )

        recent_activity_ip_details.additional_properties = d
        return recent_activity_ip_details

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
