from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CampaignListLinkList")


@_attrs_define
class CampaignListLinkList:
    campaign_lists: list[CampaignListLink]
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_lists = []
        for campaign_lists_item_data in self.campaign_lists:
            campaign_lists_item = campaign_lists_item_data.to_dict()
            campaign_lists.append(campaign_lists_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignLists": campaign_lists,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            campaign_list_link_list = cls.__new__(cls)
            d = dict(src_dict)
            campaign_lists = []
            _campaign_lists = d.pop("campaignLists")
            for campaign_lists_item_data in _campaign_lists:
                campaign_lists_item = CampaignListLink.from_dict(campaign_lists_item_data)

                campaign_lists.append(campaign_lists_item)

            campaign_list_link_list.campaign_lists = campaign_lists

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            campaign_list_link_list.meta = meta

            campaign_list_link_list.additional_properties = d
            return campaign_list_link_list
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

    def page_items(self) -> list[CampaignListLink]:
        """The items of this page (`campaign_lists`)."""
        return self.campaign_lists


from ..models.campaign_list_link import CampaignListLink  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
