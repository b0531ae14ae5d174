from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappChannel")


@_attrs_define
class WhatsappChannel:
    """A connected WhatsApp number."""

    id: int
    channel_type: str | Unset = UNSET
    name: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    status: str | Unset = UNSET
    created_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    channel_provider: str | Unset = UNSET
    is_sandbox: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel_type = self.channel_type

        name = self.name

        channel_id = self.channel_id

        status = self.status

        created_on: str | Unset | None
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        channel_provider = self.channel_provider

        is_sandbox = self.is_sandbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if name is not UNSET:
            field_dict["name"] = name
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if channel_provider is not UNSET:
            field_dict["channel_provider"] = channel_provider
        if is_sandbox is not UNSET:
            field_dict["is_sandbox"] = is_sandbox

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_channel = cls.__new__(cls)
            d = dict(src_dict)
            whatsapp_channel.id = d.pop("id")

            whatsapp_channel.channel_type = d.pop("channel_type", UNSET)

            whatsapp_channel.name = d.pop("name", UNSET)

            whatsapp_channel.channel_id = d.pop("channel_id", UNSET)

            whatsapp_channel.status = d.pop("status", UNSET)

            def _parse_created_on(data: object) -> datetime.datetime | str | Unset | None:
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

            created_on = _parse_created_on(d.pop("created_on", UNSET))

            whatsapp_channel.created_on = created_on

            whatsapp_channel.channel_provider = d.pop("channel_provider", UNSET)

            whatsapp_channel.is_sandbox = d.pop("is_sandbox", UNSET)

            whatsapp_channel.additional_properties = d
            return whatsapp_channel
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
