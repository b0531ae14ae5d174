from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="GeoIp")


@_attrs_define
class GeoIp:
    """An IP address a contact was seen at, tied to a campaign message."""

    id: str
    contact: str | Unset = UNSET
    campaignid: str | Unset | None = UNSET
    messageid: str | Unset | None = UNSET
    geoaddrid: str | Unset | None = UNSET
    ip4: str | Unset | None = UNSET
    tstamp: str | Unset | None = UNSET
    geo_address: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact = self.contact

        campaignid: str | Unset | None
        if isinstance(self.campaignid, Unset):
            campaignid = UNSET
        else:
            campaignid = self.campaignid

        messageid: str | Unset | None
        if isinstance(self.messageid, Unset):
            messageid = UNSET
        else:
            messageid = self.messageid

        geoaddrid: str | Unset | None
        if isinstance(self.geoaddrid, Unset):
            geoaddrid = UNSET
        else:
            geoaddrid = self.geoaddrid

        ip4: str | Unset | None
        if isinstance(self.ip4, Unset):
            ip4 = UNSET
        else:
            ip4 = self.ip4

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        else:
            tstamp = self.tstamp

        geo_address: str | Unset | None
        if isinstance(self.geo_address, Unset):
            geo_address = UNSET
        else:
            geo_address = self.geo_address

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
        if campaignid is not UNSET:
            field_dict["campaignid"] = campaignid
        if messageid is not UNSET:
            field_dict["messageid"] = messageid
        if geoaddrid is not UNSET:
            field_dict["geoaddrid"] = geoaddrid
        if ip4 is not UNSET:
            field_dict["ip4"] = ip4
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if geo_address is not UNSET:
            field_dict["geoAddress"] = geo_address
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            geo_ip = cls.__new__(cls)
            d = dict(src_dict)
            geo_ip.id = d.pop("id")

            geo_ip.contact = d.pop("contact", UNSET)

            geo_ip.campaignid = d.pop("campaignid", UNSET)

            geo_ip.messageid = d.pop("messageid", UNSET)

            geo_ip.geoaddrid = d.pop("geoaddrid", UNSET)

            geo_ip.ip4 = d.pop("ip4", UNSET)

            geo_ip.tstamp = d.pop("tstamp", UNSET)

            geo_ip.geo_address = d.pop("geoAddress", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            geo_ip.links = links

            geo_ip.additional_properties = d
            return geo_ip
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
