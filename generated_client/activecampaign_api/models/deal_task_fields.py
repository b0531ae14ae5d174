from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.deal_task_fields_owner_type import DealTaskFieldsOwnerType, check_deal_task_fields_owner_type
from ..models.deal_task_status_input_type_0 import DealTaskStatusInputType0, check_deal_task_status_input_type_0
from ..models.deal_task_status_input_type_1 import DealTaskStatusInputType1, check_deal_task_status_input_type_1
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealTaskFields")


@_attrs_define
class DealTaskFields:
    """The writable attributes of a task."""

    title: str | Unset | None = UNSET
    owner_type: DealTaskFieldsOwnerType | Unset = UNSET
    """ Kind of record `relid` names. """
    relid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    status: DealTaskStatusInputType0 | DealTaskStatusInputType1 | Unset = UNSET
    """ 0 incomplete, 1 complete; a number or a string of digits. """
    note: str | Unset = UNSET
    """ The task's text. """
    duedate: str | Unset | None = UNSET
    """ When the task is due, an ISO 8601 date or timestamp. """
    edate: str | Unset | None = UNSET
    """ When the task ends, an ISO 8601 timestamp. """
    deal_tasktype: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    assignee: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    outcome_id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    outcome_info: str | Unset = UNSET
    """ Free-text detail about the outcome. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type

        relid: int | str | Unset
        if isinstance(self.relid, Unset):
            relid = UNSET
        else:
            relid = self.relid

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        note = self.note

        duedate: str | Unset | None
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        else:
            duedate = self.duedate

        edate: str | Unset | None
        if isinstance(self.edate, Unset):
            edate = UNSET
        else:
            edate = self.edate

        deal_tasktype: int | str | Unset
        if isinstance(self.deal_tasktype, Unset):
            deal_tasktype = UNSET
        else:
            deal_tasktype = self.deal_tasktype

        assignee: int | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        outcome_id: int | str | Unset
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id

        outcome_info = self.outcome_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if owner_type is not UNSET:
            field_dict["ownerType"] = owner_type
        if relid is not UNSET:
            field_dict["relid"] = relid
        if status is not UNSET:
            field_dict["status"] = status
        if note is not UNSET:
            field_dict["note"] = note
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if edate is not UNSET:
            field_dict["edate"] = edate
        if deal_tasktype is not UNSET:
            field_dict["dealTasktype"] = deal_tasktype
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if outcome_id is not UNSET:
            field_dict["outcomeId"] = outcome_id
        if outcome_info is not UNSET:
            field_dict["outcomeInfo"] = outcome_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_task_fields = cls.__new__(cls)
            d = dict(src_dict)
            deal_task_fields.title = d.pop("title", UNSET)

            _owner_type = d.pop("ownerType", UNSET)
            owner_type: DealTaskFieldsOwnerType | Unset
            if isinstance(_owner_type, Unset):
                owner_type = UNSET
            else:
                owner_type = check_deal_task_fields_owner_type(_owner_type)

            deal_task_fields.owner_type = owner_type

            deal_task_fields.relid = d.pop("relid", UNSET)

            def _parse_status(data: object) -> DealTaskStatusInputType0 | DealTaskStatusInputType1 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_deal_task_status_input_type_0 = check_deal_task_status_input_type_0(data)

                    return componentsschemas_deal_task_status_input_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_deal_task_status_input_type_1 = check_deal_task_status_input_type_1(data)

                return componentsschemas_deal_task_status_input_type_1

            status = _parse_status(d.pop("status", UNSET))

            deal_task_fields.status = status

            deal_task_fields.note = d.pop("note", UNSET)

            deal_task_fields.duedate = d.pop("duedate", UNSET)

            deal_task_fields.edate = d.pop("edate", UNSET)

            deal_task_fields.deal_tasktype = d.pop("dealTasktype", UNSET)

            deal_task_fields.assignee = d.pop("assignee", UNSET)

            deal_task_fields.outcome_id = d.pop("outcomeId", UNSET)

            deal_task_fields.outcome_info = d.pop("outcomeInfo", UNSET)

            deal_task_fields.additional_properties = d
            return deal_task_fields
        except _ParseError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise _ParseError(cls.__name__, exc) from exc

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

    def __repr__(self) -> str:
        return _model_repr(self)
