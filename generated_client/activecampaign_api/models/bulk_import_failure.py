from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BulkImportFailure")


@_attrs_define
class BulkImportFailure:
    """A rejected import request. `failureReasons` lists the invalid rows, or plain sentences for request-level problems
    such as the rate limit.

    """

    success: int | Unset = UNSET
    """ Always 0 here. """
    message: str | Unset = UNSET
    failure_reasons: list[BulkImportRowFailure | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        failure_reasons: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.failure_reasons, Unset):
            failure_reasons = []
            for failure_reasons_item_data in self.failure_reasons:
                failure_reasons_item: dict[str, Any] | str
                if isinstance(failure_reasons_item_data, BulkImportRowFailure):
                    failure_reasons_item = failure_reasons_item_data.to_dict()
                else:
                    failure_reasons_item = failure_reasons_item_data
                failure_reasons.append(failure_reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if failure_reasons is not UNSET:
            field_dict["failureReasons"] = failure_reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            bulk_import_failure = cls.__new__(cls)
            d = dict(src_dict)
            bulk_import_failure.success = d.pop("success", UNSET)

            bulk_import_failure.message = d.pop("message", UNSET)

            _failure_reasons = d.pop("failureReasons", UNSET)
            failure_reasons: list[BulkImportRowFailure | str] | Unset = UNSET
            if _failure_reasons is not UNSET:
                failure_reasons = []
                for failure_reasons_item_data in _failure_reasons:

                    def _parse_failure_reasons_item(data: object) -> BulkImportRowFailure | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            failure_reasons_item_type_0 = BulkImportRowFailure.from_dict(data)

                            return failure_reasons_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(BulkImportRowFailure | str, data)

                    failure_reasons_item = _parse_failure_reasons_item(failure_reasons_item_data)

                    failure_reasons.append(failure_reasons_item)

            bulk_import_failure.failure_reasons = failure_reasons

            bulk_import_failure.additional_properties = d
            return bulk_import_failure
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


from ..models.bulk_import_row_failure import BulkImportRowFailure  # noqa: E402
