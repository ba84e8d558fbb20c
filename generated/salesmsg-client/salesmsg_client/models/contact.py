from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact (fields seen, EVIDENCE.md:91-93). Timestamps are strings (date-time, format not published).

    Attributes:
        id (int):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        full_name (None | str | Unset):
        email (None | str | Unset):
        number (None | str | Unset): Phone number (E.164).
        formatted_number (None | str | Unset):
        country (None | str | Unset):
        is_blocked (bool | Unset):
        opt_out (bool | Unset):
        opt_out_at (None | str | Unset): When the contact opted out (date-time string), null if not.
        created_at (str | Unset): Creation time (date-time string).
        updated_at (None | str | Unset): Last update time (date-time string).
        tags (list[Tag] | Unset):
        custom_fields (list[Any] | Unset): Custom field values (item shape not published).
        notes (list[Any] | Unset): Notes on the contact (item shape not published).
    """

    id: int
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    formatted_number: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    is_blocked: bool | Unset = UNSET
    opt_out: bool | Unset = UNSET
    opt_out_at: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    custom_fields: list[Any] | Unset = UNSET
    notes: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        formatted_number: None | str | Unset
        if isinstance(self.formatted_number, Unset):
            formatted_number = UNSET
        else:
            formatted_number = self.formatted_number

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        is_blocked = self.is_blocked

        opt_out = self.opt_out

        opt_out_at: None | str | Unset
        if isinstance(self.opt_out_at, Unset):
            opt_out_at = UNSET
        else:
            opt_out_at = self.opt_out_at

        created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        custom_fields: list[Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields

        notes: list[Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if email is not UNSET:
            field_dict["email"] = email
        if number is not UNSET:
            field_dict["number"] = number
        if formatted_number is not UNSET:
            field_dict["formatted_number"] = formatted_number
        if country is not UNSET:
            field_dict["country"] = country
        if is_blocked is not UNSET:
            field_dict["is_blocked"] = is_blocked
        if opt_out is not UNSET:
            field_dict["opt_out"] = opt_out
        if opt_out_at is not UNSET:
            field_dict["opt_out_at"] = opt_out_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag import Tag  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("Contact is a JSON object")
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_formatted_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        formatted_number = _parse_formatted_number(d.pop("formatted_number", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        is_blocked = absent_if_null(d.pop("is_blocked", UNSET))

        opt_out = absent_if_null(d.pop("opt_out", UNSET))

        def _parse_opt_out_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opt_out_at = _parse_opt_out_at(d.pop("opt_out_at", UNSET))

        created_at = absent_if_null(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _tags = absent_if_null(d.pop("tags", UNSET))
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        custom_fields = cast(list[Any], checked_list(absent_if_null(d.pop("custom_fields", UNSET)), None))

        notes = cast(list[Any], checked_list(absent_if_null(d.pop("notes", UNSET)), None))

        contact = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            email=email,
            number=number,
            formatted_number=formatted_number,
            country=country,
            is_blocked=is_blocked,
            opt_out=opt_out,
            opt_out_at=opt_out_at,
            created_at=created_at,
            updated_at=updated_at,
            tags=tags,
            custom_fields=custom_fields,
            notes=notes,
        )

        contact.additional_properties = d
        return contact

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
