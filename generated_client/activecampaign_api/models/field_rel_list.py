from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FieldRelList")


@_attrs_define
class FieldRelList:
    field_rels: list[FieldRel]
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_rels = []
        for field_rels_item_data in self.field_rels:
            field_rels_item = field_rels_item_data.to_dict()
            field_rels.append(field_rels_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldRels": field_rels,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            field_rel_list = cls.__new__(cls)
            d = dict(src_dict)
            field_rels = []
            _field_rels = d.pop("fieldRels")
            for field_rels_item_data in _field_rels:
                field_rels_item = FieldRel.from_dict(field_rels_item_data)

                field_rels.append(field_rels_item)

            field_rel_list.field_rels = field_rels

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            field_rel_list.meta = meta

            field_rel_list.additional_properties = d
            return field_rel_list
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

    def page_items(self) -> list[FieldRel]:
        """The items of this page (`field_rels`)."""
        return self.field_rels


from ..models.field_rel import FieldRel  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
