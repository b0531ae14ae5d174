from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FieldOption")


@_attrs_define
class FieldOption:
    """One choice of a dropdown, radio, checkbox or listbox field."""

    id: str
    field: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    orderid: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    value: str | Unset = UNSET
    label: str | Unset | None = UNSET
    isdefault: int | str | Unset = UNSET
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

        field: int | str | Unset | None
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        orderid: int | str | Unset
        if isinstance(self.orderid, Unset):
            orderid = UNSET
        else:
            orderid = self.orderid

        value = self.value

        label: str | Unset | None
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        isdefault: int | str | Unset
        if isinstance(self.isdefault, Unset):
            isdefault = UNSET
        else:
            isdefault = self.isdefault

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
        if field is not UNSET:
            field_dict["field"] = field
        if orderid is not UNSET:
            field_dict["orderid"] = orderid
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if isdefault is not UNSET:
            field_dict["isdefault"] = isdefault
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
            field_option = cls.__new__(cls)
            d = dict(src_dict)
            field_option.id = d.pop("id")

            field_option.field = d.pop("field", UNSET)

            field_option.orderid = d.pop("orderid", UNSET)

            field_option.value = d.pop("value", UNSET)

            field_option.label = d.pop("label", UNSET)

            field_option.isdefault = d.pop("isdefault", UNSET)

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

            field_option.cdate = cdate

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

            field_option.udate = udate

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            field_option.links = links

            field_option.additional_properties = d
            return field_option
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
