from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TaskTypeOutcomeRelation")


@_attrs_define
class TaskTypeOutcomeRelation:
    """The offer of one outcome by one task type."""

    id: str
    tasktype_id: str | Unset = UNSET
    tasktype: str | Unset = UNSET
    """ Id of the task type. """
    outcome_id: str | Unset = UNSET
    outcome: str | Unset = UNSET
    """ Id of the outcome. """
    display_order: str | Unset = UNSET
    """ Position of the outcome in the task type's list, as a string of digits. """
    created_by: str | Unset | None = UNSET
    createdBy: str | Unset | None = UNSET
    updated_by: str | Unset | None = UNSET
    created_utc_timestamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_utc_timestamp: str | Unset | None = UNSET
    """ Update time in UTC as `YYYY-MM-DD hh:mm:ss`. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tasktype_id = self.tasktype_id

        tasktype = self.tasktype

        outcome_id = self.outcome_id

        outcome = self.outcome

        display_order = self.display_order

        created_by: str | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        createdBy: str | Unset | None
        if isinstance(self.createdBy, Unset):
            createdBy = UNSET
        else:
            createdBy = self.createdBy

        updated_by: str | Unset | None
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        created_utc_timestamp: str | Unset | None
        if isinstance(self.created_utc_timestamp, Unset):
            created_utc_timestamp = UNSET
        elif isinstance(self.created_utc_timestamp, datetime.datetime):
            created_utc_timestamp = self.created_utc_timestamp.isoformat()
        else:
            created_utc_timestamp = self.created_utc_timestamp

        updated_utc_timestamp: str | Unset | None
        if isinstance(self.updated_utc_timestamp, Unset):
            updated_utc_timestamp = UNSET
        else:
            updated_utc_timestamp = self.updated_utc_timestamp

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
        if tasktype_id is not UNSET:
            field_dict["tasktype_id"] = tasktype_id
        if tasktype is not UNSET:
            field_dict["tasktype"] = tasktype
        if outcome_id is not UNSET:
            field_dict["outcome_id"] = outcome_id
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if createdBy is not UNSET:
            field_dict["createdBy"] = createdBy
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if created_utc_timestamp is not UNSET:
            field_dict["created_utc_timestamp"] = created_utc_timestamp
        if updated_utc_timestamp is not UNSET:
            field_dict["updated_utc_timestamp"] = updated_utc_timestamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            task_type_outcome_relation = cls.__new__(cls)
            d = dict(src_dict)
            task_type_outcome_relation.id = d.pop("id")

            task_type_outcome_relation.tasktype_id = d.pop("tasktype_id", UNSET)

            task_type_outcome_relation.tasktype = d.pop("tasktype", UNSET)

            task_type_outcome_relation.outcome_id = d.pop("outcome_id", UNSET)

            task_type_outcome_relation.outcome = d.pop("outcome", UNSET)

            task_type_outcome_relation.display_order = d.pop("display_order", UNSET)

            task_type_outcome_relation.created_by = d.pop("created_by", UNSET)

            task_type_outcome_relation.createdBy = d.pop("createdBy", UNSET)

            task_type_outcome_relation.updated_by = d.pop("updated_by", UNSET)

            def _parse_created_utc_timestamp(data: object) -> datetime.datetime | str | Unset | None:
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

            created_utc_timestamp = _parse_created_utc_timestamp(d.pop("created_utc_timestamp", UNSET))

            task_type_outcome_relation.created_utc_timestamp = created_utc_timestamp

            task_type_outcome_relation.updated_utc_timestamp = d.pop("updated_utc_timestamp", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            task_type_outcome_relation.links = links

            task_type_outcome_relation.additional_properties = d
            return task_type_outcome_relation
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


from ..models.links import Links  # noqa: E402
