from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SecondaryContact")


@_attrs_define
class SecondaryContact:
    """A contact taking part in a deal besides its primary contact. Ids are strings, or numbers when echoed after a write."""

    id: str
    deal: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    contact: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    role: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_timestamp: str | Unset | None = UNSET
    updated_timestamp: str | Unset | None = UNSET
    created_by: str | Unset | None = UNSET
    updated_by: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deal: int | str | Unset
        if isinstance(self.deal, Unset):
            deal = UNSET
        else:
            deal = self.deal

        contact: int | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        role: int | str | Unset | None
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        cdate: str | Unset | None
        if isinstance(self.cdate, Unset):
            cdate = UNSET
        elif isinstance(self.cdate, datetime.datetime):
            cdate = self.cdate.isoformat()
        else:
            cdate = self.cdate

        created_timestamp: str | Unset | None
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: str | Unset | None
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

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
        if deal is not UNSET:
            field_dict["deal"] = deal
        if contact is not UNSET:
            field_dict["contact"] = contact
        if role is not UNSET:
            field_dict["role"] = role
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            secondary_contact = cls.__new__(cls)
            d = dict(src_dict)
            secondary_contact.id = d.pop("id")

            secondary_contact.deal = d.pop("deal", UNSET)

            secondary_contact.contact = d.pop("contact", UNSET)

            secondary_contact.role = d.pop("role", UNSET)

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

            secondary_contact.cdate = cdate

            secondary_contact.created_timestamp = d.pop("created_timestamp", UNSET)

            secondary_contact.updated_timestamp = d.pop("updated_timestamp", UNSET)

            secondary_contact.created_by = d.pop("created_by", UNSET)

            secondary_contact.updated_by = d.pop("updated_by", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            secondary_contact.links = links

            secondary_contact.additional_properties = d
            return secondary_contact
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
