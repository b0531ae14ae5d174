from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealStage")


@_attrs_define
class DealStage:
    """A stage of a pipeline. `order` and `width` are strings of digits, or numbers when echoed after a write."""

    id: str
    title: str | Unset = UNSET
    group: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    order: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    deal_order: str | Unset = UNSET
    """ How deal cards are sorted in the stage, `<option> <ASC|DESC>`. """
    card_region_1: str | Unset = UNSET
    """ What the upper-left corner of a deal card shows. """
    card_region_2: str | Unset = UNSET
    """ What the upper-right corner of a deal card shows. """
    card_region_3: str | Unset = UNSET
    """ `show-avatar` or `hide-avatar`. """
    card_region_4: str | Unset = UNSET
    """ What a deal card shows next to the avatar. """
    card_region_5: str | Unset = UNSET
    """ What the lower-right corner of a deal card shows. """
    color: str | Unset = UNSET
    """ Six-digit hex colour without `#`. """
    width: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
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

        group: int | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        order: int | str | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        deal_order = self.deal_order

        card_region_1 = self.card_region_1

        card_region_2 = self.card_region_2

        card_region_3 = self.card_region_3

        card_region_4 = self.card_region_4

        card_region_5 = self.card_region_5

        color = self.color

        width: int | str | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

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
        if group is not UNSET:
            field_dict["group"] = group
        if order is not UNSET:
            field_dict["order"] = order
        if deal_order is not UNSET:
            field_dict["dealOrder"] = deal_order
        if card_region_1 is not UNSET:
            field_dict["cardRegion1"] = card_region_1
        if card_region_2 is not UNSET:
            field_dict["cardRegion2"] = card_region_2
        if card_region_3 is not UNSET:
            field_dict["cardRegion3"] = card_region_3
        if card_region_4 is not UNSET:
            field_dict["cardRegion4"] = card_region_4
        if card_region_5 is not UNSET:
            field_dict["cardRegion5"] = card_region_5
        if color is not UNSET:
            field_dict["color"] = color
        if width is not UNSET:
            field_dict["width"] = width
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
            deal_stage = cls.__new__(cls)
            d = dict(src_dict)
            deal_stage.id = d.pop("id")

            deal_stage.title = d.pop("title", UNSET)

            deal_stage.group = d.pop("group", UNSET)

            deal_stage.order = d.pop("order", UNSET)

            deal_stage.deal_order = d.pop("dealOrder", UNSET)

            deal_stage.card_region_1 = d.pop("cardRegion1", UNSET)

            deal_stage.card_region_2 = d.pop("cardRegion2", UNSET)

            deal_stage.card_region_3 = d.pop("cardRegion3", UNSET)

            deal_stage.card_region_4 = d.pop("cardRegion4", UNSET)

            deal_stage.card_region_5 = d.pop("cardRegion5", UNSET)

            deal_stage.color = d.pop("color", UNSET)

            deal_stage.width = d.pop("width", UNSET)

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

            deal_stage.cdate = cdate

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

            deal_stage.udate = udate

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            deal_stage.links = links

            deal_stage.additional_properties = d
            return deal_stage
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
