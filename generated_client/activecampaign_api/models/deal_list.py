from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealList")


@_attrs_define
class DealList:
    deals: list[Deal]
    meta: DealPageMeta | Unset = UNSET
    """ Paging information of a deal list, with the summed value of the matching deals per currency. Here `total`
    may be a JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deals = []
        for deals_item_data in self.deals:
            deals_item = deals_item_data.to_dict()
            deals.append(deals_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deals": deals,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_list = cls.__new__(cls)
            d = dict(src_dict)
            deals = []
            _deals = d.pop("deals")
            for deals_item_data in _deals:
                deals_item = Deal.from_dict(deals_item_data)

                deals.append(deals_item)

            deal_list.deals = deals

            _meta = d.pop("meta", UNSET)
            meta: DealPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = DealPageMeta.from_dict(_meta)

            deal_list.meta = meta

            deal_list.additional_properties = d
            return deal_list
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

    def page_items(self) -> list[Deal]:
        """The items of this page (`deals`)."""
        return self.deals


from ..models.deal import Deal  # noqa: E402
from ..models.deal_page_meta import DealPageMeta  # noqa: E402
