from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="NotificationConsentFormItem")


@_attrs_define
class NotificationConsentFormItem:
    """
    Attributes:
        int_id (int | Unset): form id
        name (str | Unset): form name
    """

    int_id: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        int_id = self.int_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if int_id is not UNSET:
            field_dict["intId"] = int_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("NotificationConsentFormItem is a JSON object")
        d = dict(src_dict)
        int_id = absent_if_null(d.pop("intId", UNSET))

        name = absent_if_null(d.pop("name", UNSET))

        notification_consent_form_item = cls(
            int_id=int_id,
            name=name,
        )

        notification_consent_form_item.additional_properties = d
        return notification_consent_form_item

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
