from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

T = TypeVar("T", bound="EmailGlobalConversationStatisticsReply")


@_attrs_define
class EmailGlobalConversationStatisticsReply:
    """
    Attributes:
        success (bool):
        message (list[str]):
        from_ (int | Unset): start date
        to (int | Unset): end date
        sent (int | Unset): emails sent
        opened (int | Unset): emails opened
        clicked (int | Unset): emails clicked
        opened_unique (int | Unset): unique opens
        clicked_unique (int | Unset): unique clicks
        soft_bounce (int | Unset): soft bounces
        hard_bounce (int | Unset): hard bounces
        resigned (int | Unset): contacts who unsubscribed with the footer link
    """

    success: bool
    message: list[str]
    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    sent: int | Unset = UNSET
    opened: int | Unset = UNSET
    clicked: int | Unset = UNSET
    opened_unique: int | Unset = UNSET
    clicked_unique: int | Unset = UNSET
    soft_bounce: int | Unset = UNSET
    hard_bounce: int | Unset = UNSET
    resigned: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        from_ = self.from_

        to = self.to

        sent = self.sent

        opened = self.opened

        clicked = self.clicked

        opened_unique = self.opened_unique

        clicked_unique = self.clicked_unique

        soft_bounce = self.soft_bounce

        hard_bounce = self.hard_bounce

        resigned = self.resigned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if sent is not UNSET:
            field_dict["sent"] = sent
        if opened is not UNSET:
            field_dict["opened"] = opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if opened_unique is not UNSET:
            field_dict["openedUnique"] = opened_unique
        if clicked_unique is not UNSET:
            field_dict["clickedUnique"] = clicked_unique
        if soft_bounce is not UNSET:
            field_dict["softBounce"] = soft_bounce
        if hard_bounce is not UNSET:
            field_dict["hardBounce"] = hard_bounce
        if resigned is not UNSET:
            field_dict["resigned"] = resigned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("EmailGlobalConversationStatisticsReply is a JSON object")
        d = dict(src_dict)
        success = d.pop("success")

        message = cast(list[str], checked_list(d.pop("message"), str))

        from_ = absent_if_null(d.pop("from", UNSET))

        to = absent_if_null(d.pop("to", UNSET))

        sent = absent_if_null(d.pop("sent", UNSET))

        opened = absent_if_null(d.pop("opened", UNSET))

        clicked = absent_if_null(d.pop("clicked", UNSET))

        opened_unique = absent_if_null(d.pop("openedUnique", UNSET))

        clicked_unique = absent_if_null(d.pop("clickedUnique", UNSET))

        soft_bounce = absent_if_null(d.pop("softBounce", UNSET))

        hard_bounce = absent_if_null(d.pop("hardBounce", UNSET))

        resigned = absent_if_null(d.pop("resigned", UNSET))

        email_global_conversation_statistics_reply = cls(
            success=success,
            message=message,
            from_=from_,
            to=to,
            sent=sent,
            opened=opened,
            clicked=clicked,
            opened_unique=opened_unique,
            clicked_unique=clicked_unique,
            soft_bounce=soft_bounce,
            hard_bounce=hard_bounce,
            resigned=resigned,
        )

        email_global_conversation_statistics_reply.additional_properties = d
        return email_global_conversation_statistics_reply

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
