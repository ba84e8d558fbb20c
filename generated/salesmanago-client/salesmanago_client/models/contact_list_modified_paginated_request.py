from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactListModifiedPaginatedRequest")


@_attrs_define
class ContactListModifiedPaginatedRequest:
    """
    Attributes:
        from_ (int): Start of the last-modification range, UNIX timestamp in ms; at most 30 days before `to`
        to (int): End of the last-modification range
        page (int): Page number
        size (int): Number of results per page
        owner (str | Unset): SALESmanago user account email.
    """

    from_: int
    to: int
    page: int
    size: int
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        page = self.page

        size = self.size

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
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
            raise TypeError("ContactListModifiedPaginatedRequest is a JSON object")
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        page = d.pop("page")

        size = d.pop("size")

        owner = absent_if_null(d.pop("owner", UNSET))

        contact_list_modified_paginated_request = cls(
            from_=from_,
            to=to,
            page=page,
            size=size,
            owner=owner,
        )

        contact_list_modified_paginated_request.additional_properties = d
        return contact_list_modified_paginated_request

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
