from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.bulk_import_callback_detailed_results import (
    BulkImportCallbackDetailedResults,
    check_bulk_import_callback_detailed_results,
)
from ..models.bulk_import_callback_request_type import (
    BulkImportCallbackRequestType,
    check_bulk_import_callback_request_type,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BulkImportCallback")


@_attrs_define
class BulkImportCallback:
    """A URL the API calls when the batch has been processed."""

    url: str
    request_type: BulkImportCallbackRequestType | Unset = UNSET
    detailed_results: BulkImportCallbackDetailedResults | Unset = UNSET
    """ `true` to include per-contact results in the callback. """
    params: list[BulkImportKeyValue] | Unset = UNSET
    headers: list[BulkImportKeyValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        request_type: str | Unset = UNSET
        if not isinstance(self.request_type, Unset):
            request_type = self.request_type

        detailed_results: str | Unset = UNSET
        if not isinstance(self.detailed_results, Unset):
            detailed_results = self.detailed_results

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if request_type is not UNSET:
            field_dict["requestType"] = request_type
        if detailed_results is not UNSET:
            field_dict["detailed_results"] = detailed_results
        if params is not UNSET:
            field_dict["params"] = params
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            bulk_import_callback = cls.__new__(cls)
            d = dict(src_dict)
            bulk_import_callback.url = d.pop("url")

            _request_type = d.pop("requestType", UNSET)
            request_type: BulkImportCallbackRequestType | Unset
            if isinstance(_request_type, Unset):
                request_type = UNSET
            else:
                request_type = check_bulk_import_callback_request_type(_request_type)

            bulk_import_callback.request_type = request_type

            _detailed_results = d.pop("detailed_results", UNSET)
            detailed_results: BulkImportCallbackDetailedResults | Unset
            if isinstance(_detailed_results, Unset):
                detailed_results = UNSET
            else:
                detailed_results = check_bulk_import_callback_detailed_results(_detailed_results)

            bulk_import_callback.detailed_results = detailed_results

            _params = d.pop("params", UNSET)
            params: list[BulkImportKeyValue] | Unset = UNSET
            if _params is not UNSET:
                params = []
                for params_item_data in _params:
                    params_item = BulkImportKeyValue.from_dict(params_item_data)

                    params.append(params_item)

            bulk_import_callback.params = params

            _headers = d.pop("headers", UNSET)
            headers: list[BulkImportKeyValue] | Unset = UNSET
            if _headers is not UNSET:
                headers = []
                for headers_item_data in _headers:
                    headers_item = BulkImportKeyValue.from_dict(headers_item_data)

                    headers.append(headers_item)

            bulk_import_callback.headers = headers

            bulk_import_callback.additional_properties = d
            return bulk_import_callback
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


from ..models.bulk_import_key_value import BulkImportKeyValue  # noqa: E402
