from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ext_event_contact_ext_event_type import ExtEventContactExtEventType
from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactUpdateExtEventRequestContactEvent")


@_attrs_define
class ContactUpdateExtEventRequestContactEvent:
    """
    Attributes:
        date (int): Event date
        contact_ext_event_type (ExtEventContactExtEventType):
        event_id (str): Event ID returned by the add method
        products (str | Unset): Comma-separated product IDs matching the product catalog / XML feed
        value (float | Unset): Event value (e.g. purchase total), float (7.2): max 19 digits + 2 after the decimal point
        location (str | Unset): Store identifier matching the product catalog's location
        external_id (str | Unset): Additional event identifier
        description (str | Unset): General-purpose field (order notes
        shop_domain (str | Unset): Optional shop domain
        detail1 (None | str | Unset):
        detail2 (None | str | Unset):
        detail3 (None | str | Unset):
        detail4 (None | str | Unset):
        detail5 (None | str | Unset):
        detail6 (None | str | Unset):
        detail7 (None | str | Unset):
        detail8 (None | str | Unset):
        detail9 (None | str | Unset):
        detail10 (None | str | Unset):
        detail11 (None | str | Unset):
        detail12 (None | str | Unset):
        detail13 (None | str | Unset):
        detail14 (None | str | Unset):
        detail15 (None | str | Unset):
        detail16 (None | str | Unset):
        detail17 (None | str | Unset):
        detail18 (None | str | Unset):
        detail19 (None | str | Unset):
        detail20 (None | str | Unset):
    """

    date: int
    contact_ext_event_type: ExtEventContactExtEventType
    event_id: str
    products: str | Unset = UNSET
    value: float | Unset = UNSET
    location: str | Unset = UNSET
    external_id: str | Unset = UNSET
    description: str | Unset = UNSET
    shop_domain: str | Unset = UNSET
    detail1: None | str | Unset = UNSET
    detail2: None | str | Unset = UNSET
    detail3: None | str | Unset = UNSET
    detail4: None | str | Unset = UNSET
    detail5: None | str | Unset = UNSET
    detail6: None | str | Unset = UNSET
    detail7: None | str | Unset = UNSET
    detail8: None | str | Unset = UNSET
    detail9: None | str | Unset = UNSET
    detail10: None | str | Unset = UNSET
    detail11: None | str | Unset = UNSET
    detail12: None | str | Unset = UNSET
    detail13: None | str | Unset = UNSET
    detail14: None | str | Unset = UNSET
    detail15: None | str | Unset = UNSET
    detail16: None | str | Unset = UNSET
    detail17: None | str | Unset = UNSET
    detail18: None | str | Unset = UNSET
    detail19: None | str | Unset = UNSET
    detail20: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        contact_ext_event_type = self.contact_ext_event_type.value

        event_id = self.event_id

        products = self.products

        value = self.value

        location = self.location

        external_id = self.external_id

        description = self.description

        shop_domain = self.shop_domain

        detail1: None | str | Unset
        if isinstance(self.detail1, Unset):
            detail1 = UNSET
        else:
            detail1 = self.detail1

        detail2: None | str | Unset
        if isinstance(self.detail2, Unset):
            detail2 = UNSET
        else:
            detail2 = self.detail2

        detail3: None | str | Unset
        if isinstance(self.detail3, Unset):
            detail3 = UNSET
        else:
            detail3 = self.detail3

        detail4: None | str | Unset
        if isinstance(self.detail4, Unset):
            detail4 = UNSET
        else:
            detail4 = self.detail4

        detail5: None | str | Unset
        if isinstance(self.detail5, Unset):
            detail5 = UNSET
        else:
            detail5 = self.detail5

        detail6: None | str | Unset
        if isinstance(self.detail6, Unset):
            detail6 = UNSET
        else:
            detail6 = self.detail6

        detail7: None | str | Unset
        if isinstance(self.detail7, Unset):
            detail7 = UNSET
        else:
            detail7 = self.detail7

        detail8: None | str | Unset
        if isinstance(self.detail8, Unset):
            detail8 = UNSET
        else:
            detail8 = self.detail8

        detail9: None | str | Unset
        if isinstance(self.detail9, Unset):
            detail9 = UNSET
        else:
            detail9 = self.detail9

        detail10: None | str | Unset
        if isinstance(self.detail10, Unset):
            detail10 = UNSET
        else:
            detail10 = self.detail10

        detail11: None | str | Unset
        if isinstance(self.detail11, Unset):
            detail11 = UNSET
        else:
            detail11 = self.detail11

        detail12: None | str | Unset
        if isinstance(self.detail12, Unset):
            detail12 = UNSET
        else:
            detail12 = self.detail12

        detail13: None | str | Unset
        if isinstance(self.detail13, Unset):
            detail13 = UNSET
        else:
            detail13 = self.detail13

        detail14: None | str | Unset
        if isinstance(self.detail14, Unset):
            detail14 = UNSET
        else:
            detail14 = self.detail14

        detail15: None | str | Unset
        if isinstance(self.detail15, Unset):
            detail15 = UNSET
        else:
            detail15 = self.detail15

        detail16: None | str | Unset
        if isinstance(self.detail16, Unset):
            detail16 = UNSET
        else:
            detail16 = self.detail16

        detail17: None | str | Unset
        if isinstance(self.detail17, Unset):
            detail17 = UNSET
        else:
            detail17 = self.detail17

        detail18: None | str | Unset
        if isinstance(self.detail18, Unset):
            detail18 = UNSET
        else:
            detail18 = self.detail18

        detail19: None | str | Unset
        if isinstance(self.detail19, Unset):
            detail19 = UNSET
        else:
            detail19 = self.detail19

        detail20: None | str | Unset
        if isinstance(self.detail20, Unset):
            detail20 = UNSET
        else:
            detail20 = self.detail20

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "contactExtEventType": contact_ext_event_type,
                "eventId": event_id,
            }
        )
        if products is not UNSET:
            field_dict["products"] = products
        if value is not UNSET:
            field_dict["value"] = value
        if location is not UNSET:
            field_dict["location"] = location
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if description is not UNSET:
            field_dict["description"] = description
        if shop_domain is not UNSET:
            field_dict["shopDomain"] = shop_domain
        if detail1 is not UNSET:
            field_dict["detail1"] = detail1
        if detail2 is not UNSET:
            field_dict["detail2"] = detail2
        if detail3 is not UNSET:
            field_dict["detail3"] = detail3
        if detail4 is not UNSET:
            field_dict["detail4"] = detail4
        if detail5 is not UNSET:
            field_dict["detail5"] = detail5
        if detail6 is not UNSET:
            field_dict["detail6"] = detail6
        if detail7 is not UNSET:
            field_dict["detail7"] = detail7
        if detail8 is not UNSET:
            field_dict["detail8"] = detail8
        if detail9 is not UNSET:
            field_dict["detail9"] = detail9
        if detail10 is not UNSET:
            field_dict["detail10"] = detail10
        if detail11 is not UNSET:
            field_dict["detail11"] = detail11
        if detail12 is not UNSET:
            field_dict["detail12"] = detail12
        if detail13 is not UNSET:
            field_dict["detail13"] = detail13
        if detail14 is not UNSET:
            field_dict["detail14"] = detail14
        if detail15 is not UNSET:
            field_dict["detail15"] = detail15
        if detail16 is not UNSET:
            field_dict["detail16"] = detail16
        if detail17 is not UNSET:
            field_dict["detail17"] = detail17
        if detail18 is not UNSET:
            field_dict["detail18"] = detail18
        if detail19 is not UNSET:
            field_dict["detail19"] = detail19
        if detail20 is not UNSET:
            field_dict["detail20"] = detail20

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactUpdateExtEventRequestContactEvent is a JSON object")
        d = dict(src_dict)
        date = d.pop("date")

        contact_ext_event_type = ExtEventContactExtEventType(d.pop("contactExtEventType"))

        event_id = d.pop("eventId")

        products = absent_if_null(d.pop("products", UNSET))

        value = absent_if_null(d.pop("value", UNSET))

        location = absent_if_null(d.pop("location", UNSET))

        external_id = absent_if_null(d.pop("externalId", UNSET))

        description = absent_if_null(d.pop("description", UNSET))

        shop_domain = absent_if_null(d.pop("shopDomain", UNSET))

        def _parse_detail1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail1 = _parse_detail1(d.pop("detail1", UNSET))

        def _parse_detail2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail2 = _parse_detail2(d.pop("detail2", UNSET))

        def _parse_detail3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail3 = _parse_detail3(d.pop("detail3", UNSET))

        def _parse_detail4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail4 = _parse_detail4(d.pop("detail4", UNSET))

        def _parse_detail5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail5 = _parse_detail5(d.pop("detail5", UNSET))

        def _parse_detail6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail6 = _parse_detail6(d.pop("detail6", UNSET))

        def _parse_detail7(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail7 = _parse_detail7(d.pop("detail7", UNSET))

        def _parse_detail8(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail8 = _parse_detail8(d.pop("detail8", UNSET))

        def _parse_detail9(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail9 = _parse_detail9(d.pop("detail9", UNSET))

        def _parse_detail10(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail10 = _parse_detail10(d.pop("detail10", UNSET))

        def _parse_detail11(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail11 = _parse_detail11(d.pop("detail11", UNSET))

        def _parse_detail12(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail12 = _parse_detail12(d.pop("detail12", UNSET))

        def _parse_detail13(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail13 = _parse_detail13(d.pop("detail13", UNSET))

        def _parse_detail14(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail14 = _parse_detail14(d.pop("detail14", UNSET))

        def _parse_detail15(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail15 = _parse_detail15(d.pop("detail15", UNSET))

        def _parse_detail16(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail16 = _parse_detail16(d.pop("detail16", UNSET))

        def _parse_detail17(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail17 = _parse_detail17(d.pop("detail17", UNSET))

        def _parse_detail18(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail18 = _parse_detail18(d.pop("detail18", UNSET))

        def _parse_detail19(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail19 = _parse_detail19(d.pop("detail19", UNSET))

        def _parse_detail20(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail20 = _parse_detail20(d.pop("detail20", UNSET))

        contact_update_ext_event_request_contact_event = cls(
            date=date,
            contact_ext_event_type=contact_ext_event_type,
            event_id=event_id,
            products=products,
            value=value,
            location=location,
            external_id=external_id,
            description=description,
            shop_domain=shop_domain,
            detail1=detail1,
            detail2=detail2,
            detail3=detail3,
            detail4=detail4,
            detail5=detail5,
            detail6=detail6,
            detail7=detail7,
            detail8=detail8,
            detail9=detail9,
            detail10=detail10,
            detail11=detail11,
            detail12=detail12,
            detail13=detail13,
            detail14=detail14,
            detail15=detail15,
            detail16=detail16,
            detail17=detail17,
            detail18=detail18,
            detail19=detail19,
            detail20=detail20,
        )

        contact_update_ext_event_request_contact_event.additional_properties = d
        return contact_update_ext_event_request_contact_event

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
