from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.task_outcome_fields_disabled import TaskOutcomeFieldsDisabled, check_task_outcome_fields_disabled
from ..models.task_outcome_sentiment import TaskOutcomeSentiment, check_task_outcome_sentiment
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TaskOutcomeFields")


@_attrs_define
class TaskOutcomeFields:
    """The writable attributes of a task outcome."""

    title: str | Unset = UNSET
    """ The outcome's name, unique among outcomes. """
    sentiment: TaskOutcomeSentiment | Unset = UNSET
    """ How a task outcome is judged. """
    disabled: TaskOutcomeFieldsDisabled | Unset = UNSET
    """ 1 disables the outcome, 0 enables it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        sentiment: str | Unset = UNSET
        if not isinstance(self.sentiment, Unset):
            sentiment = self.sentiment

        disabled: str | Unset = UNSET
        if not isinstance(self.disabled, Unset):
            disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            task_outcome_fields = cls.__new__(cls)
            d = dict(src_dict)
            task_outcome_fields.title = d.pop("title", UNSET)

            _sentiment = d.pop("sentiment", UNSET)
            sentiment: TaskOutcomeSentiment | Unset
            if isinstance(_sentiment, Unset):
                sentiment = UNSET
            else:
                sentiment = check_task_outcome_sentiment(_sentiment)

            task_outcome_fields.sentiment = sentiment

            _disabled = d.pop("disabled", UNSET)
            disabled: TaskOutcomeFieldsDisabled | Unset
            if isinstance(_disabled, Unset):
                disabled = UNSET
            else:
                disabled = check_task_outcome_fields_disabled(_disabled)

            task_outcome_fields.disabled = disabled

            task_outcome_fields.additional_properties = d
            return task_outcome_fields
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
