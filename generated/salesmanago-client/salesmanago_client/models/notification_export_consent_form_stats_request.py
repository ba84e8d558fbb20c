from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotificationExportConsentFormStatsRequest")


@_attrs_define
class NotificationExportConsentFormStatsRequest:
    """
    Attributes:
        user (str): SALESmanago user account email.
        int_id (int): consent form id (see notification/consent/form/data)
    """

    user: str
    int_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        int_id = self.int_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "intId": int_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("NotificationExportConsentFormStatsRequest is a JSON object")
        d = dict(src_dict)
        user = d.pop("user")

        int_id = d.pop("intId")

        notification_export_consent_form_stats_request = cls(
            user=user,
            int_id=int_id,
        )

        notification_export_consent_form_stats_request.additional_properties = d
        return notification_export_consent_form_stats_request

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
