from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SegmentCount")


@_attrs_define
class SegmentCount:
    """One recorded contact count of a segment."""

    timestamp: datetime.datetime | str | None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    segment_id: str
    run_id: str
    result_count: int
    segment_hash: str | Unset = UNSET
    active_result_count: int | Unset = UNSET
    count_updating_with_runid: str | Unset = UNSET
    """ A run that is recounting the segment right now, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | None
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        segment_id = self.segment_id

        run_id = self.run_id

        result_count = self.result_count

        segment_hash = self.segment_hash

        active_result_count = self.active_result_count

        count_updating_with_runid = self.count_updating_with_runid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "segment_id": segment_id,
                "run_id": run_id,
                "result_count": result_count,
            }
        )
        if segment_hash is not UNSET:
            field_dict["segment_hash"] = segment_hash
        if active_result_count is not UNSET:
            field_dict["active_result_count"] = active_result_count
        if count_updating_with_runid is not UNSET:
            field_dict["count_updating_with_runid"] = count_updating_with_runid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            segment_count = cls.__new__(cls)
            d = dict(src_dict)

            def _parse_timestamp(data: object) -> datetime.datetime | str | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str, data)

            timestamp = _parse_timestamp(d.pop("timestamp"))

            segment_count.timestamp = timestamp

            segment_count.segment_id = d.pop("segment_id")

            segment_count.run_id = d.pop("run_id")

            segment_count.result_count = d.pop("result_count")

            segment_count.segment_hash = d.pop("segment_hash", UNSET)

            segment_count.active_result_count = d.pop("active_result_count", UNSET)

            segment_count.count_updating_with_runid = d.pop("count_updating_with_runid", UNSET)

            segment_count.additional_properties = d
            return segment_count
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
