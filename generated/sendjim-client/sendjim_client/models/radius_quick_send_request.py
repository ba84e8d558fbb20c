from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.mailing_contact_data import MailingContactData


T = TypeVar("T", bound="RadiusQuickSendRequest")


@_attrs_define
class RadiusQuickSendRequest:
    """Body of `POST /neighbors-of-address-by-radius/quicksend`.

    Attributes:
        quick_send_id (int): The quick send to mail (from `GET /quicksends`).
        contact_data (MailingContactData): A contact given inline to a mailing operation. The mailing address
            (`StreetAddress`, `City`,
            `State`, `PostalCode`) is required; the other fields are optional.
        radius_in_meters (int): Radius around the address, in whole meters.
        same_street_only (bool | Unset): Only mail addresses on the same street.
    """

    quick_send_id: int
    contact_data: MailingContactData
    radius_in_meters: int
    same_street_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quick_send_id = self.quick_send_id

        contact_data = self.contact_data.to_dict()

        radius_in_meters = self.radius_in_meters

        same_street_only = self.same_street_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "QuickSendID": quick_send_id,
                "ContactData": contact_data,
                "RadiusInMeters": radius_in_meters,
            }
        )
        if same_street_only is not UNSET:
            field_dict["SameStreetOnly"] = same_street_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mailing_contact_data import MailingContactData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("RadiusQuickSendRequest is a JSON object")
        d = dict(src_dict)
        quick_send_id = d.pop("QuickSendID")

        contact_data = MailingContactData.from_dict(d.pop("ContactData"))

        radius_in_meters = d.pop("RadiusInMeters")

        same_street_only = absent_if_null(d.pop("SameStreetOnly", UNSET))

        radius_quick_send_request = cls(
            quick_send_id=quick_send_id,
            contact_data=contact_data,
            radius_in_meters=radius_in_meters,
            same_street_only=same_street_only,
        )

        radius_quick_send_request.additional_properties = d
        return radius_quick_send_request

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
