from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealTaskTypeMoveResult")


@_attrs_define
class DealTaskTypeMoveResult:
    deal_tasks: list[DealTask]
    deals: list[DealTaskTypeMovedDeal] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal_tasks = []
        for deal_tasks_item_data in self.deal_tasks:
            deal_tasks_item = deal_tasks_item_data.to_dict()
            deal_tasks.append(deal_tasks_item)

        deals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deals, Unset):
            deals = []
            for deals_item_data in self.deals:
                deals_item = deals_item_data.to_dict()
                deals.append(deals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dealTasks": deal_tasks,
            }
        )
        if deals is not UNSET:
            field_dict["deals"] = deals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_task_type_move_result = cls.__new__(cls)
            d = dict(src_dict)
            deal_tasks = []
            _deal_tasks = d.pop("dealTasks")
            for deal_tasks_item_data in _deal_tasks:
                deal_tasks_item = DealTask.from_dict(deal_tasks_item_data)

                deal_tasks.append(deal_tasks_item)

            deal_task_type_move_result.deal_tasks = deal_tasks

            _deals = d.pop("deals", UNSET)
            deals: list[DealTaskTypeMovedDeal] | Unset = UNSET
            if _deals is not UNSET:
                deals = []
                for deals_item_data in _deals:
                    deals_item = DealTaskTypeMovedDeal.from_dict(deals_item_data)

                    deals.append(deals_item)

            deal_task_type_move_result.deals = deals

            deal_task_type_move_result.additional_properties = d
            return deal_task_type_move_result
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


from ..models.deal_task import DealTask  # noqa: E402
from ..models.deal_task_type_moved_deal import DealTaskTypeMovedDeal  # noqa: E402
