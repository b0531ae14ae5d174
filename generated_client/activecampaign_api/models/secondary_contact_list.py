from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SecondaryContactList")


@_attrs_define
class SecondaryContactList:
    contact_deals: list[SecondaryContact]
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_deals = []
        for contact_deals_item_data in self.contact_deals:
            contact_deals_item = contact_deals_item_data.to_dict()
            contact_deals.append(contact_deals_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactDeals": contact_deals,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            secondary_contact_list = cls.__new__(cls)
            d = dict(src_dict)
            contact_deals = []
            _contact_deals = d.pop("contactDeals")
            for contact_deals_item_data in _contact_deals:
                contact_deals_item = SecondaryContact.from_dict(contact_deals_item_data)

                contact_deals.append(contact_deals_item)

            secondary_contact_list.contact_deals = contact_deals

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            secondary_contact_list.meta = meta

            secondary_contact_list.additional_properties = d
            return secondary_contact_list
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

    def page_items(self) -> list[SecondaryContact]:
        """The items of this page (`contact_deals`)."""
        return self.contact_deals


from ..models.page_meta import PageMeta  # noqa: E402
from ..models.secondary_contact import SecondaryContact  # noqa: E402
