from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SiteMessage")


@_attrs_define
class SiteMessage:
    """A message shown on the account's site by an automation."""

    id: str
    name: str | Unset = UNSET
    automation: str | Unset | None = UNSET
    """ Id of the automation that shows it. """
    template: SiteMessageTemplateType0 | Unset | None = UNSET
    """ The message's content and layout, as the editor stores it. """
    ldate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        automation: str | Unset | None
        if isinstance(self.automation, Unset):
            automation = UNSET
        else:
            automation = self.automation

        template: dict[str, Any] | Unset | None
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, SiteMessageTemplateType0):
            template = self.template.to_dict()
        else:
            template = self.template

        ldate: str | Unset | None
        if isinstance(self.ldate, Unset):
            ldate = UNSET
        elif isinstance(self.ldate, datetime.datetime):
            ldate = self.ldate.isoformat()
        else:
            ldate = self.ldate

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
        if automation is not UNSET:
            field_dict["automation"] = automation
        if template is not UNSET:
            field_dict["template"] = template
        if ldate is not UNSET:
            field_dict["ldate"] = ldate
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            site_message = cls.__new__(cls)
            d = dict(src_dict)
            site_message.id = d.pop("id")

            site_message.name = d.pop("name", UNSET)

            site_message.automation = d.pop("automation", UNSET)

            def _parse_template(data: object) -> SiteMessageTemplateType0 | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    template_type_0 = SiteMessageTemplateType0.from_dict(data)

                    return template_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SiteMessageTemplateType0 | Unset, data)

            template = _parse_template(d.pop("template", UNSET))

            site_message.template = template

            def _parse_ldate(data: object) -> datetime.datetime | str | Unset | None:
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

            ldate = _parse_ldate(d.pop("ldate", UNSET))

            site_message.ldate = ldate

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

            site_message.links = links

            site_message.additional_properties = d
            return site_message
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
from ..models.site_message_template_type_0 import SiteMessageTemplateType0  # noqa: E402
