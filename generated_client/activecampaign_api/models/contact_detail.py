from __future__ import annotations

from ..decoding import Model as _Model


class ContactDetail(
    _Model,
    kw_only=True,
    rename={
        "contact_automations": "contactAutomations",
        "contact_lists": "contactLists",
        "field_values": "fieldValues",
        "geo_addresses": "geoAddresses",
        "geo_ips": "geoIps",
    },
):
    """A contact together with the records it links to."""

    contact: Contact
    """ A contact as the API returns it. Counters and flags arrive as strings of digits. """
    contact_automations: list[ContactAutomation] | None = None
    contact_lists: list[ContactListMembership] | None = None
    deals: list[ContactDealSummary] | None = None
    field_values: list[FieldValue] | None = None
    geo_addresses: list[GeoAddress] | None = None
    geo_ips: list[GeoIp] | None = None


from .contact import Contact  # noqa: E402
from .contact_automation import ContactAutomation  # noqa: E402
from .contact_deal_summary import ContactDealSummary  # noqa: E402
from .contact_list_membership import ContactListMembership  # noqa: E402
from .field_value import FieldValue  # noqa: E402
from .geo_address import GeoAddress  # noqa: E402
from .geo_ip import GeoIp  # noqa: E402
