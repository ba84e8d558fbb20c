from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messaging_conversation_list_request_source import MessagingConversationListRequestSource
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="MessagingConversationListRequest")


@_attrs_define
class MessagingConversationListRequest:
    """The range may span at most 7 days for sources RULE and WORKFLOW, 30 days for the others.

    Attributes:
        from_ (int): start of the range, UNIX timestamp [ms]
        to (int): end of the range, UNIX timestamp [ms]
        source (MessagingConversationListRequestSource | Unset): messaging source type Default:
            MessagingConversationListRequestSource.MASS.
    """

    from_: int
    to: int
    source: MessagingConversationListRequestSource | Unset = MessagingConversationListRequestSource.MASS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingConversationListRequest is a JSON object")
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        _source = absent_if_null(d.pop("source", UNSET))
        source: MessagingConversationListRequestSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = MessagingConversationListRequestSource(_source)

        messaging_conversation_list_request = cls(
            from_=from_,
            to=to,
            source=source,
        )

        messaging_conversation_list_request.additional_properties = d
        return messaging_conversation_list_request

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
