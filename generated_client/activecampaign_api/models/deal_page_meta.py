from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealPageMeta")


@_attrs_define
class DealPageMeta:
    """Paging information of a deal list, with the summed value of the matching deals per currency. Here `total` may be a
    JSON number.

    """

    total: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    currencies: DealPageMetaCurrencies | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        currencies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currencies, Unset):
            currencies = self.currencies.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if currencies is not UNSET:
            field_dict["currencies"] = currencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_page_meta = cls.__new__(cls)
            d = dict(src_dict)
            deal_page_meta.total = d.pop("total", UNSET)

            _currencies = d.pop("currencies", UNSET)
            currencies: DealPageMetaCurrencies | Unset
            if isinstance(_currencies, Unset):
                currencies = UNSET
            else:
                currencies = DealPageMetaCurrencies.from_dict(_currencies)

            deal_page_meta.currencies = currencies

            deal_page_meta.additional_properties = d
            return deal_page_meta
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


from ..models.deal_page_meta_currencies import DealPageMetaCurrencies  # noqa: E402
