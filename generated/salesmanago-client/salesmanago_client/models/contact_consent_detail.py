from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactConsentDetail")


@_attrs_define
class ContactConsentDetail:
    """A custom consent (predefined in Settings > Other > Consents List). consentAccept and optOut together set one of
    three consent statuses; a confirmed or withdrawn status cannot go back to not confirmed.

        Attributes:
            consent_name (str | Unset):
            consent_accept (bool | Unset):
            agreement_date (int | Unset): Date of consent, UNIX time in ms; defaults to the current time.
            ip (str | Unset):
            opt_out (bool | Unset):
            consent_description_id (int | Unset):
    """

    consent_name: str | Unset = UNSET
    consent_accept: bool | Unset = UNSET
    agreement_date: int | Unset = UNSET
    ip: str | Unset = UNSET
    opt_out: bool | Unset = UNSET
    consent_description_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_name = self.consent_name

        consent_accept = self.consent_accept

        agreement_date = self.agreement_date

        ip = self.ip

        opt_out = self.opt_out

        consent_description_id = self.consent_description_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consent_name is not UNSET:
            field_dict["consentName"] = consent_name
        if consent_accept is not UNSET:
            field_dict["consentAccept"] = consent_accept
        if agreement_date is not UNSET:
            field_dict["agreementDate"] = agreement_date
        if ip is not UNSET:
            field_dict["ip"] = ip
        if opt_out is not UNSET:
            field_dict["optOut"] = opt_out
        if consent_description_id is not UNSET:
            field_dict["consentDescriptionId"] = consent_description_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactConsentDetail is a JSON object")
        d = dict(src_dict)
        consent_name = absent_if_null(d.pop("consentName", UNSET))

        consent_accept = absent_if_null(d.pop("consentAccept", UNSET))

        agreement_date = absent_if_null(d.pop("agreementDate", UNSET))

        ip = absent_if_null(d.pop("ip", UNSET))

        opt_out = absent_if_null(d.pop("optOut", UNSET))

        consent_description_id = absent_if_null(d.pop("consentDescriptionId", UNSET))

        contact_consent_detail = cls(
            consent_name=consent_name,
            consent_accept=consent_accept,
            agreement_date=agreement_date,
            ip=ip,
            opt_out=opt_out,
            consent_description_id=consent_description_id,
        )

        contact_consent_detail.additional_properties = d
        return contact_consent_detail

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
