from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ActivityRecipient")


@_attrs_define
class ActivityRecipient:
    """Who an activity concerns."""

    id: str | Unset = UNSET
    reltype: str | Unset = UNSET
    """ Kind of record, for example `Subscriber`. """
    relid: str | Unset = UNSET
    activityid: str | Unset = UNSET
    recipient: ActivityReference | Unset = UNSET
    """ The record an activity is about. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reltype = self.reltype

        relid = self.relid

        activityid = self.activityid

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reltype is not UNSET:
            field_dict["reltype"] = reltype
        if relid is not UNSET:
            field_dict["relid"] = relid
        if activityid is not UNSET:
            field_dict["activityid"] = activityid
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            activity_recipient = cls.__new__(cls)
            d = dict(src_dict)
            activity_recipient.id = d.pop("id", UNSET)

            activity_recipient.reltype = d.pop("reltype", UNSET)

            activity_recipient.relid = d.pop("relid", UNSET)

            activity_recipient.activityid = d.pop("activityid", UNSET)

            _recipient = d.pop("recipient", UNSET)
            recipient: ActivityReference | Unset
            if isinstance(_recipient, Unset):
                recipient = UNSET
            else:
                recipient = ActivityReference.from_dict(_recipient)

            activity_recipient.recipient = recipient

            activity_recipient.additional_properties = d
            return activity_recipient
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


from ..models.activity_reference import ActivityReference  # noqa: E402
