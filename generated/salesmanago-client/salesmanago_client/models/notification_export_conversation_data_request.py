from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="NotificationExportConversationDataRequest")


@_attrs_define
class NotificationExportConversationDataRequest:
    """
    Attributes:
        web_push_id (int): Web Push identifier (mass campaigns) or Web Push source identifier (Workflows / Automation
            Rules)
        user (str | Unset): SALESmanago user account email.
    """

    web_push_id: int
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_push_id = self.web_push_id

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webPushId": web_push_id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("NotificationExportConversationDataRequest is a JSON object")
        d = dict(src_dict)
        web_push_id = d.pop("webPushId")

        user = absent_if_null(d.pop("user", UNSET))

        notification_export_conversation_data_request = cls(
            web_push_id=web_push_id,
            user=user,
        )

        notification_export_conversation_data_request.additional_properties = d
        return notification_export_conversation_data_request

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
