from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TrackedEventRequest")


@_attrs_define
class TrackedEventRequest:
    """One event, form-encoded."""

    actid: str
    """ The account's tracking id (shown with the event key). """
    key: str
    """ The account's event key. A secret, like the API token. """
    event: str
    """ Name of the event, as created in event tracking. """
    visit: str
    """ JSON naming the contact, for example `{"email":"jdoe@example.com"}`. """
    eventdata: str | Unset = UNSET
    """ Free text stored with the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actid = self.actid

        key = self.key

        event = self.event

        visit = self.visit

        eventdata = self.eventdata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actid": actid,
                "key": key,
                "event": event,
                "visit": visit,
            }
        )
        if eventdata is not UNSET:
            field_dict["eventdata"] = eventdata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            tracked_event_request = cls.__new__(cls)
            d = dict(src_dict)
            tracked_event_request.actid = d.pop("actid")

            tracked_event_request.key = d.pop("key")

            tracked_event_request.event = d.pop("event")

            tracked_event_request.visit = d.pop("visit")

            tracked_event_request.eventdata = d.pop("eventdata", UNSET)

            tracked_event_request.additional_properties = d
            return tracked_event_request
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
