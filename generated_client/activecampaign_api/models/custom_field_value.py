from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomFieldValue")


@_attrs_define
class CustomFieldValue:
    """The value of one custom field on one contact. Unlike in contact views, `contact`, `field` and `owner` come back as
    numbers right after a write and may be null on orphaned values.

    """

    id: str
    contact: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    field: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    value: str | Unset | None = UNSET
    """ The stored value; multi-value fields look like `||Red||Blue||`. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_by: str | Unset | None = UNSET
    updated_by: str | Unset | None = UNSET
    owner: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact: int | str | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        field: int | str | Unset | None
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        value: str | Unset | None
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

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

        created_by: str | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: str | Unset | None
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        owner: int | str | Unset | None
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

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
        if contact is not UNSET:
            field_dict["contact"] = contact
        if field is not UNSET:
            field_dict["field"] = field
        if value is not UNSET:
            field_dict["value"] = value
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if owner is not UNSET:
            field_dict["owner"] = owner
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_field_value = cls.__new__(cls)
            d = dict(src_dict)
            custom_field_value.id = d.pop("id")

            custom_field_value.contact = d.pop("contact", UNSET)

            custom_field_value.field = d.pop("field", UNSET)

            custom_field_value.value = d.pop("value", UNSET)

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

            custom_field_value.cdate = cdate

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

            custom_field_value.udate = udate

            custom_field_value.created_by = d.pop("created_by", UNSET)

            custom_field_value.updated_by = d.pop("updated_by", UNSET)

            custom_field_value.owner = d.pop("owner", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            custom_field_value.links = links

            custom_field_value.additional_properties = d
            return custom_field_value
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
