from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscribe_request_event import WebhookSubscribeRequestEvent

T = TypeVar("T", bound="WebhookSubscribeRequest")


@_attrs_define
class WebhookSubscribeRequest:
    """
    Attributes:
        target_url (str): The URL that will receive POST notifications.
        event (WebhookSubscribeRequestEvent): Event type to subscribe to (currently only `new_message`).
        location_id (str): The location to monitor for inbound messages.
    """

    target_url: str
    event: WebhookSubscribeRequestEvent
    location_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_url = self.target_url

        event = self.event.value

        location_id = self.location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetUrl": target_url,
                "event": event,
                "locationId": location_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WebhookSubscribeRequest is a JSON object")
        d = dict(src_dict)
        target_url = d.pop("targetUrl")

        event = WebhookSubscribeRequestEvent(d.pop("event"))

        location_id = d.pop("locationId")

        webhook_subscribe_request = cls(
            target_url=target_url,
            event=event,
            location_id=location_id,
        )

        webhook_subscribe_request.additional_properties = d
        return webhook_subscribe_request

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
