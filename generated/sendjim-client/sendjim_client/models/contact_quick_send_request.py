from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.mailing_contact_data import MailingContactData


T = TypeVar("T", bound="ContactQuickSendRequest")


@_attrs_define
class ContactQuickSendRequest:
    """Body of `POST /contact-quicksend`. Send exactly one of `ContactID` and `ContactData`.

    Attributes:
        quick_send_id (int): The quick send to send (from `GET /quicksends`).
        contact_id (int | Unset): An existing contact (alternative to `ContactData`).
        contact_data (MailingContactData | Unset): A contact given inline to a mailing operation. The mailing address
            (`StreetAddress`, `City`,
            `State`, `PostalCode`) is required; the other fields are optional.
    """

    quick_send_id: int
    contact_id: int | Unset = UNSET
    contact_data: MailingContactData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quick_send_id = self.quick_send_id

        contact_id = self.contact_id

        contact_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_data, Unset):
            contact_data = self.contact_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "QuickSendID": quick_send_id,
            }
        )
        if contact_id is not UNSET:
            field_dict["ContactID"] = contact_id
        if contact_data is not UNSET:
            field_dict["ContactData"] = contact_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mailing_contact_data import MailingContactData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactQuickSendRequest is a JSON object")
        d = dict(src_dict)
        quick_send_id = d.pop("QuickSendID")

        contact_id = absent_if_null(d.pop("ContactID", UNSET))

        _contact_data = absent_if_null(d.pop("ContactData", UNSET))
        contact_data: MailingContactData | Unset
        if isinstance(_contact_data, Unset):
            contact_data = UNSET
        else:
            contact_data = MailingContactData.from_dict(_contact_data)

        contact_quick_send_request = cls(
            quick_send_id=quick_send_id,
            contact_id=contact_id,
            contact_data=contact_data,
        )

        contact_quick_send_request.additional_properties = d
        return contact_quick_send_request

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
