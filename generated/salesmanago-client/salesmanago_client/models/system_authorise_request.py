from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SystemAuthoriseRequest")


@_attrs_define
class SystemAuthoriseRequest:
    """Username and password of a SALESmanago user (not the auth envelope).

    Attributes:
        user_name (str): user name
        password (str):
    """

    user_name: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            f"user_name={self.user_name!r}",
            "password=<redacted>",
        ]
        return f"SystemAuthoriseRequest({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userName": user_name,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("SystemAuthoriseRequest is a JSON object")
        d = dict(src_dict)
        user_name = d.pop("userName")

        password = d.pop("password")

        system_authorise_request = cls(
            user_name=user_name,
            password=password,
        )

        system_authorise_request.additional_properties = d
        return system_authorise_request

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
