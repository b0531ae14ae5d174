from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TaskReminderCreateRequestTaskNotification")


@_attrs_define
class TaskReminderCreateRequestTaskNotification:
    deal_task: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    interval: int | str
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal_task: int | str
        deal_task = self.deal_task

        interval: int | str
        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dealTask": deal_task,
                "interval": interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            task_reminder_create_request_task_notification = cls.__new__(cls)
            d = dict(src_dict)
            task_reminder_create_request_task_notification.deal_task = d.pop("dealTask")

            task_reminder_create_request_task_notification.interval = d.pop("interval")

            task_reminder_create_request_task_notification.additional_properties = d
            return task_reminder_create_request_task_notification
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
