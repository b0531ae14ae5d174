from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactPageMeta")


@_attrs_define
class ContactPageMeta:
    """Paging information of a contact list. `page_input` echoes the filters the API applied."""

    total: str | Unset = UNSET
    page_input: ContactPageMetaPageInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_input, Unset):
            page_input = self.page_input.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if page_input is not UNSET:
            field_dict["page_input"] = page_input

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_page_meta = cls.__new__(cls)
            d = dict(src_dict)
            contact_page_meta.total = d.pop("total", UNSET)

            _page_input = d.pop("page_input", UNSET)
            page_input: ContactPageMetaPageInput | Unset
            if isinstance(_page_input, Unset):
                page_input = UNSET
            else:
                page_input = ContactPageMetaPageInput.from_dict(_page_input)

            contact_page_meta.page_input = page_input

            contact_page_meta.additional_properties = d
            return contact_page_meta
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


from ..models.contact_page_meta_page_input import ContactPageMetaPageInput  # noqa: E402
