from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.email_message_statistics_record_sent_to_item import EmailMessageStatisticsRecordSentToItem


T = TypeVar("T", bound="EmailMessageStatisticsRecord")


@_attrs_define
class EmailMessageStatisticsRecord:
    """Content of the file exported by email/messageStatistics (fetched via job/status); known from the sample only.

    Attributes:
        conversation_id (str | Unset):
        name (str | Unset):
        subject (str | Unset):
        sent_message (int | Unset):
        sent_to (list[EmailMessageStatisticsRecordSentToItem] | Unset):
    """

    conversation_id: str | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    sent_message: int | Unset = UNSET
    sent_to: list[EmailMessageStatisticsRecordSentToItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        name = self.name

        subject = self.subject

        sent_message = self.sent_message

        sent_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sent_to, Unset):
            sent_to = []
            for sent_to_item_data in self.sent_to:
                sent_to_item = sent_to_item_data.to_dict()
                sent_to.append(sent_to_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if sent_message is not UNSET:
            field_dict["sentMessage"] = sent_message
        if sent_to is not UNSET:
            field_dict["sentTo"] = sent_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_message_statistics_record_sent_to_item import EmailMessageStatisticsRecordSentToItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailMessageStatisticsRecord is a JSON object")
        d = dict(src_dict)
        conversation_id = absent_if_null(d.pop("conversationId", UNSET))

        name = absent_if_null(d.pop("name", UNSET))

        subject = absent_if_null(d.pop("subject", UNSET))

        sent_message = absent_if_null(d.pop("sentMessage", UNSET))

        _sent_to = absent_if_null(d.pop("sentTo", UNSET))
        sent_to: list[EmailMessageStatisticsRecordSentToItem] | Unset = UNSET
        if _sent_to is not UNSET:
            sent_to = []
            for sent_to_item_data in _sent_to:
                sent_to_item = EmailMessageStatisticsRecordSentToItem.from_dict(sent_to_item_data)

                sent_to.append(sent_to_item)

        email_message_statistics_record = cls(
            conversation_id=conversation_id,
            name=name,
            subject=subject,
            sent_message=sent_message,
            sent_to=sent_to,
        )

        email_message_statistics_record.additional_properties = d
        return email_message_statistics_record

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
