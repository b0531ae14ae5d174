from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealTask")


@_attrs_define
class DealTask:
    """A task as the API returns it."""

    id: str
    title: str | Unset | None = UNSET
    note: str | Unset | None = UNSET
    """ The task's text. """
    status: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    duedate: str | Unset | None = UNSET
    """ When the task is due, as an ISO 8601 timestamp. """
    edate: str | Unset | None = UNSET
    """ When the task ends (due date plus its duration). """
    duration: str | Unset | None = UNSET
    donedate: str | Unset | None = UNSET
    """ When the task was completed; null while open. """
    relid: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    reltype: str | Unset = UNSET
    """ Kind of owner, `Deal` or `Subscriber` (a contact). """
    owner_type: str | Unset = UNSET
    """ Kind of owner, `deal` or `contact` (echoed by updates). """
    deal_tasktype: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    user: str | Unset | None = UNSET
    """ Id of the user who created the task. """
    assignee: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    automation: str | Unset | None = UNSET
    """ Id of the automation started when the task was created. """
    done_automation: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    outcome_id: int | Unset | None = UNSET
    """ Id of the outcome the task was completed with, sent as a number; null while open. """
    outcome_info: str | Unset | None = UNSET
    """ Free-text detail about the outcome. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    owner: DealTaskOwner | Unset = UNSET
    """ The deal or contact the task belongs to. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        note: str | Unset | None
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        duration: str | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        donedate: str | Unset | None
        if isinstance(self.donedate, Unset):
            donedate = UNSET
        else:
            donedate = self.donedate

        relid: int | str | Unset
        if isinstance(self.relid, Unset):
            relid = UNSET
        else:
            relid = self.relid

        reltype = self.reltype

        owner_type = self.owner_type

        deal_tasktype: int | str | Unset | None
        if isinstance(self.deal_tasktype, Unset):
            deal_tasktype = UNSET
        else:
            deal_tasktype = self.deal_tasktype

        user: str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        assignee: int | str | Unset | None
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        automation: str | Unset | None
        if isinstance(self.automation, Unset):
            automation = UNSET
        else:
            automation = self.automation

        done_automation: int | str | Unset | None
        if isinstance(self.done_automation, Unset):
            done_automation = UNSET
        else:
            done_automation = self.done_automation

        outcome_id: int | Unset | None
        if isinstance(self.outcome_id, Unset):
            outcome_id = UNSET
        else:
            outcome_id = self.outcome_id

        outcome_info: str | Unset | None
        if isinstance(self.outcome_info, Unset):
            outcome_info = UNSET
        else:
            outcome_info = self.outcome_info

        cdate: str | Unset | None
        if isinstance(self.cdate, Unset):
            cdate = UNSET
        elif isinstance(self.cdate, datetime.datetime):
            cdate = self.cdate.isoformat()
        else:
            cdate = self.cdate

        udate: str | Unset | None
        if isinstance(self.udate, Unset):
            udate = UNSET
        elif isinstance(self.udate, datetime.datetime):
            udate = self.udate.isoformat()
        else:
            udate = self.udate

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if note is not UNSET:
            field_dict["note"] = note
        if status is not UNSET:
            field_dict["status"] = status
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if edate is not UNSET:
            field_dict["edate"] = edate
        if duration is not UNSET:
            field_dict["duration"] = duration
        if donedate is not UNSET:
            field_dict["donedate"] = donedate
        if relid is not UNSET:
            field_dict["relid"] = relid
        if reltype is not UNSET:
            field_dict["reltype"] = reltype
        if owner_type is not UNSET:
            field_dict["ownerType"] = owner_type
        if deal_tasktype is not UNSET:
            field_dict["dealTasktype"] = deal_tasktype
        if user is not UNSET:
            field_dict["user"] = user
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if automation is not UNSET:
            field_dict["automation"] = automation
        if done_automation is not UNSET:
            field_dict["doneAutomation"] = done_automation
        if outcome_id is not UNSET:
            field_dict["outcomeId"] = outcome_id
        if outcome_info is not UNSET:
            field_dict["outcomeInfo"] = outcome_info
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if owner is not UNSET:
            field_dict["owner"] = owner
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_task = cls.__new__(cls)
            d = dict(src_dict)
            deal_task.id = d.pop("id")

            deal_task.title = d.pop("title", UNSET)

            deal_task.note = d.pop("note", UNSET)

            deal_task.status = d.pop("status", UNSET)

            deal_task.duedate = d.pop("duedate", UNSET)

            deal_task.edate = d.pop("edate", UNSET)

            deal_task.duration = d.pop("duration", UNSET)

            deal_task.donedate = d.pop("donedate", UNSET)

            deal_task.relid = d.pop("relid", UNSET)

            deal_task.reltype = d.pop("reltype", UNSET)

            deal_task.owner_type = d.pop("ownerType", UNSET)

            deal_task.deal_tasktype = d.pop("dealTasktype", UNSET)

            deal_task.user = d.pop("user", UNSET)

            deal_task.assignee = d.pop("assignee", UNSET)

            deal_task.automation = d.pop("automation", UNSET)

            deal_task.done_automation = d.pop("doneAutomation", UNSET)

            deal_task.outcome_id = d.pop("outcomeId", UNSET)

            deal_task.outcome_info = d.pop("outcomeInfo", UNSET)

            def _parse_cdate(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            cdate = _parse_cdate(d.pop("cdate", UNSET))

            deal_task.cdate = cdate

            def _parse_udate(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            udate = _parse_udate(d.pop("udate", UNSET))

            deal_task.udate = udate

            _owner = d.pop("owner", UNSET)
            owner: DealTaskOwner | Unset
            if isinstance(_owner, Unset):
                owner = UNSET
            else:
                owner = DealTaskOwner.from_dict(_owner)

            deal_task.owner = owner

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            deal_task.links = links

            deal_task.additional_properties = d
            return deal_task
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


from ..models.deal_task_owner import DealTaskOwner  # noqa: E402
from ..models.links import Links  # noqa: E402
