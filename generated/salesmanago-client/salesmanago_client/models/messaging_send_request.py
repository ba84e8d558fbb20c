from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.messaging_channel_integration import MessagingChannelIntegration
    from ..models.sms_recipient import SmsRecipient


T = TypeVar("T", bound="MessagingSendRequest")


@_attrs_define
class MessagingSendRequest:
    """Only one of templateName and textContent may be given.

    Attributes:
        name (str): message name, to identify it in SALESmanago
        contacts (list[SmsRecipient]):
        user (str): SALESmanago user account email.
        sender (str | Unset): sender name/ID
        template_name (str | Unset): template name (alternative to textContent)
        text_content (str | Unset): text of the message (alternative to templateName); the doc gives no length
        messaging_channel_integration (list[MessagingChannelIntegration] | Unset): integrated messaging channels to use
        shorten_links (bool | Unset): shorten links Default: False.
        time (int | Unset): sending time [ms]; from one day before now (= now) to one year from now; default now
        allow_diacritics (bool | Unset): allow diacritical characters Default: False.
    """

    name: str
    contacts: list[SmsRecipient]
    user: str
    sender: str | Unset = UNSET
    template_name: str | Unset = UNSET
    text_content: str | Unset = UNSET
    messaging_channel_integration: list[MessagingChannelIntegration] | Unset = UNSET
    shorten_links: bool | Unset = False
    time: int | Unset = UNSET
    allow_diacritics: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        user = self.user

        sender = self.sender

        template_name = self.template_name

        text_content = self.text_content

        messaging_channel_integration: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messaging_channel_integration, Unset):
            messaging_channel_integration = []
            for messaging_channel_integration_item_data in self.messaging_channel_integration:
                messaging_channel_integration_item = messaging_channel_integration_item_data.to_dict()
                messaging_channel_integration.append(messaging_channel_integration_item)

        shorten_links = self.shorten_links

        time = self.time

        allow_diacritics = self.allow_diacritics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "contacts": contacts,
                "user": user,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if text_content is not UNSET:
            field_dict["textContent"] = text_content
        if messaging_channel_integration is not UNSET:
            field_dict["messagingChannelIntegration"] = messaging_channel_integration
        if shorten_links is not UNSET:
            field_dict["shortenLinks"] = shorten_links
        if time is not UNSET:
            field_dict["time"] = time
        if allow_diacritics is not UNSET:
            field_dict["allowDiacritics"] = allow_diacritics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.messaging_channel_integration import MessagingChannelIntegration  # noqa: PLC0415
        from ..models.sms_recipient import SmsRecipient  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingSendRequest is a JSON object")
        d = dict(src_dict)
        name = d.pop("name")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = SmsRecipient.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        user = d.pop("user")

        sender = absent_if_null(d.pop("sender", UNSET))

        template_name = absent_if_null(d.pop("templateName", UNSET))

        text_content = absent_if_null(d.pop("textContent", UNSET))

        _messaging_channel_integration = absent_if_null(d.pop("messagingChannelIntegration", UNSET))
        messaging_channel_integration: list[MessagingChannelIntegration] | Unset = UNSET
        if _messaging_channel_integration is not UNSET:
            messaging_channel_integration = []
            for messaging_channel_integration_item_data in _messaging_channel_integration:
                messaging_channel_integration_item = MessagingChannelIntegration.from_dict(
                    messaging_channel_integration_item_data
                )

                messaging_channel_integration.append(messaging_channel_integration_item)

        shorten_links = absent_if_null(d.pop("shortenLinks", UNSET))

        time = absent_if_null(d.pop("time", UNSET))

        allow_diacritics = absent_if_null(d.pop("allowDiacritics", UNSET))

        messaging_send_request = cls(
            name=name,
            contacts=contacts,
            user=user,
            sender=sender,
            template_name=template_name,
            text_content=text_content,
            messaging_channel_integration=messaging_channel_integration,
            shorten_links=shorten_links,
            time=time,
            allow_diacritics=allow_diacritics,
        )

        messaging_send_request.additional_properties = d
        return messaging_send_request

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
