from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactEventEntry")


@_attrs_define
class ContactEventEntry:
    """An event on the contact (contactEvents).

    Attributes:
        date (int | Unset):
        description (str | Unset):
        detail1 (None | str | Unset):
        detail2 (None | str | Unset):
        detail3 (None | str | Unset):
        detail4 (None | str | Unset):
        detail5 (None | str | Unset):
    """

    date: int | Unset = UNSET
    description: str | Unset = UNSET
    detail1: None | str | Unset = UNSET
    detail2: None | str | Unset = UNSET
    detail3: None | str | Unset = UNSET
    detail4: None | str | Unset = UNSET
    detail5: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        description = self.description

        detail1: None | str | Unset
        if isinstance(self.detail1, Unset):
            detail1 = UNSET
        else:
            detail1 = self.detail1

        detail2: None | str | Unset
        if isinstance(self.detail2, Unset):
            detail2 = UNSET
        else:
            detail2 = self.detail2

        detail3: None | str | Unset
        if isinstance(self.detail3, Unset):
            detail3 = UNSET
        else:
            detail3 = self.detail3

        detail4: None | str | Unset
        if isinstance(self.detail4, Unset):
            detail4 = UNSET
        else:
            detail4 = self.detail4

        detail5: None | str | Unset
        if isinstance(self.detail5, Unset):
            detail5 = UNSET
        else:
            detail5 = self.detail5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if detail1 is not UNSET:
            field_dict["detail1"] = detail1
        if detail2 is not UNSET:
            field_dict["detail2"] = detail2
        if detail3 is not UNSET:
            field_dict["detail3"] = detail3
        if detail4 is not UNSET:
            field_dict["detail4"] = detail4
        if detail5 is not UNSET:
            field_dict["detail5"] = detail5

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactEventEntry is a JSON object")
        d = dict(src_dict)
        date = absent_if_null(d.pop("date", UNSET))

        description = absent_if_null(d.pop("description", UNSET))

        def _parse_detail1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail1 = _parse_detail1(d.pop("detail1", UNSET))

        def _parse_detail2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail2 = _parse_detail2(d.pop("detail2", UNSET))

        def _parse_detail3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail3 = _parse_detail3(d.pop("detail3", UNSET))

        def _parse_detail4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail4 = _parse_detail4(d.pop("detail4", UNSET))

        def _parse_detail5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail5 = _parse_detail5(d.pop("detail5", UNSET))

        contact_event_entry = cls(
            date=date,
            description=description,
            detail1=detail1,
            detail2=detail2,
            detail3=detail3,
            detail4=detail4,
            detail5=detail5,
        )

        contact_event_entry.additional_properties = d
        return contact_event_entry

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
