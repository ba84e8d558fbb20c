from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.notification_consent_form_item import NotificationConsentFormItem


T = TypeVar("T", bound="NotificationListConsentFormsReply")


@_attrs_define
class NotificationListConsentFormsReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        consent_form_list (list[NotificationConsentFormItem] | Unset):
    """

    success: bool
    message: list[str]
    consent_form_list: list[NotificationConsentFormItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        consent_form_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consent_form_list, Unset):
            consent_form_list = []
            for consent_form_list_item_data in self.consent_form_list:
                consent_form_list_item = consent_form_list_item_data.to_dict()
                consent_form_list.append(consent_form_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if consent_form_list is not UNSET:
            field_dict["consentFormList"] = consent_form_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_consent_form_item import NotificationConsentFormItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("NotificationListConsentFormsReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        _consent_form_list = absent_if_null(d.pop("consentFormList", UNSET))
        consent_form_list: list[NotificationConsentFormItem] | Unset = UNSET
        if _consent_form_list is not UNSET:
            consent_form_list = []
            for consent_form_list_item_data in _consent_form_list:
                consent_form_list_item = NotificationConsentFormItem.from_dict(consent_form_list_item_data)

                consent_form_list.append(consent_form_list_item)

        notification_list_consent_forms_reply = cls(
            success=success,
            message=message,
            consent_form_list=consent_form_list,
        )

        notification_list_consent_forms_reply.additional_properties = d
        return notification_list_consent_forms_reply

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
