from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null, checked_list

if TYPE_CHECKING:
    from ..models.contact_consent_detail import ContactConsentDetail
    from ..models.contact_dictionary_property import ContactDictionaryProperty
    from ..models.contact_standard_properties import ContactStandardProperties
    from ..models.contact_upsert_data import ContactUpsertData


T = TypeVar("T", bound="IntegrationUpsertRequestContactUpsertRequest")


@_attrs_define
class IntegrationUpsertRequestContactUpsertRequest:
    """
    Attributes:
        contact (ContactUpsertData): The contact object of contact/upsert and of each contact/batchupsertv2 element.
            email is required unless the contact is identified by contactId.
        owner (str | Unset): SALESmanago user account email.
        birthday (str | Unset): Date of birth as a string, yyyyMMdd or MMdd.
        province (str | Unset): Administrative division within a country, e.g. California.
        force_opt_in (bool | Unset): Consent to Email Marketing.
        force_opt_out (bool | Unset): Withdrawal of consent to Email Marketing.
        use_api_double_opt_in (bool | Unset): Confirm the opt-in with double opt-in (only for contacts changing to opt-
            in); overrides forceOptIn.
        double_opt_in_language (str | Unset): Language of the double opt-in email.
        double_opt_in_email_id (str | Unset): Optional ID of the email used for double opt-in.
        force_phone_opt_in (bool | Unset): Consent to Mobile Marketing.
        force_phone_opt_out (bool | Unset): Withdrawal of consent to Mobile Marketing.
        consent_details (list[ContactConsentDetail] | Unset):
        tags (list[str] | Unset): Tag names; unsupported characters are replaced with an underscore and diacritics with
            their Latin equivalents.
        remove_tags (list[str] | Unset): Tag names; unsupported characters are replaced with an underscore and
            diacritics with their Latin equivalents.
        properties (ContactStandardProperties | Unset): Standard details as key-value pairs (both up to 255 characters).
        dictionary_properties (list[ContactDictionaryProperty] | Unset):
        new_email (str | Unset): Contact email; up to 64 characters before the @, 254 in total (002:35-37).
        async_ (bool | Unset): Process asynchronously (default, recommended); synchronous requests may take over 1000
            ms. Default: True.
        client_id (str | Unset): The API client id (the SDK repeats it in each part)
    """

    contact: ContactUpsertData
    owner: str | Unset = UNSET
    birthday: str | Unset = UNSET
    province: str | Unset = UNSET
    force_opt_in: bool | Unset = UNSET
    force_opt_out: bool | Unset = UNSET
    use_api_double_opt_in: bool | Unset = UNSET
    double_opt_in_language: str | Unset = UNSET
    double_opt_in_email_id: str | Unset = UNSET
    force_phone_opt_in: bool | Unset = UNSET
    force_phone_opt_out: bool | Unset = UNSET
    consent_details: list[ContactConsentDetail] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    remove_tags: list[str] | Unset = UNSET
    properties: ContactStandardProperties | Unset = UNSET
    dictionary_properties: list[ContactDictionaryProperty] | Unset = UNSET
    new_email: str | Unset = UNSET
    async_: bool | Unset = True
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        owner = self.owner

        birthday = self.birthday

        province = self.province

        force_opt_in = self.force_opt_in

        force_opt_out = self.force_opt_out

        use_api_double_opt_in = self.use_api_double_opt_in

        double_opt_in_language = self.double_opt_in_language

        double_opt_in_email_id = self.double_opt_in_email_id

        force_phone_opt_in = self.force_phone_opt_in

        force_phone_opt_out = self.force_phone_opt_out

        consent_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consent_details, Unset):
            consent_details = []
            for consent_details_item_data in self.consent_details:
                consent_details_item = consent_details_item_data.to_dict()
                consent_details.append(consent_details_item)

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

        new_email = self.new_email

        async_ = self.async_

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if province is not UNSET:
            field_dict["province"] = province
        if force_opt_in is not UNSET:
            field_dict["forceOptIn"] = force_opt_in
        if force_opt_out is not UNSET:
            field_dict["forceOptOut"] = force_opt_out
        if use_api_double_opt_in is not UNSET:
            field_dict["useApiDoubleOptIn"] = use_api_double_opt_in
        if double_opt_in_language is not UNSET:
            field_dict["doubleOptInLanguage"] = double_opt_in_language
        if double_opt_in_email_id is not UNSET:
            field_dict["doubleOptInEmailId"] = double_opt_in_email_id
        if force_phone_opt_in is not UNSET:
            field_dict["forcePhoneOptIn"] = force_phone_opt_in
        if force_phone_opt_out is not UNSET:
            field_dict["forcePhoneOptOut"] = force_phone_opt_out
        if consent_details is not UNSET:
            field_dict["consentDetails"] = consent_details
        if tags is not UNSET:
            field_dict["tags"] = tags
        if remove_tags is not UNSET:
            field_dict["removeTags"] = remove_tags
        if properties is not UNSET:
            field_dict["properties"] = properties
        if dictionary_properties is not UNSET:
            field_dict["dictionaryProperties"] = dictionary_properties
        if new_email is not UNSET:
            field_dict["newEmail"] = new_email
        if async_ is not UNSET:
            field_dict["async"] = async_
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_consent_detail import ContactConsentDetail  # noqa: PLC0415
        from ..models.contact_dictionary_property import ContactDictionaryProperty  # noqa: PLC0415
        from ..models.contact_standard_properties import ContactStandardProperties  # noqa: PLC0415
        from ..models.contact_upsert_data import ContactUpsertData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("IntegrationUpsertRequestContactUpsertRequest is a JSON object")
        d = dict(src_dict)
        contact = ContactUpsertData.from_dict(d.pop("contact"))

        owner = absent_if_null(d.pop("owner", UNSET))

        birthday = absent_if_null(d.pop("birthday", UNSET))

        province = absent_if_null(d.pop("province", UNSET))

        force_opt_in = absent_if_null(d.pop("forceOptIn", UNSET))

        force_opt_out = absent_if_null(d.pop("forceOptOut", UNSET))

        use_api_double_opt_in = absent_if_null(d.pop("useApiDoubleOptIn", UNSET))

        double_opt_in_language = absent_if_null(d.pop("doubleOptInLanguage", UNSET))

        double_opt_in_email_id = absent_if_null(d.pop("doubleOptInEmailId", UNSET))

        force_phone_opt_in = absent_if_null(d.pop("forcePhoneOptIn", UNSET))

        force_phone_opt_out = absent_if_null(d.pop("forcePhoneOptOut", UNSET))

        _consent_details = absent_if_null(d.pop("consentDetails", UNSET))
        consent_details: list[ContactConsentDetail] | Unset = UNSET
        if _consent_details is not UNSET:
            consent_details = []
            for consent_details_item_data in _consent_details:
                consent_details_item = ContactConsentDetail.from_dict(consent_details_item_data)

                consent_details.append(consent_details_item)

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

        new_email = absent_if_null(d.pop("newEmail", UNSET))

        async_ = absent_if_null(d.pop("async", UNSET))

        client_id = absent_if_null(d.pop("clientId", UNSET))

        integration_upsert_request_contact_upsert_request = cls(
            contact=contact,
            owner=owner,
            birthday=birthday,
            province=province,
            force_opt_in=force_opt_in,
            force_opt_out=force_opt_out,
            use_api_double_opt_in=use_api_double_opt_in,
            double_opt_in_language=double_opt_in_language,
            double_opt_in_email_id=double_opt_in_email_id,
            force_phone_opt_in=force_phone_opt_in,
            force_phone_opt_out=force_phone_opt_out,
            consent_details=consent_details,
            tags=tags,
            remove_tags=remove_tags,
            properties=properties,
            dictionary_properties=dictionary_properties,
            new_email=new_email,
            async_=async_,
            client_id=client_id,
        )

        integration_upsert_request_contact_upsert_request.additional_properties = d
        return integration_upsert_request_contact_upsert_request

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
