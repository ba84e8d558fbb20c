from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_state import ContactState
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact_address import ContactAddress


T = TypeVar("T", bound="ContactBasicInfo")


@_attrs_define
class ContactBasicInfo:
    """Basic contact data returned by contact/basic and contact/basicById.

    Attributes:
        name (str | Unset):
        email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        phone (str | Unset):
        fax (str | Unset):
        score (int | Unset): Number of points.
        state (ContactState | Unset): Contact status.
        opted_out (bool | Unset): Unsubscribed from the mailing list.
        opted_out_phone (bool | Unset): Unsubscribed from text messages.
        deleted (bool | Unset):
        invalid (bool | Unset):
        company (str | Unset):
        external_id (None | str | Unset):
        address (ContactAddress | Unset):
        contact_id (str | Unset): Contact UUID from SALESmanago.
        birthday_year (int | None | Unset):
        birthday_month (int | None | Unset):
        birthday_day (int | None | Unset):
        modified_on (int | Unset): Last update
        created_on (int | Unset): Creation
        last_visit (int | Unset): Last visit
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    fax: str | Unset = UNSET
    score: int | Unset = UNSET
    state: ContactState | Unset = UNSET
    opted_out: bool | Unset = UNSET
    opted_out_phone: bool | Unset = UNSET
    deleted: bool | Unset = UNSET
    invalid: bool | Unset = UNSET
    company: str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    address: ContactAddress | Unset = UNSET
    contact_id: str | Unset = UNSET
    birthday_year: int | None | Unset = UNSET
    birthday_month: int | None | Unset = UNSET
    birthday_day: int | None | Unset = UNSET
    modified_on: int | Unset = UNSET
    created_on: int | Unset = UNSET
    last_visit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone = self.phone

        fax = self.fax

        score = self.score

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        opted_out = self.opted_out

        opted_out_phone = self.opted_out_phone

        deleted = self.deleted

        invalid = self.invalid

        company = self.company

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        contact_id = self.contact_id

        birthday_year: int | None | Unset
        if isinstance(self.birthday_year, Unset):
            birthday_year = UNSET
        else:
            birthday_year = self.birthday_year

        birthday_month: int | None | Unset
        if isinstance(self.birthday_month, Unset):
            birthday_month = UNSET
        else:
            birthday_month = self.birthday_month

        birthday_day: int | None | Unset
        if isinstance(self.birthday_day, Unset):
            birthday_day = UNSET
        else:
            birthday_day = self.birthday_day

        modified_on = self.modified_on

        created_on = self.created_on

        last_visit = self.last_visit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if score is not UNSET:
            field_dict["score"] = score
        if state is not UNSET:
            field_dict["state"] = state
        if opted_out is not UNSET:
            field_dict["optedOut"] = opted_out
        if opted_out_phone is not UNSET:
            field_dict["optedOutPhone"] = opted_out_phone
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if company is not UNSET:
            field_dict["company"] = company
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if address is not UNSET:
            field_dict["address"] = address
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if birthday_year is not UNSET:
            field_dict["birthdayYear"] = birthday_year
        if birthday_month is not UNSET:
            field_dict["birthdayMonth"] = birthday_month
        if birthday_day is not UNSET:
            field_dict["birthdayDay"] = birthday_day
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if last_visit is not UNSET:
            field_dict["lastVisit"] = last_visit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_address import ContactAddress  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactBasicInfo is a JSON object")
        d = dict(src_dict)
        name = absent_if_null(d.pop("name", UNSET))

        email = absent_if_null(d.pop("email", UNSET))

        phone = absent_if_null(d.pop("phone", UNSET))

        fax = absent_if_null(d.pop("fax", UNSET))

        score = absent_if_null(d.pop("score", UNSET))

        _state = absent_if_null(d.pop("state", UNSET))
        state: ContactState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ContactState(_state)

        opted_out = absent_if_null(d.pop("optedOut", UNSET))

        opted_out_phone = absent_if_null(d.pop("optedOutPhone", UNSET))

        deleted = absent_if_null(d.pop("deleted", UNSET))

        invalid = absent_if_null(d.pop("invalid", UNSET))

        company = absent_if_null(d.pop("company", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        _address = absent_if_null(d.pop("address", UNSET))
        address: ContactAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ContactAddress.from_dict(_address)

        contact_id = absent_if_null(d.pop("contactId", UNSET))

        def _parse_birthday_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        birthday_year = _parse_birthday_year(d.pop("birthdayYear", UNSET))

        def _parse_birthday_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        birthday_month = _parse_birthday_month(d.pop("birthdayMonth", UNSET))

        def _parse_birthday_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        birthday_day = _parse_birthday_day(d.pop("birthdayDay", UNSET))

        modified_on = absent_if_null(d.pop("modifiedOn", UNSET))

        created_on = absent_if_null(d.pop("createdOn", UNSET))

        last_visit = absent_if_null(d.pop("lastVisit", UNSET))

        contact_basic_info = cls(
            name=name,
            email=email,
            phone=phone,
            fax=fax,
            score=score,
            state=state,
            opted_out=opted_out,
            opted_out_phone=opted_out_phone,
            deleted=deleted,
            invalid=invalid,
            company=company,
            external_id=external_id,
            address=address,
            contact_id=contact_id,
            birthday_year=birthday_year,
            birthday_month=birthday_month,
            birthday_day=birthday_day,
            modified_on=modified_on,
            created_on=created_on,
            last_visit=last_visit,
        )

        contact_basic_info.additional_properties = d
        return contact_basic_info

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
