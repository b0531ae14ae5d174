from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsSnapshot")


@_attrs_define
class SmsSnapshot:
    """Totals over a set of broadcasts."""

    campaigns: int | Unset = UNSET
    """ How many broadcasts the totals cover. """
    sends: int | Unset = UNSET
    deliveries: int | Unset = UNSET
    clicks: int | Unset = UNSET
    replies: int | Unset = UNSET
    failures: int | Unset = UNSET
    opt_outs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaigns = self.campaigns

        sends = self.sends

        deliveries = self.deliveries

        clicks = self.clicks

        replies = self.replies

        failures = self.failures

        opt_outs = self.opt_outs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if sends is not UNSET:
            field_dict["sends"] = sends
        if deliveries is not UNSET:
            field_dict["deliveries"] = deliveries
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if replies is not UNSET:
            field_dict["replies"] = replies
        if failures is not UNSET:
            field_dict["failures"] = failures
        if opt_outs is not UNSET:
            field_dict["optOuts"] = opt_outs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_snapshot = cls.__new__(cls)
            d = dict(src_dict)
            sms_snapshot.campaigns = d.pop("campaigns", UNSET)

            sms_snapshot.sends = d.pop("sends", UNSET)

            sms_snapshot.deliveries = d.pop("deliveries", UNSET)

            sms_snapshot.clicks = d.pop("clicks", UNSET)

            sms_snapshot.replies = d.pop("replies", UNSET)

            sms_snapshot.failures = d.pop("failures", UNSET)

            sms_snapshot.opt_outs = d.pop("optOuts", UNSET)

            sms_snapshot.additional_properties = d
            return sms_snapshot
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
