from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="InaccessiblePipelineList")


@_attrs_define
class InaccessiblePipelineList:
    deal_groups: list[Pipeline]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal_groups = []
        for deal_groups_item_data in self.deal_groups:
            deal_groups_item = deal_groups_item_data.to_dict()
            deal_groups.append(deal_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dealGroups": deal_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            inaccessible_pipeline_list = cls.__new__(cls)
            d = dict(src_dict)
            deal_groups = []
            _deal_groups = d.pop("dealGroups")
            for deal_groups_item_data in _deal_groups:
                deal_groups_item = Pipeline.from_dict(deal_groups_item_data)

                deal_groups.append(deal_groups_item)

            inaccessible_pipeline_list.deal_groups = deal_groups

            inaccessible_pipeline_list.additional_properties = d
            return inaccessible_pipeline_list
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


from ..models.pipeline import Pipeline  # noqa: E402
