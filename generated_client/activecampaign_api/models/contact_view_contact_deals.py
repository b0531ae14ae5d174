from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactViewContactDeals")


@_attrs_define
class ContactViewContactDeals:
    contact_deals: list[SecondaryContact]
    contacts: list[Contact] | Unset = UNSET
    deals: list[ContactDealSummary] | Unset = UNSET
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_deals = []
        for contact_deals_item_data in self.contact_deals:
            contact_deals_item = contact_deals_item_data.to_dict()
            contact_deals.append(contact_deals_item)

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        deals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deals, Unset):
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
                "contactDeals": contact_deals,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if deals is not UNSET:
            field_dict["deals"] = deals
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_view_contact_deals = cls.__new__(cls)
            d = dict(src_dict)
            contact_deals = []
            _contact_deals = d.pop("contactDeals")
            for contact_deals_item_data in _contact_deals:
                contact_deals_item = SecondaryContact.from_dict(contact_deals_item_data)

                contact_deals.append(contact_deals_item)

            contact_view_contact_deals.contact_deals = contact_deals

            _contacts = d.pop("contacts", UNSET)
            contacts: list[Contact] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = Contact.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            contact_view_contact_deals.contacts = contacts

            _deals = d.pop("deals", UNSET)
            deals: list[ContactDealSummary] | Unset = UNSET
            if _deals is not UNSET:
                deals = []
                for deals_item_data in _deals:
                    deals_item = ContactDealSummary.from_dict(deals_item_data)

                    deals.append(deals_item)

            contact_view_contact_deals.deals = deals

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            contact_view_contact_deals.meta = meta

            contact_view_contact_deals.additional_properties = d
            return contact_view_contact_deals
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


from ..models.contact import Contact  # noqa: E402
from ..models.contact_deal_summary import ContactDealSummary  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
from ..models.secondary_contact import SecondaryContact  # noqa: E402
