from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsBroadcastMetrics")


@_attrs_define
class SmsBroadcastMetrics:
    """Counts for one broadcast."""

    id: int
    sends: int | Unset = UNSET
    deliveries: int | Unset = UNSET
    replies: int | Unset = UNSET
    failures: int | Unset = UNSET
    opt_outs: int | Unset = UNSET
    clicks: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sends = self.sends

        deliveries = self.deliveries

        replies = self.replies

        failures = self.failures

        opt_outs = self.opt_outs

        clicks = self.clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if sends is not UNSET:
            field_dict["sends"] = sends
        if deliveries is not UNSET:
            field_dict["deliveries"] = deliveries
        if replies is not UNSET:
            field_dict["replies"] = replies
        if failures is not UNSET:
            field_dict["failures"] = failures
        if opt_outs is not UNSET:
            field_dict["optOuts"] = opt_outs
        if clicks is not UNSET:
            field_dict["clicks"] = clicks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_broadcast_metrics = cls.__new__(cls)
            d = dict(src_dict)
            sms_broadcast_metrics.id = d.pop("id")

            sms_broadcast_metrics.sends = d.pop("sends", UNSET)

            sms_broadcast_metrics.deliveries = d.pop("deliveries", UNSET)

            sms_broadcast_metrics.replies = d.pop("replies", UNSET)

            sms_broadcast_metrics.failures = d.pop("failures", UNSET)

            sms_broadcast_metrics.opt_outs = d.pop("optOuts", UNSET)

            sms_broadcast_metrics.clicks = d.pop("clicks", UNSET)

            sms_broadcast_metrics.additional_properties = d
            return sms_broadcast_metrics
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
