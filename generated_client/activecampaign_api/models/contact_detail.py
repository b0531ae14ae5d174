from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactDetail")


@_attrs_define
class ContactDetail:
    """A contact together with the records it links to."""

    contact: Contact
    """ A contact as the API returns it. Counters and flags arrive as strings of digits. """
    contact_automations: list[ContactAutomation] | Unset = UNSET
    contact_lists: list[ContactListMembership] | Unset = UNSET
    deals: list[ContactDealSummary] | Unset = UNSET
    field_values: list[FieldValue] | Unset = UNSET
    geo_addresses: list[GeoAddress] | Unset = UNSET
    geo_ips: list[GeoIp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

        contact_automations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_automations, Unset):
            contact_automations = []
            for contact_automations_item_data in self.contact_automations:
                contact_automations_item = contact_automations_item_data.to_dict()
                contact_automations.append(contact_automations_item)

        contact_lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_lists, Unset):
            contact_lists = []
            for contact_lists_item_data in self.contact_lists:
                contact_lists_item = contact_lists_item_data.to_dict()
                contact_lists.append(contact_lists_item)

        deals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deals, Unset):
            deals = []
            for deals_item_data in self.deals:
                deals_item = deals_item_data.to_dict()
                deals.append(deals_item)

        field_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_values, Unset):
            field_values = []
            for field_values_item_data in self.field_values:
                field_values_item = field_values_item_data.to_dict()
                field_values.append(field_values_item)

        geo_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.geo_addresses, Unset):
            geo_addresses = []
            for geo_addresses_item_data in self.geo_addresses:
                geo_addresses_item = geo_addresses_item_data.to_dict()
                geo_addresses.append(geo_addresses_item)

        geo_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.geo_ips, Unset):
            geo_ips = []
            for geo_ips_item_data in self.geo_ips:
                geo_ips_item = geo_ips_item_data.to_dict()
                geo_ips.append(geo_ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
            }
        )
        if contact_automations is not UNSET:
            field_dict["contactAutomations"] = contact_automations
        if contact_lists is not UNSET:
            field_dict["contactLists"] = contact_lists
        if deals is not UNSET:
            field_dict["deals"] = deals
        if field_values is not UNSET:
            field_dict["fieldValues"] = field_values
        if geo_addresses is not UNSET:
            field_dict["geoAddresses"] = geo_addresses
        if geo_ips is not UNSET:
            field_dict["geoIps"] = geo_ips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_detail = cls.__new__(cls)
            d = dict(src_dict)
            contact = Contact.from_dict(d.pop("contact"))

            contact_detail.contact = contact

            _contact_automations = d.pop("contactAutomations", UNSET)
            contact_automations: list[ContactAutomation] | Unset = UNSET
            if _contact_automations is not UNSET:
                contact_automations = []
                for contact_automations_item_data in _contact_automations:
                    contact_automations_item = ContactAutomation.from_dict(contact_automations_item_data)

                    contact_automations.append(contact_automations_item)

            contact_detail.contact_automations = contact_automations

            _contact_lists = d.pop("contactLists", UNSET)
            contact_lists: list[ContactListMembership] | Unset = UNSET
            if _contact_lists is not UNSET:
                contact_lists = []
                for contact_lists_item_data in _contact_lists:
                    contact_lists_item = ContactListMembership.from_dict(contact_lists_item_data)

                    contact_lists.append(contact_lists_item)

            contact_detail.contact_lists = contact_lists

            _deals = d.pop("deals", UNSET)
            deals: list[ContactDealSummary] | Unset = UNSET
            if _deals is not UNSET:
                deals = []
                for deals_item_data in _deals:
                    deals_item = ContactDealSummary.from_dict(deals_item_data)

                    deals.append(deals_item)

            contact_detail.deals = deals

            _field_values = d.pop("fieldValues", UNSET)
            field_values: list[FieldValue] | Unset = UNSET
            if _field_values is not UNSET:
                field_values = []
                for field_values_item_data in _field_values:
                    field_values_item = FieldValue.from_dict(field_values_item_data)

                    field_values.append(field_values_item)

            contact_detail.field_values = field_values

            _geo_addresses = d.pop("geoAddresses", UNSET)
            geo_addresses: list[GeoAddress] | Unset = UNSET
            if _geo_addresses is not UNSET:
                geo_addresses = []
                for geo_addresses_item_data in _geo_addresses:
                    geo_addresses_item = GeoAddress.from_dict(geo_addresses_item_data)

                    geo_addresses.append(geo_addresses_item)

            contact_detail.geo_addresses = geo_addresses

            _geo_ips = d.pop("geoIps", UNSET)
            geo_ips: list[GeoIp] | Unset = UNSET
            if _geo_ips is not UNSET:
                geo_ips = []
                for geo_ips_item_data in _geo_ips:
                    geo_ips_item = GeoIp.from_dict(geo_ips_item_data)

                    geo_ips.append(geo_ips_item)

            contact_detail.geo_ips = geo_ips

            contact_detail.additional_properties = d
            return contact_detail
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


from ..models.contact import Contact  # noqa: E402
from ..models.contact_automation import ContactAutomation  # noqa: E402
from ..models.contact_deal_summary import ContactDealSummary  # noqa: E402
from ..models.contact_list_membership import ContactListMembership  # noqa: E402
from ..models.field_value import FieldValue  # noqa: E402
from ..models.geo_address import GeoAddress  # noqa: E402
from ..models.geo_ip import GeoIp  # noqa: E402
