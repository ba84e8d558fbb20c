from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authorization_code_token_request_grant_type import AuthorizationCodeTokenRequestGrantType

T = TypeVar("T", bound="AuthorizationCodeTokenRequest")


@_attrs_define
class AuthorizationCodeTokenRequest:
    """Exchange of an authorization code for tokens.

    Attributes:
        grant_type (AuthorizationCodeTokenRequestGrantType):
        code (str): The authorization code received on `redirect_uri`.
        redirect_uri (str): The redirect URI used in the authorize request.
    """

    grant_type: AuthorizationCodeTokenRequestGrantType
    code: str
    redirect_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            f"grant_type={self.grant_type!r}",
            "code=<redacted>",
            f"redirect_uri={self.redirect_uri!r}",
        ]
        return f"AuthorizationCodeTokenRequest({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        code = self.code

        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "code": code,
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

        redirect_uri = d.pop("redirect_uri")

        authorization_code_token_request = cls(
            grant_type=grant_type,
            code=code,
            redirect_uri=redirect_uri,
        )

        authorization_code_token_request.additional_properties = d
        return authorization_code_token_request

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
