from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WebhookFields")


@_attrs_define
class WebhookFields:
    """The writable attributes of a webhook."""

    name: str | Unset = UNSET
    url: str | Unset = UNSET
    events: list[str] | Unset = UNSET
    sources: list[str] | Unset = UNSET
    """ Any of `public`, `admin`, `api`, `system`. """
    listid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        listid: int | str | Unset
        if isinstance(self.listid, Unset):
            listid = UNSET
        else:
            listid = self.listid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            webhook_fields = cls.__new__(cls)
            d = dict(src_dict)
            webhook_fields.name = d.pop("name", UNSET)

            webhook_fields.url = d.pop("url", UNSET)

            webhook_fields.events = d.pop("events", UNSET)

            webhook_fields.sources = d.pop("sources", UNSET)

            webhook_fields.listid = d.pop("listid", UNSET)

            webhook_fields.additional_properties = d
            return webhook_fields
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
