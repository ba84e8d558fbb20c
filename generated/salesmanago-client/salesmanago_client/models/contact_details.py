from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_state import ContactState
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact_address import ContactAddress
    from ..models.contact_consent import ContactConsent
    from ..models.contact_coupon import ContactCoupon
    from ..models.contact_email_message import ContactEmailMessage
    from ..models.contact_event_entry import ContactEventEntry
    from ..models.contact_ext_event_entry import ContactExtEventEntry
    from ..models.contact_funnel import ContactFunnel
    from ..models.contact_mobile_message import ContactMobileMessage
    from ..models.contact_note import ContactNote
    from ..models.contact_property import ContactProperty
    from ..models.contact_tag import ContactTag
    from ..models.contact_task import ContactTask
    from ..models.contact_visit import ContactVisit


T = TypeVar("T", bound="ContactDetails")


@_attrs_define
class ContactDetails:
    """Full contact data returned by contact/list and contact/listById.

    Attributes:
        id (str | Unset): Contact UUID from SALESmanago.
        name (str | Unset):
        email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        phone (str | Unset):
        fax (str | Unset):
        score (int | Unset):
        state (ContactState | Unset): Contact status.
        opted_out (bool | Unset):
        opted_out_phone (bool | Unset):
        deleted (bool | Unset):
        invalid (bool | Unset):
        company (str | Unset):
        external_id (None | str | Unset):
        address (ContactAddress | Unset):
        birthday_year (int | None | Unset):
        birthday_month (int | None | Unset):
        birthday_day (int | None | Unset):
        province (None | str | Unset):
        main_contact_owner (str | Unset): SALESmanago user account email.
        modified_on (int | Unset):
        created_on (int | Unset):
        purchase_probability (float | Unset): Predicted probability of a purchase.
        contact_visits (list[ContactVisit] | Unset):
        contact_tags (list[ContactTag] | Unset):
        contact_events (list[ContactEventEntry] | Unset):
        email_messages (list[ContactEmailMessage] | Unset):
        properties (list[ContactProperty] | Unset):
        contact_funnels (list[ContactFunnel] | Unset):
        contact_notes (list[ContactNote] | Unset):
        contact_tasks (list[ContactTask] | Unset):
        contact_ext_events (list[ContactExtEventEntry] | Unset):
        coupons (list[ContactCoupon] | Unset):
        mobile_messages (list[ContactMobileMessage] | Unset):
        consents (list[ContactConsent] | Unset):
    """

    id: str | Unset = UNSET
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
    birthday_year: int | None | Unset = UNSET
    birthday_month: int | None | Unset = UNSET
    birthday_day: int | None | Unset = UNSET
    province: None | str | Unset = UNSET
    main_contact_owner: str | Unset = UNSET
    modified_on: int | Unset = UNSET
    created_on: int | Unset = UNSET
    purchase_probability: float | Unset = UNSET
    contact_visits: list[ContactVisit] | Unset = UNSET
    contact_tags: list[ContactTag] | Unset = UNSET
    contact_events: list[ContactEventEntry] | Unset = UNSET
    email_messages: list[ContactEmailMessage] | Unset = UNSET
    properties: list[ContactProperty] | Unset = UNSET
    contact_funnels: list[ContactFunnel] | Unset = UNSET
    contact_notes: list[ContactNote] | Unset = UNSET
    contact_tasks: list[ContactTask] | Unset = UNSET
    contact_ext_events: list[ContactExtEventEntry] | Unset = UNSET
    coupons: list[ContactCoupon] | Unset = UNSET
    mobile_messages: list[ContactMobileMessage] | Unset = UNSET
    consents: list[ContactConsent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        main_contact_owner = self.main_contact_owner

        modified_on = self.modified_on

        created_on = self.created_on

        purchase_probability = self.purchase_probability

        contact_visits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_visits, Unset):
            contact_visits = []
            for contact_visits_item_data in self.contact_visits:
                contact_visits_item = contact_visits_item_data.to_dict()
                contact_visits.append(contact_visits_item)

        contact_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_tags, Unset):
            contact_tags = []
            for contact_tags_item_data in self.contact_tags:
                contact_tags_item = contact_tags_item_data.to_dict()
                contact_tags.append(contact_tags_item)

        contact_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_events, Unset):
            contact_events = []
            for contact_events_item_data in self.contact_events:
                contact_events_item = contact_events_item_data.to_dict()
                contact_events.append(contact_events_item)

        email_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_messages, Unset):
            email_messages = []
            for email_messages_item_data in self.email_messages:
                email_messages_item = email_messages_item_data.to_dict()
                email_messages.append(email_messages_item)

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        contact_funnels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_funnels, Unset):
            contact_funnels = []
            for contact_funnels_item_data in self.contact_funnels:
                contact_funnels_item = contact_funnels_item_data.to_dict()
                contact_funnels.append(contact_funnels_item)

        contact_notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_notes, Unset):
            contact_notes = []
            for contact_notes_item_data in self.contact_notes:
                contact_notes_item = contact_notes_item_data.to_dict()
                contact_notes.append(contact_notes_item)

        contact_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_tasks, Unset):
            contact_tasks = []
            for contact_tasks_item_data in self.contact_tasks:
                contact_tasks_item = contact_tasks_item_data.to_dict()
                contact_tasks.append(contact_tasks_item)

        contact_ext_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_ext_events, Unset):
            contact_ext_events = []
            for contact_ext_events_item_data in self.contact_ext_events:
                contact_ext_events_item = contact_ext_events_item_data.to_dict()
                contact_ext_events.append(contact_ext_events_item)

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            coupons = []
            for coupons_item_data in self.coupons:
                coupons_item = coupons_item_data.to_dict()
                coupons.append(coupons_item)

        mobile_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mobile_messages, Unset):
            mobile_messages = []
            for mobile_messages_item_data in self.mobile_messages:
                mobile_messages_item = mobile_messages_item_data.to_dict()
                mobile_messages.append(mobile_messages_item)

        consents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consents, Unset):
            consents = []
            for consents_item_data in self.consents:
                consents_item = consents_item_data.to_dict()
                consents.append(consents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if birthday_year is not UNSET:
            field_dict["birthdayYear"] = birthday_year
        if birthday_month is not UNSET:
            field_dict["birthdayMonth"] = birthday_month
        if birthday_day is not UNSET:
            field_dict["birthdayDay"] = birthday_day
        if province is not UNSET:
            field_dict["province"] = province
        if main_contact_owner is not UNSET:
            field_dict["mainContactOwner"] = main_contact_owner
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if purchase_probability is not UNSET:
            field_dict["purchaseProbability"] = purchase_probability
        if contact_visits is not UNSET:
            field_dict["contactVisits"] = contact_visits
        if contact_tags is not UNSET:
            field_dict["contactTags"] = contact_tags
        if contact_events is not UNSET:
            field_dict["contactEvents"] = contact_events
        if email_messages is not UNSET:
            field_dict["emailMessages"] = email_messages
        if properties is not UNSET:
            field_dict["properties"] = properties
        if contact_funnels is not UNSET:
            field_dict["contactFunnels"] = contact_funnels
        if contact_notes is not UNSET:
            field_dict["contactNotes"] = contact_notes
        if contact_tasks is not UNSET:
            field_dict["contactTasks"] = contact_tasks
        if contact_ext_events is not UNSET:
            field_dict["contactExtEvents"] = contact_ext_events
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if mobile_messages is not UNSET:
            field_dict["mobileMessages"] = mobile_messages
        if consents is not UNSET:
            field_dict["consents"] = consents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_address import ContactAddress  # noqa: PLC0415
        from ..models.contact_consent import ContactConsent  # noqa: PLC0415
        from ..models.contact_coupon import ContactCoupon  # noqa: PLC0415
        from ..models.contact_email_message import ContactEmailMessage  # noqa: PLC0415
        from ..models.contact_event_entry import ContactEventEntry  # noqa: PLC0415
        from ..models.contact_ext_event_entry import ContactExtEventEntry  # noqa: PLC0415
        from ..models.contact_funnel import ContactFunnel  # noqa: PLC0415
        from ..models.contact_mobile_message import ContactMobileMessage  # noqa: PLC0415
        from ..models.contact_note import ContactNote  # noqa: PLC0415
        from ..models.contact_property import ContactProperty  # noqa: PLC0415
        from ..models.contact_tag import ContactTag  # noqa: PLC0415
        from ..models.contact_task import ContactTask  # noqa: PLC0415
        from ..models.contact_visit import ContactVisit  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactDetails is a JSON object")
        d = dict(src_dict)
        id = absent_if_null(d.pop("id", UNSET))

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

        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))

        main_contact_owner = absent_if_null(d.pop("mainContactOwner", UNSET))

        modified_on = absent_if_null(d.pop("modifiedOn", UNSET))

        created_on = absent_if_null(d.pop("createdOn", UNSET))

        purchase_probability = absent_if_null(d.pop("purchaseProbability", UNSET))

        _contact_visits = absent_if_null(d.pop("contactVisits", UNSET))
        contact_visits: list[ContactVisit] | Unset = UNSET
        if _contact_visits is not UNSET:
            contact_visits = []
            for contact_visits_item_data in _contact_visits:
                contact_visits_item = ContactVisit.from_dict(contact_visits_item_data)

                contact_visits.append(contact_visits_item)

        _contact_tags = absent_if_null(d.pop("contactTags", UNSET))
        contact_tags: list[ContactTag] | Unset = UNSET
        if _contact_tags is not UNSET:
            contact_tags = []
            for contact_tags_item_data in _contact_tags:
                contact_tags_item = ContactTag.from_dict(contact_tags_item_data)

                contact_tags.append(contact_tags_item)

        _contact_events = absent_if_null(d.pop("contactEvents", UNSET))
        contact_events: list[ContactEventEntry] | Unset = UNSET
        if _contact_events is not UNSET:
            contact_events = []
            for contact_events_item_data in _contact_events:
                contact_events_item = ContactEventEntry.from_dict(contact_events_item_data)

                contact_events.append(contact_events_item)

        _email_messages = absent_if_null(d.pop("emailMessages", UNSET))
        email_messages: list[ContactEmailMessage] | Unset = UNSET
        if _email_messages is not UNSET:
            email_messages = []
            for email_messages_item_data in _email_messages:
                email_messages_item = ContactEmailMessage.from_dict(email_messages_item_data)

                email_messages.append(email_messages_item)

        _properties = absent_if_null(d.pop("properties", UNSET))
        properties: list[ContactProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = ContactProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        _contact_funnels = absent_if_null(d.pop("contactFunnels", UNSET))
        contact_funnels: list[ContactFunnel] | Unset = UNSET
        if _contact_funnels is not UNSET:
            contact_funnels = []
            for contact_funnels_item_data in _contact_funnels:
                contact_funnels_item = ContactFunnel.from_dict(contact_funnels_item_data)

                contact_funnels.append(contact_funnels_item)

        _contact_notes = absent_if_null(d.pop("contactNotes", UNSET))
        contact_notes: list[ContactNote] | Unset = UNSET
        if _contact_notes is not UNSET:
            contact_notes = []
            for contact_notes_item_data in _contact_notes:
                contact_notes_item = ContactNote.from_dict(contact_notes_item_data)

                contact_notes.append(contact_notes_item)

        _contact_tasks = absent_if_null(d.pop("contactTasks", UNSET))
        contact_tasks: list[ContactTask] | Unset = UNSET
        if _contact_tasks is not UNSET:
            contact_tasks = []
            for contact_tasks_item_data in _contact_tasks:
                contact_tasks_item = ContactTask.from_dict(contact_tasks_item_data)

                contact_tasks.append(contact_tasks_item)

        _contact_ext_events = absent_if_null(d.pop("contactExtEvents", UNSET))
        contact_ext_events: list[ContactExtEventEntry] | Unset = UNSET
        if _contact_ext_events is not UNSET:
            contact_ext_events = []
            for contact_ext_events_item_data in _contact_ext_events:
                contact_ext_events_item = ContactExtEventEntry.from_dict(contact_ext_events_item_data)

                contact_ext_events.append(contact_ext_events_item)

        _coupons = absent_if_null(d.pop("coupons", UNSET))
        coupons: list[ContactCoupon] | Unset = UNSET
        if _coupons is not UNSET:
            coupons = []
            for coupons_item_data in _coupons:
                coupons_item = ContactCoupon.from_dict(coupons_item_data)

                coupons.append(coupons_item)

        _mobile_messages = absent_if_null(d.pop("mobileMessages", UNSET))
        mobile_messages: list[ContactMobileMessage] | Unset = UNSET
        if _mobile_messages is not UNSET:
            mobile_messages = []
            for mobile_messages_item_data in _mobile_messages:
                mobile_messages_item = ContactMobileMessage.from_dict(mobile_messages_item_data)

                mobile_messages.append(mobile_messages_item)

        _consents = absent_if_null(d.pop("consents", UNSET))
        consents: list[ContactConsent] | Unset = UNSET
        if _consents is not UNSET:
            consents = []
            for consents_item_data in _consents:
                consents_item = ContactConsent.from_dict(consents_item_data)

                consents.append(consents_item)

        contact_details = cls(
            id=id,
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
            birthday_year=birthday_year,
            birthday_month=birthday_month,
            birthday_day=birthday_day,
            province=province,
            main_contact_owner=main_contact_owner,
            modified_on=modified_on,
            created_on=created_on,
            purchase_probability=purchase_probability,
            contact_visits=contact_visits,
            contact_tags=contact_tags,
            contact_events=contact_events,
            email_messages=email_messages,
            properties=properties,
            contact_funnels=contact_funnels,
            contact_notes=contact_notes,
            contact_tasks=contact_tasks,
            contact_ext_events=contact_ext_events,
            coupons=coupons,
            mobile_messages=mobile_messages,
            consents=consents,
        )

        contact_details.additional_properties = d
        return contact_details

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
