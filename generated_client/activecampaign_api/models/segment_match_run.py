from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SegmentMatchRun")


@_attrs_define
class SegmentMatchRun:
    """A match run and, once it is ready, one page of the contact ids it found."""

    run_id: str
    run_id_start: datetime.datetime | str | None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    is_ready: bool
    """ False while the run is going; poll again until it is true. """
    segment_id: str
    run_id_end: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    matches: list[int] | Unset = UNSET
    """ Contact ids, present once the run is ready. """
    segment_timestamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    page: SegmentMatchPage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        run_id_start: str | None
        if isinstance(self.run_id_start, datetime.datetime):
            run_id_start = self.run_id_start.isoformat()
        else:
            run_id_start = self.run_id_start

        is_ready = self.is_ready

        segment_id = self.segment_id

        run_id_end: str | Unset | None
        if isinstance(self.run_id_end, Unset):
            run_id_end = UNSET
        elif isinstance(self.run_id_end, datetime.datetime):
            run_id_end = self.run_id_end.isoformat()
        else:
            run_id_end = self.run_id_end

        matches: list[int] | Unset = UNSET
        if not isinstance(self.matches, Unset):
            matches = self.matches

        segment_timestamp: str | Unset | None
        if isinstance(self.segment_timestamp, Unset):
            segment_timestamp = UNSET
        elif isinstance(self.segment_timestamp, datetime.datetime):
            segment_timestamp = self.segment_timestamp.isoformat()
        else:
            segment_timestamp = self.segment_timestamp

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "run_id_start": run_id_start,
                "is_ready": is_ready,
                "segment_id": segment_id,
            }
        )
        if run_id_end is not UNSET:
            field_dict["run_id_end"] = run_id_end
        if matches is not UNSET:
            field_dict["matches"] = matches
        if segment_timestamp is not UNSET:
            field_dict["segment_timestamp"] = segment_timestamp
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            segment_match_run = cls.__new__(cls)
            d = dict(src_dict)
            segment_match_run.run_id = d.pop("run_id")

            def _parse_run_id_start(data: object) -> datetime.datetime | str | None:
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

            run_id_start = _parse_run_id_start(d.pop("run_id_start"))

            segment_match_run.run_id_start = run_id_start

            segment_match_run.is_ready = d.pop("is_ready")

            segment_match_run.segment_id = d.pop("segment_id")

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

            segment_match_run.run_id_end = run_id_end

            segment_match_run.matches = d.pop("matches", UNSET)

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

            segment_match_run.segment_timestamp = segment_timestamp

            _page = d.pop("page", UNSET)
            page: SegmentMatchPage | Unset
            if isinstance(_page, Unset):
                page = UNSET
            else:
                page = SegmentMatchPage.from_dict(_page)

            segment_match_run.page = page

            segment_match_run.additional_properties = d
            return segment_match_run
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


from ..models.segment_match_page import SegmentMatchPage  # noqa: E402
