from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_export_data_type_data_type import ContactExportDataTypeDataType

T = TypeVar("T", bound="ContactExportDataType")


@_attrs_define
class ContactExportDataType:
    """
    Attributes:
        data_type (ContactExportDataTypeDataType):
    """

    data_type: ContactExportDataTypeDataType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataType": data_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactExportDataType is a JSON object")
        d = dict(src_dict)
        data_type = ContactExportDataTypeDataType(d.pop("dataType"))

        contact_export_data_type = cls(
            data_type=data_type,
        )

        contact_export_data_type.additional_properties = d
        return contact_export_data_type

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
