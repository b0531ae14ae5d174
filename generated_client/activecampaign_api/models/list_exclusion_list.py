from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ListExclusionList")


@_attrs_define
class ListExclusionList:
    exclusions: list[ListExclusion]
    meta: FlexiblePageMeta | Unset = UNSET
    """ Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather
    than always as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exclusions = []
        for exclusions_item_data in self.exclusions:
            exclusions_item = exclusions_item_data.to_dict()
            exclusions.append(exclusions_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exclusions": exclusions,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            list_exclusion_list = cls.__new__(cls)
            d = dict(src_dict)
            exclusions = []
            _exclusions = d.pop("exclusions")
            for exclusions_item_data in _exclusions:
                exclusions_item = ListExclusion.from_dict(exclusions_item_data)

                exclusions.append(exclusions_item)

            list_exclusion_list.exclusions = exclusions

            _meta = d.pop("meta", UNSET)
            meta: FlexiblePageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = FlexiblePageMeta.from_dict(_meta)

            list_exclusion_list.meta = meta

            list_exclusion_list.additional_properties = d
            return list_exclusion_list
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

    def page_items(self) -> list[ListExclusion]:
        """The items of this page (`exclusions`)."""
        return self.exclusions


from ..models.flexible_page_meta import FlexiblePageMeta  # noqa: E402
from ..models.list_exclusion import ListExclusion  # noqa: E402
