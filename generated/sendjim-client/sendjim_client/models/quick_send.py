from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="QuickSend")


@_attrs_define
class QuickSend:
    """A quick send. Only its ID is known; the other fields are kept as additional properties.

    Attributes:
        quick_send_id (int | Unset):
    """

    quick_send_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quick_send_id = self.quick_send_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quick_send_id is not UNSET:
            field_dict["QuickSendID"] = quick_send_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("QuickSend is a JSON object")
        d = dict(src_dict)
        quick_send_id = absent_if_null(d.pop("QuickSendID", UNSET))

        quick_send = cls(
            quick_send_id=quick_send_id,
        )

        quick_send.additional_properties = d
        return quick_send

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
