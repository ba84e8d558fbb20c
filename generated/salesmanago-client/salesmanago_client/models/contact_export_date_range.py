from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactExportDateRange")


@_attrs_define
class ContactExportDateRange:
    """Date range of the export; its meaning and unit are not documented (the sample values look like seconds).

    Attributes:
        start_date (int | Unset):
        end_date (int | Unset):
    """

    start_date: int | Unset = UNSET
    end_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactExportDateRange is a JSON object")
        d = dict(src_dict)
        start_date = absent_if_null(d.pop("startDate", UNSET))

        end_date = absent_if_null(d.pop("endDate", UNSET))

        contact_export_date_range = cls(
            start_date=start_date,
            end_date=end_date,
        )

        contact_export_date_range.additional_properties = d
        return contact_export_date_range

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
