from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GrantRequest")


@_attrs_define
class GrantRequest:
    """Body of `POST /OAuth/Grant`.

    Attributes:
        client_key (str): The partner's client key.
        client_secret (str): The partner's client secret.
        request_token (str): The `requestToken` received on the callback URL (a GUID; expires after `expires` seconds).
    """

    client_key: str
    client_secret: str
    request_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            f"client_key={self.client_key!r}",
            "client_secret=<redacted>",
            "request_token=<redacted>",
        ]
        return f"GrantRequest({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        client_key = self.client_key

        client_secret = self.client_secret

        request_token = self.request_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ClientKey": client_key,
                "ClientSecret": client_secret,
                "RequestToken": request_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("GrantRequest is a JSON object")
        d = dict(src_dict)
        client_key = d.pop("ClientKey")

        client_secret = d.pop("ClientSecret")

        request_token = d.pop("RequestToken")

        grant_request = cls(
            client_key=client_key,
            client_secret=client_secret,
            request_token=request_token,
        )

        grant_request.additional_properties = d
        return grant_request

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
