from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact_reference import ContactReference


T = TypeVar("T", bound="ContactBatchCreateResponse")


@_attrs_define
class ContactBatchCreateResponse:
    """Body returned by `POST /contact`.

    Attributes:
        contacts_saved (list[ContactReference] | Unset): The saved contacts' IDs, in the order of the request.
        code (int | Unset): In-band status, if present (see `ApiError`).
        message (None | str | Unset): In-band error message, if present (see `ApiError`).
    """

    contacts_saved: list[ContactReference] | Unset = UNSET
    code: int | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts_saved: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts_saved, Unset):
            contacts_saved = []
            for contacts_saved_item_data in self.contacts_saved:
                contacts_saved_item = contacts_saved_item_data.to_dict()
                contacts_saved.append(contacts_saved_item)

        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts_saved is not UNSET:
            field_dict["ContactsSaved"] = contacts_saved
        if code is not UNSET:
            field_dict["Code"] = code
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_reference import ContactReference  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactBatchCreateResponse is a JSON object")
        d = dict(src_dict)
        _contacts_saved = absent_if_null(d.pop("ContactsSaved", UNSET))
        contacts_saved: list[ContactReference] | Unset = UNSET
        if _contacts_saved is not UNSET:
            contacts_saved = []
            for contacts_saved_item_data in _contacts_saved:
                contacts_saved_item = ContactReference.from_dict(contacts_saved_item_data)

                contacts_saved.append(contacts_saved_item)

        code = absent_if_null(d.pop("Code", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        contact_batch_create_response = cls(
            contacts_saved=contacts_saved,
            code=code,
            message=message,
        )

        contact_batch_create_response.additional_properties = d
        return contact_batch_create_response

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
