"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_bulk_delete_result import AccountBulkDeleteResult
from .account_bulk_delete_result_meta import AccountBulkDeleteResultMeta
from .account_contact import AccountContact
from .account_contact_create_request import AccountContactCreateRequest
from .account_contact_create_request_account_contact import AccountContactCreateRequestAccountContact
from .account_contact_envelope import AccountContactEnvelope
from .account_contact_fields import AccountContactFields
from .account_contact_list import AccountContactList
from .account_contact_meta import AccountContactMeta
from .account_contact_meta_query_log import AccountContactMetaQueryLog
from .account_contact_update_request import AccountContactUpdateRequest
from .account_create_request import AccountCreateRequest
from .account_create_request_account import AccountCreateRequestAccount
from .account_custom_field import AccountCustomField
from .account_custom_field_create_request import AccountCustomFieldCreateRequest
from .account_custom_field_create_request_account_custom_field_metum import (
    AccountCustomFieldCreateRequestAccountCustomFieldMetum,
)
from .account_custom_field_create_request_account_custom_field_metum_field_type import (
    AccountCustomFieldCreateRequestAccountCustomFieldMetumFieldType,
)
from .account_custom_field_envelope import AccountCustomFieldEnvelope
from .account_custom_field_fields import AccountCustomFieldFields
from .account_custom_field_fields_is_form_visible_type_0 import AccountCustomFieldFieldsIsFormVisibleType0
from .account_custom_field_fields_is_required_type_0 import AccountCustomFieldFieldsIsRequiredType0
from .account_custom_field_list import AccountCustomFieldList
from .account_custom_field_message import AccountCustomFieldMessage
from .account_custom_field_update_request import AccountCustomFieldUpdateRequest
from .account_custom_field_value import AccountCustomFieldValue
from .account_custom_field_value_change import AccountCustomFieldValueChange
from .account_custom_field_value_create_request import AccountCustomFieldValueCreateRequest
from .account_custom_field_value_envelope import AccountCustomFieldValueEnvelope
from .account_custom_field_value_fields import AccountCustomFieldValueFields
from .account_custom_field_value_list import AccountCustomFieldValueList
from .account_custom_field_value_new import AccountCustomFieldValueNew
from .account_custom_field_value_update_request import AccountCustomFieldValueUpdateRequest
from .account_envelope import AccountEnvelope
from .account_field_value import AccountFieldValue
from .account_field_value_input import AccountFieldValueInput
from .account_fields import AccountFields
from .account_list import AccountList
from .account_note import AccountNote
from .account_note_envelope import AccountNoteEnvelope
from .account_note_owner import AccountNoteOwner
from .account_note_request import AccountNoteRequest
from .account_note_request_note import AccountNoteRequestNote
from .account_update_request import AccountUpdateRequest
from .activity import Activity
from .activity_list import ActivityList
from .activity_recipient import ActivityRecipient
from .activity_reference import ActivityReference
from .address import Address
from .address_create_fields import AddressCreateFields
from .address_create_request import AddressCreateRequest
from .address_envelope import AddressEnvelope
from .address_list import AddressList
from .address_update_fields import AddressUpdateFields
from .address_update_request import AddressUpdateRequest
from .automation import Automation
from .automation_list import AutomationList
from .automation_lookup import AutomationLookup
from .automation_page_meta import AutomationPageMeta
from .automation_page_meta_sms_logs_item import AutomationPageMetaSmsLogsItem
from .automation_start import AutomationStart
from .branding import Branding
from .branding_envelope import BrandingEnvelope
from .branding_fields import BrandingFields
from .branding_list import BrandingList
from .branding_update_request import BrandingUpdateRequest
from .bulk_import_callback import BulkImportCallback
from .bulk_import_callback_detailed_results import BulkImportCallbackDetailedResults
from .bulk_import_callback_request_type import BulkImportCallbackRequestType
from .bulk_import_contact import BulkImportContact
from .bulk_import_day_count import BulkImportDayCount
from .bulk_import_failure import BulkImportFailure
from .bulk_import_field_value import BulkImportFieldValue
from .bulk_import_info import BulkImportInfo
from .bulk_import_key_value import BulkImportKeyValue
from .bulk_import_list_ref import BulkImportListRef
from .bulk_import_queued import BulkImportQueued
from .bulk_import_request import BulkImportRequest
from .bulk_import_row_failure import BulkImportRowFailure
from .bulk_import_status_list import BulkImportStatusList
from .calendar_feed import CalendarFeed
from .calendar_feed_create_request import CalendarFeedCreateRequest
from .calendar_feed_create_request_calendar import CalendarFeedCreateRequestCalendar
from .calendar_feed_envelope import CalendarFeedEnvelope
from .calendar_feed_fields import CalendarFeedFields
from .calendar_feed_fields_notification_type_0 import CalendarFeedFieldsNotificationType0
from .calendar_feed_list import CalendarFeedList
from .calendar_feed_type import CalendarFeedType
from .calendar_feed_update_request import CalendarFeedUpdateRequest
from .campaign import Campaign
from .campaign_copy_result import CampaignCopyResult
from .campaign_create_request import CampaignCreateRequest
from .campaign_envelope import CampaignEnvelope
from .campaign_errors import CampaignErrors
from .campaign_link import CampaignLink
from .campaign_link_list import CampaignLinkList
from .campaign_list import CampaignList
from .campaign_settings import CampaignSettings
from .campaign_settings_input import CampaignSettingsInput
from .config import Config
from .config_envelope import ConfigEnvelope
from .config_update_request import ConfigUpdateRequest
from .config_update_request_config import ConfigUpdateRequestConfig
from .connection import Connection
from .connection_create_request import ConnectionCreateRequest
from .connection_create_request_connection import ConnectionCreateRequestConnection
from .connection_envelope import ConnectionEnvelope
from .connection_fields import ConnectionFields
from .connection_list import ConnectionList
from .connection_update_request import ConnectionUpdateRequest
from .connection_update_request_connection import ConnectionUpdateRequestConnection
from .connection_update_request_connection_status import ConnectionUpdateRequestConnectionStatus
from .connection_update_request_connection_sync_status import ConnectionUpdateRequestConnectionSyncStatus
from .contact import Contact
from .contact_automation import ContactAutomation
from .contact_automation_create_request import ContactAutomationCreateRequest
from .contact_automation_create_request_contact_automation import ContactAutomationCreateRequestContactAutomation
from .contact_automation_created import ContactAutomationCreated
from .contact_automation_envelope import ContactAutomationEnvelope
from .contact_automation_list import ContactAutomationList
from .contact_automation_page_meta import ContactAutomationPageMeta
from .contact_automation_page_meta_showcase_stats_item import ContactAutomationPageMetaShowcaseStatsItem
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
from .contact_view_account_contacts import ContactViewAccountContacts
from .contact_view_automation_entry_count import ContactViewAutomationEntryCount
from .contact_view_automation_entry_counts import ContactViewAutomationEntryCounts
from .contact_view_automations import ContactViewAutomations
from .contact_view_bounce_log import ContactViewBounceLog
from .contact_view_bounce_logs import ContactViewBounceLogs
from .contact_view_contact_deals import ContactViewContactDeals
from .contact_view_contact_envelope import ContactViewContactEnvelope
from .contact_view_data import ContactViewData
from .contact_view_data_envelope import ContactViewDataEnvelope
from .contact_view_deals import ContactViewDeals
from .contact_view_field_values import ContactViewFieldValues
from .contact_view_geo_address_envelope import ContactViewGeoAddressEnvelope
from .contact_view_geo_ips import ContactViewGeoIps
from .contact_view_goal import ContactViewGoal
from .contact_view_goals import ContactViewGoals
from .contact_view_list_memberships import ContactViewListMemberships
from .contact_view_log import ContactViewLog
from .contact_view_logs import ContactViewLogs
from .contact_view_notes import ContactViewNotes
from .contact_view_organization import ContactViewOrganization
from .contact_view_organization_envelope import ContactViewOrganizationEnvelope
from .contact_view_plus_append import ContactViewPlusAppend
from .contact_view_plus_append_envelope import ContactViewPlusAppendEnvelope
from .contact_view_score_value import ContactViewScoreValue
from .contact_view_score_values import ContactViewScoreValues
from .contact_view_tracking_log import ContactViewTrackingLog
from .contact_view_tracking_logs import ContactViewTrackingLogs
from .create_deal_stage_reorder import CreateDealStageReorder
from .custom_field_value import CustomFieldValue
from .custom_field_value_envelope import CustomFieldValueEnvelope
from .custom_field_value_list import CustomFieldValueList
from .custom_field_value_request import CustomFieldValueRequest
from .custom_field_value_request_field_value import CustomFieldValueRequestFieldValue
from .custom_field_value_saved_envelope import CustomFieldValueSavedEnvelope
from .custom_object_field import CustomObjectField
from .custom_object_field_input import CustomObjectFieldInput
from .custom_object_field_input_options_item import CustomObjectFieldInputOptionsItem
from .custom_object_field_option import CustomObjectFieldOption
from .custom_object_icons import CustomObjectIcons
from .custom_object_labels import CustomObjectLabels
from .custom_object_page_meta import CustomObjectPageMeta
from .custom_object_record import CustomObjectRecord
from .custom_object_record_envelope import CustomObjectRecordEnvelope
from .custom_object_record_field import CustomObjectRecordField
from .custom_object_record_fields import CustomObjectRecordFields
from .custom_object_record_fields_relationships import CustomObjectRecordFieldsRelationships
from .custom_object_record_list import CustomObjectRecordList
from .custom_object_record_relationships import CustomObjectRecordRelationships
from .custom_object_record_write_request import CustomObjectRecordWriteRequest
from .custom_object_relationship import CustomObjectRelationship
from .custom_object_relationship_input import CustomObjectRelationshipInput
from .custom_object_relationship_input_namespace import CustomObjectRelationshipInputNamespace
from .custom_object_schema import CustomObjectSchema
from .custom_object_schema_envelope import CustomObjectSchemaEnvelope
from .custom_object_schema_fields import CustomObjectSchemaFields
from .custom_object_schema_list import CustomObjectSchemaList
from .custom_object_schema_write_request import CustomObjectSchemaWriteRequest
from .deal import Deal
from .deal_activity import DealActivity
from .deal_activity_list import DealActivityList
from .deal_bulk_update_request import DealBulkUpdateRequest
from .deal_bulk_update_result import DealBulkUpdateResult
from .deal_create_request import DealCreateRequest
from .deal_create_request_deal import DealCreateRequestDeal
from .deal_currency_total import DealCurrencyTotal
from .deal_custom_field import DealCustomField
from .deal_custom_field_create_request import DealCustomFieldCreateRequest
from .deal_custom_field_create_request_deal_custom_field_metum import DealCustomFieldCreateRequestDealCustomFieldMetum
from .deal_custom_field_create_request_deal_custom_field_metum_field_type import (
    DealCustomFieldCreateRequestDealCustomFieldMetumFieldType,
)
from .deal_custom_field_envelope import DealCustomFieldEnvelope
from .deal_custom_field_fields import DealCustomFieldFields
from .deal_custom_field_fields_is_form_visible_type_0 import DealCustomFieldFieldsIsFormVisibleType0
from .deal_custom_field_fields_is_required_type_0 import DealCustomFieldFieldsIsRequiredType0
from .deal_custom_field_list import DealCustomFieldList
from .deal_custom_field_message import DealCustomFieldMessage
from .deal_custom_field_update_request import DealCustomFieldUpdateRequest
from .deal_custom_field_value import DealCustomFieldValue
from .deal_custom_field_value_change import DealCustomFieldValueChange
from .deal_custom_field_value_create_request import DealCustomFieldValueCreateRequest
from .deal_custom_field_value_envelope import DealCustomFieldValueEnvelope
from .deal_custom_field_value_fields import DealCustomFieldValueFields
from .deal_custom_field_value_list import DealCustomFieldValueList
from .deal_custom_field_value_new import DealCustomFieldValueNew
from .deal_custom_field_value_update_request import DealCustomFieldValueUpdateRequest
from .deal_detail import DealDetail
from .deal_envelope import DealEnvelope
from .deal_field_value import DealFieldValue
from .deal_field_value_input import DealFieldValueInput
from .deal_fields import DealFields
from .deal_fields_status import DealFieldsStatus
from .deal_list import DealList
from .deal_note import DealNote
from .deal_note_envelope import DealNoteEnvelope
from .deal_note_owner import DealNoteOwner
from .deal_note_request import DealNoteRequest
from .deal_note_request_note import DealNoteRequestNote
from .deal_owner_change import DealOwnerChange
from .deal_page_meta import DealPageMeta
from .deal_page_meta_currencies import DealPageMetaCurrencies
from .deal_role import DealRole
from .deal_role_create_request import DealRoleCreateRequest
from .deal_role_envelope import DealRoleEnvelope
from .deal_role_list import DealRoleList
from .deal_stage import DealStage
from .deal_stage_create_request import DealStageCreateRequest
from .deal_stage_create_request_deal_stage import DealStageCreateRequestDealStage
from .deal_stage_envelope import DealStageEnvelope
from .deal_stage_fields import DealStageFields
from .deal_stage_fields_card_region_3 import DealStageFieldsCardRegion3
from .deal_stage_list import DealStageList
from .deal_stage_move_request import DealStageMoveRequest
from .deal_stage_move_request_deal import DealStageMoveRequestDeal
from .deal_stage_move_result import DealStageMoveResult
from .deal_stage_update_request import DealStageUpdateRequest
from .deal_task import DealTask
from .deal_task_create_fields import DealTaskCreateFields
from .deal_task_create_request import DealTaskCreateRequest
from .deal_task_envelope import DealTaskEnvelope
from .deal_task_fields import DealTaskFields
from .deal_task_fields_owner_type import DealTaskFieldsOwnerType
from .deal_task_list import DealTaskList
from .deal_task_owner import DealTaskOwner
from .deal_task_status_input_type_0 import DealTaskStatusInputType0
from .deal_task_status_input_type_1 import DealTaskStatusInputType1
from .deal_task_type import DealTaskType
from .deal_task_type_create_request import DealTaskTypeCreateRequest
from .deal_task_type_create_request_deal_tasktype import DealTaskTypeCreateRequestDealTasktype
from .deal_task_type_envelope import DealTaskTypeEnvelope
from .deal_task_type_fields import DealTaskTypeFields
from .deal_task_type_fields_status_type_0 import DealTaskTypeFieldsStatusType0
from .deal_task_type_fields_status_type_1 import DealTaskTypeFieldsStatusType1
from .deal_task_type_list import DealTaskTypeList
from .deal_task_type_move_request import DealTaskTypeMoveRequest
from .deal_task_type_move_request_deal_task import DealTaskTypeMoveRequestDealTask
from .deal_task_type_move_result import DealTaskTypeMoveResult
from .deal_task_type_moved_deal import DealTaskTypeMovedDeal
from .deal_task_type_update_request import DealTaskTypeUpdateRequest
from .deal_task_update_request import DealTaskUpdateRequest
from .deal_update_request import DealUpdateRequest
from .ecom_customer import EcomCustomer
from .ecom_customer_create_request import EcomCustomerCreateRequest
from .ecom_customer_create_request_ecom_customer import EcomCustomerCreateRequestEcomCustomer
from .ecom_customer_envelope import EcomCustomerEnvelope
from .ecom_customer_fields import EcomCustomerFields
from .ecom_customer_fields_accepts_marketing import EcomCustomerFieldsAcceptsMarketing
from .ecom_customer_list import EcomCustomerList
from .ecom_customer_update_request import EcomCustomerUpdateRequest
from .ecom_order import EcomOrder
from .ecom_order_create_fields import EcomOrderCreateFields
from .ecom_order_create_fields_source_type_0 import EcomOrderCreateFieldsSourceType0
from .ecom_order_create_fields_source_type_1 import EcomOrderCreateFieldsSourceType1
from .ecom_order_create_request import EcomOrderCreateRequest
from .ecom_order_discount import EcomOrderDiscount
from .ecom_order_discount_input import EcomOrderDiscountInput
from .ecom_order_discount_input_type import EcomOrderDiscountInputType
from .ecom_order_envelope import EcomOrderEnvelope
from .ecom_order_fields import EcomOrderFields
from .ecom_order_list import EcomOrderList
from .ecom_order_product import EcomOrderProduct
from .ecom_order_product_envelope import EcomOrderProductEnvelope
from .ecom_order_product_input import EcomOrderProductInput
from .ecom_order_product_list import EcomOrderProductList
from .ecom_order_update_request import EcomOrderUpdateRequest
from .editor_markup import EditorMarkup
from .email_activity import EmailActivity
from .email_activity_list import EmailActivityList
from .empty_object import EmptyObject
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .error_source import ErrorSource
from .event_tracking_envelope import EventTrackingEnvelope
from .event_tracking_event import EventTrackingEvent
from .event_tracking_event_envelope import EventTrackingEventEnvelope
from .event_tracking_event_list import EventTrackingEventList
from .event_tracking_update_request import EventTrackingUpdateRequest
from .field import Field
from .field_attributes import FieldAttributes
from .field_create_request import FieldCreateRequest
from .field_create_request_field import FieldCreateRequestField
from .field_envelope import FieldEnvelope
from .field_flag import FieldFlag
from .field_group import FieldGroup
from .field_group_create_request import FieldGroupCreateRequest
from .field_group_create_request_group_definition import FieldGroupCreateRequestGroupDefinition
from .field_group_envelope import FieldGroupEnvelope
from .field_group_list import FieldGroupList
from .field_group_member import FieldGroupMember
from .field_group_member_envelope import FieldGroupMemberEnvelope
from .field_group_member_request import FieldGroupMemberRequest
from .field_group_member_request_group_member import FieldGroupMemberRequestGroupMember
from .field_list import FieldList
from .field_option import FieldOption
from .field_option_bulk_error import FieldOptionBulkError
from .field_option_bulk_request import FieldOptionBulkRequest
from .field_option_envelope import FieldOptionEnvelope
from .field_option_input import FieldOptionInput
from .field_option_list import FieldOptionList
from .field_rel import FieldRel
from .field_rel_create_request import FieldRelCreateRequest
from .field_rel_create_request_field_rel import FieldRelCreateRequestFieldRel
from .field_rel_envelope import FieldRelEnvelope
from .field_type import FieldType
from .field_update_request import FieldUpdateRequest
from .field_value import FieldValue
from .field_value_input import FieldValueInput
from .flexible_page_meta import FlexiblePageMeta
from .form import Form
from .form_action import FormAction
from .form_action_data import FormActionData
from .form_border import FormBorder
from .form_button_style import FormButtonStyle
from .form_create_request import FormCreateRequest
from .form_create_request_form import FormCreateRequestForm
from .form_envelope import FormEnvelope
from .form_field import FormField
from .form_field_required_options import FormFieldRequiredOptions
from .form_fields import FormFields
from .form_list import FormList
from .form_optin_request import FormOptinRequest
from .form_optin_result import FormOptinResult
from .form_options import FormOptions
from .form_recent_item import FormRecentItem
from .form_style import FormStyle
from .form_submit_data import FormSubmitData
from .form_update_request import FormUpdateRequest
from .geo_address import GeoAddress
from .geo_ip import GeoIp
from .group_limit import GroupLimit
from .group_limit_list import GroupLimitList
from .inaccessible_pipeline_list import InaccessiblePipelineList
from .links import Links
from .list_contacts_force_query import ListContactsForceQuery
from .list_contacts_in_group_lists import ListContactsInGroupLists
from .list_contacts_status import ListContactsStatus
from .list_deals_filters_status import ListDealsFiltersStatus
from .list_ecom_orders_filters_state import ListEcomOrdersFiltersState
from .list_exclusion import ListExclusion
from .list_exclusion_list import ListExclusionList
from .list_exclusion_update_request import ListExclusionUpdateRequest
from .list_exclusion_update_request_channel import ListExclusionUpdateRequestChannel
from .list_group import ListGroup
from .list_group_create_request import ListGroupCreateRequest
from .list_group_create_request_list_group import ListGroupCreateRequestListGroup
from .list_group_envelope import ListGroupEnvelope
from .list_group_list import ListGroupList
from .list_lists_orders_name import ListListsOrdersName
from .list_personalizations_filter_format import ListPersonalizationsFilterFormat
from .list_pipelines_filters_have_stages import ListPipelinesFiltersHaveStages
from .list_status_input_type_0 import ListStatusInputType0
from .list_status_input_type_1 import ListStatusInputType1
from .list_tags_orders_search import ListTagsOrdersSearch
from .list_task_outcomes_filters_sentiment import ListTaskOutcomesFiltersSentiment
from .list_tasks_filters_status import ListTasksFiltersStatus
from .local_event_create_request import LocalEventCreateRequest
from .local_event_create_request_local_event import LocalEventCreateRequestLocalEvent
from .mailing_list import MailingList
from .mailing_list_create_request import MailingListCreateRequest
from .mailing_list_create_request_list import MailingListCreateRequestList
from .mailing_list_envelope import MailingListEnvelope
from .mailing_list_fields import MailingListFields
from .mailing_list_fields_channel import MailingListFieldsChannel
from .mailing_list_fields_send_last_broadcast import MailingListFieldsSendLastBroadcast
from .mailing_list_list import MailingListList
from .mailing_list_update_request import MailingListUpdateRequest
from .message import Message
from .message_create_request import MessageCreateRequest
from .message_create_request_message import MessageCreateRequestMessage
from .message_envelope import MessageEnvelope
from .message_fields import MessageFields
from .message_list import MessageList
from .message_update_request import MessageUpdateRequest
from .note import Note
from .note_envelope import NoteEnvelope
from .note_fields import NoteFields
from .note_fields_reltype import NoteFieldsReltype
from .note_list import NoteList
from .note_owner import NoteOwner
from .note_write_request import NoteWriteRequest
from .page_meta import PageMeta
from .personalization import Personalization
from .personalization_envelope import PersonalizationEnvelope
from .personalization_fields import PersonalizationFields
from .personalization_fields_format import PersonalizationFieldsFormat
from .personalization_list import PersonalizationList
from .personalization_lock_result import PersonalizationLockResult
from .personalization_tag import PersonalizationTag
from .personalization_tag_category import PersonalizationTagCategory
from .personalization_write_request import PersonalizationWriteRequest
from .pipeline import Pipeline
from .pipeline_create_request import PipelineCreateRequest
from .pipeline_create_request_deal_group import PipelineCreateRequestDealGroup
from .pipeline_envelope import PipelineEnvelope
from .pipeline_fields import PipelineFields
from .pipeline_fields_allgroups import PipelineFieldsAllgroups
from .pipeline_fields_allusers import PipelineFieldsAllusers
from .pipeline_fields_autoassign import PipelineFieldsAutoassign
from .pipeline_group import PipelineGroup
from .pipeline_list import PipelineList
from .pipeline_update_request import PipelineUpdateRequest
from .pipeline_user import PipelineUser
from .saved_response import SavedResponse
from .saved_response_create_request import SavedResponseCreateRequest
from .saved_response_create_request_saved_response import SavedResponseCreateRequestSavedResponse
from .saved_response_envelope import SavedResponseEnvelope
from .saved_response_fields import SavedResponseFields
from .saved_response_list import SavedResponseList
from .saved_response_update_request import SavedResponseUpdateRequest
from .score import Score
from .score_envelope import ScoreEnvelope
from .score_list import ScoreList
from .secondary_contact import SecondaryContact
from .secondary_contact_create_request import SecondaryContactCreateRequest
from .secondary_contact_create_request_contact_deal import SecondaryContactCreateRequestContactDeal
from .secondary_contact_envelope import SecondaryContactEnvelope
from .secondary_contact_fields import SecondaryContactFields
from .secondary_contact_list import SecondaryContactList
from .secondary_contact_update_request import SecondaryContactUpdateRequest
from .segment import Segment
from .segment_list import SegmentList
from .site_tracking_domain import SiteTrackingDomain
from .site_tracking_domain_envelope import SiteTrackingDomainEnvelope
from .site_tracking_domain_list import SiteTrackingDomainList
from .site_tracking_envelope import SiteTrackingEnvelope
from .site_tracking_update_request import SiteTrackingUpdateRequest
from .sort_direction import SortDirection
from .stripo_brand_kit import StripoBrandKit
from .stripo_brand_kit_asset import StripoBrandKitAsset
from .stripo_brand_kit_colors import StripoBrandKitColors
from .stripo_brand_kit_fonts import StripoBrandKitFonts
from .stripo_company_location import StripoCompanyLocation
from .stripo_config import StripoConfig
from .stripo_message_summary import StripoMessageSummary
from .tag import Tag
from .tag_create_request import TagCreateRequest
from .tag_create_request_tag import TagCreateRequestTag
from .tag_envelope import TagEnvelope
from .tag_fields import TagFields
from .tag_list import TagList
from .tag_type import TagType
from .tag_update_request import TagUpdateRequest
from .task_outcome import TaskOutcome
from .task_outcome_create_request import TaskOutcomeCreateRequest
from .task_outcome_create_request_task_outcome import TaskOutcomeCreateRequestTaskOutcome
from .task_outcome_envelope import TaskOutcomeEnvelope
from .task_outcome_fields import TaskOutcomeFields
from .task_outcome_fields_disabled import TaskOutcomeFieldsDisabled
from .task_outcome_list import TaskOutcomeList
from .task_outcome_sentiment import TaskOutcomeSentiment
from .task_outcome_update_request import TaskOutcomeUpdateRequest
from .task_reminder import TaskReminder
from .task_reminder_create_request import TaskReminderCreateRequest
from .task_reminder_create_request_task_notification import TaskReminderCreateRequestTaskNotification
from .task_reminder_envelope import TaskReminderEnvelope
from .task_type_outcome_relation import TaskTypeOutcomeRelation
from .task_type_outcome_relation_envelope import TaskTypeOutcomeRelationEnvelope
from .task_type_outcome_relation_list import TaskTypeOutcomeRelationList
from .template import Template
from .template_envelope import TemplateEnvelope
from .template_list import TemplateList
from .tracking_switch import TrackingSwitch
from .update_deal_stage_reorder import UpdateDealStageReorder
from .url_whitelisting import UrlWhitelisting
from .url_whitelisting_attributes import UrlWhitelistingAttributes
from .url_whitelisting_create_request import UrlWhitelistingCreateRequest
from .url_whitelisting_create_request_data import UrlWhitelistingCreateRequestData
from .url_whitelisting_create_request_data_attributes import UrlWhitelistingCreateRequestDataAttributes
from .url_whitelisting_create_request_data_type import UrlWhitelistingCreateRequestDataType
from .url_whitelisting_envelope import UrlWhitelistingEnvelope
from .url_whitelisting_list import UrlWhitelistingList
from .user import User
from .user_create_request import UserCreateRequest
from .user_envelope import UserEnvelope
from .user_fields import UserFields
from .user_group import UserGroup
from .user_group_create_request import UserGroupCreateRequest
from .user_group_create_request_group import UserGroupCreateRequestGroup
from .user_group_envelope import UserGroupEnvelope
from .user_group_fields import UserGroupFields
from .user_group_list import UserGroupList
from .user_group_membership import UserGroupMembership
from .user_group_update_request import UserGroupUpdateRequest
from .user_list import UserList
from .user_update_request import UserUpdateRequest
from .user_updated import UserUpdated
from .webhook import Webhook
from .webhook_create_request import WebhookCreateRequest
from .webhook_create_request_webhook import WebhookCreateRequestWebhook
from .webhook_envelope import WebhookEnvelope
from .webhook_event_list import WebhookEventList
from .webhook_fields import WebhookFields
from .webhook_list import WebhookList
from .webhook_update_request import WebhookUpdateRequest

