from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.message import Message
    from ..models.number import Number
    from ..models.user import User


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """A conversation with its contact, owner, number, latest message and `closed_at` (EVIDENCE.md:74).

    Attributes:
        id (int):
        contact (Contact | Unset): A contact (fields seen, EVIDENCE.md:91-93). Timestamps are strings (date-time, format
            not published).
        owner (None | Unset | User): The assigned user; null when unassigned.
        number (None | Number | Unset): The inbox number of the conversation.
        last_message (Message | None | Unset): The latest message. The key name is a guess (EVIDENCE.md:74 does not name
            it).
        closed_at (None | str | Unset): When the conversation was closed (date-time string); null while open.
    """

    id: int
    contact: Contact | Unset = UNSET
    owner: None | Unset | User = UNSET
    number: None | Number | Unset = UNSET
    last_message: Message | None | Unset = UNSET
    closed_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message import Message  # noqa: PLC0415
        from ..models.number import Number  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        id = self.id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, User):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        number: dict[str, Any] | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        elif isinstance(self.number, Number):
            number = self.number.to_dict()
        else:
            number = self.number

        last_message: dict[str, Any] | None | Unset
        if isinstance(self.last_message, Unset):
            last_message = UNSET
        elif isinstance(self.last_message, Message):
            last_message = self.last_message.to_dict()
        else:
            last_message = self.last_message

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        else:
            closed_at = self.closed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if owner is not UNSET:
            field_dict["owner"] = owner
        if number is not UNSET:
            field_dict["number"] = number
        if last_message is not UNSET:
            field_dict["last_message"] = last_message
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415
        from ..models.number import Number  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("Conversation is a JSON object")
        d = dict(src_dict)
        id = d.pop("id")

        _contact = absent_if_null(d.pop("contact", UNSET))
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        def _parse_owner(data: object) -> None | Unset | User:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = User.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | User, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_number(data: object) -> None | Number | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                number_type_0 = Number.from_dict(data)

                return number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Number | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_last_message(data: object) -> Message | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_message_type_0 = Message.from_dict(data)

                return last_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Message | None | Unset, data)

        last_message = _parse_last_message(d.pop("last_message", UNSET))

        def _parse_closed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        conversation = cls(
            id=id,
            contact=contact,
            owner=owner,
            number=number,
            last_message=last_message,
            closed_at=closed_at,
        )

        conversation.additional_properties = d
        return conversation

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
