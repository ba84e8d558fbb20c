from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_global_conversation_statistics_request_conversation_type import (
    EmailGlobalConversationStatisticsRequestConversationType,
)
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="EmailGlobalConversationStatisticsRequest")


@_attrs_define
class EmailGlobalConversationStatisticsRequest:
    """
    Attributes:
        from_ (int): start of the export range, UNIX timestamp [ms]
        to (int): end of the export range, UNIX timestamp [ms]
        conversation_type (EmailGlobalConversationStatisticsRequestConversationType | Unset): type of emails; all mass
            emails when absent
    """

    from_: int
    to: int
    conversation_type: EmailGlobalConversationStatisticsRequestConversationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        conversation_type: str | Unset = UNSET
        if not isinstance(self.conversation_type, Unset):
            conversation_type = self.conversation_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if conversation_type is not UNSET:
            field_dict["conversationType"] = conversation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailGlobalConversationStatisticsRequest is a JSON object")
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        _conversation_type = absent_if_null(d.pop("conversationType", UNSET))
        conversation_type: EmailGlobalConversationStatisticsRequestConversationType | Unset
        if isinstance(_conversation_type, Unset):
            conversation_type = UNSET
        else:
            conversation_type = EmailGlobalConversationStatisticsRequestConversationType(_conversation_type)

        email_global_conversation_statistics_request = cls(
            from_=from_,
            to=to,
            conversation_type=conversation_type,
        )

        email_global_conversation_statistics_request.additional_properties = d
        return email_global_conversation_statistics_request

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
