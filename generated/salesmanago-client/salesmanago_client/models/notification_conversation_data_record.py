from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="NotificationConversationDataRecord")


@_attrs_define
class NotificationConversationDataRecord:
    """One record of the JSON files produced by notification/conversation/data (downloaded via the job/status fileUrl, up
    to 50k records per file, in a ZIP archive). Not an HTTP response body.

        Attributes:
            web_push_id (int | Unset):
            contact_id (None | str | Unset):
            email (None | str | Unset):
            external_id (None | str | Unset):
            contact_anonymous_id (None | str | Unset):
            status (str | Unset): e.g. Sent, FP
            sent_on (int | None | Unset): UNIX time in ms
            displayed_on (int | None | Unset): UNIX time in ms
            clicked_on (int | None | Unset): UNIX time in ms
    """

    web_push_id: int | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    contact_anonymous_id: None | str | Unset = UNSET
    status: str | Unset = UNSET
    sent_on: int | None | Unset = UNSET
    displayed_on: int | None | Unset = UNSET
    clicked_on: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_push_id = self.web_push_id

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        contact_anonymous_id: None | str | Unset
        if isinstance(self.contact_anonymous_id, Unset):
            contact_anonymous_id = UNSET
        else:
            contact_anonymous_id = self.contact_anonymous_id

        status = self.status

        sent_on: int | None | Unset
        if isinstance(self.sent_on, Unset):
            sent_on = UNSET
        else:
            sent_on = self.sent_on

        displayed_on: int | None | Unset
        if isinstance(self.displayed_on, Unset):
            displayed_on = UNSET
        else:
            displayed_on = self.displayed_on

        clicked_on: int | None | Unset
        if isinstance(self.clicked_on, Unset):
            clicked_on = UNSET
        else:
            clicked_on = self.clicked_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if web_push_id is not UNSET:
            field_dict["webPushId"] = web_push_id
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if email is not UNSET:
            field_dict["email"] = email
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if contact_anonymous_id is not UNSET:
            field_dict["contactAnonymousId"] = contact_anonymous_id
        if status is not UNSET:
            field_dict["status"] = status
        if sent_on is not UNSET:
            field_dict["sentOn"] = sent_on
        if displayed_on is not UNSET:
            field_dict["displayedOn"] = displayed_on
        if clicked_on is not UNSET:
            field_dict["clickedOn"] = clicked_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("NotificationConversationDataRecord is a JSON object")
        d = dict(src_dict)
        web_push_id = absent_if_null(d.pop("webPushId", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contactId", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_contact_anonymous_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_anonymous_id = _parse_contact_anonymous_id(d.pop("contactAnonymousId", UNSET))

        status = absent_if_null(d.pop("status", UNSET))

        def _parse_sent_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sent_on = _parse_sent_on(d.pop("sentOn", UNSET))

        def _parse_displayed_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        displayed_on = _parse_displayed_on(d.pop("displayedOn", UNSET))

        def _parse_clicked_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        clicked_on = _parse_clicked_on(d.pop("clickedOn", UNSET))

        notification_conversation_data_record = cls(
            web_push_id=web_push_id,
            contact_id=contact_id,
            email=email,
            external_id=external_id,
            contact_anonymous_id=contact_anonymous_id,
            status=status,
            sent_on=sent_on,
            displayed_on=displayed_on,
            clicked_on=clicked_on,
        )

        notification_conversation_data_record.additional_properties = d
        return notification_conversation_data_record

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
