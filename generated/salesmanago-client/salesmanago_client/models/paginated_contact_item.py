from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paginated_contact_item_state import PaginatedContactItemState
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact_address import ContactAddress
    from ..models.paginated_contact_item_contact_events_item import PaginatedContactItemContactEventsItem
    from ..models.paginated_contact_item_contact_ext_events_item import PaginatedContactItemContactExtEventsItem
    from ..models.paginated_contact_item_contact_funnels_item import PaginatedContactItemContactFunnelsItem
    from ..models.paginated_contact_item_contact_notes_item import PaginatedContactItemContactNotesItem
    from ..models.paginated_contact_item_contact_tasks_item import PaginatedContactItemContactTasksItem
    from ..models.paginated_contact_item_contact_visits_item import PaginatedContactItemContactVisitsItem
    from ..models.paginated_contact_item_coupons_item import PaginatedContactItemCouponsItem
    from ..models.paginated_contact_item_email_messages_item import PaginatedContactItemEmailMessagesItem
    from ..models.paginated_contact_item_mobile_messages_item import PaginatedContactItemMobileMessagesItem
    from ..models.paginated_contact_item_properties_item import PaginatedContactItemPropertiesItem
    from ..models.paginated_contact_tag import PaginatedContactTag


T = TypeVar("T", bound="PaginatedContactItem")


