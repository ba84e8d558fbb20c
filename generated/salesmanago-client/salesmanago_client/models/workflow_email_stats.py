from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="WorkflowEmailStats")


@_attrs_define
class WorkflowEmailStats:
    """Rates (averageOr, averageCtr, averageCtor, optOut) are strings, "-" when there is no data.

    Attributes:
        average_or (str | Unset):
        unique_opens (int | Unset):
        all_opens (int | Unset):
        average_ctr (str | Unset):
        unique_clicks (int | Unset):
        all_clicks (int | Unset): named allClicks in the field list; the sample response spells it allCliks
        average_ctor (str | Unset):
        opt_out (str | Unset):
        contacts_opt_out (int | Unset):
        sent_messages (int | Unset):
        message_to_send (int | Unset):
        failed_messages (int | Unset):
        spam (int | Unset):
        soft_bounces (int | Unset):
        hard_bounces (int | Unset):
    """

    average_or: str | Unset = UNSET
    unique_opens: int | Unset = UNSET
    all_opens: int | Unset = UNSET
    average_ctr: str | Unset = UNSET
    unique_clicks: int | Unset = UNSET
    all_clicks: int | Unset = UNSET
    average_ctor: str | Unset = UNSET
    opt_out: str | Unset = UNSET
    contacts_opt_out: int | Unset = UNSET
    sent_messages: int | Unset = UNSET
    message_to_send: int | Unset = UNSET
    failed_messages: int | Unset = UNSET
    spam: int | Unset = UNSET
    soft_bounces: int | Unset = UNSET
    hard_bounces: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_or = self.average_or

        unique_opens = self.unique_opens

        all_opens = self.all_opens

        average_ctr = self.average_ctr

        unique_clicks = self.unique_clicks

        all_clicks = self.all_clicks

        average_ctor = self.average_ctor

        opt_out = self.opt_out

        contacts_opt_out = self.contacts_opt_out

        sent_messages = self.sent_messages

        message_to_send = self.message_to_send

        failed_messages = self.failed_messages

        spam = self.spam

        soft_bounces = self.soft_bounces

        hard_bounces = self.hard_bounces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_or is not UNSET:
            field_dict["averageOr"] = average_or
        if unique_opens is not UNSET:
            field_dict["uniqueOpens"] = unique_opens
        if all_opens is not UNSET:
            field_dict["allOpens"] = all_opens
        if average_ctr is not UNSET:
            field_dict["averageCtr"] = average_ctr
        if unique_clicks is not UNSET:
            field_dict["uniqueClicks"] = unique_clicks
        if all_clicks is not UNSET:
            field_dict["allClicks"] = all_clicks
        if average_ctor is not UNSET:
            field_dict["averageCtor"] = average_ctor
        if opt_out is not UNSET:
            field_dict["optOut"] = opt_out
        if contacts_opt_out is not UNSET:
            field_dict["contactsOptOut"] = contacts_opt_out
        if sent_messages is not UNSET:
            field_dict["sentMessages"] = sent_messages
        if message_to_send is not UNSET:
            field_dict["messageToSend"] = message_to_send
        if failed_messages is not UNSET:
            field_dict["failedMessages"] = failed_messages
        if spam is not UNSET:
            field_dict["spam"] = spam
        if soft_bounces is not UNSET:
            field_dict["softBounces"] = soft_bounces
        if hard_bounces is not UNSET:
            field_dict["hardBounces"] = hard_bounces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WorkflowEmailStats is a JSON object")
        d = dict(src_dict)
        average_or = absent_if_null(d.pop("averageOr", UNSET))

        unique_opens = absent_if_null(d.pop("uniqueOpens", UNSET))

        all_opens = absent_if_null(d.pop("allOpens", UNSET))

        average_ctr = absent_if_null(d.pop("averageCtr", UNSET))

        unique_clicks = absent_if_null(d.pop("uniqueClicks", UNSET))

        all_clicks = absent_if_null(d.pop("allClicks", UNSET))

        average_ctor = absent_if_null(d.pop("averageCtor", UNSET))

        opt_out = absent_if_null(d.pop("optOut", UNSET))

        contacts_opt_out = absent_if_null(d.pop("contactsOptOut", UNSET))

        sent_messages = absent_if_null(d.pop("sentMessages", UNSET))

        message_to_send = absent_if_null(d.pop("messageToSend", UNSET))

        failed_messages = absent_if_null(d.pop("failedMessages", UNSET))

        spam = absent_if_null(d.pop("spam", UNSET))

        soft_bounces = absent_if_null(d.pop("softBounces", UNSET))

        hard_bounces = absent_if_null(d.pop("hardBounces", UNSET))

        workflow_email_stats = cls(
            average_or=average_or,
            unique_opens=unique_opens,
            all_opens=all_opens,
            average_ctr=average_ctr,
            unique_clicks=unique_clicks,
            all_clicks=all_clicks,
            average_ctor=average_ctor,
            opt_out=opt_out,
            contacts_opt_out=contacts_opt_out,
            sent_messages=sent_messages,
            message_to_send=message_to_send,
            failed_messages=failed_messages,
            spam=spam,
            soft_bounces=soft_bounces,
            hard_bounces=hard_bounces,
        )

        workflow_email_stats.additional_properties = d
        return workflow_email_stats

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
