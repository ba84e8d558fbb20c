from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="GrantResponse")


@_attrs_define
class GrantResponse:
    """Response of `POST /OAuth/Grant`. All four documented fields are strings.

    Attributes:
        grant_token (str | Unset): Token for `Authorization: Token <GrantToken>`; does not expire.
        user_first_name (str | Unset):
        user_last_name (str | Unset):
        username (str | Unset):
        code (int | Unset): In-band status, if present (see `ApiError`).
        message (None | str | Unset): In-band error message, if present (see `ApiError`).
    """

    grant_token: str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    user_last_name: str | Unset = UNSET
    username: str | Unset = UNSET
    code: int | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            "grant_token=<redacted>",
            f"user_first_name={self.user_first_name!r}",
            f"user_last_name={self.user_last_name!r}",
            f"username={self.username!r}",
            f"code={self.code!r}",
            f"message={self.message!r}",
        ]
        return f"GrantResponse({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        grant_token = self.grant_token

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        username = self.username

        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grant_token is not UNSET:
            field_dict["GrantToken"] = grant_token
        if user_first_name is not UNSET:
            field_dict["UserFirstName"] = user_first_name
        if user_last_name is not UNSET:
            field_dict["UserLastName"] = user_last_name
        if username is not UNSET:
            field_dict["Username"] = username
        if code is not UNSET:
            field_dict["Code"] = code
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("GrantResponse is a JSON object")
        d = dict(src_dict)
        grant_token = absent_if_null(d.pop("GrantToken", UNSET))

        user_first_name = absent_if_null(d.pop("UserFirstName", UNSET))

        user_last_name = absent_if_null(d.pop("UserLastName", UNSET))

        username = absent_if_null(d.pop("Username", UNSET))

        code = absent_if_null(d.pop("Code", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        grant_response = cls(
            grant_token=grant_token,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            username=username,
            code=code,
            message=message,
        )

        grant_response.additional_properties = d
        return grant_response

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
