from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, absent_if_null

if TYPE_CHECKING:
    from ..models.contact_task_input import ContactTaskInput


T = TypeVar("T", bound="ContactUpdateTaskRequest")


@_attrs_define
class ContactUpdateTaskRequest:
    """
    Attributes:
        sm_contact_task_req (ContactTaskInput): Task data. contactEmail, date and reminder are required when adding a
            task; id identifies an existing task.
        finished (bool | Unset): true deletes the task given by smContactTaskReq.id; false when adding or updating
    """

    sm_contact_task_req: ContactTaskInput
    finished: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sm_contact_task_req = self.sm_contact_task_req.to_dict()

        finished = self.finished

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smContactTaskReq": sm_contact_task_req,
            }
        )
        if finished is not UNSET:
            field_dict["finished"] = finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_task_input import ContactTaskInput  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):  # this project: a list or a string is not this object
            raise TypeError("ContactUpdateTaskRequest is a JSON object")
        d = dict(src_dict)
        sm_contact_task_req = ContactTaskInput.from_dict(d.pop("smContactTaskReq"))

        finished = absent_if_null(d.pop("finished", UNSET))

        contact_update_task_request = cls(
            sm_contact_task_req=sm_contact_task_req,
            finished=finished,
        )

        contact_update_task_request.additional_properties = d
        return contact_update_task_request

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
