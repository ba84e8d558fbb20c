from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccessToken")


@_attrs_define
class AccessToken:
    """OAuth2 token response.

    Attributes:
        token_type (str): Always `Bearer`.
        expires_in (int): Lifetime of the access token in seconds (positive; 000 shows 31536000, 001 shows 3600).
        access_token (str):
        refresh_token (str): A new refresh token (also on refresh; store it).
    """

    token_type: str
    expires_in: int
    access_token: str
    refresh_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            f"token_type={self.token_type!r}",
            f"expires_in={self.expires_in!r}",
            "access_token=<redacted>",
            "refresh_token=<redacted>",
        ]
        return f"AccessToken({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        token_type = self.token_type

        expires_in = self.expires_in

        access_token = self.access_token

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_type": token_type,
                "expires_in": expires_in,
                "access_token": access_token,
                "refresh_token": refresh_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("AccessToken is a JSON object")
        d = dict(src_dict)
        token_type = d.pop("token_type")

        expires_in = d.pop("expires_in")

        access_token = d.pop("access_token")

        refresh_token = d.pop("refresh_token")

        access_token = cls(
            token_type=token_type,
            expires_in=expires_in,
            access_token=access_token,
            refresh_token=refresh_token,
        )

        access_token.additional_properties = d
        return access_token

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
