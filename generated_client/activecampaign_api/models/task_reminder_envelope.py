from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TaskReminderEnvelope")


@_attrs_define
class TaskReminderEnvelope:
    task_notification: TaskReminder | Unset = UNSET
    """ A reminder of a task, as the API returns it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_notification, Unset):
            task_notification = self.task_notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_notification is not UNSET:
            field_dict["taskNotification"] = task_notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            task_reminder_envelope = cls.__new__(cls)
            d = dict(src_dict)
            _task_notification = d.pop("taskNotification", UNSET)
            task_notification: TaskReminder | Unset
            if isinstance(_task_notification, Unset):
                task_notification = UNSET
            else:
                task_notification = TaskReminder.from_dict(_task_notification)

            task_reminder_envelope.task_notification = task_notification

            task_reminder_envelope.additional_properties = d
            return task_reminder_envelope
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


from ..models.task_reminder import TaskReminder  # noqa: E402
