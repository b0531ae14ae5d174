from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="PipelineEnvelope")


@_attrs_define
class PipelineEnvelope:
    deal_group: Pipeline
    """ A pipeline (deal group). """
    deal_stages: list[DealStage] | Unset = UNSET
    deal_group_users: list[PipelineUser] | Unset = UNSET
    deal_group_groups: list[PipelineGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal_group = self.deal_group.to_dict()

        deal_stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deal_stages, Unset):
            deal_stages = []
            for deal_stages_item_data in self.deal_stages:
                deal_stages_item = deal_stages_item_data.to_dict()
                deal_stages.append(deal_stages_item)

        deal_group_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deal_group_users, Unset):
            deal_group_users = []
            for deal_group_users_item_data in self.deal_group_users:
                deal_group_users_item = deal_group_users_item_data.to_dict()
                deal_group_users.append(deal_group_users_item)

        deal_group_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deal_group_groups, Unset):
            deal_group_groups = []
            for deal_group_groups_item_data in self.deal_group_groups:
                deal_group_groups_item = deal_group_groups_item_data.to_dict()
                deal_group_groups.append(deal_group_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dealGroup": deal_group,
            }
        )
        if deal_stages is not UNSET:
            field_dict["dealStages"] = deal_stages
        if deal_group_users is not UNSET:
            field_dict["dealGroupUsers"] = deal_group_users
        if deal_group_groups is not UNSET:
            field_dict["dealGroupGroups"] = deal_group_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            pipeline_envelope = cls.__new__(cls)
            d = dict(src_dict)
            deal_group = Pipeline.from_dict(d.pop("dealGroup"))

            pipeline_envelope.deal_group = deal_group

            _deal_stages = d.pop("dealStages", UNSET)
            deal_stages: list[DealStage] | Unset = UNSET
            if _deal_stages is not UNSET:
                deal_stages = []
                for deal_stages_item_data in _deal_stages:
                    deal_stages_item = DealStage.from_dict(deal_stages_item_data)

                    deal_stages.append(deal_stages_item)

            pipeline_envelope.deal_stages = deal_stages

            _deal_group_users = d.pop("dealGroupUsers", UNSET)
            deal_group_users: list[PipelineUser] | Unset = UNSET
            if _deal_group_users is not UNSET:
                deal_group_users = []
                for deal_group_users_item_data in _deal_group_users:
                    deal_group_users_item = PipelineUser.from_dict(deal_group_users_item_data)

                    deal_group_users.append(deal_group_users_item)

            pipeline_envelope.deal_group_users = deal_group_users

            _deal_group_groups = d.pop("dealGroupGroups", UNSET)
            deal_group_groups: list[PipelineGroup] | Unset = UNSET
            if _deal_group_groups is not UNSET:
                deal_group_groups = []
                for deal_group_groups_item_data in _deal_group_groups:
                    deal_group_groups_item = PipelineGroup.from_dict(deal_group_groups_item_data)

                    deal_group_groups.append(deal_group_groups_item)

            pipeline_envelope.deal_group_groups = deal_group_groups

            pipeline_envelope.additional_properties = d
            return pipeline_envelope
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


from ..models.deal_stage import DealStage  # noqa: E402
from ..models.pipeline import Pipeline  # noqa: E402
from ..models.pipeline_group import PipelineGroup  # noqa: E402
from ..models.pipeline_user import PipelineUser  # noqa: E402
