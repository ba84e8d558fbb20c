from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactGetRecentActivityRequest")


@_attrs_define
class ContactGetRecentActivityRequest:
    """
    Attributes:
        from_ (int): Beginning date
        to (int): Ending date
        all_visits (bool | Unset): If true
        ip_details (bool | Unset): If true
    """

    from_: int
    to: int
    all_visits: bool | Unset = UNSET
    ip_details: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        all_visits = self.all_visits

        ip_details = self.ip_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if all_visits is not UNSET:
            field_dict["allVisits"] = all_visits
        if ip_details is not UNSET:
            field_dict["ipDetails"] = ip_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactGetRecentActivityRequest is a JSON object")
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        all_visits = absent_if_null(d.pop("allVisits", UNSET))

        ip_details = absent_if_null(d.pop("ipDetails", UNSET))

        contact_get_recent_activity_request = cls(
            from_=from_,
            to=to,
            all_visits=all_visits,
            ip_details=ip_details,
        )

        contact_get_recent_activity_request.additional_properties = d
        return contact_get_recent_activity_request

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
