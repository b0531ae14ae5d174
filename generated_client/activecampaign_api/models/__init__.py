"""Contains all the data models used in inputs/outputs"""

from .contact import Contact
from .contact_automation import ContactAutomation
from .contact_create_fields import ContactCreateFields
from .contact_create_request import ContactCreateRequest
from .contact_deal_summary import ContactDealSummary
from .contact_detail import ContactDetail
from .contact_envelope import ContactEnvelope
from .contact_fields import ContactFields
from .contact_list import ContactList
from .contact_list_envelope import ContactListEnvelope
from .contact_list_membership import ContactListMembership
from .contact_list_score_values_item import ContactListScoreValuesItem
from .contact_list_status_request import ContactListStatusRequest
from .contact_list_status_request_contact_list import ContactListStatusRequestContactList
from .contact_page_meta import ContactPageMeta
from .contact_page_meta_page_input import ContactPageMetaPageInput
from .contact_sync_fields import ContactSyncFields
from .contact_sync_request import ContactSyncRequest
from .contact_tag import ContactTag
from .contact_tag_create_request import ContactTagCreateRequest
from .contact_tag_create_request_contact_tag import ContactTagCreateRequestContactTag
from .contact_tag_envelope import ContactTagEnvelope
from .contact_tag_list import ContactTagList
from .contact_update_request import ContactUpdateRequest
from .empty_object import EmptyObject
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .error_source import ErrorSource
from .field_value import FieldValue
from .field_value_input import FieldValueInput
from .geo_address import GeoAddress
from .geo_ip import GeoIp
from .links import Links
from .list_contacts_force_query import ListContactsForceQuery
from .list_contacts_in_group_lists import ListContactsInGroupLists
from .list_contacts_status import ListContactsStatus
from .list_lists_orders_name import ListListsOrdersName
from .list_status_input_type_0 import ListStatusInputType0
from .list_status_input_type_1 import ListStatusInputType1
from .list_tags_orders_search import ListTagsOrdersSearch
from .mailing_list import MailingList
from .mailing_list_create_request import MailingListCreateRequest
from .mailing_list_create_request_list import MailingListCreateRequestList
from .mailing_list_envelope import MailingListEnvelope
from .mailing_list_fields import MailingListFields
from .mailing_list_fields_channel import MailingListFieldsChannel
from .mailing_list_fields_send_last_broadcast import MailingListFieldsSendLastBroadcast
from .mailing_list_list import MailingListList
from .mailing_list_update_request import MailingListUpdateRequest
from .page_meta import PageMeta
from .sort_direction import SortDirection
from .tag import Tag
from .tag_create_request import TagCreateRequest
from .tag_create_request_tag import TagCreateRequestTag
from .tag_envelope import TagEnvelope
from .tag_fields import TagFields
from .tag_list import TagList
from .tag_type import TagType
from .tag_update_request import TagUpdateRequest

__all__ = (
    "Contact",
    "ContactAutomation",
    "ContactCreateFields",
    "ContactCreateRequest",
    "ContactDealSummary",
    "ContactDetail",
    "ContactEnvelope",
    "ContactFields",
    "ContactList",
    "ContactListEnvelope",
    "ContactListMembership",
    "ContactListScoreValuesItem",
    "ContactListStatusRequest",
    "ContactListStatusRequestContactList",
    "ContactPageMeta",
    "ContactPageMetaPageInput",
    "ContactSyncFields",
    "ContactSyncRequest",
    "ContactTag",
    "ContactTagCreateRequest",
    "ContactTagCreateRequestContactTag",
    "ContactTagEnvelope",
    "ContactTagList",
    "ContactUpdateRequest",
    "EmptyObject",
    "ErrorDetail",
    "ErrorResponse",
    "ErrorSource",
    "FieldValue",
    "FieldValueInput",
    "GeoAddress",
    "GeoIp",
    "Links",
    "ListContactsForceQuery",
    "ListContactsInGroupLists",
    "ListContactsStatus",
    "ListListsOrdersName",
    "ListStatusInputType0",
    "ListStatusInputType1",
    "ListTagsOrdersSearch",
    "MailingList",
    "MailingListCreateRequest",
    "MailingListCreateRequestList",
    "MailingListEnvelope",
    "MailingListFields",
    "MailingListFieldsChannel",
    "MailingListFieldsSendLastBroadcast",
    "MailingListList",
    "MailingListUpdateRequest",
    "PageMeta",
    "SortDirection",
    "Tag",
    "TagCreateRequest",
    "TagCreateRequestTag",
    "TagEnvelope",
    "TagFields",
    "TagList",
    "TagType",
    "TagUpdateRequest",
)
