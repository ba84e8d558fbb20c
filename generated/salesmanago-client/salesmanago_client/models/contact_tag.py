from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

T = TypeVar("T", bound="ContactTag")


@_attrs_define
class ContactTag:
    """
    Attributes:
        tag (str | Unset):
        tag_name (str | Unset):
        score (int | Unset):
        created_on (int | Unset):
        tag_with_score (str | Unset): Tag name with score, e.g. "SWEATERS (3)".
    """

    tag: str | Unset = UNSET
    tag_name: str | Unset = UNSET
    score: int | Unset = UNSET
    created_on: int | Unset = UNSET
    tag_with_score: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        tag_name = self.tag_name

        score = self.score

        created_on = self.created_on

        tag_with_score = self.tag_with_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag is not UNSET:
            field_dict["tag"] = tag
        if tag_name is not UNSET:
            field_dict["tagName"] = tag_name
        if score is not UNSET:
            field_dict["score"] = score
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if tag_with_score is not UNSET:
            field_dict["tagWithScore"] = tag_with_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactTag is a JSON object")
        d = dict(src_dict)
        tag = absent_if_null(d.pop("tag", UNSET))

        tag_name = absent_if_null(d.pop("tagName", UNSET))

        score = absent_if_null(d.pop("score", UNSET))

        created_on = absent_if_null(d.pop("createdOn", UNSET))

        tag_with_score = absent_if_null(d.pop("tagWithScore", UNSET))

        contact_tag = cls(
            tag=tag,
            tag_name=tag_name,
            score=score,
            created_on=created_on,
            tag_with_score=tag_with_score,
        )

        contact_tag.additional_properties = d
        return contact_tag

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
