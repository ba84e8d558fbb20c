from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.ext_event import ExtEvent


T = TypeVar("T", bound="IntegrationUpsertRequestAddContactExtEventRequest")


@_attrs_define
class IntegrationUpsertRequestAddContactExtEventRequest:
    """
    Attributes:
        contact_event (ExtEvent): An external event (the `contactEvent` object). `location` is a store identifier
            matching the product catalog's location; the add method allows letters, digits and _ (not starting with a
            digit), the update method letters, digits 1-9 and /_-. , so no pattern is enforced.
        owner (str | Unset): SALESmanago user account email.
        email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        contact_id (str | Unset): Contact UUID from SALESmanago.
        client_id (str | Unset): The API client id (the SDK repeats it in each part)
        force_opt_in (bool | Unset): Consent to Email Marketing.
    """

    contact_event: ExtEvent
    owner: str | Unset = UNSET
    email: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    force_opt_in: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_event = self.contact_event.to_dict()

        owner = self.owner

        email = self.email

        contact_id = self.contact_id

        client_id = self.client_id

        force_opt_in = self.force_opt_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactEvent": contact_event,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if email is not UNSET:
            field_dict["email"] = email
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if force_opt_in is not UNSET:
            field_dict["forceOptIn"] = force_opt_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ext_event import ExtEvent  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("IntegrationUpsertRequestAddContactExtEventRequest is a JSON object")
        d = dict(src_dict)
        contact_event = ExtEvent.from_dict(d.pop("contactEvent"))

        owner = absent_if_null(d.pop("owner", UNSET))

        email = absent_if_null(d.pop("email", UNSET))

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        client_id = absent_if_null(d.pop("clientId", UNSET))

        force_opt_in = absent_if_null(d.pop("forceOptIn", UNSET))

        integration_upsert_request_add_contact_ext_event_request = cls(
            contact_event=contact_event,
            owner=owner,
            email=email,
            contact_id=contact_id,
            client_id=client_id,
            force_opt_in=force_opt_in,
        )

        integration_upsert_request_add_contact_ext_event_request.additional_properties = d
        return integration_upsert_request_add_contact_ext_event_request

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
