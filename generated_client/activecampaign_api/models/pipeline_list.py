from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="PipelineList")


@_attrs_define
class PipelineList:
    deal_groups: list[Pipeline]
    deal_stages: list[DealStage] | Unset = UNSET
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal_groups = []
        for deal_groups_item_data in self.deal_groups:
            deal_groups_item = deal_groups_item_data.to_dict()
            deal_groups.append(deal_groups_item)

        deal_stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deal_stages, Unset):
            deal_stages = []
            for deal_stages_item_data in self.deal_stages:
                deal_stages_item = deal_stages_item_data.to_dict()
                deal_stages.append(deal_stages_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dealGroups": deal_groups,
            }
        )
        if deal_stages is not UNSET:
            field_dict["dealStages"] = deal_stages
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            pipeline_list = cls.__new__(cls)
            d = dict(src_dict)
            deal_groups = []
            _deal_groups = d.pop("dealGroups")
            for deal_groups_item_data in _deal_groups:
                deal_groups_item = Pipeline.from_dict(deal_groups_item_data)

                deal_groups.append(deal_groups_item)

            pipeline_list.deal_groups = deal_groups

            _deal_stages = d.pop("dealStages", UNSET)
            deal_stages: list[DealStage] | Unset = UNSET
            if _deal_stages is not UNSET:
                deal_stages = []
                for deal_stages_item_data in _deal_stages:
                    deal_stages_item = DealStage.from_dict(deal_stages_item_data)

                    deal_stages.append(deal_stages_item)

            pipeline_list.deal_stages = deal_stages

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            pipeline_list.meta = meta

            pipeline_list.additional_properties = d
            return pipeline_list
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

    def page_items(self) -> list[Pipeline]:
        """The items of this page (`deal_groups`)."""
        return self.deal_groups


from ..models.deal_stage import DealStage  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
from ..models.pipeline import Pipeline  # noqa: E402
