from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.authorization_code_token_request_grant_type import AuthorizationCodeTokenRequestGrantType

T = TypeVar("T", bound="AuthorizationCodeTokenRequest")


@_attrs_define
class AuthorizationCodeTokenRequest:
    """Form fields of the authorization-code exchange (000 "Exchange the authorization code for an access token").

    Attributes:
        grant_type (AuthorizationCodeTokenRequestGrantType): Must be `authorization_code`.
        code (str): The authorization code returned to the redirect URI (valid for 10 minutes).
        client_id (str): The app's client ID (OAuth Applications page).
        client_secret (str): The app's client secret (OAuth Applications page).
        redirect_uri (str): Must exactly match the `redirect_uri` used when requesting the code (validation only).
    """

    grant_type: AuthorizationCodeTokenRequestGrantType
    code: str
    client_id: str
    client_secret: str
    redirect_uri: str

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            f"grant_type={self.grant_type!r}",
            "code=<redacted>",
            f"client_id={self.client_id!r}",
            "client_secret=<redacted>",
            f"redirect_uri={self.redirect_uri!r}",
        ]
        return f"AuthorizationCodeTokenRequest({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        code = self.code

        client_id = self.client_id

        client_secret = self.client_secret

        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
                "code": code,
                "client_id": client_id,
                "client_secret": client_secret,
                "redirect_uri": redirect_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("AuthorizationCodeTokenRequest is a JSON object")
        d = dict(src_dict)
        grant_type = AuthorizationCodeTokenRequestGrantType(d.pop("grant_type"))

        code = d.pop("code")

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        redirect_uri = d.pop("redirect_uri")

        authorization_code_token_request = cls(
            grant_type=grant_type,
            code=code,
            client_id=client_id,
            client_secret=client_secret,
            redirect_uri=redirect_uri,
        )

        return authorization_code_token_request
