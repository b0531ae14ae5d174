from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FieldOptionList")


@_attrs_define
class FieldOptionList:
    field_options: list[FieldOption]
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_options = []
        for field_options_item_data in self.field_options:
            field_options_item = field_options_item_data.to_dict()
            field_options.append(field_options_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldOptions": field_options,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            field_option_list = cls.__new__(cls)
            d = dict(src_dict)
            field_options = []
            _field_options = d.pop("fieldOptions")
            for field_options_item_data in _field_options:
                field_options_item = FieldOption.from_dict(field_options_item_data)

                field_options.append(field_options_item)

            field_option_list.field_options = field_options

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            field_option_list.meta = meta

            field_option_list.additional_properties = d
            return field_option_list
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

    def page_items(self) -> list[FieldOption]:
        """The items of this page (`field_options`)."""
        return self.field_options


from ..models.field_option import FieldOption  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
