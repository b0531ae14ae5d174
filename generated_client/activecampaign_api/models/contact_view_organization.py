from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactViewOrganization")


@_attrs_define
class ContactViewOrganization:
    """The contact's organization (the deprecated predecessor of accounts)."""

    id: str
    name: str | Unset = UNSET
    created_timestamp: str | Unset | None = UNSET
    updated_timestamp: str | Unset | None = UNSET
    userid: str | Unset | None = UNSET
    owner: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

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

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        owner: str | Unset | None
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
        if name is not UNSET:
            field_dict["name"] = name
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp
        if userid is not UNSET:
            field_dict["userid"] = userid
        if owner is not UNSET:
            field_dict["owner"] = owner
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_view_organization = cls.__new__(cls)
            d = dict(src_dict)
            contact_view_organization.id = d.pop("id")

            contact_view_organization.name = d.pop("name", UNSET)

            contact_view_organization.created_timestamp = d.pop("created_timestamp", UNSET)

            contact_view_organization.updated_timestamp = d.pop("updated_timestamp", UNSET)

            contact_view_organization.userid = d.pop("userid", UNSET)

            contact_view_organization.owner = d.pop("owner", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            contact_view_organization.links = links

            contact_view_organization.additional_properties = d
            return contact_view_organization
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
