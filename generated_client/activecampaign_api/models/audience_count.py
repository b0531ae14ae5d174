from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AudienceCount")


@_attrs_define
class AudienceCount:
    """A contact count and the run that produced it."""

    count: int | Unset = UNSET
    last_total_updated: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    run_id: str | Unset = UNSET
    run_id_start: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    run_id_end: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        last_total_updated: str | Unset | None
        if isinstance(self.last_total_updated, Unset):
            last_total_updated = UNSET
        elif isinstance(self.last_total_updated, datetime.datetime):
            last_total_updated = self.last_total_updated.isoformat()
        else:
            last_total_updated = self.last_total_updated

        run_id = self.run_id

        run_id_start: str | Unset | None
        if isinstance(self.run_id_start, Unset):
            run_id_start = UNSET
        elif isinstance(self.run_id_start, datetime.datetime):
            run_id_start = self.run_id_start.isoformat()
        else:
            run_id_start = self.run_id_start

        run_id_end: str | Unset | None
        if isinstance(self.run_id_end, Unset):
            run_id_end = UNSET
        elif isinstance(self.run_id_end, datetime.datetime):
            run_id_end = self.run_id_end.isoformat()
        else:
            run_id_end = self.run_id_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if last_total_updated is not UNSET:
            field_dict["last_total_updated"] = last_total_updated
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if run_id_start is not UNSET:
            field_dict["run_id_start"] = run_id_start
        if run_id_end is not UNSET:
            field_dict["run_id_end"] = run_id_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            audience_count = cls.__new__(cls)
            d = dict(src_dict)
            audience_count.count = d.pop("count", UNSET)

            def _parse_last_total_updated(data: object) -> datetime.datetime | str | Unset | None:
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

            last_total_updated = _parse_last_total_updated(d.pop("last_total_updated", UNSET))

            audience_count.last_total_updated = last_total_updated

            audience_count.run_id = d.pop("run_id", UNSET)

            def _parse_run_id_start(data: object) -> datetime.datetime | str | Unset | None:
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

            run_id_start = _parse_run_id_start(d.pop("run_id_start", UNSET))

            audience_count.run_id_start = run_id_start

            def _parse_run_id_end(data: object) -> datetime.datetime | str | Unset | None:
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

            run_id_end = _parse_run_id_end(d.pop("run_id_end", UNSET))

            audience_count.run_id_end = run_id_end

            audience_count.additional_properties = d
            return audience_count
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
