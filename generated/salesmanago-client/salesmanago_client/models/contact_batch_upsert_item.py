from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.contact_consent_detail import ContactConsentDetail
    from ..models.contact_dictionary_property import ContactDictionaryProperty
    from ..models.contact_relation import ContactRelation
    from ..models.contact_standard_properties import ContactStandardProperties
    from ..models.contact_upsert_data import ContactUpsertData


T = TypeVar("T", bound="ContactBatchUpsertItem")


@_attrs_define
class ContactBatchUpsertItem:
    """
    Attributes:
        contact (ContactUpsertData): The contact object of contact/upsert and of each contact/batchupsertv2 element.
            email is required unless the contact is identified by contactId.
        new_email (None | str | Unset): New email address (an Email); ignored for new contacts.
        birthday (str | Unset): Date of birth as a string, yyyyMMdd or MMdd.
        province (str | Unset):
        force_opt_in (bool | Unset):
        force_opt_out (bool | Unset):
        force_phone_opt_in (bool | Unset):
        force_phone_opt_out (bool | Unset):
        tags (list[str] | Unset): Tag names; unsupported characters are replaced with an underscore and diacritics with
            their Latin equivalents.
        remove_tags (list[str] | Unset): Tag names; unsupported characters are replaced with an underscore and
            diacritics with their Latin equivalents.
        properties (ContactStandardProperties | Unset): Standard details as key-value pairs (both up to 255 characters).
        dictionary_properties (list[ContactDictionaryProperty] | Unset):
        consent_details (list[ContactConsentDetail] | Unset):
        relation (ContactRelation | Unset): Creates a relationship with an existing contact (requires the Contact
            relationship permission).
    """

    contact: ContactUpsertData
    new_email: None | str | Unset = UNSET
    birthday: str | Unset = UNSET
    province: str | Unset = UNSET
    force_opt_in: bool | Unset = UNSET
    force_opt_out: bool | Unset = UNSET
    force_phone_opt_in: bool | Unset = UNSET
    force_phone_opt_out: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    remove_tags: list[str] | Unset = UNSET
    properties: ContactStandardProperties | Unset = UNSET
    dictionary_properties: list[ContactDictionaryProperty] | Unset = UNSET
    consent_details: list[ContactConsentDetail] | Unset = UNSET
    relation: ContactRelation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        new_email: None | str | Unset
        if isinstance(self.new_email, Unset):
            new_email = UNSET
        else:
            new_email = self.new_email

        birthday = self.birthday

        province = self.province

        force_opt_in = self.force_opt_in

        force_opt_out = self.force_opt_out

        force_phone_opt_in = self.force_phone_opt_in

        force_phone_opt_out = self.force_phone_opt_out

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        remove_tags: list[str] | Unset = UNSET
        if not isinstance(self.remove_tags, Unset):
            remove_tags = self.remove_tags

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        dictionary_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dictionary_properties, Unset):
            dictionary_properties = []
            for dictionary_properties_item_data in self.dictionary_properties:
                dictionary_properties_item = dictionary_properties_item_data.to_dict()
                dictionary_properties.append(dictionary_properties_item)

        consent_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consent_details, Unset):
            consent_details = []
            for consent_details_item_data in self.consent_details:
                consent_details_item = consent_details_item_data.to_dict()
                consent_details.append(consent_details_item)

        relation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relation, Unset):
            relation = self.relation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
            }
        )
        if new_email is not UNSET:
            field_dict["newEmail"] = new_email
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if province is not UNSET:
            field_dict["province"] = province
        if force_opt_in is not UNSET:
            field_dict["forceOptIn"] = force_opt_in
        if force_opt_out is not UNSET:
            field_dict["forceOptOut"] = force_opt_out
        if force_phone_opt_in is not UNSET:
            field_dict["forcePhoneOptIn"] = force_phone_opt_in
        if force_phone_opt_out is not UNSET:
            field_dict["forcePhoneOptOut"] = force_phone_opt_out
        if tags is not UNSET:
            field_dict["tags"] = tags
        if remove_tags is not UNSET:
            field_dict["removeTags"] = remove_tags
        if properties is not UNSET:
            field_dict["properties"] = properties
        if dictionary_properties is not UNSET:
            field_dict["dictionaryProperties"] = dictionary_properties
        if consent_details is not UNSET:
            field_dict["consentDetails"] = consent_details
        if relation is not UNSET:
            field_dict["relation"] = relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_consent_detail import ContactConsentDetail  # noqa: PLC0415
        from ..models.contact_dictionary_property import ContactDictionaryProperty  # noqa: PLC0415
        from ..models.contact_relation import ContactRelation  # noqa: PLC0415
        from ..models.contact_standard_properties import ContactStandardProperties  # noqa: PLC0415
        from ..models.contact_upsert_data import ContactUpsertData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactBatchUpsertItem is a JSON object")
        d = dict(src_dict)
        contact = ContactUpsertData.from_dict(d.pop("contact"))

        def _parse_new_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_email = _parse_new_email(d.pop("newEmail", UNSET))

        birthday = absent_if_null(d.pop("birthday", UNSET))

        province = absent_if_null(d.pop("province", UNSET))

        force_opt_in = absent_if_null(d.pop("forceOptIn", UNSET))

        force_opt_out = absent_if_null(d.pop("forceOptOut", UNSET))

        force_phone_opt_in = absent_if_null(d.pop("forcePhoneOptIn", UNSET))

        force_phone_opt_out = absent_if_null(d.pop("forcePhoneOptOut", UNSET))

        tags = cast(list[str], checked_list(absent_if_null(d.pop("tags", UNSET)), str))

        remove_tags = cast(list[str], checked_list(absent_if_null(d.pop("removeTags", UNSET)), str))

        _properties = absent_if_null(d.pop("properties", UNSET))
        properties: ContactStandardProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ContactStandardProperties.from_dict(_properties)

        _dictionary_properties = absent_if_null(d.pop("dictionaryProperties", UNSET))
        dictionary_properties: list[ContactDictionaryProperty] | Unset = UNSET
        if _dictionary_properties is not UNSET:
            dictionary_properties = []
            for dictionary_properties_item_data in _dictionary_properties:
                dictionary_properties_item = ContactDictionaryProperty.from_dict(dictionary_properties_item_data)

                dictionary_properties.append(dictionary_properties_item)

        _consent_details = absent_if_null(d.pop("consentDetails", UNSET))
        consent_details: list[ContactConsentDetail] | Unset = UNSET
        if _consent_details is not UNSET:
            consent_details = []
            for consent_details_item_data in _consent_details:
                consent_details_item = ContactConsentDetail.from_dict(consent_details_item_data)

                consent_details.append(consent_details_item)

        _relation = absent_if_null(d.pop("relation", UNSET))
        relation: ContactRelation | Unset
        if isinstance(_relation, Unset):
            relation = UNSET
        else:
            relation = ContactRelation.from_dict(_relation)

        contact_batch_upsert_item = cls(
            contact=contact,
            new_email=new_email,
            birthday=birthday,
            province=province,
            force_opt_in=force_opt_in,
            force_opt_out=force_opt_out,
            force_phone_opt_in=force_phone_opt_in,
            force_phone_opt_out=force_phone_opt_out,
            tags=tags,
            remove_tags=remove_tags,
            properties=properties,
            dictionary_properties=dictionary_properties,
            consent_details=consent_details,
            relation=relation,
        )

        contact_batch_upsert_item.additional_properties = d
        return contact_batch_upsert_item

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
