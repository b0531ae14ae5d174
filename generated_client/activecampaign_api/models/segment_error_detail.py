from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SegmentErrorDetail")


@_attrs_define
class SegmentErrorDetail:
    """One error of this service; `status` is a string here (`"400"` or `"400 BAD_REQUEST"`)."""

    status: str | Unset = UNSET
    code: str | Unset = UNSET
    detail: str | Unset = UNSET
    source: ErrorSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        code = self.code

        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if detail is not UNSET:
            field_dict["detail"] = detail
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            segment_error_detail = cls.__new__(cls)
            d = dict(src_dict)
            segment_error_detail.status = d.pop("status", UNSET)

            segment_error_detail.code = d.pop("code", UNSET)

            segment_error_detail.detail = d.pop("detail", UNSET)

            _source = d.pop("source", UNSET)
            source: ErrorSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = ErrorSource.from_dict(_source)

            segment_error_detail.source = source

            segment_error_detail.additional_properties = d
            return segment_error_detail
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


from ..models.error_source import ErrorSource  # noqa: E402
