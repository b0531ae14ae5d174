from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactViewPlusAppend")


@_attrs_define
class ContactViewPlusAppend:
    """Social profile data appended to the contact by enrichment services."""

    id: str
    contact: str | Unset = UNSET
    last_updated_rapleaf: str | Unset | None = UNSET
    last_updated_fliptop: str | Unset | None = UNSET
    last_updated_fullcontact: str | Unset | None = UNSET
    image_url: str | Unset | None = UNSET
    memberships_facebook: str | Unset | None = UNSET
    memberships_twitter: str | Unset | None = UNSET
    memberships_linkedin: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact = self.contact

        last_updated_rapleaf: str | Unset | None
        if isinstance(self.last_updated_rapleaf, Unset):
            last_updated_rapleaf = UNSET
        else:
            last_updated_rapleaf = self.last_updated_rapleaf

        last_updated_fliptop: str | Unset | None
        if isinstance(self.last_updated_fliptop, Unset):
            last_updated_fliptop = UNSET
        else:
            last_updated_fliptop = self.last_updated_fliptop

        last_updated_fullcontact: str | Unset | None
        if isinstance(self.last_updated_fullcontact, Unset):
            last_updated_fullcontact = UNSET
        else:
            last_updated_fullcontact = self.last_updated_fullcontact

        image_url: str | Unset | None
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        memberships_facebook: str | Unset | None
        if isinstance(self.memberships_facebook, Unset):
            memberships_facebook = UNSET
        else:
            memberships_facebook = self.memberships_facebook

        memberships_twitter: str | Unset | None
        if isinstance(self.memberships_twitter, Unset):
            memberships_twitter = UNSET
        else:
            memberships_twitter = self.memberships_twitter

        memberships_linkedin: str | Unset | None
        if isinstance(self.memberships_linkedin, Unset):
            memberships_linkedin = UNSET
        else:
            memberships_linkedin = self.memberships_linkedin

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
        if last_updated_rapleaf is not UNSET:
            field_dict["last_updated_rapleaf"] = last_updated_rapleaf
        if last_updated_fliptop is not UNSET:
            field_dict["last_updated_fliptop"] = last_updated_fliptop
        if last_updated_fullcontact is not UNSET:
            field_dict["last_updated_fullcontact"] = last_updated_fullcontact
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if memberships_facebook is not UNSET:
            field_dict["membershipsFacebook"] = memberships_facebook
        if memberships_twitter is not UNSET:
            field_dict["membershipsTwitter"] = memberships_twitter
        if memberships_linkedin is not UNSET:
            field_dict["membershipsLinkedin"] = memberships_linkedin
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_view_plus_append = cls.__new__(cls)
            d = dict(src_dict)
            contact_view_plus_append.id = d.pop("id")

            contact_view_plus_append.contact = d.pop("contact", UNSET)

            contact_view_plus_append.last_updated_rapleaf = d.pop("last_updated_rapleaf", UNSET)

            contact_view_plus_append.last_updated_fliptop = d.pop("last_updated_fliptop", UNSET)

            contact_view_plus_append.last_updated_fullcontact = d.pop("last_updated_fullcontact", UNSET)

            contact_view_plus_append.image_url = d.pop("imageUrl", UNSET)

            contact_view_plus_append.memberships_facebook = d.pop("membershipsFacebook", UNSET)

            contact_view_plus_append.memberships_twitter = d.pop("membershipsTwitter", UNSET)

            contact_view_plus_append.memberships_linkedin = d.pop("membershipsLinkedin", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            contact_view_plus_append.links = links

            contact_view_plus_append.additional_properties = d
            return contact_view_plus_append
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
