from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactSelector")


@_attrs_define
class ContactSelector:
    """Selects contacts. addresseeType is EMAIL, CONTACT_ID, TAG, FUNNEL or STAGE (written uppercase in the tables and
    lowercase in the samples); value is an email, contact ID, tag or funnel name and may list several comma-separated
    items; optValue lists comma-separated funnel stage names for STAGE.

        Attributes:
            addressee_type (str):
            value (str):
            opt_value (str | Unset):
    """

    addressee_type: str
    value: str
    opt_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addressee_type = self.addressee_type

        value = self.value

        opt_value = self.opt_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresseeType": addressee_type,
                "value": value,
            }
        )
        if opt_value is not UNSET:
            field_dict["optValue"] = opt_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactSelector is a JSON object")
        d = dict(src_dict)
        addressee_type = d.pop("addresseeType")

        value = d.pop("value")

        opt_value = absent_if_null(d.pop("optValue", UNSET))

        contact_selector = cls(
            addressee_type=addressee_type,
            value=value,
            opt_value=opt_value,
        )

        contact_selector.additional_properties = d
        return contact_selector

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
