from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.audience_category import AudienceCategory, check_audience_category
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Audience")


@_attrs_define
class Audience:
    segment_id: str
    category: AudienceCategory | Unset = UNSET
    name: str | Unset = UNSET
    counts: AudienceCounts | Unset = UNSET
    created_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    last_used_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        name = self.name

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        created_date: str | Unset | None
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        updated_date: str | Unset | None
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        last_used_date: str | Unset | None
        if isinstance(self.last_used_date, Unset):
            last_used_date = UNSET
        elif isinstance(self.last_used_date, datetime.datetime):
            last_used_date = self.last_used_date.isoformat()
        else:
            last_used_date = self.last_used_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segment_id": segment_id,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if name is not UNSET:
            field_dict["name"] = name
        if counts is not UNSET:
            field_dict["counts"] = counts
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date
        if last_used_date is not UNSET:
            field_dict["last_used_date"] = last_used_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            audience = cls.__new__(cls)
            d = dict(src_dict)
            audience.segment_id = d.pop("segment_id")

            _category = d.pop("category", UNSET)
            category: AudienceCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = check_audience_category(_category)

            audience.category = category

            audience.name = d.pop("name", UNSET)

            _counts = d.pop("counts", UNSET)
            counts: AudienceCounts | Unset
            if isinstance(_counts, Unset):
                counts = UNSET
            else:
                counts = AudienceCounts.from_dict(_counts)

            audience.counts = counts

            def _parse_created_date(data: object) -> datetime.datetime | str | Unset | None:
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

            created_date = _parse_created_date(d.pop("created_date", UNSET))

            audience.created_date = created_date

            def _parse_updated_date(data: object) -> datetime.datetime | str | Unset | None:
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

            updated_date = _parse_updated_date(d.pop("updated_date", UNSET))

            audience.updated_date = updated_date

            def _parse_last_used_date(data: object) -> datetime.datetime | str | Unset | None:
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

            last_used_date = _parse_last_used_date(d.pop("last_used_date", UNSET))

            audience.last_used_date = last_used_date

            audience.additional_properties = d
            return audience
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


from ..models.audience_counts import AudienceCounts  # noqa: E402
