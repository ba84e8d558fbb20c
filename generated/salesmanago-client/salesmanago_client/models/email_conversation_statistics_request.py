from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_conversation_statistics_request_conversation_type import (
    EmailConversationStatisticsRequestConversationType,
)
from ..models.email_conversation_statistics_request_export_type import EmailConversationStatisticsRequestExportType
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="EmailConversationStatisticsRequest")


@_attrs_define
class EmailConversationStatisticsRequest:
    """Either conversationId, or from and to, must be given.

    Attributes:
        user (str): SALESmanago user account email.
        conversation_id (str | Unset): conversation ID (from the URL of the email analytics); when present, from, to and
            conversationType are ignored
        from_ (int | Unset): start of the export range, UNIX timestamp [ms]; required without conversationId
        to (int | Unset): end of the export range, UNIX timestamp [ms]; required without conversationId
        conversation_type (EmailConversationStatisticsRequestConversationType | Unset): type of emails; all types when
            absent
        export_type (EmailConversationStatisticsRequestExportType | Unset): export scope Default:
            EmailConversationStatisticsRequestExportType.FULL.
    """

    user: str
    conversation_id: str | Unset = UNSET
    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    conversation_type: EmailConversationStatisticsRequestConversationType | Unset = UNSET
    export_type: EmailConversationStatisticsRequestExportType | Unset = (
        EmailConversationStatisticsRequestExportType.FULL
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        conversation_id = self.conversation_id

        from_ = self.from_

        to = self.to

        conversation_type: str | Unset = UNSET
        if not isinstance(self.conversation_type, Unset):
            conversation_type = self.conversation_type.value

        export_type: str | Unset = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if conversation_type is not UNSET:
            field_dict["conversationType"] = conversation_type
        if export_type is not UNSET:
            field_dict["exportType"] = export_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailConversationStatisticsRequest is a JSON object")
        d = dict(src_dict)
        user = d.pop("user")

        conversation_id = absent_if_null(d.pop("conversationId", UNSET))

        from_ = absent_if_null(d.pop("from", UNSET))

        to = absent_if_null(d.pop("to", UNSET))

        _conversation_type = absent_if_null(d.pop("conversationType", UNSET))
        conversation_type: EmailConversationStatisticsRequestConversationType | Unset
        if isinstance(_conversation_type, Unset):
            conversation_type = UNSET
        else:
            conversation_type = EmailConversationStatisticsRequestConversationType(_conversation_type)

        _export_type = absent_if_null(d.pop("exportType", UNSET))
        export_type: EmailConversationStatisticsRequestExportType | Unset
        if isinstance(_export_type, Unset):
            export_type = UNSET
        else:
            export_type = EmailConversationStatisticsRequestExportType(_export_type)

        email_conversation_statistics_request = cls(
            user=user,
            conversation_id=conversation_id,
            from_=from_,
            to=to,
            conversation_type=conversation_type,
            export_type=export_type,
        )

        email_conversation_statistics_request.additional_properties = d
        return email_conversation_statistics_request

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
