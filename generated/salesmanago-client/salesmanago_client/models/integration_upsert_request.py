from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.integration_upsert_request_add_contact_ext_event_request import (
        IntegrationUpsertRequestAddContactExtEventRequest,
    )
    from ..models.integration_upsert_request_contact_upsert_request import IntegrationUpsertRequestContactUpsertRequest


T = TypeVar("T", bound="IntegrationUpsertRequest")


@_attrs_define
class IntegrationUpsertRequest:
    """A contact upsert, an external event, or both (the vendor SDK sends either alone or both).

    Attributes:
        contact_upsert_request (IntegrationUpsertRequestContactUpsertRequest | Unset):
        add_contact_ext_event_request (IntegrationUpsertRequestAddContactExtEventRequest | Unset):
    """

    contact_upsert_request: IntegrationUpsertRequestContactUpsertRequest | Unset = UNSET
    add_contact_ext_event_request: IntegrationUpsertRequestAddContactExtEventRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_upsert_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_upsert_request, Unset):
            contact_upsert_request = self.contact_upsert_request.to_dict()

        add_contact_ext_event_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.add_contact_ext_event_request, Unset):
            add_contact_ext_event_request = self.add_contact_ext_event_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_upsert_request is not UNSET:
            field_dict["contactUpsertRequest"] = contact_upsert_request
        if add_contact_ext_event_request is not UNSET:
            field_dict["addContactExtEventRequest"] = add_contact_ext_event_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_upsert_request_add_contact_ext_event_request import (
            IntegrationUpsertRequestAddContactExtEventRequest,  # noqa: PLC0415
        )
        from ..models.integration_upsert_request_contact_upsert_request import (
            IntegrationUpsertRequestContactUpsertRequest,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("IntegrationUpsertRequest is a JSON object")
        d = dict(src_dict)
        _contact_upsert_request = absent_if_null(d.pop("contactUpsertRequest", UNSET))
        contact_upsert_request: IntegrationUpsertRequestContactUpsertRequest | Unset
        if isinstance(_contact_upsert_request, Unset):
            contact_upsert_request = UNSET
        else:
            contact_upsert_request = IntegrationUpsertRequestContactUpsertRequest.from_dict(_contact_upsert_request)

        _add_contact_ext_event_request = absent_if_null(d.pop("addContactExtEventRequest", UNSET))
        add_contact_ext_event_request: IntegrationUpsertRequestAddContactExtEventRequest | Unset
        if isinstance(_add_contact_ext_event_request, Unset):
            add_contact_ext_event_request = UNSET
        else:
            add_contact_ext_event_request = IntegrationUpsertRequestAddContactExtEventRequest.from_dict(
                _add_contact_ext_event_request
            )

        integration_upsert_request = cls(
            contact_upsert_request=contact_upsert_request,
            add_contact_ext_event_request=add_contact_ext_event_request,
        )

        integration_upsert_request.additional_properties = d
        return integration_upsert_request

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
