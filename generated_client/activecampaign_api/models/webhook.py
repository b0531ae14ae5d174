from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook as the API returns it."""

    id: str
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    """ Where the account POSTs event data (https only on port 443). """
    events: list[str] | Unset = UNSET
    """ Event names that fire the webhook (see listWebhookEvents). """
    sources: list[str] | Unset = UNSET
    """ What may cause the events, e.g. `public`, `admin`, `api`, `system`. """
    listid: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: str | Unset | None = UNSET
    """ When the webhook was created. Kept a plain string: the API writes UTC as `-00:00`, which a date-time round
    trip would not preserve. """
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        listid: int | str | Unset | None
        if isinstance(self.listid, Unset):
            listid = UNSET
        else:
            listid = self.listid

        cdate: str | Unset | None
        if isinstance(self.cdate, Unset):
            cdate = UNSET
        else:
            cdate = self.cdate

        links: dict[str, Any] | list[str] | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, Links):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if sources is not UNSET:
            field_dict["sources"] = sources
        if listid is not UNSET:
            field_dict["listid"] = listid
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            webhook = cls.__new__(cls)
            d = dict(src_dict)
            webhook.id = d.pop("id")

            webhook.name = d.pop("name", UNSET)

            webhook.url = d.pop("url", UNSET)

            webhook.events = d.pop("events", UNSET)

            webhook.sources = d.pop("sources", UNSET)

            webhook.listid = d.pop("listid", UNSET)

            webhook.cdate = d.pop("cdate", UNSET)

            def _parse_links(data: object) -> Links | list[str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_links_or_empty_type_0 = Links.from_dict(data)

                    return componentsschemas_links_or_empty_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_links_or_empty_type_1 = cast(list[str], data)

                return componentsschemas_links_or_empty_type_1

            links = _parse_links(d.pop("links", UNSET))

            webhook.links = links

            webhook.additional_properties = d
            return webhook
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
