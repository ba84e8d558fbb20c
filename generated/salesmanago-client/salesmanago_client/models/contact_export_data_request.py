from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact_export_data_type import ContactExportDataType
    from ..models.contact_export_date_range import ContactExportDateRange
    from ..models.contact_selector import ContactSelector


T = TypeVar("T", bound="ContactExportDataRequest")


@_attrs_define
class ContactExportDataRequest:
    """
    Attributes:
        contacts (list[ContactSelector]): Selectors of the contacts whose data is exported (email, tag, contact_id,
            funnel, stage).
        data (list[ContactExportDataType]): Data types to export; at least one.
        owner (str | Unset): SALESmanago user account email.
        date_range (ContactExportDateRange | Unset): Date range of the export; its meaning and unit are not documented
            (the sample values look like seconds).
    """

    contacts: list[ContactSelector]
    data: list[ContactExportDataType]
    owner: str | Unset = UNSET
    date_range: ContactExportDateRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        owner = self.owner

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
                "data": data,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_export_data_type import ContactExportDataType  # noqa: PLC0415
        from ..models.contact_export_date_range import ContactExportDateRange  # noqa: PLC0415
        from ..models.contact_selector import ContactSelector  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactExportDataRequest is a JSON object")
        d = dict(src_dict)
        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ContactSelector.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ContactExportDataType.from_dict(data_item_data)

            data.append(data_item)

        owner = absent_if_null(d.pop("owner", UNSET))

        _date_range = absent_if_null(d.pop("dateRange", UNSET))
        date_range: ContactExportDateRange | Unset
        if isinstance(_date_range, Unset):
            date_range = UNSET
        else:
            date_range = ContactExportDateRange.from_dict(_date_range)

        contact_export_data_request = cls(
            contacts=contacts,
            data=data,
            owner=owner,
            date_range=date_range,
        )

        contact_export_data_request.additional_properties = d
        return contact_export_data_request

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
