from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.funnel_stage_definition import FunnelStageDefinition


T = TypeVar("T", bound="FunnelAddRequest")


@_attrs_define
class FunnelAddRequest:
    """
    Attributes:
        funnel (str): name of the funnel
        stages (list[FunnelStageDefinition]): list of funnel stages
        owner (str | Unset): SALESmanago user account email.
        group (str | Unset): funnel group
        pot_value (float | Unset): default value of contacts
    """

    funnel: str
    stages: list[FunnelStageDefinition]
    owner: str | Unset = UNSET
    group: str | Unset = UNSET
    pot_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funnel = self.funnel

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)

        owner = self.owner

        group = self.group

        pot_value = self.pot_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "funnel": funnel,
                "stages": stages,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if group is not UNSET:
            field_dict["group"] = group
        if pot_value is not UNSET:
            field_dict["potValue"] = pot_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funnel_stage_definition import FunnelStageDefinition  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("FunnelAddRequest is a JSON object")
        d = dict(src_dict)
        funnel = d.pop("funnel")

        stages = []
        _stages = d.pop("stages")
        for stages_item_data in _stages:
            stages_item = FunnelStageDefinition.from_dict(stages_item_data)

            stages.append(stages_item)

        owner = absent_if_null(d.pop("owner", UNSET))

        group = absent_if_null(d.pop("group", UNSET))

        pot_value = absent_if_null(d.pop("potValue", UNSET))

        funnel_add_request = cls(
            funnel=funnel,
            stages=stages,
            owner=owner,
            group=group,
            pot_value=pot_value,
        )

        funnel_add_request.additional_properties = d
        return funnel_add_request

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
