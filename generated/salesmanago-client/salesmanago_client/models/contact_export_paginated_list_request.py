from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactExportPaginatedListRequest")


@_attrs_define
class ContactExportPaginatedListRequest:
    """
    Attributes:
        page (int): Current page
        size (int): Number of returned contacts (up to 1000)
        owner (str | Unset): SALESmanago user account email.
    """

    page: int
    size: int
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        size = self.size

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "size": size,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactExportPaginatedListRequest is a JSON object")
        d = dict(src_dict)
        page = d.pop("page")

        size = d.pop("size")

        owner = absent_if_null(d.pop("owner", UNSET))

        contact_export_paginated_list_request = cls(
            page=page,
            size=size,
            owner=owner,
        )

        contact_export_paginated_list_request.additional_properties = d
        return contact_export_paginated_list_request

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
