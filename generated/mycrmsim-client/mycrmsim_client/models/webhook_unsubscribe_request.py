from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookUnsubscribeRequest")


@_attrs_define
class WebhookUnsubscribeRequest:
    """
    Attributes:
        target_url (str): The webhook URL that was subscribed.
        webhook_id (str): The `webhook_id` returned when subscribing.
        location_id (str): The location the subscription monitors.
    """

    target_url: str
    webhook_id: str
    location_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_url = self.target_url

        webhook_id = self.webhook_id

        location_id = self.location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetUrl": target_url,
                "webhookId": webhook_id,
                "locationId": location_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WebhookUnsubscribeRequest is a JSON object")
        d = dict(src_dict)
        target_url = d.pop("targetUrl")

        webhook_id = d.pop("webhookId")

        location_id = d.pop("locationId")

        webhook_unsubscribe_request = cls(
            target_url=target_url,
            webhook_id=webhook_id,
            location_id=location_id,
        )

        webhook_unsubscribe_request.additional_properties = d
        return webhook_unsubscribe_request

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
