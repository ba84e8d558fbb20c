from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="WorkflowRevenueStats")


@_attrs_define
class WorkflowRevenueStats:
    """
    Attributes:
        total_sales (float | Unset):
        total_last_click_sales (float | Unset):
        total_transaction_number (int | Unset):
        total_last_click_transaction_number (int | Unset):
        email_sales (float | Unset):
        email_last_click_sales (float | Unset):
        email_transaction_number (int | Unset):
        email_last_click_transaction_number (int | Unset):
        web_push_sales (float | Unset):
        web_push_click_sales (float | Unset):
        web_push_transaction_number (int | Unset):
        web_push_last_click_transaction_number (int | Unset):
        sms_sales (float | Unset):
        sms_click_sales (float | Unset):
        sms_transaction_number (int | Unset):
        sms_last_click_transaction_number (int | Unset):
    """

    total_sales: float | Unset = UNSET
    total_last_click_sales: float | Unset = UNSET
    total_transaction_number: int | Unset = UNSET
    total_last_click_transaction_number: int | Unset = UNSET
    email_sales: float | Unset = UNSET
    email_last_click_sales: float | Unset = UNSET
    email_transaction_number: int | Unset = UNSET
    email_last_click_transaction_number: int | Unset = UNSET
    web_push_sales: float | Unset = UNSET
    web_push_click_sales: float | Unset = UNSET
    web_push_transaction_number: int | Unset = UNSET
    web_push_last_click_transaction_number: int | Unset = UNSET
    sms_sales: float | Unset = UNSET
    sms_click_sales: float | Unset = UNSET
    sms_transaction_number: int | Unset = UNSET
    sms_last_click_transaction_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_sales = self.total_sales

        total_last_click_sales = self.total_last_click_sales

        total_transaction_number = self.total_transaction_number

        total_last_click_transaction_number = self.total_last_click_transaction_number

        email_sales = self.email_sales

        email_last_click_sales = self.email_last_click_sales

        email_transaction_number = self.email_transaction_number

        email_last_click_transaction_number = self.email_last_click_transaction_number

        web_push_sales = self.web_push_sales

        web_push_click_sales = self.web_push_click_sales

        web_push_transaction_number = self.web_push_transaction_number

        web_push_last_click_transaction_number = self.web_push_last_click_transaction_number

        sms_sales = self.sms_sales

        sms_click_sales = self.sms_click_sales

        sms_transaction_number = self.sms_transaction_number

        sms_last_click_transaction_number = self.sms_last_click_transaction_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_sales is not UNSET:
            field_dict["totalSales"] = total_sales
        if total_last_click_sales is not UNSET:
            field_dict["totalLastClickSales"] = total_last_click_sales
        if total_transaction_number is not UNSET:
            field_dict["totalTransactionNumber"] = total_transaction_number
        if total_last_click_transaction_number is not UNSET:
            field_dict["totalLastClickTransactionNumber"] = total_last_click_transaction_number
        if email_sales is not UNSET:
            field_dict["emailSales"] = email_sales
        if email_last_click_sales is not UNSET:
            field_dict["emailLastClickSales"] = email_last_click_sales
        if email_transaction_number is not UNSET:
            field_dict["emailTransactionNumber"] = email_transaction_number
        if email_last_click_transaction_number is not UNSET:
            field_dict["emailLastClickTransactionNumber"] = email_last_click_transaction_number
        if web_push_sales is not UNSET:
            field_dict["webPushSales"] = web_push_sales
        if web_push_click_sales is not UNSET:
            field_dict["webPushClickSales"] = web_push_click_sales
        if web_push_transaction_number is not UNSET:
            field_dict["webPushTransactionNumber"] = web_push_transaction_number
        if web_push_last_click_transaction_number is not UNSET:
            field_dict["webPushLastClickTransactionNumber"] = web_push_last_click_transaction_number
        if sms_sales is not UNSET:
            field_dict["smsSales"] = sms_sales
        if sms_click_sales is not UNSET:
            field_dict["smsClickSales"] = sms_click_sales
        if sms_transaction_number is not UNSET:
            field_dict["smsTransactionNumber"] = sms_transaction_number
        if sms_last_click_transaction_number is not UNSET:
            field_dict["smsLastClickTransactionNumber"] = sms_last_click_transaction_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("WorkflowRevenueStats is a JSON object")
        d = dict(src_dict)
        total_sales = absent_if_null(d.pop("totalSales", UNSET))

        total_last_click_sales = absent_if_null(d.pop("totalLastClickSales", UNSET))

        total_transaction_number = absent_if_null(d.pop("totalTransactionNumber", UNSET))

        total_last_click_transaction_number = absent_if_null(d.pop("totalLastClickTransactionNumber", UNSET))

        email_sales = absent_if_null(d.pop("emailSales", UNSET))

        email_last_click_sales = absent_if_null(d.pop("emailLastClickSales", UNSET))

        email_transaction_number = absent_if_null(d.pop("emailTransactionNumber", UNSET))

        email_last_click_transaction_number = absent_if_null(d.pop("emailLastClickTransactionNumber", UNSET))

        web_push_sales = absent_if_null(d.pop("webPushSales", UNSET))

        web_push_click_sales = absent_if_null(d.pop("webPushClickSales", UNSET))

        web_push_transaction_number = absent_if_null(d.pop("webPushTransactionNumber", UNSET))

        web_push_last_click_transaction_number = absent_if_null(d.pop("webPushLastClickTransactionNumber", UNSET))

        sms_sales = absent_if_null(d.pop("smsSales", UNSET))

        sms_click_sales = absent_if_null(d.pop("smsClickSales", UNSET))

        sms_transaction_number = absent_if_null(d.pop("smsTransactionNumber", UNSET))

        sms_last_click_transaction_number = absent_if_null(d.pop("smsLastClickTransactionNumber", UNSET))

        workflow_revenue_stats = cls(
            total_sales=total_sales,
            total_last_click_sales=total_last_click_sales,
            total_transaction_number=total_transaction_number,
            total_last_click_transaction_number=total_last_click_transaction_number,
            email_sales=email_sales,
            email_last_click_sales=email_last_click_sales,
            email_transaction_number=email_transaction_number,
            email_last_click_transaction_number=email_last_click_transaction_number,
            web_push_sales=web_push_sales,
            web_push_click_sales=web_push_click_sales,
            web_push_transaction_number=web_push_transaction_number,
            web_push_last_click_transaction_number=web_push_last_click_transaction_number,
            sms_sales=sms_sales,
            sms_click_sales=sms_click_sales,
            sms_transaction_number=sms_transaction_number,
            sms_last_click_transaction_number=sms_last_click_transaction_number,
        )

        workflow_revenue_stats.additional_properties = d
        return workflow_revenue_stats

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
