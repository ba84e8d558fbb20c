from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.message import Message


T = TypeVar("T", bound="WebhookMessageEventData")


@_attrs_define
class WebhookMessageEventData:
    """
    Attributes:
        message (Message): A message (fields seen, EVIDENCE.md:88-90). Timestamps are strings (date-time, format not
            published). In webhooks the text arrives HTML-entity encoded.
        contact (Contact): A contact (fields seen, EVIDENCE.md:91-93). Timestamps are strings (date-time, format not
            published).
    """

    message: Message
    contact: Contact
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WebhookMessageEventData is a JSON object")
        d = dict(src_dict)
        message = Message.from_dict(d.pop("message"))

        contact = Contact.from_dict(d.pop("contact"))

        webhook_message_event_data = cls(
            message=message,
            contact=contact,
        )

        webhook_message_event_data.additional_properties = d
        return webhook_message_event_data

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
