from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CampaignLink")


@_attrs_define
class CampaignLink:
    """A tracked link of a campaign message. `link` is `open` for the read tracker."""

    id: str
    campaignid: str | Unset = UNSET
    messageid: str | Unset = UNSET
    """ Id of the message; `0` when the link belongs to no single message. """
    link: str | Unset = UNSET
    """ The target URL, or `open` for the read tracker. """
    name: str | Unset | None = UNSET
    ref: str | Unset | None = UNSET
    tracked: str | Unset = UNSET
    """ 1 when clicks are tracked. """
    campaign: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaignid = self.campaignid

        messageid = self.messageid

        link = self.link

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        ref: str | Unset | None
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        tracked = self.tracked

        campaign: str | Unset | None
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        else:
            campaign = self.campaign

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

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
        if campaignid is not UNSET:
            field_dict["campaignid"] = campaignid
        if messageid is not UNSET:
            field_dict["messageid"] = messageid
        if link is not UNSET:
            field_dict["link"] = link
        if name is not UNSET:
            field_dict["name"] = name
        if ref is not UNSET:
            field_dict["ref"] = ref
        if tracked is not UNSET:
            field_dict["tracked"] = tracked
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if message is not UNSET:
            field_dict["message"] = message
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            campaign_link = cls.__new__(cls)
            d = dict(src_dict)
            campaign_link.id = d.pop("id")

            campaign_link.campaignid = d.pop("campaignid", UNSET)

            campaign_link.messageid = d.pop("messageid", UNSET)

            campaign_link.link = d.pop("link", UNSET)

            campaign_link.name = d.pop("name", UNSET)

            campaign_link.ref = d.pop("ref", UNSET)

            campaign_link.tracked = d.pop("tracked", UNSET)

            campaign_link.campaign = d.pop("campaign", UNSET)

            campaign_link.message = d.pop("message", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            campaign_link.links = links

            campaign_link.additional_properties = d
            return campaign_link
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
