from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.refresh_token_request_grant_type import RefreshTokenRequestGrantType
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="RefreshTokenRequest")


@_attrs_define
class RefreshTokenRequest:
    """Form fields of the token refresh (000 "Request a refreshed access token"; EVIDENCE.md:37).

    Attributes:
        grant_type (RefreshTokenRequestGrantType): Must be `refresh_token`.
        client_id (str): The app's client ID.
        client_secret (str): The app's client secret.
        refresh_token (str): The refresh token from the previous exchange or refresh.
        scope (str | Unset): Requested scopes; the vendor's samples send `public-api`. Default: 'public-api'.
    """

    grant_type: RefreshTokenRequestGrantType
    client_id: str
    client_secret: str
    refresh_token: str
    scope: str | Unset = "public-api"

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            f"grant_type={self.grant_type!r}",
            f"client_id={self.client_id!r}",
            "client_secret=<redacted>",
            "refresh_token=<redacted>",
            f"scope={self.scope!r}",
        ]
        return f"RefreshTokenRequest({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        client_secret = self.client_secret

        refresh_token = self.refresh_token

        scope = self.scope

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
                "refresh_token": refresh_token,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RefreshTokenRequest is a JSON object")
        d = dict(src_dict)
        grant_type = RefreshTokenRequestGrantType(d.pop("grant_type"))

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        refresh_token = d.pop("refresh_token")

        scope = absent_if_null(d.pop("scope", UNSET))

        refresh_token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            scope=scope,
        )

        return refresh_token_request
