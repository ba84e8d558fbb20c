from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact_batch_upsert_item import ContactBatchUpsertItem


T = TypeVar("T", bound="ContactBatchUpsertV2Request")


@_attrs_define
class ContactBatchUpsertV2Request:
    """
    Attributes:
        upsert_details (list[ContactBatchUpsertItem]):
        owner (str | Unset): SALESmanago user account email.
        use_api_double_opt_in (bool | Unset): Use double opt-in; overrides forceOptIn. Default: True.
        lang (str | Unset): Contact language.
        fire_events (bool | Unset): false prevents the rules and Workflows triggered by events of this upsert from
            launching.
    """

    upsert_details: list[ContactBatchUpsertItem]
    owner: str | Unset = UNSET
    use_api_double_opt_in: bool | Unset = True
    lang: str | Unset = UNSET
    fire_events: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upsert_details = []
        for upsert_details_item_data in self.upsert_details:
            upsert_details_item = upsert_details_item_data.to_dict()
            upsert_details.append(upsert_details_item)

        owner = self.owner

        use_api_double_opt_in = self.use_api_double_opt_in

        lang = self.lang

        fire_events = self.fire_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upsertDetails": upsert_details,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if use_api_double_opt_in is not UNSET:
            field_dict["useApiDoubleOptIn"] = use_api_double_opt_in
        if lang is not UNSET:
            field_dict["lang"] = lang
        if fire_events is not UNSET:
            field_dict["fireEvents"] = fire_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_batch_upsert_item import ContactBatchUpsertItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactBatchUpsertV2Request is a JSON object")
        d = dict(src_dict)
        upsert_details = []
        _upsert_details = d.pop("upsertDetails")
        for upsert_details_item_data in _upsert_details:
            upsert_details_item = ContactBatchUpsertItem.from_dict(upsert_details_item_data)

            upsert_details.append(upsert_details_item)

        owner = absent_if_null(d.pop("owner", UNSET))

        use_api_double_opt_in = absent_if_null(d.pop("useApiDoubleOptIn", UNSET))

        lang = absent_if_null(d.pop("lang", UNSET))

        fire_events = absent_if_null(d.pop("fireEvents", UNSET))

        contact_batch_upsert_v2_request = cls(
            upsert_details=upsert_details,
            owner=owner,
            use_api_double_opt_in=use_api_double_opt_in,
            lang=lang,
            fire_events=fire_events,
        )

        contact_batch_upsert_v2_request.additional_properties = d
        return contact_batch_upsert_v2_request

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
