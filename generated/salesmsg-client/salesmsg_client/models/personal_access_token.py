from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="PersonalAccessToken")


@_attrs_define
class PersonalAccessToken:
    """PAT refresh response (001:225-230).

    Attributes:
        access_token (str): The new personal access token.
        token_type (str | Unset): Always `Bearer`.
        expires_in (int | Unset): Lifetime in seconds.
    """

    access_token: str
    token_type: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            "access_token=<redacted>",
            f"token_type={self.token_type!r}",
            f"expires_in={self.expires_in!r}",
        ]
        return f"PersonalAccessToken({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("PersonalAccessToken is a JSON object")
        d = dict(src_dict)
        access_token = d.pop("access_token")

        token_type = absent_if_null(d.pop("token_type", UNSET))

        expires_in = absent_if_null(d.pop("expires_in", UNSET))

        personal_access_token = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
        )

        personal_access_token.additional_properties = d
        return personal_access_token

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
