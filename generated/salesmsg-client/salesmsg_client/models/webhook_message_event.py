from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_message_event_event import WebhookMessageEventEvent

if TYPE_CHECKING:
    from ..models.webhook_message_event_data import WebhookMessageEventData


T = TypeVar("T", bound="WebhookMessageEvent")


@_attrs_define
class WebhookMessageEvent:
    """Body of the message webhooks (EVIDENCE.md:95-97).

    Attributes:
        event (WebhookMessageEventEvent):
        data (WebhookMessageEventData):
    """

    event: WebhookMessageEventEvent
    data: WebhookMessageEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_message_event_data import WebhookMessageEventData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WebhookMessageEvent is a JSON object")
        d = dict(src_dict)
        event = WebhookMessageEventEvent(d.pop("event"))

        data = WebhookMessageEventData.from_dict(d.pop("data"))

        webhook_message_event = cls(
            event=event,
            data=data,
        )

        webhook_message_event.additional_properties = d
        return webhook_message_event

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
