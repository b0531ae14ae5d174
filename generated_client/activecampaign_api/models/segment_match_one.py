from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SegmentMatchOne")


@_attrs_define
class SegmentMatchOne:
    match: bool
    entity_id: str | Unset = UNSET
    """ The contact's id. """
    segment_id: str | Unset = UNSET
    created_timestamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    segment_timestamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match = self.match

        entity_id = self.entity_id

        segment_id = self.segment_id

        created_timestamp: str | Unset | None
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        elif isinstance(self.created_timestamp, datetime.datetime):
            created_timestamp = self.created_timestamp.isoformat()
        else:
            created_timestamp = self.created_timestamp

        segment_timestamp: str | Unset | None
        if isinstance(self.segment_timestamp, Unset):
            segment_timestamp = UNSET
        elif isinstance(self.segment_timestamp, datetime.datetime):
            segment_timestamp = self.segment_timestamp.isoformat()
        else:
            segment_timestamp = self.segment_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "match": match,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if segment_timestamp is not UNSET:
            field_dict["segment_timestamp"] = segment_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            segment_match_one = cls.__new__(cls)
            d = dict(src_dict)
            segment_match_one.match = d.pop("match")

            segment_match_one.entity_id = d.pop("entity_id", UNSET)

            segment_match_one.segment_id = d.pop("segment_id", UNSET)

            def _parse_created_timestamp(data: object) -> datetime.datetime | str | Unset | None:
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

            created_timestamp = _parse_created_timestamp(d.pop("created_timestamp", UNSET))

            segment_match_one.created_timestamp = created_timestamp

            def _parse_segment_timestamp(data: object) -> datetime.datetime | str | Unset | None:
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

            segment_timestamp = _parse_segment_timestamp(d.pop("segment_timestamp", UNSET))

            segment_match_one.segment_timestamp = segment_timestamp

            segment_match_one.additional_properties = d
            return segment_match_one
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
