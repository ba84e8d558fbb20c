from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.email_conversation_contact_activity import EmailConversationContactActivity
    from ..models.email_conversation_statistics_record_hard_bounced_by_item_type_1 import (
        EmailConversationStatisticsRecordHardBouncedByItemType1,
    )
    from ..models.email_conversation_statistics_record_soft_bounced_by_item_type_1 import (
        EmailConversationStatisticsRecordSoftBouncedByItemType1,
    )


T = TypeVar("T", bound="EmailConversationStatisticsRecord")


@_attrs_define
class EmailConversationStatisticsRecord:
    """One conversation in the file exported by email/conversationStatistics (fetched via job/status). The file is one
    record when conversationId was given, an array of records for a time range. contacts only in SHORT; openedBy,
    clickedBy, softBouncedBy, hardBouncedBy, resignedBy only in FULL.

        Attributes:
            conversation_id (str | Unset):
            name (str | Unset): email name
            subject (str | Unset):
            date_sent (int | Unset): UNIX timestamp [ms]
            sent_by (str | Unset): sender account
            sent_message (int | Unset): number of sent emails
            opened_message (int | Unset): number of opens
            unique_opens (int | Unset): number of contacts who opened
            clicked_message (int | Unset): number of clicks
            unique_clicks (int | Unset): number of contacts who clicked
            error_message (int | Unset): number of failed emails
            soft_bounce (int | Unset):
            hard_bounce (int | Unset):
            resigned (int | Unset): number of contacts who opted out with the link in the email
            test_ab (bool | Unset): the email was part of an A/B test
            message (list[str] | Unset): additional information, including errors
            contacts (list[str] | Unset): recipients' email addresses (SHORT)
            opened_by (list[EmailConversationContactActivity] | Unset):
            clicked_by (list[EmailConversationContactActivity] | Unset):
            soft_bounced_by (list[EmailConversationStatisticsRecordSoftBouncedByItemType1 | str] | Unset): soft-bounced
                contacts (the doc describes activity objects, the sample shows email strings)
            hard_bounced_by (list[EmailConversationStatisticsRecordHardBouncedByItemType1 | str] | Unset): hard-bounced
                contacts (the doc describes activity objects, the sample shows email strings)
            resigned_by (list[EmailConversationContactActivity] | Unset):
    """

    conversation_id: str | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    date_sent: int | Unset = UNSET
    sent_by: str | Unset = UNSET
    sent_message: int | Unset = UNSET
    opened_message: int | Unset = UNSET
    unique_opens: int | Unset = UNSET
    clicked_message: int | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    error_message: int | Unset = UNSET
    soft_bounce: int | Unset = UNSET
    hard_bounce: int | Unset = UNSET
    resigned: int | Unset = UNSET
    test_ab: bool | Unset = UNSET
    message: list[str] | Unset = UNSET
    contacts: list[str] | Unset = UNSET
    opened_by: list[EmailConversationContactActivity] | Unset = UNSET
    clicked_by: list[EmailConversationContactActivity] | Unset = UNSET
    soft_bounced_by: list[EmailConversationStatisticsRecordSoftBouncedByItemType1 | str] | Unset = UNSET
    hard_bounced_by: list[EmailConversationStatisticsRecordHardBouncedByItemType1 | str] | Unset = UNSET
    resigned_by: list[EmailConversationContactActivity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_conversation_statistics_record_hard_bounced_by_item_type_1 import (
            EmailConversationStatisticsRecordHardBouncedByItemType1,  # noqa: PLC0415
        )
        from ..models.email_conversation_statistics_record_soft_bounced_by_item_type_1 import (
            EmailConversationStatisticsRecordSoftBouncedByItemType1,  # noqa: PLC0415
        )

        conversation_id = self.conversation_id

        name = self.name

        subject = self.subject

        date_sent = self.date_sent

        sent_by = self.sent_by

        sent_message = self.sent_message

        opened_message = self.opened_message

        unique_opens = self.unique_opens

        clicked_message = self.clicked_message

        unique_clicks = self.unique_clicks

        error_message = self.error_message

        soft_bounce = self.soft_bounce

        hard_bounce = self.hard_bounce

        resigned = self.resigned

        test_ab = self.test_ab

        message: list[str] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message

        contacts: list[str] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = self.contacts

        opened_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.opened_by, Unset):
            opened_by = []
            for opened_by_item_data in self.opened_by:
                opened_by_item = opened_by_item_data.to_dict()
                opened_by.append(opened_by_item)

        clicked_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clicked_by, Unset):
            clicked_by = []
            for clicked_by_item_data in self.clicked_by:
                clicked_by_item = clicked_by_item_data.to_dict()
                clicked_by.append(clicked_by_item)

        soft_bounced_by: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.soft_bounced_by, Unset):
            soft_bounced_by = []
            for soft_bounced_by_item_data in self.soft_bounced_by:
                soft_bounced_by_item: dict[str, Any] | str
                if isinstance(soft_bounced_by_item_data, EmailConversationStatisticsRecordSoftBouncedByItemType1):
                    soft_bounced_by_item = soft_bounced_by_item_data.to_dict()
                else:
                    soft_bounced_by_item = soft_bounced_by_item_data
                soft_bounced_by.append(soft_bounced_by_item)

        hard_bounced_by: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.hard_bounced_by, Unset):
            hard_bounced_by = []
            for hard_bounced_by_item_data in self.hard_bounced_by:
                hard_bounced_by_item: dict[str, Any] | str
                if isinstance(hard_bounced_by_item_data, EmailConversationStatisticsRecordHardBouncedByItemType1):
                    hard_bounced_by_item = hard_bounced_by_item_data.to_dict()
                else:
                    hard_bounced_by_item = hard_bounced_by_item_data
                hard_bounced_by.append(hard_bounced_by_item)

        resigned_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resigned_by, Unset):
            resigned_by = []
            for resigned_by_item_data in self.resigned_by:
                resigned_by_item = resigned_by_item_data.to_dict()
                resigned_by.append(resigned_by_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if date_sent is not UNSET:
            field_dict["dateSent"] = date_sent
        if sent_by is not UNSET:
            field_dict["sentBy"] = sent_by
        if sent_message is not UNSET:
            field_dict["sentMessage"] = sent_message
        if opened_message is not UNSET:
            field_dict["openedMessage"] = opened_message
        if unique_opens is not UNSET:
            field_dict["uniqueOpens"] = unique_opens
        if clicked_message is not UNSET:
            field_dict["clickedMessage"] = clicked_message
        if unique_clicks is not UNSET:
            field_dict["uniqueClicks"] = unique_clicks
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if soft_bounce is not UNSET:
            field_dict["softBounce"] = soft_bounce
        if hard_bounce is not UNSET:
            field_dict["hardBounce"] = hard_bounce
        if resigned is not UNSET:
            field_dict["resigned"] = resigned
        if test_ab is not UNSET:
            field_dict["testAB"] = test_ab
        if message is not UNSET:
            field_dict["message"] = message
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if opened_by is not UNSET:
            field_dict["openedBy"] = opened_by
        if clicked_by is not UNSET:
            field_dict["clickedBy"] = clicked_by
        if soft_bounced_by is not UNSET:
            field_dict["softBouncedBy"] = soft_bounced_by
        if hard_bounced_by is not UNSET:
            field_dict["hardBouncedBy"] = hard_bounced_by
        if resigned_by is not UNSET:
            field_dict["resignedBy"] = resigned_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_conversation_contact_activity import EmailConversationContactActivity  # noqa: PLC0415
        from ..models.email_conversation_statistics_record_hard_bounced_by_item_type_1 import (
            EmailConversationStatisticsRecordHardBouncedByItemType1,  # noqa: PLC0415
        )
        from ..models.email_conversation_statistics_record_soft_bounced_by_item_type_1 import (
            EmailConversationStatisticsRecordSoftBouncedByItemType1,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailConversationStatisticsRecord is a JSON object")
        d = dict(src_dict)
        conversation_id = absent_if_null(d.pop("conversationId", UNSET))

        name = absent_if_null(d.pop("name", UNSET))

        subject = absent_if_null(d.pop("subject", UNSET))

        date_sent = absent_if_null(d.pop("dateSent", UNSET))

        sent_by = absent_if_null(d.pop("sentBy", UNSET))

        sent_message = absent_if_null(d.pop("sentMessage", UNSET))

        opened_message = absent_if_null(d.pop("openedMessage", UNSET))

        unique_opens = absent_if_null(d.pop("uniqueOpens", UNSET))

        clicked_message = absent_if_null(d.pop("clickedMessage", UNSET))

        unique_clicks = absent_if_null(d.pop("uniqueClicks", UNSET))

        error_message = absent_if_null(d.pop("errorMessage", UNSET))

        soft_bounce = absent_if_null(d.pop("softBounce", UNSET))

        hard_bounce = absent_if_null(d.pop("hardBounce", UNSET))

        resigned = absent_if_null(d.pop("resigned", UNSET))

        test_ab = absent_if_null(d.pop("testAB", UNSET))

        message = cast(list[str], checked_list(absent_if_null(d.pop("message", UNSET)), str))

        contacts = cast(list[str], checked_list(absent_if_null(d.pop("contacts", UNSET)), str))

        _opened_by = absent_if_null(d.pop("openedBy", UNSET))
        opened_by: list[EmailConversationContactActivity] | Unset = UNSET
        if _opened_by is not UNSET:
            opened_by = []
            for opened_by_item_data in _opened_by:
                opened_by_item = EmailConversationContactActivity.from_dict(opened_by_item_data)

                opened_by.append(opened_by_item)

        _clicked_by = absent_if_null(d.pop("clickedBy", UNSET))
        clicked_by: list[EmailConversationContactActivity] | Unset = UNSET
        if _clicked_by is not UNSET:
            clicked_by = []
            for clicked_by_item_data in _clicked_by:
                clicked_by_item = EmailConversationContactActivity.from_dict(clicked_by_item_data)

                clicked_by.append(clicked_by_item)

        _soft_bounced_by = absent_if_null(d.pop("softBouncedBy", UNSET))
        soft_bounced_by: list[EmailConversationStatisticsRecordSoftBouncedByItemType1 | str] | Unset = UNSET
        if _soft_bounced_by is not UNSET:
            soft_bounced_by = []
            for soft_bounced_by_item_data in _soft_bounced_by:

                def _parse_soft_bounced_by_item(
                    data: object,
                ) -> EmailConversationStatisticsRecordSoftBouncedByItemType1 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        soft_bounced_by_item_type_1 = EmailConversationStatisticsRecordSoftBouncedByItemType1.from_dict(
                            data
                        )

                        return soft_bounced_by_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(EmailConversationStatisticsRecordSoftBouncedByItemType1 | str, data)

                soft_bounced_by_item = _parse_soft_bounced_by_item(soft_bounced_by_item_data)

                soft_bounced_by.append(soft_bounced_by_item)

        _hard_bounced_by = absent_if_null(d.pop("hardBouncedBy", UNSET))
        hard_bounced_by: list[EmailConversationStatisticsRecordHardBouncedByItemType1 | str] | Unset = UNSET
        if _hard_bounced_by is not UNSET:
            hard_bounced_by = []
            for hard_bounced_by_item_data in _hard_bounced_by:

                def _parse_hard_bounced_by_item(
                    data: object,
                ) -> EmailConversationStatisticsRecordHardBouncedByItemType1 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        hard_bounced_by_item_type_1 = EmailConversationStatisticsRecordHardBouncedByItemType1.from_dict(
                            data
                        )

                        return hard_bounced_by_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(EmailConversationStatisticsRecordHardBouncedByItemType1 | str, data)

                hard_bounced_by_item = _parse_hard_bounced_by_item(hard_bounced_by_item_data)

                hard_bounced_by.append(hard_bounced_by_item)

        _resigned_by = absent_if_null(d.pop("resignedBy", UNSET))
        resigned_by: list[EmailConversationContactActivity] | Unset = UNSET
        if _resigned_by is not UNSET:
            resigned_by = []
            for resigned_by_item_data in _resigned_by:
                resigned_by_item = EmailConversationContactActivity.from_dict(resigned_by_item_data)

                resigned_by.append(resigned_by_item)

        email_conversation_statistics_record = cls(
            conversation_id=conversation_id,
            name=name,
            subject=subject,
            date_sent=date_sent,
            sent_by=sent_by,
            sent_message=sent_message,
            opened_message=opened_message,
            unique_opens=unique_opens,
            clicked_message=clicked_message,
            unique_clicks=unique_clicks,
            error_message=error_message,
            soft_bounce=soft_bounce,
            hard_bounce=hard_bounce,
            resigned=resigned,
            test_ab=test_ab,
            message=message,
            contacts=contacts,
            opened_by=opened_by,
            clicked_by=clicked_by,
            soft_bounced_by=soft_bounced_by,
            hard_bounced_by=hard_bounced_by,
            resigned_by=resigned_by,
        )

        email_conversation_statistics_record.additional_properties = d
        return email_conversation_statistics_record

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
