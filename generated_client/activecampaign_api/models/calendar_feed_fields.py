from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.calendar_feed_type import CalendarFeedType, check_calendar_feed_type
from ..models.flag_input_type_1 import FlagInputType1, check_flag_input_type_1
from ..models.flag_input_type_2 import FlagInputType2, check_flag_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CalendarFeedFields")


@_attrs_define
class CalendarFeedFields:
    """The writable attributes of a calendar feed."""

    title: str | Unset = UNSET
    type_: CalendarFeedType | Unset = UNSET
    """ Which records a calendar feed carries. """
    notification: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        notification: bool | int | str | Unset
        if isinstance(self.notification, Unset):
            notification = UNSET
        elif isinstance(self.notification, int) or isinstance(self.notification, str):
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

            def _parse_notification(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

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
