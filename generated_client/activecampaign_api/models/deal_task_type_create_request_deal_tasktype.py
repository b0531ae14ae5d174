from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.deal_task_type_fields_status_type_0 import (
    DealTaskTypeFieldsStatusType0,
    check_deal_task_type_fields_status_type_0,
)
from ..models.deal_task_type_fields_status_type_1 import (
    DealTaskTypeFieldsStatusType1,
    check_deal_task_type_fields_status_type_1,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealTaskTypeCreateRequestDealTasktype")


@_attrs_define
class DealTaskTypeCreateRequestDealTasktype:
    title: str
    """ The type's name, unique among task types. """
    status: DealTaskTypeFieldsStatusType0 | DealTaskTypeFieldsStatusType1 | Unset = UNSET
    """ 0 active, 1 disabled; a number or a string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_task_type_create_request_deal_tasktype = cls.__new__(cls)
            d = dict(src_dict)
            deal_task_type_create_request_deal_tasktype.title = d.pop("title")

            def _parse_status(data: object) -> DealTaskTypeFieldsStatusType0 | DealTaskTypeFieldsStatusType1 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    status_type_0 = check_deal_task_type_fields_status_type_0(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_deal_task_type_fields_status_type_1(data)

                return status_type_1

            status = _parse_status(d.pop("status", UNSET))

            deal_task_type_create_request_deal_tasktype.status = status

            deal_task_type_create_request_deal_tasktype.additional_properties = d
            return deal_task_type_create_request_deal_tasktype
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
