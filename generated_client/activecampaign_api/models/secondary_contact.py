from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="SecondaryContact")


@_attrs_define
class SecondaryContact:
    """A contact taking part in a deal besides its primary contact. Ids are strings, or numbers when echoed after a write."""

    id: str
    deal: int | str | Unset = UNSET
    """ Id of the deal. """
    contact: int | str | Unset = UNSET
    """ Id of the contact. """
    role: int | str | Unset | None = UNSET
    """ Id of the contact's deal role, when one is set. """
    cdate: datetime.datetime | Unset = UNSET
    """ When the contact was added to the deal. """
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

        cdate: str | Unset = UNSET
        if not isinstance(self.cdate, Unset):
            cdate = self.cdate.isoformat()

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
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_deal(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        deal = _parse_deal(d.pop("deal", UNSET))

        def _parse_contact(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_role(data: object) -> int | str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        _cdate = d.pop("cdate", UNSET)
        cdate: datetime.datetime | Unset
        if isinstance(_cdate, Unset):
            cdate = UNSET
        else:
            cdate = datetime.datetime.fromisoformat(_cdate)

        _links = d.pop("links", UNSET)
        links: Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = Links.from_dict(_links)

        secondary_contact = cls(
            id=id,
            deal=deal,
            contact=contact,
            role=role,
            cdate=cdate,
            links=links,
        )

        secondary_contact.additional_properties = d
        return secondary_contact

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
