from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.error_errors import ErrorErrors


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body (EVIDENCE.md:43-47). `message` may be null. "Contact already exists" errors also carry
    `contact_id`.

        Attributes:
            message (None | str | Unset): Human-readable error; null on some 500 responses.
            status (int | Unset): Status code echoed in the body, when present.
            auth_required (bool | Unset): Whether authentication is required (seen on 401/403 auth failures).
            errors (ErrorErrors | Unset): Field errors, when present (shape not published; typically field name to list of
                messages).
            contact_id (int | Unset): Id of the existing contact, on "contact already exists" errors.
    """

    message: None | str | Unset = UNSET
    status: int | Unset = UNSET
    auth_required: bool | Unset = UNSET
    errors: ErrorErrors | Unset = UNSET
    contact_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        status = self.status

        auth_required = self.auth_required

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status
        if auth_required is not UNSET:
            field_dict["auth_required"] = auth_required
        if errors is not UNSET:
            field_dict["errors"] = errors
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_errors import ErrorErrors  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("Error is a JSON object")
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        status = absent_if_null(d.pop("status", UNSET))

        auth_required = absent_if_null(d.pop("auth_required", UNSET))

        _errors = absent_if_null(d.pop("errors", UNSET))
        errors: ErrorErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ErrorErrors.from_dict(_errors)

        contact_id = absent_if_null(d.pop("contact_id", UNSET))

        error = cls(
            message=message,
            status=status,
            auth_required=auth_required,
            errors=errors,
            contact_id=contact_id,
        )

        error.additional_properties = d
        return error

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