@_attrs_define
class PaginatedContactItem:
    """A contact in contact/paginatedListById (fields as described for contact/list). Nested lists other than contactTags
    are shown empty in the sample and are described under contact/list.

        Attributes:
            id (str | Unset): Contact UUID from SALESmanago.
            name (None | str | Unset):
            email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
            phone (None | str | Unset):
            fax (None | str | Unset):
            score (int | Unset): Number of points
            state (PaginatedContactItemState | Unset):
            opted_out (bool | Unset): Unsubscribed from the mailing list
            opted_out_phone (bool | Unset): Unsubscribed from SMS
            deleted (bool | Unset):
            invalid (bool | Unset):
            company (None | str | Unset):
            external_id (None | str | Unset):
            address (ContactAddress | None | Unset):
            birthday_year (int | None | Unset):
            birthday_month (int | None | Unset):
            birthday_day (int | None | Unset):
            province (None | str | Unset):
            main_contact_owner (str | Unset): SALESmanago user account email.
            contact_visits (list[PaginatedContactItemContactVisitsItem] | Unset): Contact visits (see contact/list)
            contact_tags (list[PaginatedContactTag] | Unset):
            contact_events (list[PaginatedContactItemContactEventsItem] | Unset): Events (see contact/list)
            email_messages (list[PaginatedContactItemEmailMessagesItem] | Unset): Emails from the past 3 months (see
                contact/list)
            properties (list[PaginatedContactItemPropertiesItem] | Unset): Contact details as {name, value} (see
                contact/list)
            contact_funnels (list[PaginatedContactItemContactFunnelsItem] | Unset): Sales funnels (see contact/list)
            contact_notes (list[PaginatedContactItemContactNotesItem] | Unset): Notes (see contact/list)
            contact_tasks (list[PaginatedContactItemContactTasksItem] | Unset): Tasks (see contact/list)
            contact_ext_events (list[PaginatedContactItemContactExtEventsItem] | Unset): External events (see contact/list)
            coupons (list[PaginatedContactItemCouponsItem] | Unset): Coupons (see contact/list)
            mobile_messages (list[PaginatedContactItemMobileMessagesItem] | Unset): Text messages sent to the contact (see
                contact/list)
            modified_on (int | Unset): Last update date (ms)
            created_on (int | Unset): Creation date (ms)
    """

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: str | Unset = UNSET
    phone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    score: int | Unset = UNSET
    state: PaginatedContactItemState | Unset = UNSET
    opted_out: bool | Unset = UNSET
    opted_out_phone: bool | Unset = UNSET
    deleted: bool | Unset = UNSET
    invalid: bool | Unset = UNSET
    company: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    address: ContactAddress | None | Unset = UNSET
    birthday_year: int | None | Unset = UNSET
    birthday_month: int | None | Unset = UNSET
    birthday_day: int | None | Unset = UNSET
    province: None | str | Unset = UNSET
    main_contact_owner: str | Unset = UNSET
    contact_visits: list[PaginatedContactItemContactVisitsItem] | Unset = UNSET
    contact_tags: list[PaginatedContactTag] | Unset = UNSET
    contact_events: list[PaginatedContactItemContactEventsItem] | Unset = UNSET
    email_messages: list[PaginatedContactItemEmailMessagesItem] | Unset = UNSET
    properties: list[PaginatedContactItemPropertiesItem] | Unset = UNSET
    contact_funnels: list[PaginatedContactItemContactFunnelsItem] | Unset = UNSET
    contact_notes: list[PaginatedContactItemContactNotesItem] | Unset = UNSET
    contact_tasks: list[PaginatedContactItemContactTasksItem] | Unset = UNSET
    contact_ext_events: list[PaginatedContactItemContactExtEventsItem] | Unset = UNSET
    coupons: list[PaginatedContactItemCouponsItem] | Unset = UNSET
    mobile_messages: list[PaginatedContactItemMobileMessagesItem] | Unset = UNSET
    modified_on: int | Unset = UNSET
    created_on: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_address import ContactAddress  # noqa: PLC0415

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        score = self.score

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        opted_out = self.opted_out

        opted_out_phone = self.opted_out_phone

        deleted = self.deleted

        invalid = self.invalid

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, ContactAddress):
            address = self.address.to_dict()
        else:
            address = self.address

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

        modified_on = self.modified_on

        created_on = self.created_on

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
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_address import ContactAddress  # noqa: PLC0415
        from ..models.paginated_contact_item_contact_events_item import PaginatedContactItemContactEventsItem  # noqa: PLC0415
        from ..models.paginated_contact_item_contact_ext_events_item import PaginatedContactItemContactExtEventsItem  # noqa: PLC0415
        from ..models.paginated_contact_item_contact_funnels_item import PaginatedContactItemContactFunnelsItem  # noqa: PLC0415
        from ..models.paginated_contact_item_contact_notes_item import PaginatedContactItemContactNotesItem  # noqa: PLC0415
        from ..models.paginated_contact_item_contact_tasks_item import PaginatedContactItemContactTasksItem  # noqa: PLC0415
        from ..models.paginated_contact_item_contact_visits_item import PaginatedContactItemContactVisitsItem  # noqa: PLC0415
        from ..models.paginated_contact_item_coupons_item import PaginatedContactItemCouponsItem  # noqa: PLC0415
        from ..models.paginated_contact_item_email_messages_item import PaginatedContactItemEmailMessagesItem  # noqa: PLC0415
        from ..models.paginated_contact_item_mobile_messages_item import PaginatedContactItemMobileMessagesItem  # noqa: PLC0415
        from ..models.paginated_contact_item_properties_item import PaginatedContactItemPropertiesItem  # noqa: PLC0415
        from ..models.paginated_contact_tag import PaginatedContactTag  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("PaginatedContactItem is a JSON object")
        d = dict(src_dict)
        id = absent_if_null(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        email = absent_if_null(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        score = absent_if_null(d.pop("score", UNSET))

        _state = absent_if_null(d.pop("state", UNSET))
        state: PaginatedContactItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = PaginatedContactItemState(_state)

        opted_out = absent_if_null(d.pop("optedOut", UNSET))

        opted_out_phone = absent_if_null(d.pop("optedOutPhone", UNSET))

        deleted = absent_if_null(d.pop("deleted", UNSET))

        invalid = absent_if_null(d.pop("invalid", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_address(data: object) -> ContactAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = ContactAddress.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactAddress | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

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

        _contact_visits = absent_if_null(d.pop("contactVisits", UNSET))
        contact_visits: list[PaginatedContactItemContactVisitsItem] | Unset = UNSET
        if _contact_visits is not UNSET:
            contact_visits = []
            for contact_visits_item_data in _contact_visits:
                contact_visits_item = PaginatedContactItemContactVisitsItem.from_dict(contact_visits_item_data)

                contact_visits.append(contact_visits_item)

        _contact_tags = absent_if_null(d.pop("contactTags", UNSET))
        contact_tags: list[PaginatedContactTag] | Unset = UNSET
        if _contact_tags is not UNSET:
            contact_tags = []
            for contact_tags_item_data in _contact_tags:
                contact_tags_item = PaginatedContactTag.from_dict(contact_tags_item_data)

                contact_tags.append(contact_tags_item)

        _contact_events = absent_if_null(d.pop("contactEvents", UNSET))
        contact_events: list[PaginatedContactItemContactEventsItem] | Unset = UNSET
        if _contact_events is not UNSET:
            contact_events = []
            for contact_events_item_data in _contact_events:
                contact_events_item = PaginatedContactItemContactEventsItem.from_dict(contact_events_item_data)

                contact_events.append(contact_events_item)

        _email_messages = absent_if_null(d.pop("emailMessages", UNSET))
        email_messages: list[PaginatedContactItemEmailMessagesItem] | Unset = UNSET
        if _email_messages is not UNSET:
            email_messages = []
            for email_messages_item_data in _email_messages:
                email_messages_item = PaginatedContactItemEmailMessagesItem.from_dict(email_messages_item_data)

                email_messages.append(email_messages_item)

        _properties = absent_if_null(d.pop("properties", UNSET))
        properties: list[PaginatedContactItemPropertiesItem] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                properties_item = PaginatedContactItemPropertiesItem.from_dict(properties_item_data)

                properties.append(properties_item)

        _contact_funnels = absent_if_null(d.pop("contactFunnels", UNSET))
        contact_funnels: list[PaginatedContactItemContactFunnelsItem] | Unset = UNSET
        if _contact_funnels is not UNSET:
            contact_funnels = []
            for contact_funnels_item_data in _contact_funnels:
                contact_funnels_item = PaginatedContactItemContactFunnelsItem.from_dict(contact_funnels_item_data)

                contact_funnels.append(contact_funnels_item)

        _contact_notes = absent_if_null(d.pop("contactNotes", UNSET))
        contact_notes: list[PaginatedContactItemContactNotesItem] | Unset = UNSET
        if _contact_notes is not UNSET:
            contact_notes = []
            for contact_notes_item_data in _contact_notes:
                contact_notes_item = PaginatedContactItemContactNotesItem.from_dict(contact_notes_item_data)

                contact_notes.append(contact_notes_item)

        _contact_tasks = absent_if_null(d.pop("contactTasks", UNSET))
        contact_tasks: list[PaginatedContactItemContactTasksItem] | Unset = UNSET
        if _contact_tasks is not UNSET:
            contact_tasks = []
            for contact_tasks_item_data in _contact_tasks:
                contact_tasks_item = PaginatedContactItemContactTasksItem.from_dict(contact_tasks_item_data)

                contact_tasks.append(contact_tasks_item)

        _contact_ext_events = absent_if_null(d.pop("contactExtEvents", UNSET))
        contact_ext_events: list[PaginatedContactItemContactExtEventsItem] | Unset = UNSET
        if _contact_ext_events is not UNSET:
            contact_ext_events = []
            for contact_ext_events_item_data in _contact_ext_events:
                contact_ext_events_item = PaginatedContactItemContactExtEventsItem.from_dict(
                    contact_ext_events_item_data
                )

                contact_ext_events.append(contact_ext_events_item)

        _coupons = absent_if_null(d.pop("coupons", UNSET))
        coupons: list[PaginatedContactItemCouponsItem] | Unset = UNSET
        if _coupons is not UNSET:
            coupons = []
            for coupons_item_data in _coupons:
                coupons_item = PaginatedContactItemCouponsItem.from_dict(coupons_item_data)

                coupons.append(coupons_item)

        _mobile_messages = absent_if_null(d.pop("mobileMessages", UNSET))
        mobile_messages: list[PaginatedContactItemMobileMessagesItem] | Unset = UNSET
        if _mobile_messages is not UNSET:
            mobile_messages = []
            for mobile_messages_item_data in _mobile_messages:
                mobile_messages_item = PaginatedContactItemMobileMessagesItem.from_dict(mobile_messages_item_data)

                mobile_messages.append(mobile_messages_item)

        modified_on = absent_if_null(d.pop("modifiedOn", UNSET))

        created_on = absent_if_null(d.pop("createdOn", UNSET))

        paginated_contact_item = cls(
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
            modified_on=modified_on,
            created_on=created_on,
        )

        paginated_contact_item.additional_properties = d
        return paginated_contact_item

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
