from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messaging_transactional_send_request_provider import MessagingTransactionalSendRequestProvider
from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.transactional_sms_recipient import TransactionalSmsRecipient


T = TypeVar("T", bound="MessagingTransactionalSendRequest")


@_attrs_define
class MessagingTransactionalSendRequest:
    """
    Attributes:
        user (str): SALESmanago user account email.
        provider (MessagingTransactionalSendRequestProvider): SMS gateway provider, integrated in Channels > Mobile
            Marketing > Integrations; NATIVE for SALESmanago SMS
        integration_name (str): name of the integration (Channels > Mobile Marketing > Integrations); "SALESmanago
            provider" for NATIVE
        template_external_id (str): UUID of the transactional message template
        sender (str): alphanumeric sender ID predefined in the integration settings (the doc's length column says Enum)
        contact (TransactionalSmsRecipient): The single recipient of messaging/transactional/send.
        allow_diacritical (bool | Unset): allow diacritical characters (the doc's descriptions of allowDiacritical and
            shortenLinks are swapped) Default: False.
        shorten_links (bool | Unset): shorten links Default: False.
    """

    user: str
    provider: MessagingTransactionalSendRequestProvider
    integration_name: str
    template_external_id: str
    sender: str
    contact: TransactionalSmsRecipient
    allow_diacritical: bool | Unset = False
    shorten_links: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        provider = self.provider.value

        integration_name = self.integration_name

        template_external_id = self.template_external_id

        sender = self.sender

        contact = self.contact.to_dict()

        allow_diacritical = self.allow_diacritical

        shorten_links = self.shorten_links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "provider": provider,
                "integrationName": integration_name,
                "templateExternalId": template_external_id,
                "sender": sender,
                "contact": contact,
            }
        )
        if allow_diacritical is not UNSET:
            field_dict["allowDiacritical"] = allow_diacritical
        if shorten_links is not UNSET:
            field_dict["shortenLinks"] = shorten_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transactional_sms_recipient import TransactionalSmsRecipient  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("MessagingTransactionalSendRequest is a JSON object")
        d = dict(src_dict)
        user = d.pop("user")

        provider = MessagingTransactionalSendRequestProvider(d.pop("provider"))

        integration_name = d.pop("integrationName")

        template_external_id = d.pop("templateExternalId")

        sender = d.pop("sender")

        contact = TransactionalSmsRecipient.from_dict(d.pop("contact"))

        allow_diacritical = absent_if_null(d.pop("allowDiacritical", UNSET))

        shorten_links = absent_if_null(d.pop("shortenLinks", UNSET))

        messaging_transactional_send_request = cls(
            user=user,
            provider=provider,
            integration_name=integration_name,
            template_external_id=template_external_id,
            sender=sender,
            contact=contact,
            allow_diacritical=allow_diacritical,
            shorten_links=shorten_links,
        )

        messaging_transactional_send_request.additional_properties = d
        return messaging_transactional_send_request

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
