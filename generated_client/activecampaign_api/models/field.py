from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Field")


@_attrs_define
class Field:
    """A custom contact field."""

    id: str
    title: str | Unset = UNSET
    descript: str | Unset | None = UNSET
    type_: str | Unset = UNSET
    """ Field type: text, textarea, date, datetime, number, dropdown, listbox, radio, checkbox or hidden; empty for
    some legacy fields. """
    isrequired: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    perstag: str | Unset | None = UNSET
    """ Personalization tag, for example `COMPANY_SIZE`. """
    defval: str | Unset | None = UNSET
    """ Default value. """
    show_in_list: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    rows: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cols: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    visible: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    service: str | Unset | None = UNSET
    """ Integration that owns the field; empty for fields made in the account. """
    ordernum: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    options: list[str] | Unset = UNSET
    """ Ids of the field's options. """
    relations: list[str] | Unset = UNSET
    """ Ids of the field's list relations. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        descript: str | Unset | None
        if isinstance(self.descript, Unset):
            descript = UNSET
        else:
            descript = self.descript

        type_ = self.type_

        isrequired: int | str | Unset
        if isinstance(self.isrequired, Unset):
            isrequired = UNSET
        else:
            isrequired = self.isrequired

        perstag: str | Unset | None
        if isinstance(self.perstag, Unset):
            perstag = UNSET
        else:
            perstag = self.perstag

        defval: str | Unset | None
        if isinstance(self.defval, Unset):
            defval = UNSET
        else:
            defval = self.defval

        show_in_list: int | str | Unset
        if isinstance(self.show_in_list, Unset):
            show_in_list = UNSET
        else:
            show_in_list = self.show_in_list

        rows: int | str | Unset
        if isinstance(self.rows, Unset):
            rows = UNSET
        else:
            rows = self.rows

        cols: int | str | Unset
        if isinstance(self.cols, Unset):
            cols = UNSET
        else:
            cols = self.cols

        visible: int | str | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        service: str | Unset | None
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        ordernum: int | str | Unset
        if isinstance(self.ordernum, Unset):
            ordernum = UNSET
        else:
            ordernum = self.ordernum

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

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        relations: list[str] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = self.relations

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
        if descript is not UNSET:
            field_dict["descript"] = descript
        if type_ is not UNSET:
            field_dict["type"] = type_
        if isrequired is not UNSET:
            field_dict["isrequired"] = isrequired
        if perstag is not UNSET:
            field_dict["perstag"] = perstag
        if defval is not UNSET:
            field_dict["defval"] = defval
        if show_in_list is not UNSET:
            field_dict["show_in_list"] = show_in_list
        if rows is not UNSET:
            field_dict["rows"] = rows
        if cols is not UNSET:
            field_dict["cols"] = cols
        if visible is not UNSET:
            field_dict["visible"] = visible
        if service is not UNSET:
            field_dict["service"] = service
        if ordernum is not UNSET:
            field_dict["ordernum"] = ordernum
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if options is not UNSET:
            field_dict["options"] = options
        if relations is not UNSET:
            field_dict["relations"] = relations
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            field = cls.__new__(cls)
            d = dict(src_dict)
            field.id = d.pop("id")

            field.title = d.pop("title", UNSET)

            field.descript = d.pop("descript", UNSET)

            field.type_ = d.pop("type", UNSET)

            field.isrequired = d.pop("isrequired", UNSET)

            field.perstag = d.pop("perstag", UNSET)

            field.defval = d.pop("defval", UNSET)

            field.show_in_list = d.pop("show_in_list", UNSET)

            field.rows = d.pop("rows", UNSET)

            field.cols = d.pop("cols", UNSET)

            field.visible = d.pop("visible", UNSET)

            field.service = d.pop("service", UNSET)

            field.ordernum = d.pop("ordernum", UNSET)

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

            field.cdate = cdate

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

            field.udate = udate

            field.options = d.pop("options", UNSET)

            field.relations = d.pop("relations", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            field.links = links

            field.additional_properties = d
            return field
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
