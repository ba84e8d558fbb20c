from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.quick_send import QuickSend


T = TypeVar("T", bound="QuickSendList")


@_attrs_define
class QuickSendList:
    """Body of `GET /quicksends`.

    Attributes:
        quick_sends (list[QuickSend] | Unset):
        code (int | Unset): In-band status, if present (see `ApiError`).
        message (None | str | Unset): In-band error message, if present (see `ApiError`).
    """

    quick_sends: list[QuickSend] | Unset = UNSET
    code: int | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quick_sends: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quick_sends, Unset):
            quick_sends = []
            for quick_sends_item_data in self.quick_sends:
                quick_sends_item = quick_sends_item_data.to_dict()
                quick_sends.append(quick_sends_item)

        code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quick_sends is not UNSET:
            field_dict["QuickSends"] = quick_sends
        if code is not UNSET:
            field_dict["Code"] = code
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quick_send import QuickSend  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("QuickSendList is a JSON object")
        d = dict(src_dict)
        _quick_sends = absent_if_null(d.pop("QuickSends", UNSET))
        quick_sends: list[QuickSend] | Unset = UNSET
        if _quick_sends is not UNSET:
            quick_sends = []
            for quick_sends_item_data in _quick_sends:
                quick_sends_item = QuickSend.from_dict(quick_sends_item_data)

                quick_sends.append(quick_sends_item)

        code = absent_if_null(d.pop("Code", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        quick_send_list = cls(
            quick_sends=quick_sends,
            code=code,
            message=message,
        )

        quick_send_list.additional_properties = d
        return quick_send_list

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
