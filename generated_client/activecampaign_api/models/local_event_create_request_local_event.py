from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="LocalEventCreateRequestLocalEvent")


@_attrs_define
class LocalEventCreateRequestLocalEvent:
    email: str | Unset = UNSET
    """ Email address of the contact. """
    tstamp: str | Unset | None = UNSET
    """ When the hit happened (ISO 8601). """
    input_: str | Unset = UNSET
    """ The hit as a JSON document in a string, e.g. `{"event":"__pagevisit","url":"www.url.com"}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        else:
            tstamp = self.tstamp

        input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            local_event_create_request_local_event = cls.__new__(cls)
            d = dict(src_dict)
            local_event_create_request_local_event.email = d.pop("email", UNSET)

            local_event_create_request_local_event.tstamp = d.pop("tstamp", UNSET)

            local_event_create_request_local_event.input_ = d.pop("input", UNSET)

            local_event_create_request_local_event.additional_properties = d
            return local_event_create_request_local_event
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
