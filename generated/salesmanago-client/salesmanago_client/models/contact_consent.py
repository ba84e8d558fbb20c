from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_consent_action import ContactConsentAction
from ..models.contact_consent_source import ContactConsentSource
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactConsent")


@_attrs_define
class ContactConsent:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        ip (str | Unset): Source IP of the action on the consent.
        action (ContactConsentAction | Unset): A - confirmation, D - removal, R - rejection.
        created_on (int | Unset):
        date_on (int | Unset): Date of consent activation.
        source (ContactConsentSource | Unset): API - API, C - chat, F - form, CC - contact card.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    ip: str | Unset = UNSET
    action: ContactConsentAction | Unset = UNSET
    created_on: int | Unset = UNSET
    date_on: int | Unset = UNSET
    source: ContactConsentSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        ip = self.ip

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        created_on = self.created_on

        date_on = self.date_on

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if ip is not UNSET:
            field_dict["ip"] = ip
        if action is not UNSET:
            field_dict["action"] = action
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if date_on is not UNSET:
            field_dict["dateOn"] = date_on
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactConsent is a JSON object")
        d = dict(src_dict)
        name = absent_if_null(d.pop("name", UNSET))

        description = absent_if_null(d.pop("description", UNSET))

        ip = absent_if_null(d.pop("ip", UNSET))

        _action = absent_if_null(d.pop("action", UNSET))
        action: ContactConsentAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ContactConsentAction(_action)

        created_on = absent_if_null(d.pop("createdOn", UNSET))

        date_on = absent_if_null(d.pop("dateOn", UNSET))

        _source = absent_if_null(d.pop("source", UNSET))
        source: ContactConsentSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ContactConsentSource(_source)

        contact_consent = cls(
            name=name,
            description=description,
            ip=ip,
            action=action,
            created_on=created_on,
            date_on=date_on,
            source=source,
        )

        contact_consent.additional_properties = d
        return contact_consent

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
