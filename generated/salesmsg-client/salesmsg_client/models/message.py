from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.message_media import MessageMedia


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message (fields seen, EVIDENCE.md:88-90). Timestamps are strings (date-time, format not
    published). In webhooks the text arrives HTML-entity encoded.

        Attributes:
            id (int):
            conversation_id (int | None | Unset):
            status (None | str | Unset): Delivery status; seen values `queued`, `sent`, `delivered`, `failed`, `undelivered`
                (not exhaustive).
            type_ (None | str | Unset): Message type (values not published).
            body (None | str | Unset): Message text (HTML-entity encoded in webhooks).
            body_raw (None | str | Unset): Message text as entered.
            send_at (None | str | Unset): Scheduled send time (date-time string), null if sent immediately.
            queued_at (None | str | Unset):
            sent_at (None | str | Unset):
            delivered_at (None | str | Unset):
            failed_at (None | str | Unset):
            failed_reason (None | str | Unset):
            created_at (None | str | Unset):
            user_id (int | None | Unset): The sending user; null for inbound messages.
            contact (Contact | Unset): A contact (fields seen, EVIDENCE.md:91-93). Timestamps are strings (date-time, format
                not published).
            media (list[MessageMedia] | Unset):
    """

    id: int
    conversation_id: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    body_raw: None | str | Unset = UNSET
    send_at: None | str | Unset = UNSET
    queued_at: None | str | Unset = UNSET
    sent_at: None | str | Unset = UNSET
    delivered_at: None | str | Unset = UNSET
    failed_at: None | str | Unset = UNSET
    failed_reason: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    contact: Contact | Unset = UNSET
    media: list[MessageMedia] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        conversation_id: int | None | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        body_raw: None | str | Unset
        if isinstance(self.body_raw, Unset):
            body_raw = UNSET
        else:
            body_raw = self.body_raw

        send_at: None | str | Unset
        if isinstance(self.send_at, Unset):
            send_at = UNSET
        else:
            send_at = self.send_at

        queued_at: None | str | Unset
        if isinstance(self.queued_at, Unset):
            queued_at = UNSET
        else:
            queued_at = self.queued_at

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = self.sent_at

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        else:
            delivered_at = self.delivered_at

        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        failed_reason: None | str | Unset
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        else:
            failed_reason = self.failed_reason

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = []
            for media_item_data in self.media:
                media_item = media_item_data.to_dict()
                media.append(media_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if body is not UNSET:
            field_dict["body"] = body
        if body_raw is not UNSET:
            field_dict["body_raw"] = body_raw
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if contact is not UNSET:
            field_dict["contact"] = contact
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.message_media import MessageMedia  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("Message is a JSON object")
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_conversation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_body_raw(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_raw = _parse_body_raw(d.pop("body_raw", UNSET))

        def _parse_send_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        send_at = _parse_send_at(d.pop("send_at", UNSET))

        def _parse_queued_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queued_at = _parse_queued_at(d.pop("queued_at", UNSET))

        def _parse_sent_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

        def _parse_delivered_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        def _parse_failed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        def _parse_failed_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_reason = _parse_failed_reason(d.pop("failed_reason", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        _contact = absent_if_null(d.pop("contact", UNSET))
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        _media = absent_if_null(d.pop("media", UNSET))
        media: list[MessageMedia] | Unset = UNSET
        if _media is not UNSET:
            media = []
            for media_item_data in _media:
                media_item = MessageMedia.from_dict(media_item_data)

                media.append(media_item)

        message = cls(
            id=id,
            conversation_id=conversation_id,
            status=status,
            type_=type_,
            body=body,
            body_raw=body_raw,
            send_at=send_at,
            queued_at=queued_at,
            sent_at=sent_at,
            delivered_at=delivered_at,
            failed_at=failed_at,
            failed_reason=failed_reason,
            created_at=created_at,
            user_id=user_id,
            contact=contact,
            media=media,
        )

        message.additional_properties = d
        return message

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
