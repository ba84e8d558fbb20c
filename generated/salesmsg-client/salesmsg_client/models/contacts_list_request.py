from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contacts_list_request_sort_order import ContactsListRequestSortOrder
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactsListRequest")


@_attrs_define
class ContactsListRequest:
    """JSON body of `POST /contacts/list` (EVIDENCE.md:62).

    Attributes:
        search (str | Unset): Search text.
        page (int | Unset): Page number (the vendor's example starts at 0).
        length (int | Unset): Page size.
        sort_by (str | Unset): Field to sort by, e.g. `created_at`.
        sort_order (ContactsListRequestSortOrder | Unset): Sort direction.
        use_short_response (bool | Unset): Return a shorter contact representation.
    """

    search: str | Unset = UNSET
    page: int | Unset = UNSET
    length: int | Unset = UNSET
    sort_by: str | Unset = UNSET
    sort_order: ContactsListRequestSortOrder | Unset = UNSET
    use_short_response: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search = self.search

        page = self.page

        length = self.length

        sort_by = self.sort_by

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value

        use_short_response = self.use_short_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search is not UNSET:
            field_dict["search"] = search
        if page is not UNSET:
            field_dict["page"] = page
        if length is not UNSET:
            field_dict["length"] = length
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if use_short_response is not UNSET:
            field_dict["useShortResponse"] = use_short_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactsListRequest is a JSON object")
        d = dict(src_dict)
        search = absent_if_null(d.pop("search", UNSET))

        page = absent_if_null(d.pop("page", UNSET))

        length = absent_if_null(d.pop("length", UNSET))

        sort_by = absent_if_null(d.pop("sortBy", UNSET))

        _sort_order = absent_if_null(d.pop("sortOrder", UNSET))
        sort_order: ContactsListRequestSortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = ContactsListRequestSortOrder(_sort_order)

        use_short_response = absent_if_null(d.pop("useShortResponse", UNSET))

        contacts_list_request = cls(
            search=search,
            page=page,
            length=length,
            sort_by=sort_by,
            sort_order=sort_order,
            use_short_response=use_short_response,
        )

        contacts_list_request.additional_properties = d
        return contacts_list_request

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
