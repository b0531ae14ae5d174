from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="ContactDealSummary")


@_attrs_define
class ContactDealSummary:
    """A deal of the contact, as embedded in the contact view."""

    id: str
    owner: str | Unset | None = UNSET
    contact: str | Unset | None = UNSET
    organization: str | Unset | None = UNSET
    group: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    nexttaskid: str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    next_task: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner: str | Unset | None
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        contact: str | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        organization: str | Unset | None
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        group: str | Unset | None
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        nexttaskid: str | Unset | None
        if isinstance(self.nexttaskid, Unset):
            nexttaskid = UNSET
        else:
            nexttaskid = self.nexttaskid

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        next_task: str | Unset | None
        if isinstance(self.next_task, Unset):
            next_task = UNSET
        else:
            next_task = self.next_task

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
        if owner is not UNSET:
            field_dict["owner"] = owner
        if contact is not UNSET:
            field_dict["contact"] = contact
        if organization is not UNSET:
            field_dict["organization"] = organization
        if group is not UNSET:
            field_dict["group"] = group
        if title is not UNSET:
            field_dict["title"] = title
        if nexttaskid is not UNSET:
            field_dict["nexttaskid"] = nexttaskid
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if next_task is not UNSET:
            field_dict["nextTask"] = next_task
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_owner(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_contact(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_organization(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_group(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_title(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_nexttaskid(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nexttaskid = _parse_nexttaskid(d.pop("nexttaskid", UNSET))

        def _parse_currency(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_status(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_next_task(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_task = _parse_next_task(d.pop("nextTask", UNSET))

        _links = d.pop("links", UNSET)
        links: Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = Links.from_dict(_links)

        contact_deal_summary = cls(
            id=id,
            owner=owner,
            contact=contact,
            organization=organization,
            group=group,
            title=title,
            nexttaskid=nexttaskid,
            currency=currency,
            status=status,
            next_task=next_task,
            links=links,
        )

        contact_deal_summary.additional_properties = d
        return contact_deal_summary

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
