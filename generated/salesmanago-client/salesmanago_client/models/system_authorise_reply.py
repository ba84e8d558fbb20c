from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="SystemAuthoriseReply")


@_attrs_define
class SystemAuthoriseReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        token (str | Unset): temporary token usable for authorization in exchange for apiSecret
        client_id (str | Unset): client ID required for further operations
        valid_to (int | Unset): token expiry
    """

    success: bool
    message: list[str]
    token: str | Unset = UNSET
    client_id: str | Unset = UNSET
    valid_to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with the credentials among them masked."""
        shown = [
            f"success={self.success!r}",
            f"message={self.message!r}",
            "token=<redacted>",
            f"client_id={self.client_id!r}",
            f"valid_to={self.valid_to!r}",
        ]
        return f"SystemAuthoriseReply({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        token = self.token

        client_id = self.client_id

        valid_to = self.valid_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("SystemAuthoriseReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        token = absent_if_null(d.pop("token", UNSET))

        client_id = absent_if_null(d.pop("clientId", UNSET))

        valid_to = absent_if_null(d.pop("validTo", UNSET))

        system_authorise_reply = cls(
            success=success,
            message=message,
            token=token,
            client_id=client_id,
            valid_to=valid_to,
        )

        system_authorise_reply.additional_properties = d
        return system_authorise_reply

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
