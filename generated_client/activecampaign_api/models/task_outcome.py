from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TaskOutcome")


@_attrs_define
class TaskOutcome:
    """A task outcome as the API returns it."""

    id: str
    title: str | Unset = UNSET
    sentiment: str | Unset = UNSET
    """ `POSITIVE`, `NEUTRAL` or `NEGATIVE`. """
    disabled: str | Unset = UNSET
    """ 1 disabled, 0 active, as a string of digits; empty right after creation. """
    created_by: str | Unset | None = UNSET
    """ Id of the user who created the outcome. """
    updated_by: str | Unset | None = UNSET
    """ Id of the user who last updated the outcome. """
    created_utc_timestamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_utc_timestamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    deal_tasktype_ids: list[str] | Unset = UNSET
    """ Ids of the task types offering this outcome. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        sentiment = self.sentiment

        disabled = self.disabled

        created_by: str | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

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
        elif isinstance(self.updated_utc_timestamp, datetime.datetime):
            updated_utc_timestamp = self.updated_utc_timestamp.isoformat()
        else:
            updated_utc_timestamp = self.updated_utc_timestamp

        deal_tasktype_ids: list[str] | Unset = UNSET
        if not isinstance(self.deal_tasktype_ids, Unset):
            deal_tasktype_ids = self.deal_tasktype_ids

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
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if created_utc_timestamp is not UNSET:
            field_dict["created_utc_timestamp"] = created_utc_timestamp
        if updated_utc_timestamp is not UNSET:
            field_dict["updated_utc_timestamp"] = updated_utc_timestamp
        if deal_tasktype_ids is not UNSET:
            field_dict["dealTasktype_ids"] = deal_tasktype_ids
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            task_outcome = cls.__new__(cls)
            d = dict(src_dict)
            task_outcome.id = d.pop("id")

            task_outcome.title = d.pop("title", UNSET)

            task_outcome.sentiment = d.pop("sentiment", UNSET)

            task_outcome.disabled = d.pop("disabled", UNSET)

            task_outcome.created_by = d.pop("created_by", UNSET)

            task_outcome.updated_by = d.pop("updated_by", UNSET)

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

            task_outcome.created_utc_timestamp = created_utc_timestamp

            def _parse_updated_utc_timestamp(data: object) -> datetime.datetime | str | Unset | None:
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

            updated_utc_timestamp = _parse_updated_utc_timestamp(d.pop("updated_utc_timestamp", UNSET))

            task_outcome.updated_utc_timestamp = updated_utc_timestamp

            task_outcome.deal_tasktype_ids = d.pop("dealTasktype_ids", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            task_outcome.links = links

            task_outcome.additional_properties = d
            return task_outcome
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
