from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """A saved segment."""

    id: str
    name: str | Unset | None = UNSET
    logic: str | Unset | None = UNSET
    """ How the segment's condition groups combine, `and` or `or`. """
    hidden: str | Unset | None = UNSET
    seriesid: str | Unset | None = UNSET
    """ Id of the automation the segment belongs to; `0` for none. """
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        logic: str | Unset | None
        if isinstance(self.logic, Unset):
            logic = UNSET
        else:
            logic = self.logic

        hidden: str | Unset | None
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        seriesid: str | Unset | None
        if isinstance(self.seriesid, Unset):
            seriesid = UNSET
        else:
            seriesid = self.seriesid

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
        if name is not UNSET:
            field_dict["name"] = name
        if logic is not UNSET:
            field_dict["logic"] = logic
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            segment = cls.__new__(cls)
            d = dict(src_dict)
            segment.id = d.pop("id")

            segment.name = d.pop("name", UNSET)

            segment.logic = d.pop("logic", UNSET)

            segment.hidden = d.pop("hidden", UNSET)

            segment.seriesid = d.pop("seriesid", UNSET)

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

            segment.links = links

            segment.additional_properties = d
            return segment
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
