from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Pipeline")


@_attrs_define
class Pipeline:
    """A pipeline (deal group)."""

    id: str
    title: str | Unset = UNSET
    currency: str | Unset = UNSET
    """ Default currency of new deals, lower-case ISO code. """
    allgroups: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    allusers: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    autoassign: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    stages: list[str] | Unset = UNSET
    """ Ids of the pipeline's stages. """
    deal_group_users: list[str] | Unset = UNSET
    """ Ids of the pipeline's user assignments. """
    deal_group_groups: list[str] | Unset = UNSET
    """ Ids of the pipeline's user-group permissions. """
    win_probability_initialize_date: str | Unset | None = UNSET
    """ When win probability started; `0000-00-00 00:00:00` when never. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        currency = self.currency

        allgroups: int | str | Unset
        if isinstance(self.allgroups, Unset):
            allgroups = UNSET
        else:
            allgroups = self.allgroups

        allusers: int | str | Unset
        if isinstance(self.allusers, Unset):
            allusers = UNSET
        else:
            allusers = self.allusers

        autoassign: int | str | Unset
        if isinstance(self.autoassign, Unset):
            autoassign = UNSET
        else:
            autoassign = self.autoassign

        stages: list[str] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = self.stages

        deal_group_users: list[str] | Unset = UNSET
        if not isinstance(self.deal_group_users, Unset):
            deal_group_users = self.deal_group_users

        deal_group_groups: list[str] | Unset = UNSET
        if not isinstance(self.deal_group_groups, Unset):
            deal_group_groups = self.deal_group_groups

        win_probability_initialize_date: str | Unset | None
        if isinstance(self.win_probability_initialize_date, Unset):
            win_probability_initialize_date = UNSET
        else:
            win_probability_initialize_date = self.win_probability_initialize_date

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
        if currency is not UNSET:
            field_dict["currency"] = currency
        if allgroups is not UNSET:
            field_dict["allgroups"] = allgroups
        if allusers is not UNSET:
            field_dict["allusers"] = allusers
        if autoassign is not UNSET:
            field_dict["autoassign"] = autoassign
        if stages is not UNSET:
            field_dict["stages"] = stages
        if deal_group_users is not UNSET:
            field_dict["dealGroupUsers"] = deal_group_users
        if deal_group_groups is not UNSET:
            field_dict["dealGroupGroups"] = deal_group_groups
        if win_probability_initialize_date is not UNSET:
            field_dict["win_probability_initialize_date"] = win_probability_initialize_date
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            pipeline = cls.__new__(cls)
            d = dict(src_dict)
            pipeline.id = d.pop("id")

            pipeline.title = d.pop("title", UNSET)

            pipeline.currency = d.pop("currency", UNSET)

            pipeline.allgroups = d.pop("allgroups", UNSET)

            pipeline.allusers = d.pop("allusers", UNSET)

            pipeline.autoassign = d.pop("autoassign", UNSET)

            pipeline.stages = d.pop("stages", UNSET)

            pipeline.deal_group_users = d.pop("dealGroupUsers", UNSET)

            pipeline.deal_group_groups = d.pop("dealGroupGroups", UNSET)

            pipeline.win_probability_initialize_date = d.pop("win_probability_initialize_date", UNSET)

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

            pipeline.cdate = cdate

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

            pipeline.udate = udate

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            pipeline.links = links

            pipeline.additional_properties = d
            return pipeline
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
