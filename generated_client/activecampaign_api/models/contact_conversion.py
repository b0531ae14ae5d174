from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactConversion")


@_attrs_define
class ContactConversion:
    id: str
    contact: str | Unset = UNSET
    conversion: str | Unset = UNSET
    conversion_trigger: str | Unset | None = UNSET
    converted_by_type: str | Unset | None = UNSET
    converted_by_id: str | Unset | None = UNSET
    trigger_type: str | Unset | None = UNSET
    modifier: str | Unset | None = UNSET
    value: str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    dynamic: str | Unset | None = UNSET
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    conversiontrigger: str | Unset | None = UNSET
    converted_by: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact = self.contact

        conversion = self.conversion

        conversion_trigger: str | Unset | None
        if isinstance(self.conversion_trigger, Unset):
            conversion_trigger = UNSET
        else:
            conversion_trigger = self.conversion_trigger

        converted_by_type: str | Unset | None
        if isinstance(self.converted_by_type, Unset):
            converted_by_type = UNSET
        else:
            converted_by_type = self.converted_by_type

        converted_by_id: str | Unset | None
        if isinstance(self.converted_by_id, Unset):
            converted_by_id = UNSET
        else:
            converted_by_id = self.converted_by_id

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

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        dynamic: str | Unset | None
        if isinstance(self.dynamic, Unset):
            dynamic = UNSET
        else:
            dynamic = self.dynamic

        cdate: str | Unset | None
        if isinstance(self.cdate, Unset):
            cdate = UNSET
        elif isinstance(self.cdate, datetime.datetime):
            cdate = self.cdate.isoformat()
        else:
            cdate = self.cdate

        conversiontrigger: str | Unset | None
        if isinstance(self.conversiontrigger, Unset):
            conversiontrigger = UNSET
        else:
            conversiontrigger = self.conversiontrigger

        converted_by: str | Unset | None
        if isinstance(self.converted_by, Unset):
            converted_by = UNSET
        else:
            converted_by = self.converted_by

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
        if contact is not UNSET:
            field_dict["contact"] = contact
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if conversion_trigger is not UNSET:
            field_dict["conversion_trigger"] = conversion_trigger
        if converted_by_type is not UNSET:
            field_dict["converted_by_type"] = converted_by_type
        if converted_by_id is not UNSET:
            field_dict["converted_by_id"] = converted_by_id
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if modifier is not UNSET:
            field_dict["modifier"] = modifier
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if dynamic is not UNSET:
            field_dict["dynamic"] = dynamic
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if conversiontrigger is not UNSET:
            field_dict["conversiontrigger"] = conversiontrigger
        if converted_by is not UNSET:
            field_dict["converted_by"] = converted_by
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_conversion = cls.__new__(cls)
            d = dict(src_dict)
            contact_conversion.id = d.pop("id")

            contact_conversion.contact = d.pop("contact", UNSET)

            contact_conversion.conversion = d.pop("conversion", UNSET)

            contact_conversion.conversion_trigger = d.pop("conversion_trigger", UNSET)

            contact_conversion.converted_by_type = d.pop("converted_by_type", UNSET)

            contact_conversion.converted_by_id = d.pop("converted_by_id", UNSET)

            contact_conversion.trigger_type = d.pop("trigger_type", UNSET)

            contact_conversion.modifier = d.pop("modifier", UNSET)

            contact_conversion.value = d.pop("value", UNSET)

            contact_conversion.currency = d.pop("currency", UNSET)

            contact_conversion.dynamic = d.pop("dynamic", UNSET)

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

            contact_conversion.cdate = cdate

            contact_conversion.conversiontrigger = d.pop("conversiontrigger", UNSET)

            contact_conversion.converted_by = d.pop("converted_by", UNSET)

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

            contact_conversion.links = links

            contact_conversion.additional_properties = d
            return contact_conversion
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
