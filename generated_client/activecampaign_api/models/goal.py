from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Goal")


@_attrs_define
class Goal:
    """A goal step of an automation."""

    id: str
    blockid: str | Unset | None = UNSET
    seriesid: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    dirty_stats: str | Unset | None = UNSET
    automation: str | Unset | None = UNSET
    automation_block: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        blockid: str | Unset | None
        if isinstance(self.blockid, Unset):
            blockid = UNSET
        else:
            blockid = self.blockid

        seriesid: str | Unset | None
        if isinstance(self.seriesid, Unset):
            seriesid = UNSET
        else:
            seriesid = self.seriesid

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        cdate: str | Unset | None
        if isinstance(self.cdate, Unset):
            cdate = UNSET
        elif isinstance(self.cdate, datetime.datetime):
            cdate = self.cdate.isoformat()
        else:
            cdate = self.cdate

        dirty_stats: str | Unset | None
        if isinstance(self.dirty_stats, Unset):
            dirty_stats = UNSET
        else:
            dirty_stats = self.dirty_stats

        automation: str | Unset | None
        if isinstance(self.automation, Unset):
            automation = UNSET
        else:
            automation = self.automation

        automation_block: str | Unset | None
        if isinstance(self.automation_block, Unset):
            automation_block = UNSET
        else:
            automation_block = self.automation_block

        links: dict[str, Any] | list[str] | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, Links):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if blockid is not UNSET:
            field_dict["blockid"] = blockid
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if name is not UNSET:
            field_dict["name"] = name
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if dirty_stats is not UNSET:
            field_dict["dirty_stats"] = dirty_stats
        if automation is not UNSET:
            field_dict["automation"] = automation
        if automation_block is not UNSET:
            field_dict["automation_block"] = automation_block
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            goal = cls.__new__(cls)
            d = dict(src_dict)
            goal.id = d.pop("id")

            goal.blockid = d.pop("blockid", UNSET)

            goal.seriesid = d.pop("seriesid", UNSET)

            goal.name = d.pop("name", UNSET)

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

            goal.cdate = cdate

            goal.dirty_stats = d.pop("dirty_stats", UNSET)

            goal.automation = d.pop("automation", UNSET)

            goal.automation_block = d.pop("automation_block", UNSET)

            def _parse_links(data: object) -> Links | list[str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_links_or_empty_type_0 = Links.from_dict(data)

                    return componentsschemas_links_or_empty_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_links_or_empty_type_1 = cast(list[str], data)

                return componentsschemas_links_or_empty_type_1

            links = _parse_links(d.pop("links", UNSET))

            goal.links = links

            goal.additional_properties = d
            return goal
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
