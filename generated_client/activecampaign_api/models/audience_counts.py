from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AudienceCounts")


@_attrs_define
class AudienceCounts:
    last_total: AudienceCount | Unset = UNSET
    """ A contact count and the run that produced it. """
    last_active_total: AudienceCount | Unset = UNSET
    """ A contact count and the run that produced it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_total, Unset):
            last_total = self.last_total.to_dict()

        last_active_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_active_total, Unset):
            last_active_total = self.last_active_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_total is not UNSET:
            field_dict["last_total"] = last_total
        if last_active_total is not UNSET:
            field_dict["last_active_total"] = last_active_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            audience_counts = cls.__new__(cls)
            d = dict(src_dict)
            _last_total = d.pop("last_total", UNSET)
            last_total: AudienceCount | Unset
            if isinstance(_last_total, Unset):
                last_total = UNSET
            else:
                last_total = AudienceCount.from_dict(_last_total)

            audience_counts.last_total = last_total

            _last_active_total = d.pop("last_active_total", UNSET)
            last_active_total: AudienceCount | Unset
            if isinstance(_last_active_total, Unset):
                last_active_total = UNSET
            else:
                last_active_total = AudienceCount.from_dict(_last_active_total)

            audience_counts.last_active_total = last_active_total

            audience_counts.additional_properties = d
            return audience_counts
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


from ..models.audience_count import AudienceCount  # noqa: E402
