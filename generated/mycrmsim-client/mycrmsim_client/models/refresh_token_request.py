from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refresh_token_request_grant_type import RefreshTokenRequestGrantType

T = TypeVar("T", bound="RefreshTokenRequest")


@_attrs_define
class RefreshTokenRequest:
    """Refresh of an access token.

    Attributes:
        grant_type (RefreshTokenRequestGrantType):
        refresh_token (str): The current refresh token.
    """

    grant_type: RefreshTokenRequestGrantType
    refresh_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            f"grant_type={self.grant_type!r}",
            "refresh_token=<redacted>",
        ]
        return f"RefreshTokenRequest({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "refresh_token": refresh_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RefreshTokenRequest is a JSON object")
        d = dict(src_dict)
        grant_type = RefreshTokenRequestGrantType(d.pop("grant_type"))

        refresh_token = d.pop("refresh_token")

        refresh_token_request = cls(
            grant_type=grant_type,
            refresh_token=refresh_token,
        )

        refresh_token_request.additional_properties = d
        return refresh_token_request

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
