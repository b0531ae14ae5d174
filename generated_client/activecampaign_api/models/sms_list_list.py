from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsListList")


@_attrs_define
class SmsListList:
    lists: list[SmsList]
    meta: FlexiblePageMeta | Unset = UNSET
    """ Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather
    than always as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lists": lists,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_list_list = cls.__new__(cls)
            d = dict(src_dict)
            lists = []
            _lists = d.pop("lists")
            for lists_item_data in _lists:
                lists_item = SmsList.from_dict(lists_item_data)

                lists.append(lists_item)

            sms_list_list.lists = lists

            _meta = d.pop("meta", UNSET)
            meta: FlexiblePageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = FlexiblePageMeta.from_dict(_meta)

            sms_list_list.meta = meta

            sms_list_list.additional_properties = d
            return sms_list_list
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

    def page_items(self) -> list[SmsList]:
        """The items of this page (`lists`)."""
        return self.lists


from ..models.flexible_page_meta import FlexiblePageMeta  # noqa: E402
from ..models.sms_list import SmsList  # noqa: E402
