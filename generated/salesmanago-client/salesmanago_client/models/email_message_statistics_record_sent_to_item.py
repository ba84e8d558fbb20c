from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="EmailMessageStatisticsRecordSentToItem")


@_attrs_define
class EmailMessageStatisticsRecordSentToItem:
    """
    Attributes:
        email (str | Unset):
        contact_id (str | Unset):
        date_opened (int | None | Unset): UNIX timestamp [ms]
    """

    email: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    date_opened: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        contact_id = self.contact_id

        date_opened: int | None | Unset
        if isinstance(self.date_opened, Unset):
            date_opened = UNSET
        else:
            date_opened = self.date_opened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if date_opened is not UNSET:
            field_dict["dateOpened"] = date_opened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailMessageStatisticsRecordSentToItem is a JSON object")
        d = dict(src_dict)
        email = absent_if_null(d.pop("email", UNSET))

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        def _parse_date_opened(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        date_opened = _parse_date_opened(d.pop("dateOpened", UNSET))

        email_message_statistics_record_sent_to_item = cls(
            email=email,
            contact_id=contact_id,
            date_opened=date_opened,
        )

        email_message_statistics_record_sent_to_item.additional_properties = d
        return email_message_statistics_record_sent_to_item

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
