from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ConversionTrigger")


@_attrs_define
class ConversionTrigger:
    id: str
    conversion: str | Unset = UNSET
    trigger_type: str | Unset | None = UNSET
    """ What counts, for example `pageview` or `purchase`. """
    modifier: str | Unset | None = UNSET
    value: str | Unset | None = UNSET
    dynamic: str | Unset | None = UNSET
    retroactive: str | Unset | None = UNSET
    automation_block: str | Unset | None = UNSET
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        conversion = self.conversion

        trigger_type: str | Unset | None
        if isinstance(self.trigger_type, Unset):
            trigger_type = UNSET
        else:
            trigger_type = self.trigger_type

        modifier: str | Unset | None
        if isinstance(self.modifier, Unset):
            modifier = UNSET
        else:
            modifier = self.modifier

        value: str | Unset | None
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        dynamic: str | Unset | None
        if isinstance(self.dynamic, Unset):
            dynamic = UNSET
        else:
            dynamic = self.dynamic

        retroactive: str | Unset | None
        if isinstance(self.retroactive, Unset):
            retroactive = UNSET
        else:
            retroactive = self.retroactive

        automation_block: str | Unset | None
        if isinstance(self.automation_block, Unset):
            automation_block = UNSET
        else:
            automation_block = self.automation_block

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
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if modifier is not UNSET:
            field_dict["modifier"] = modifier
        if value is not UNSET:
            field_dict["value"] = value
        if dynamic is not UNSET:
            field_dict["dynamic"] = dynamic
        if retroactive is not UNSET:
            field_dict["retroactive"] = retroactive
        if automation_block is not UNSET:
            field_dict["automation_block"] = automation_block
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            conversion_trigger = cls.__new__(cls)
            d = dict(src_dict)
            conversion_trigger.id = d.pop("id")

            conversion_trigger.conversion = d.pop("conversion", UNSET)

            conversion_trigger.trigger_type = d.pop("trigger_type", UNSET)

            conversion_trigger.modifier = d.pop("modifier", UNSET)

            conversion_trigger.value = d.pop("value", UNSET)

            conversion_trigger.dynamic = d.pop("dynamic", UNSET)

            conversion_trigger.retroactive = d.pop("retroactive", UNSET)

            conversion_trigger.automation_block = d.pop("automation_block", UNSET)

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

            conversion_trigger.cdate = cdate

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

            conversion_trigger.udate = udate

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

            conversion_trigger.links = links

            conversion_trigger.additional_properties = d
            return conversion_trigger
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
