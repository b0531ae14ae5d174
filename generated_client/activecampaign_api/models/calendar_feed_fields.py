from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.calendar_feed_fields_notification_type_0 import (
    CalendarFeedFieldsNotificationType0,
    check_calendar_feed_fields_notification_type_0,
)
from ..models.calendar_feed_type import CalendarFeedType, check_calendar_feed_type
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CalendarFeedFields")


@_attrs_define
class CalendarFeedFields:
    """The writable attributes of a calendar feed."""

    title: str | Unset = UNSET
    type_: CalendarFeedType | Unset = UNSET
    """ Which records a calendar feed carries. """
    notification: bool | CalendarFeedFieldsNotificationType0 | Unset = UNSET
    """ 1 (or true) to send notifications, 0 (or false) not to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        notification: bool | int | Unset
        if isinstance(self.notification, Unset):
            notification = UNSET
        elif isinstance(self.notification, int):
            notification = self.notification
        else:
            notification = self.notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            calendar_feed_fields = cls.__new__(cls)
            d = dict(src_dict)
            calendar_feed_fields.title = d.pop("title", UNSET)

            _type_ = d.pop("type", UNSET)
            type_: CalendarFeedType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_calendar_feed_type(_type_)

            calendar_feed_fields.type_ = type_

            def _parse_notification(data: object) -> bool | CalendarFeedFieldsNotificationType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    notification_type_0 = check_calendar_feed_fields_notification_type_0(data)

                    return notification_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | CalendarFeedFieldsNotificationType0 | Unset, data)

            notification = _parse_notification(d.pop("notification", UNSET))

            calendar_feed_fields.notification = notification

            calendar_feed_fields.additional_properties = d
            return calendar_feed_fields
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
