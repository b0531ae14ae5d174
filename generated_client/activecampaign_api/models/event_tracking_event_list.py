from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EventTrackingEventList")


@_attrs_define
class EventTrackingEventList:
    event_tracking_events: list[EventTrackingEvent]
    meta: FlexiblePageMeta | Unset = UNSET
    """ Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather
    than always as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_tracking_events = []
        for event_tracking_events_item_data in self.event_tracking_events:
            event_tracking_events_item = event_tracking_events_item_data.to_dict()
            event_tracking_events.append(event_tracking_events_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventTrackingEvents": event_tracking_events,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            event_tracking_event_list = cls.__new__(cls)
            d = dict(src_dict)
            event_tracking_events = []
            _event_tracking_events = d.pop("eventTrackingEvents")
            for event_tracking_events_item_data in _event_tracking_events:
                event_tracking_events_item = EventTrackingEvent.from_dict(event_tracking_events_item_data)

                event_tracking_events.append(event_tracking_events_item)

            event_tracking_event_list.event_tracking_events = event_tracking_events

            _meta = d.pop("meta", UNSET)
            meta: FlexiblePageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = FlexiblePageMeta.from_dict(_meta)

            event_tracking_event_list.meta = meta

            event_tracking_event_list.additional_properties = d
            return event_tracking_event_list
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

    def page_items(self) -> list[EventTrackingEvent]:
        """The items of this page (`event_tracking_events`)."""
        return self.event_tracking_events


from ..models.event_tracking_event import EventTrackingEvent  # noqa: E402
from ..models.flexible_page_meta import FlexiblePageMeta  # noqa: E402