__all__ = (
    "Account",
    "AccountBulkDeleteResult",
    "AccountBulkDeleteResultMeta",
    "AccountContact",
    "AccountContactCreateRequest",
    "AccountContactCreateRequestAccountContact",
    "AccountContactEnvelope",
    "AccountContactFields",
    "AccountContactList",
    "AccountContactMeta",
    "AccountContactMetaQueryLog",
    "AccountContactUpdateRequest",
    "AccountCreateRequest",
    "AccountCreateRequestAccount",
    "AccountCustomField",
    "AccountCustomFieldCreateRequest",
    "AccountCustomFieldCreateRequestAccountCustomFieldMetum",
    "AccountCustomFieldCreateRequestAccountCustomFieldMetumFieldType",
    "AccountCustomFieldEnvelope",
    "AccountCustomFieldFields",
    "AccountCustomFieldFieldsIsFormVisibleType0",
    "AccountCustomFieldFieldsIsRequiredType0",
    "AccountCustomFieldList",
    "AccountCustomFieldMessage",
    "AccountCustomFieldUpdateRequest",
    "AccountCustomFieldValue",
    "AccountCustomFieldValueChange",
    "AccountCustomFieldValueCreateRequest",
    "AccountCustomFieldValueEnvelope",
    "AccountCustomFieldValueFields",
    "AccountCustomFieldValueList",
    "AccountCustomFieldValueNew",
    "AccountCustomFieldValueUpdateRequest",
    "AccountEnvelope",
    "AccountFieldValue",
    "AccountFieldValueInput",
    "AccountFields",
    "AccountList",
    "AccountNote",
    "AccountNoteEnvelope",
    "AccountNoteOwner",
    "AccountNoteRequest",
    "AccountNoteRequestNote",
    "AccountUpdateRequest",
    "Activity",
    "ActivityList",
    "ActivityRecipient",
    "ActivityReference",
    "Address",
    "AddressCreateFields",
    "AddressCreateRequest",
    "AddressEnvelope",
    "AddressList",
    "AddressUpdateFields",
    "AddressUpdateRequest",
    "Automation",
    "AutomationList",
    "AutomationLookup",
    "AutomationPageMeta",
    "AutomationPageMetaSmsLogsItem",
    "AutomationStart",
    "Branding",
    "BrandingEnvelope",
    "BrandingFields",
    "BrandingList",
    "BrandingUpdateRequest",
    "BulkImportCallback",
    "BulkImportCallbackDetailedResults",
    "BulkImportCallbackRequestType",
    "BulkImportContact",
    "BulkImportDayCount",
    "BulkImportFailure",
    "BulkImportFieldValue",
    "BulkImportInfo",
    "BulkImportKeyValue",
    "BulkImportListRef",
    "BulkImportQueued",
    "BulkImportRequest",
    "BulkImportRowFailure",
    "BulkImportStatusList",
    "CalendarFeed",
    "CalendarFeedCreateRequest",
    "CalendarFeedCreateRequestCalendar",
    "CalendarFeedEnvelope",
    "CalendarFeedFields",
    "CalendarFeedFieldsNotificationType0",
    "CalendarFeedList",
    "CalendarFeedType",
    "CalendarFeedUpdateRequest",
    "Campaign",
    "CampaignCopyResult",
    "CampaignCreateRequest",
    "CampaignEnvelope",
    "CampaignErrors",
    "CampaignLink",
    "CampaignLinkList",
    "CampaignList",
    "CampaignSettings",
    "CampaignSettingsInput",
    "Config",
    "ConfigEnvelope",
    "ConfigUpdateRequest",
    "ConfigUpdateRequestConfig",
    "Connection",
    "ConnectionCreateRequest",
    "ConnectionCreateRequestConnection",
    "ConnectionEnvelope",
    "ConnectionFields",
    "ConnectionList",
    "ConnectionUpdateRequest",
    "ConnectionUpdateRequestConnection",
    "ConnectionUpdateRequestConnectionStatus",
    "ConnectionUpdateRequestConnectionSyncStatus",
    "Contact",
    "ContactAutomation",
    "ContactAutomationCreateRequest",
    "ContactAutomationCreateRequestContactAutomation",
    "ContactAutomationCreated",
    "ContactAutomationEnvelope",
    "ContactAutomationList",
    "ContactAutomationPageMeta",
    "ContactAutomationPageMetaShowcaseStatsItem",
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
    "ContactViewAccountContacts",
    "ContactViewAutomationEntryCount",
    "ContactViewAutomationEntryCounts",
    "ContactViewAutomations",
    "ContactViewBounceLog",
    "ContactViewBounceLogs",
    "ContactViewContactDeals",
    "ContactViewContactEnvelope",
    "ContactViewData",
    "ContactViewDataEnvelope",
    "ContactViewDeals",
    "ContactViewFieldValues",
    "ContactViewGeoAddressEnvelope",
    "ContactViewGeoIps",
    "ContactViewGoal",
    "ContactViewGoals",
    "ContactViewListMemberships",
    "ContactViewLog",
    "ContactViewLogs",
    "ContactViewNotes",
    "ContactViewOrganization",
    "ContactViewOrganizationEnvelope",
    "ContactViewPlusAppend",
    "ContactViewPlusAppendEnvelope",
    "ContactViewScoreValue",
    "ContactViewScoreValues",
    "ContactViewTrackingLog",
    "ContactViewTrackingLogs",
    "CreateDealStageReorder",
    "CustomFieldValue",
    "CustomFieldValueEnvelope",
    "CustomFieldValueList",
    "CustomFieldValueRequest",
    "CustomFieldValueRequestFieldValue",
    "CustomFieldValueSavedEnvelope",
    "CustomObjectField",
    "CustomObjectFieldInput",
    "CustomObjectFieldInputOptionsItem",
    "CustomObjectFieldOption",
    "CustomObjectIcons",
    "CustomObjectLabels",
    "CustomObjectPageMeta",
    "CustomObjectRecord",
    "CustomObjectRecordEnvelope",
    "CustomObjectRecordField",
    "CustomObjectRecordFields",
    "CustomObjectRecordFieldsRelationships",
    "CustomObjectRecordList",
    "CustomObjectRecordRelationships",
    "CustomObjectRecordWriteRequest",
    "CustomObjectRelationship",
    "CustomObjectRelationshipInput",
    "CustomObjectRelationshipInputNamespace",
    "CustomObjectSchema",
    "CustomObjectSchemaEnvelope",
    "CustomObjectSchemaFields",
    "CustomObjectSchemaList",
    "CustomObjectSchemaWriteRequest",
    "Deal",
    "DealActivity",
    "DealActivityList",
    "DealBulkUpdateRequest",
    "DealBulkUpdateResult",
    "DealCreateRequest",
    "DealCreateRequestDeal",
    "DealCurrencyTotal",
    "DealCustomField",
    "DealCustomFieldCreateRequest",
    "DealCustomFieldCreateRequestDealCustomFieldMetum",
    "DealCustomFieldCreateRequestDealCustomFieldMetumFieldType",
    "DealCustomFieldEnvelope",
    "DealCustomFieldFields",
    "DealCustomFieldFieldsIsFormVisibleType0",
    "DealCustomFieldFieldsIsRequiredType0",
    "DealCustomFieldList",
    "DealCustomFieldMessage",
    "DealCustomFieldUpdateRequest",
    "DealCustomFieldValue",
    "DealCustomFieldValueChange",
    "DealCustomFieldValueCreateRequest",
    "DealCustomFieldValueEnvelope",
    "DealCustomFieldValueFields",
    "DealCustomFieldValueList",
    "DealCustomFieldValueNew",
    "DealCustomFieldValueUpdateRequest",
    "DealDetail",
    "DealEnvelope",
    "DealFieldValue",
    "DealFieldValueInput",
    "DealFields",
    "DealFieldsStatus",
    "DealList",
    "DealNote",
    "DealNoteEnvelope",
    "DealNoteOwner",
    "DealNoteRequest",
    "DealNoteRequestNote",
    "DealOwnerChange",
    "DealPageMeta",
    "DealPageMetaCurrencies",
    "DealRole",
    "DealRoleCreateRequest",
    "DealRoleEnvelope",
    "DealRoleList",
    "DealStage",
    "DealStageCreateRequest",
    "DealStageCreateRequestDealStage",
    "DealStageEnvelope",
    "DealStageFields",
    "DealStageFieldsCardRegion3",
    "DealStageList",
    "DealStageMoveRequest",
    "DealStageMoveRequestDeal",
    "DealStageMoveResult",
    "DealStageUpdateRequest",
    "DealTask",
    "DealTaskCreateFields",
    "DealTaskCreateRequest",
    "DealTaskEnvelope",
    "DealTaskFields",
    "DealTaskFieldsOwnerType",
    "DealTaskList",
    "DealTaskOwner",
    "DealTaskStatusInputType0",
    "DealTaskStatusInputType1",
    "DealTaskType",
    "DealTaskTypeCreateRequest",
    "DealTaskTypeCreateRequestDealTasktype",
    "DealTaskTypeEnvelope",
    "DealTaskTypeFields",
    "DealTaskTypeFieldsStatusType0",
    "DealTaskTypeFieldsStatusType1",
    "DealTaskTypeList",
    "DealTaskTypeMoveRequest",
    "DealTaskTypeMoveRequestDealTask",
    "DealTaskTypeMoveResult",
    "DealTaskTypeMovedDeal",
    "DealTaskTypeUpdateRequest",
    "DealTaskUpdateRequest",
    "DealUpdateRequest",
    "EcomCustomer",
    "EcomCustomerCreateRequest",
    "EcomCustomerCreateRequestEcomCustomer",
    "EcomCustomerEnvelope",
    "EcomCustomerFields",
    "EcomCustomerFieldsAcceptsMarketing",
    "EcomCustomerList",
    "EcomCustomerUpdateRequest",
    "EcomOrder",
    "EcomOrderCreateFields",
    "EcomOrderCreateFieldsSourceType0",
    "EcomOrderCreateFieldsSourceType1",
    "EcomOrderCreateRequest",
    "EcomOrderDiscount",
    "EcomOrderDiscountInput",
    "EcomOrderDiscountInputType",
    "EcomOrderEnvelope",
    "EcomOrderFields",
    "EcomOrderList",
    "EcomOrderProduct",
    "EcomOrderProductEnvelope",
    "EcomOrderProductInput",
    "EcomOrderProductList",
    "EcomOrderUpdateRequest",
    "EditorMarkup",
    "EmailActivity",
    "EmailActivityList",
    "EmptyObject",
    "ErrorDetail",
    "ErrorResponse",
    "ErrorSource",
    "EventTrackingEnvelope",
    "EventTrackingEvent",
    "EventTrackingEventEnvelope",
    "EventTrackingEventList",
    "EventTrackingUpdateRequest",
    "Field",
    "FieldAttributes",
    "FieldCreateRequest",
    "FieldCreateRequestField",
    "FieldEnvelope",
    "FieldFlag",
    "FieldGroup",
    "FieldGroupCreateRequest",
    "FieldGroupCreateRequestGroupDefinition",
    "FieldGroupEnvelope",
    "FieldGroupList",
    "FieldGroupMember",
    "FieldGroupMemberEnvelope",
    "FieldGroupMemberRequest",
    "FieldGroupMemberRequestGroupMember",
    "FieldList",
    "FieldOption",
    "FieldOptionBulkError",
    "FieldOptionBulkRequest",
    "FieldOptionEnvelope",
    "FieldOptionInput",
    "FieldOptionList",
    "FieldRel",
    "FieldRelCreateRequest",
    "FieldRelCreateRequestFieldRel",
    "FieldRelEnvelope",
    "FieldType",
    "FieldUpdateRequest",
    "FieldValue",
    "FieldValueInput",
    "FlexiblePageMeta",
    "Form",
    "FormAction",
    "FormActionData",
    "FormBorder",
    "FormButtonStyle",
    "FormCreateRequest",
    "FormCreateRequestForm",
    "FormEnvelope",
    "FormField",
    "FormFieldRequiredOptions",
    "FormFields",
    "FormList",
    "FormOptinRequest",
    "FormOptinResult",
    "FormOptions",
    "FormRecentItem",
    "FormStyle",
    "FormSubmitData",
    "FormUpdateRequest",
    "GeoAddress",
    "GeoIp",
    "GroupLimit",
    "GroupLimitList",
    "InaccessiblePipelineList",
    "Links",
    "ListContactsForceQuery",
    "ListContactsInGroupLists",
    "ListContactsStatus",
    "ListDealsFiltersStatus",
    "ListEcomOrdersFiltersState",
    "ListExclusion",
    "ListExclusionList",
    "ListExclusionUpdateRequest",
    "ListExclusionUpdateRequestChannel",
    "ListGroup",
    "ListGroupCreateRequest",
    "ListGroupCreateRequestListGroup",
    "ListGroupEnvelope",
    "ListGroupList",
    "ListListsOrdersName",
    "ListPersonalizationsFilterFormat",
    "ListPipelinesFiltersHaveStages",
    "ListStatusInputType0",
    "ListStatusInputType1",
    "ListTagsOrdersSearch",
    "ListTaskOutcomesFiltersSentiment",
    "ListTasksFiltersStatus",
    "LocalEventCreateRequest",
    "LocalEventCreateRequestLocalEvent",
    "MailingList",
    "MailingListCreateRequest",
    "MailingListCreateRequestList",
    "MailingListEnvelope",
    "MailingListFields",
    "MailingListFieldsChannel",
    "MailingListFieldsSendLastBroadcast",
    "MailingListList",
    "MailingListUpdateRequest",
    "Message",
    "MessageCreateRequest",
    "MessageCreateRequestMessage",
    "MessageEnvelope",
    "MessageFields",
    "MessageList",
    "MessageUpdateRequest",
    "Note",
    "NoteEnvelope",
    "NoteFields",
    "NoteFieldsReltype",
    "NoteList",
    "NoteOwner",
    "NoteWriteRequest",
    "PageMeta",
    "Personalization",
    "PersonalizationEnvelope",
    "PersonalizationFields",
    "PersonalizationFieldsFormat",
    "PersonalizationList",
    "PersonalizationLockResult",
    "PersonalizationTag",
    "PersonalizationTagCategory",
    "PersonalizationWriteRequest",
    "Pipeline",
    "PipelineCreateRequest",
    "PipelineCreateRequestDealGroup",
    "PipelineEnvelope",
    "PipelineFields",
    "PipelineFieldsAllgroups",
    "PipelineFieldsAllusers",
    "PipelineFieldsAutoassign",
    "PipelineGroup",
    "PipelineList",
    "PipelineUpdateRequest",
    "PipelineUser",
    "SavedResponse",
    "SavedResponseCreateRequest",
    "SavedResponseCreateRequestSavedResponse",
    "SavedResponseEnvelope",
    "SavedResponseFields",
    "SavedResponseList",
    "SavedResponseUpdateRequest",
    "Score",
    "ScoreEnvelope",
    "ScoreList",
    "SecondaryContact",
    "SecondaryContactCreateRequest",
    "SecondaryContactCreateRequestContactDeal",
    "SecondaryContactEnvelope",
    "SecondaryContactFields",
    "SecondaryContactList",
    "SecondaryContactUpdateRequest",
    "Segment",
    "SegmentList",
    "SiteTrackingDomain",
    "SiteTrackingDomainEnvelope",
    "SiteTrackingDomainList",
    "SiteTrackingEnvelope",
    "SiteTrackingUpdateRequest",
    "SortDirection",
    "StripoBrandKit",
    "StripoBrandKitAsset",
    "StripoBrandKitColors",
    "StripoBrandKitFonts",
    "StripoCompanyLocation",
    "StripoConfig",
    "StripoMessageSummary",
    "Tag",
    "TagCreateRequest",
    "TagCreateRequestTag",
    "TagEnvelope",
    "TagFields",
    "TagList",
    "TagType",
    "TagUpdateRequest",
    "TaskOutcome",
    "TaskOutcomeCreateRequest",
    "TaskOutcomeCreateRequestTaskOutcome",
    "TaskOutcomeEnvelope",
    "TaskOutcomeFields",
    "TaskOutcomeFieldsDisabled",
    "TaskOutcomeList",
    "TaskOutcomeSentiment",
    "TaskOutcomeUpdateRequest",
    "TaskReminder",
    "TaskReminderCreateRequest",
    "TaskReminderCreateRequestTaskNotification",
    "TaskReminderEnvelope",
    "TaskTypeOutcomeRelation",
    "TaskTypeOutcomeRelationEnvelope",
    "TaskTypeOutcomeRelationList",
    "Template",
    "TemplateEnvelope",
    "TemplateList",
    "TrackingSwitch",
    "UpdateDealStageReorder",
    "UrlWhitelisting",
    "UrlWhitelistingAttributes",
    "UrlWhitelistingCreateRequest",
    "UrlWhitelistingCreateRequestData",
    "UrlWhitelistingCreateRequestDataAttributes",
    "UrlWhitelistingCreateRequestDataType",
    "UrlWhitelistingEnvelope",
    "UrlWhitelistingList",
    "User",
    "UserCreateRequest",
    "UserEnvelope",
    "UserFields",
    "UserGroup",
    "UserGroupCreateRequest",
    "UserGroupCreateRequestGroup",
    "UserGroupEnvelope",
    "UserGroupFields",
    "UserGroupList",
    "UserGroupMembership",
    "UserGroupUpdateRequest",
    "UserList",
    "UserUpdateRequest",
    "UserUpdated",
    "Webhook",
    "WebhookCreateRequest",
    "WebhookCreateRequestWebhook",
    "WebhookEnvelope",
    "WebhookEventList",
    "WebhookFields",
    "WebhookList",
    "WebhookUpdateRequest",
)
