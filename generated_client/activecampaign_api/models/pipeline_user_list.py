from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="PipelineUserList")


@_attrs_define
class PipelineUserList:
    deal_group_users: list[PipelineUser]
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal_group_users = []
        for deal_group_users_item_data in self.deal_group_users:
            deal_group_users_item = deal_group_users_item_data.to_dict()
            deal_group_users.append(deal_group_users_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dealGroupUsers": deal_group_users,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            pipeline_user_list = cls.__new__(cls)
            d = dict(src_dict)
            deal_group_users = []
            _deal_group_users = d.pop("dealGroupUsers")
            for deal_group_users_item_data in _deal_group_users:
                deal_group_users_item = PipelineUser.from_dict(deal_group_users_item_data)

                deal_group_users.append(deal_group_users_item)

            pipeline_user_list.deal_group_users = deal_group_users

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            pipeline_user_list.meta = meta

            pipeline_user_list.additional_properties = d
            return pipeline_user_list
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

    def page_items(self) -> list[PipelineUser]:
        """The items of this page (`deal_group_users`)."""
        return self.deal_group_users


from ..models.page_meta import PageMeta  # noqa: E402
from ..models.pipeline_user import PipelineUser  # noqa: E402
