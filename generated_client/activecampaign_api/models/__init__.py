"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first used, so that
`import activecampaign_api` does not load hundreds of modules up front.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .audience import Audience
    from .audience_category import AudienceCategory
    from .audience_count import AudienceCount
    from .audience_counts import AudienceCounts
    from .audience_list import AudienceList
    from .audience_resource import AudienceResource
    from .automation import Automation
    from .automation_block import AutomationBlock
    from .automation_block_list import AutomationBlockList
    from .automation_block_params_type_0 import AutomationBlockParamsType0
    from .automation_list import AutomationList
    from .automation_lookup import AutomationLookup
    from .automation_page_meta import AutomationPageMeta
    from .automation_page_meta_sms_logs_item import AutomationPageMetaSmsLogsItem
    from .automation_start import AutomationStart
    from .boolean_input_type_1 import BooleanInputType1
    from .boolean_input_type_2 import BooleanInputType2
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
    from .calendar_feed_list import CalendarFeedList
    from .calendar_feed_type import CalendarFeedType
    from .calendar_feed_update_request import CalendarFeedUpdateRequest
    from .campaign import Campaign
    from .campaign_aggregate_revenue import CampaignAggregateRevenue
    from .campaign_aggregate_revenue_list import CampaignAggregateRevenueList
    from .campaign_copy_result import CampaignCopyResult
    from .campaign_create_request import CampaignCreateRequest
    from .campaign_envelope import CampaignEnvelope
    from .campaign_errors import CampaignErrors
    from .campaign_link import CampaignLink
    from .campaign_link_list import CampaignLinkList
    from .campaign_list import CampaignList
    from .campaign_list_link import CampaignListLink
    from .campaign_list_link_list import CampaignListLinkList
    from .campaign_message import CampaignMessage
    from .campaign_message_list import CampaignMessageList
    from .campaign_settings import CampaignSettings
    from .campaign_settings_input import CampaignSettingsInput
    from .config import Config
    from .config_envelope import ConfigEnvelope
    from .config_list import ConfigList
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
    from .contact import Contact
    from .contact_automation import ContactAutomation
    from .contact_automation_create_request import ContactAutomationCreateRequest
    from .contact_automation_create_request_contact_automation import ContactAutomationCreateRequestContactAutomation
    from .contact_automation_created import ContactAutomationCreated
    from .contact_automation_envelope import ContactAutomationEnvelope
    from .contact_automation_list import ContactAutomationList
    from .contact_automation_page_meta import ContactAutomationPageMeta
    from .contact_automation_page_meta_showcase_stats_item import ContactAutomationPageMetaShowcaseStatsItem
    from .contact_conversion import ContactConversion
    from .contact_conversion_list import ContactConversionList
    from .contact_create_fields import ContactCreateFields
    from .contact_create_request import ContactCreateRequest
    from .contact_data_list import ContactDataList
    from .contact_deal_summary import ContactDealSummary
    from .contact_detail import ContactDetail
    from .contact_email import ContactEmail
    from .contact_email_list import ContactEmailList
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
    from .conversion import Conversion
    from .conversion_list import ConversionList
    from .conversion_trigger import ConversionTrigger
    from .conversion_trigger_list import ConversionTriggerList
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
    from .deal_custom_field_create_request_deal_custom_field_metum import (
        DealCustomFieldCreateRequestDealCustomFieldMetum,
    )
    from .deal_custom_field_create_request_deal_custom_field_metum_field_type import (
        DealCustomFieldCreateRequestDealCustomFieldMetumFieldType,
    )
    from .deal_custom_field_envelope import DealCustomFieldEnvelope
    from .deal_custom_field_fields import DealCustomFieldFields
    from .deal_custom_field_list import DealCustomFieldList
    from .deal_custom_field_message import DealCustomFieldMessage
    from .deal_custom_field_update_envelope import DealCustomFieldUpdateEnvelope
    from .deal_custom_field_update_plural_envelope import DealCustomFieldUpdatePluralEnvelope
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
    from .ecom_customer_list import EcomCustomerList
    from .ecom_customer_update_request import EcomCustomerUpdateRequest
    from .ecom_order import EcomOrder
    from .ecom_order_activity import EcomOrderActivity
    from .ecom_order_activity_list import EcomOrderActivityList
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
    from .field_rel_list import FieldRelList
    from .field_type import FieldType
    from .field_update_request import FieldUpdateRequest
    from .field_value import FieldValue
    from .field_value_input import FieldValueInput
    from .flag_input_type_1 import FlagInputType1
    from .flag_input_type_2 import FlagInputType2
    from .flag_type_1 import FlagType1
    from .flag_type_2 import FlagType2
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
    from .goal import Goal
    from .goal_list import GoalList
    from .group_limit import GroupLimit
    from .group_limit_list import GroupLimitList
    from .inaccessible_pipeline_list import InaccessiblePipelineList
    from .link_datum import LinkDatum
    from .link_datum_list import LinkDatumList
    from .links import Links
    from .list_contact_automations_include_item import ListContactAutomationsIncludeItem
    from .list_contact_tags_include_item import ListContactTagsIncludeItem
    from .list_contacts_force_query import ListContactsForceQuery
    from .list_contacts_in_group_lists import ListContactsInGroupLists
    from .list_contacts_include_item import ListContactsIncludeItem
    from .list_contacts_status import ListContactsStatus
    from .list_deals_filters_status import ListDealsFiltersStatus
    from .list_deals_include_item import ListDealsIncludeItem
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
    from .list_sms_broadcast_recipients_filters_deliverability_item import (
        ListSmsBroadcastRecipientsFiltersDeliverabilityItem,
    )
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
    from .mailing_list_list import MailingListList
    from .mailing_list_update_request import MailingListUpdateRequest
    from .message import Message
    from .message_activity import MessageActivity
    from .message_activity_list import MessageActivityList
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
    from .pipeline_fields_autoassign_type_0 import PipelineFieldsAutoassignType0
    from .pipeline_fields_autoassign_type_1 import PipelineFieldsAutoassignType1
    from .pipeline_group import PipelineGroup
    from .pipeline_list import PipelineList
    from .pipeline_update_request import PipelineUpdateRequest
    from .pipeline_user import PipelineUser
    from .pipeline_user_list import PipelineUserList
    from .request_segment_match_all_for_conditions_instant import RequestSegmentMatchAllForConditionsInstant
    from .request_segment_match_all_instant import RequestSegmentMatchAllInstant
    from .request_segment_match_some_instant import RequestSegmentMatchSomeInstant
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
    from .segment_condition import SegmentCondition
    from .segment_condition_field_aggregate import SegmentConditionFieldAggregate
    from .segment_condition_fields_item import SegmentConditionFieldsItem
    from .segment_condition_group import SegmentConditionGroup
    from .segment_condition_group_member import SegmentConditionGroupMember
    from .segment_condition_group_member_type import SegmentConditionGroupMemberType
    from .segment_condition_group_operator import SegmentConditionGroupOperator
    from .segment_condition_meta import SegmentConditionMeta
    from .segment_count import SegmentCount
    from .segment_count_history_list import SegmentCountHistoryList
    from .segment_count_resource import SegmentCountResource
    from .segment_count_resource_type import SegmentCountResourceType
    from .segment_envelope import SegmentEnvelope
    from .segment_error_detail import SegmentErrorDetail
    from .segment_errors import SegmentErrors
    from .segment_list import SegmentList
    from .segment_match_one import SegmentMatchOne
    from .segment_match_one_list import SegmentMatchOneList
    from .segment_match_one_resource import SegmentMatchOneResource
    from .segment_match_one_resource_type import SegmentMatchOneResourceType
    from .segment_match_page import SegmentMatchPage
    from .segment_match_run import SegmentMatchRun
    from .segment_match_run_list import SegmentMatchRunList
    from .segment_match_run_resource import SegmentMatchRunResource
    from .segment_match_run_resource_type import SegmentMatchRunResourceType
    from .segment_match_some_request import SegmentMatchSomeRequest
    from .segment_match_some_request_data import SegmentMatchSomeRequestData
    from .segment_match_some_request_data_attributes import SegmentMatchSomeRequestDataAttributes
    from .segment_match_some_request_data_attributes_group_operator import (
        SegmentMatchSomeRequestDataAttributesGroupOperator,
    )
    from .segment_match_some_request_data_attributes_segment_relationship import (
        SegmentMatchSomeRequestDataAttributesSegmentRelationship,
    )
    from .segment_v2 import SegmentV2
    from .segment_v2_category import SegmentV2Category
    from .segment_v2_document import SegmentV2Document
    from .segment_v2_meta import SegmentV2Meta
    from .segment_v2_resource import SegmentV2Resource
    from .segment_v2_segment_condition_group_operator import SegmentV2SegmentConditionGroupOperator
    from .site_message import SiteMessage
    from .site_message_list import SiteMessageList
    from .site_message_template_type_0 import SiteMessageTemplateType0
    from .site_tracking_domain import SiteTrackingDomain
    from .site_tracking_domain_envelope import SiteTrackingDomainEnvelope
    from .site_tracking_domain_list import SiteTrackingDomainList
    from .site_tracking_envelope import SiteTrackingEnvelope
    from .site_tracking_update_request import SiteTrackingUpdateRequest
    from .sms_ai_draft_request import SmsAiDraftRequest
    from .sms_ai_request_accepted import SmsAiRequestAccepted
    from .sms_ai_request_status import SmsAiRequestStatus
    from .sms_ai_request_status_status import SmsAiRequestStatusStatus
    from .sms_ai_rewrite_request import SmsAiRewriteRequest
    from .sms_ai_source import SmsAiSource
    from .sms_broadcast import SmsBroadcast
    from .sms_broadcast_create_request import SmsBroadcastCreateRequest
    from .sms_broadcast_create_request_status import SmsBroadcastCreateRequestStatus
    from .sms_broadcast_failure import SmsBroadcastFailure
    from .sms_broadcast_failure_list import SmsBroadcastFailureList
    from .sms_broadcast_fields import SmsBroadcastFields
    from .sms_broadcast_ids import SmsBroadcastIds
    from .sms_broadcast_list import SmsBroadcastList
    from .sms_broadcast_metrics import SmsBroadcastMetrics
    from .sms_broadcast_metrics_list import SmsBroadcastMetricsList
    from .sms_broadcast_recipient_list import SmsBroadcastRecipientList
    from .sms_broadcast_status import SmsBroadcastStatus
    from .sms_broadcast_update_request import SmsBroadcastUpdateRequest
    from .sms_broadcast_update_request_status import SmsBroadcastUpdateRequestStatus
    from .sms_credits import SmsCredits
    from .sms_credits_envelope import SmsCreditsEnvelope
    from .sms_error_source import SmsErrorSource
    from .sms_list import SmsList
    from .sms_list_list import SmsListList
    from .sms_message import SmsMessage
    from .sms_message_list import SmsMessageList
    from .sms_recipient import SmsRecipient
    from .sms_recipient_deliverability import SmsRecipientDeliverability
    from .sms_recipient_details_type_0 import SmsRecipientDetailsType0
    from .sms_recipient_export_request import SmsRecipientExportRequest
    from .sms_recipient_export_request_deliverability_item import SmsRecipientExportRequestDeliverabilityItem
    from .sms_recipient_opt_out import SmsRecipientOptOut
    from .sms_recipient_page_meta import SmsRecipientPageMeta
    from .sms_reply import SmsReply
    from .sms_snapshot import SmsSnapshot
    from .sms_snapshot_envelope import SmsSnapshotEnvelope
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
    from .tracked_event_request import TrackedEventRequest
    from .tracked_event_result import TrackedEventResult
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
    from .user_group_membership_envelope import UserGroupMembershipEnvelope
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
    from .whatsapp_assignee import WhatsappAssignee
    from .whatsapp_assignee_input import WhatsappAssigneeInput
    from .whatsapp_channel import WhatsappChannel
    from .whatsapp_contact import WhatsappContact
    from .whatsapp_contact_meta_type_0 import WhatsappContactMetaType0
    from .whatsapp_conversation import WhatsappConversation
    from .whatsapp_conversation_fields import WhatsappConversationFields
    from .whatsapp_conversation_first_message_type_0 import WhatsappConversationFirstMessageType0
    from .whatsapp_conversation_page import WhatsappConversationPage
    from .whatsapp_conversation_replace_request import WhatsappConversationReplaceRequest
    from .whatsapp_conversation_status import WhatsappConversationStatus
    from .whatsapp_conversation_tag import WhatsappConversationTag
    from .whatsapp_flow_contact import WhatsappFlowContact
    from .whatsapp_flow_execution import WhatsappFlowExecution
    from .whatsapp_flow_execution_contact import WhatsappFlowExecutionContact
    from .whatsapp_flow_execution_contact_execution_steps_item import WhatsappFlowExecutionContactExecutionStepsItem
    from .whatsapp_flow_execution_contact_filters_item import WhatsappFlowExecutionContactFiltersItem
    from .whatsapp_flow_execution_contact_flow import WhatsappFlowExecutionContactFlow
    from .whatsapp_flow_execution_contact_flow_version import WhatsappFlowExecutionContactFlowVersion
    from .whatsapp_flow_execution_contact_page import WhatsappFlowExecutionContactPage
    from .whatsapp_flow_execution_execute_for import WhatsappFlowExecutionExecuteFor
    from .whatsapp_flow_execution_flow_execution_variables_type_0 import (
        WhatsappFlowExecutionFlowExecutionVariablesType0,
    )
    from .whatsapp_flow_execution_flow_type_1 import WhatsappFlowExecutionFlowType1
    from .whatsapp_flow_execution_flow_version_type_1 import WhatsappFlowExecutionFlowVersionType1
    from .whatsapp_flow_execution_page import WhatsappFlowExecutionPage
    from .whatsapp_flow_run_request import WhatsappFlowRunRequest
    from .whatsapp_flow_run_request_execute_for import WhatsappFlowRunRequestExecuteFor
    from .whatsapp_flow_run_request_flow_execution_variables import WhatsappFlowRunRequestFlowExecutionVariables
    from .whatsapp_template import WhatsappTemplate
    from .whatsapp_template_fields import WhatsappTemplateFields
    from .whatsapp_template_fields_components_type_0_item import WhatsappTemplateFieldsComponentsType0Item
    from .whatsapp_template_page import WhatsappTemplatePage
    from .whatsapp_template_send_request import WhatsappTemplateSendRequest
    from .whatsapp_template_sent import WhatsappTemplateSent
    from .whatsapp_user import WhatsappUser

_MODULES = {
    "Account": ".account",
    "AccountBulkDeleteResult": ".account_bulk_delete_result",
    "AccountBulkDeleteResultMeta": ".account_bulk_delete_result_meta",
    "AccountContact": ".account_contact",
    "AccountContactCreateRequest": ".account_contact_create_request",
    "AccountContactCreateRequestAccountContact": ".account_contact_create_request_account_contact",
    "AccountContactEnvelope": ".account_contact_envelope",
    "AccountContactFields": ".account_contact_fields",
    "AccountContactList": ".account_contact_list",
    "AccountContactMeta": ".account_contact_meta",
    "AccountContactMetaQueryLog": ".account_contact_meta_query_log",
    "AccountContactUpdateRequest": ".account_contact_update_request",
    "AccountCreateRequest": ".account_create_request",
    "AccountCreateRequestAccount": ".account_create_request_account",
    "AccountCustomField": ".account_custom_field",
    "AccountCustomFieldCreateRequest": ".account_custom_field_create_request",
    "AccountCustomFieldCreateRequestAccountCustomFieldMetum": ".account_custom_field_create_request_account_custom_field_metum",
    "AccountCustomFieldCreateRequestAccountCustomFieldMetumFieldType": ".account_custom_field_create_request_account_custom_field_metum_field_type",
    "AccountCustomFieldEnvelope": ".account_custom_field_envelope",
    "AccountCustomFieldFields": ".account_custom_field_fields",
    "AccountCustomFieldList": ".account_custom_field_list",
    "AccountCustomFieldMessage": ".account_custom_field_message",
    "AccountCustomFieldUpdateRequest": ".account_custom_field_update_request",
    "AccountCustomFieldValue": ".account_custom_field_value",
    "AccountCustomFieldValueChange": ".account_custom_field_value_change",
    "AccountCustomFieldValueCreateRequest": ".account_custom_field_value_create_request",
    "AccountCustomFieldValueEnvelope": ".account_custom_field_value_envelope",
    "AccountCustomFieldValueFields": ".account_custom_field_value_fields",
    "AccountCustomFieldValueList": ".account_custom_field_value_list",
    "AccountCustomFieldValueNew": ".account_custom_field_value_new",
    "AccountCustomFieldValueUpdateRequest": ".account_custom_field_value_update_request",
    "AccountEnvelope": ".account_envelope",
    "AccountFieldValue": ".account_field_value",
    "AccountFieldValueInput": ".account_field_value_input",
    "AccountFields": ".account_fields",
    "AccountList": ".account_list",
    "AccountNote": ".account_note",
    "AccountNoteEnvelope": ".account_note_envelope",
    "AccountNoteOwner": ".account_note_owner",
    "AccountNoteRequest": ".account_note_request",
    "AccountNoteRequestNote": ".account_note_request_note",
    "AccountUpdateRequest": ".account_update_request",
    "Activity": ".activity",
    "ActivityList": ".activity_list",
    "ActivityRecipient": ".activity_recipient",
    "ActivityReference": ".activity_reference",
    "Address": ".address",
    "AddressCreateFields": ".address_create_fields",
    "AddressCreateRequest": ".address_create_request",
    "AddressEnvelope": ".address_envelope",
    "AddressList": ".address_list",
    "AddressUpdateFields": ".address_update_fields",
    "AddressUpdateRequest": ".address_update_request",
    "Audience": ".audience",
    "AudienceCategory": ".audience_category",
    "AudienceCount": ".audience_count",
    "AudienceCounts": ".audience_counts",
    "AudienceList": ".audience_list",
    "AudienceResource": ".audience_resource",
    "Automation": ".automation",
    "AutomationBlock": ".automation_block",
    "AutomationBlockList": ".automation_block_list",
    "AutomationBlockParamsType0": ".automation_block_params_type_0",
    "AutomationList": ".automation_list",
    "AutomationLookup": ".automation_lookup",
    "AutomationPageMeta": ".automation_page_meta",
    "AutomationPageMetaSmsLogsItem": ".automation_page_meta_sms_logs_item",
    "AutomationStart": ".automation_start",
    "BooleanInputType1": ".boolean_input_type_1",
    "BooleanInputType2": ".boolean_input_type_2",
    "Branding": ".branding",
    "BrandingEnvelope": ".branding_envelope",
    "BrandingFields": ".branding_fields",
    "BrandingList": ".branding_list",
    "BrandingUpdateRequest": ".branding_update_request",
    "BulkImportCallback": ".bulk_import_callback",
    "BulkImportCallbackDetailedResults": ".bulk_import_callback_detailed_results",
    "BulkImportCallbackRequestType": ".bulk_import_callback_request_type",
    "BulkImportContact": ".bulk_import_contact",
    "BulkImportDayCount": ".bulk_import_day_count",
    "BulkImportFailure": ".bulk_import_failure",
    "BulkImportFieldValue": ".bulk_import_field_value",
    "BulkImportInfo": ".bulk_import_info",
    "BulkImportKeyValue": ".bulk_import_key_value",
    "BulkImportListRef": ".bulk_import_list_ref",
    "BulkImportQueued": ".bulk_import_queued",
    "BulkImportRequest": ".bulk_import_request",
    "BulkImportRowFailure": ".bulk_import_row_failure",
    "BulkImportStatusList": ".bulk_import_status_list",
    "CalendarFeed": ".calendar_feed",
    "CalendarFeedCreateRequest": ".calendar_feed_create_request",
    "CalendarFeedCreateRequestCalendar": ".calendar_feed_create_request_calendar",
    "CalendarFeedEnvelope": ".calendar_feed_envelope",
    "CalendarFeedFields": ".calendar_feed_fields",
    "CalendarFeedList": ".calendar_feed_list",
    "CalendarFeedType": ".calendar_feed_type",
    "CalendarFeedUpdateRequest": ".calendar_feed_update_request",
    "Campaign": ".campaign",
    "CampaignAggregateRevenue": ".campaign_aggregate_revenue",
    "CampaignAggregateRevenueList": ".campaign_aggregate_revenue_list",
    "CampaignCopyResult": ".campaign_copy_result",
    "CampaignCreateRequest": ".campaign_create_request",
    "CampaignEnvelope": ".campaign_envelope",
    "CampaignErrors": ".campaign_errors",
    "CampaignLink": ".campaign_link",
    "CampaignLinkList": ".campaign_link_list",
    "CampaignList": ".campaign_list",
    "CampaignListLink": ".campaign_list_link",
    "CampaignListLinkList": ".campaign_list_link_list",
    "CampaignMessage": ".campaign_message",
    "CampaignMessageList": ".campaign_message_list",
    "CampaignSettings": ".campaign_settings",
    "CampaignSettingsInput": ".campaign_settings_input",
    "Config": ".config",
    "ConfigEnvelope": ".config_envelope",
    "ConfigList": ".config_list",
    "ConfigUpdateRequest": ".config_update_request",
    "ConfigUpdateRequestConfig": ".config_update_request_config",
    "Connection": ".connection",
    "ConnectionCreateRequest": ".connection_create_request",
    "ConnectionCreateRequestConnection": ".connection_create_request_connection",
    "ConnectionEnvelope": ".connection_envelope",
    "ConnectionFields": ".connection_fields",
    "ConnectionList": ".connection_list",
    "ConnectionUpdateRequest": ".connection_update_request",
    "ConnectionUpdateRequestConnection": ".connection_update_request_connection",
    "Contact": ".contact",
    "ContactAutomation": ".contact_automation",
    "ContactAutomationCreateRequest": ".contact_automation_create_request",
    "ContactAutomationCreateRequestContactAutomation": ".contact_automation_create_request_contact_automation",
    "ContactAutomationCreated": ".contact_automation_created",
    "ContactAutomationEnvelope": ".contact_automation_envelope",
    "ContactAutomationList": ".contact_automation_list",
    "ContactAutomationPageMeta": ".contact_automation_page_meta",
    "ContactAutomationPageMetaShowcaseStatsItem": ".contact_automation_page_meta_showcase_stats_item",
    "ContactConversion": ".contact_conversion",
    "ContactConversionList": ".contact_conversion_list",
    "ContactCreateFields": ".contact_create_fields",
    "ContactCreateRequest": ".contact_create_request",
    "ContactDataList": ".contact_data_list",
    "ContactDealSummary": ".contact_deal_summary",
    "ContactDetail": ".contact_detail",
    "ContactEmail": ".contact_email",
    "ContactEmailList": ".contact_email_list",
    "ContactEnvelope": ".contact_envelope",
    "ContactFields": ".contact_fields",
    "ContactList": ".contact_list",
    "ContactListEnvelope": ".contact_list_envelope",
    "ContactListMembership": ".contact_list_membership",
    "ContactListScoreValuesItem": ".contact_list_score_values_item",
    "ContactListStatusRequest": ".contact_list_status_request",
    "ContactListStatusRequestContactList": ".contact_list_status_request_contact_list",
    "ContactPageMeta": ".contact_page_meta",
    "ContactPageMetaPageInput": ".contact_page_meta_page_input",
    "ContactSyncFields": ".contact_sync_fields",
    "ContactSyncRequest": ".contact_sync_request",
    "ContactTag": ".contact_tag",
    "ContactTagCreateRequest": ".contact_tag_create_request",
    "ContactTagCreateRequestContactTag": ".contact_tag_create_request_contact_tag",
    "ContactTagEnvelope": ".contact_tag_envelope",
    "ContactTagList": ".contact_tag_list",
    "ContactUpdateRequest": ".contact_update_request",
    "ContactViewAccountContacts": ".contact_view_account_contacts",
    "ContactViewAutomationEntryCount": ".contact_view_automation_entry_count",
    "ContactViewAutomationEntryCounts": ".contact_view_automation_entry_counts",
    "ContactViewAutomations": ".contact_view_automations",
    "ContactViewBounceLog": ".contact_view_bounce_log",
    "ContactViewBounceLogs": ".contact_view_bounce_logs",
    "ContactViewContactDeals": ".contact_view_contact_deals",
    "ContactViewContactEnvelope": ".contact_view_contact_envelope",
    "ContactViewData": ".contact_view_data",
    "ContactViewDataEnvelope": ".contact_view_data_envelope",
    "ContactViewDeals": ".contact_view_deals",
    "ContactViewFieldValues": ".contact_view_field_values",
    "ContactViewGeoAddressEnvelope": ".contact_view_geo_address_envelope",
    "ContactViewGeoIps": ".contact_view_geo_ips",
    "ContactViewGoal": ".contact_view_goal",
    "ContactViewGoals": ".contact_view_goals",
    "ContactViewListMemberships": ".contact_view_list_memberships",
    "ContactViewLog": ".contact_view_log",
    "ContactViewLogs": ".contact_view_logs",
    "ContactViewNotes": ".contact_view_notes",
    "ContactViewOrganization": ".contact_view_organization",
    "ContactViewOrganizationEnvelope": ".contact_view_organization_envelope",
    "ContactViewPlusAppend": ".contact_view_plus_append",
    "ContactViewPlusAppendEnvelope": ".contact_view_plus_append_envelope",
    "ContactViewScoreValue": ".contact_view_score_value",
    "ContactViewScoreValues": ".contact_view_score_values",
    "ContactViewTrackingLog": ".contact_view_tracking_log",
    "ContactViewTrackingLogs": ".contact_view_tracking_logs",
    "Conversion": ".conversion",
    "ConversionList": ".conversion_list",
    "ConversionTrigger": ".conversion_trigger",
    "ConversionTriggerList": ".conversion_trigger_list",
    "CreateDealStageReorder": ".create_deal_stage_reorder",
    "CustomFieldValue": ".custom_field_value",
    "CustomFieldValueEnvelope": ".custom_field_value_envelope",
    "CustomFieldValueList": ".custom_field_value_list",
    "CustomFieldValueRequest": ".custom_field_value_request",
    "CustomFieldValueRequestFieldValue": ".custom_field_value_request_field_value",
    "CustomFieldValueSavedEnvelope": ".custom_field_value_saved_envelope",
    "CustomObjectField": ".custom_object_field",
    "CustomObjectFieldInput": ".custom_object_field_input",
    "CustomObjectFieldInputOptionsItem": ".custom_object_field_input_options_item",
    "CustomObjectFieldOption": ".custom_object_field_option",
    "CustomObjectIcons": ".custom_object_icons",
    "CustomObjectLabels": ".custom_object_labels",
    "CustomObjectPageMeta": ".custom_object_page_meta",
    "CustomObjectRecord": ".custom_object_record",
    "CustomObjectRecordEnvelope": ".custom_object_record_envelope",
    "CustomObjectRecordField": ".custom_object_record_field",
    "CustomObjectRecordFields": ".custom_object_record_fields",
    "CustomObjectRecordFieldsRelationships": ".custom_object_record_fields_relationships",
    "CustomObjectRecordList": ".custom_object_record_list",
    "CustomObjectRecordRelationships": ".custom_object_record_relationships",
    "CustomObjectRecordWriteRequest": ".custom_object_record_write_request",
    "CustomObjectRelationship": ".custom_object_relationship",
    "CustomObjectRelationshipInput": ".custom_object_relationship_input",
    "CustomObjectRelationshipInputNamespace": ".custom_object_relationship_input_namespace",
    "CustomObjectSchema": ".custom_object_schema",
    "CustomObjectSchemaEnvelope": ".custom_object_schema_envelope",
    "CustomObjectSchemaFields": ".custom_object_schema_fields",
    "CustomObjectSchemaList": ".custom_object_schema_list",
    "CustomObjectSchemaWriteRequest": ".custom_object_schema_write_request",
    "Deal": ".deal",
    "DealActivity": ".deal_activity",
    "DealActivityList": ".deal_activity_list",
    "DealBulkUpdateRequest": ".deal_bulk_update_request",
    "DealBulkUpdateResult": ".deal_bulk_update_result",
    "DealCreateRequest": ".deal_create_request",
    "DealCreateRequestDeal": ".deal_create_request_deal",
    "DealCurrencyTotal": ".deal_currency_total",
    "DealCustomField": ".deal_custom_field",
    "DealCustomFieldCreateRequest": ".deal_custom_field_create_request",
    "DealCustomFieldCreateRequestDealCustomFieldMetum": ".deal_custom_field_create_request_deal_custom_field_metum",
    "DealCustomFieldCreateRequestDealCustomFieldMetumFieldType": ".deal_custom_field_create_request_deal_custom_field_metum_field_type",
    "DealCustomFieldEnvelope": ".deal_custom_field_envelope",
    "DealCustomFieldFields": ".deal_custom_field_fields",
    "DealCustomFieldList": ".deal_custom_field_list",
    "DealCustomFieldMessage": ".deal_custom_field_message",
    "DealCustomFieldUpdateEnvelope": ".deal_custom_field_update_envelope",
    "DealCustomFieldUpdatePluralEnvelope": ".deal_custom_field_update_plural_envelope",
    "DealCustomFieldValue": ".deal_custom_field_value",
    "DealCustomFieldValueChange": ".deal_custom_field_value_change",
    "DealCustomFieldValueCreateRequest": ".deal_custom_field_value_create_request",
    "DealCustomFieldValueEnvelope": ".deal_custom_field_value_envelope",
    "DealCustomFieldValueFields": ".deal_custom_field_value_fields",
    "DealCustomFieldValueList": ".deal_custom_field_value_list",
    "DealCustomFieldValueNew": ".deal_custom_field_value_new",
    "DealCustomFieldValueUpdateRequest": ".deal_custom_field_value_update_request",
    "DealDetail": ".deal_detail",
    "DealEnvelope": ".deal_envelope",
    "DealFieldValue": ".deal_field_value",
    "DealFieldValueInput": ".deal_field_value_input",
    "DealFields": ".deal_fields",
    "DealFieldsStatus": ".deal_fields_status",
    "DealList": ".deal_list",
    "DealNote": ".deal_note",
    "DealNoteEnvelope": ".deal_note_envelope",
    "DealNoteOwner": ".deal_note_owner",
    "DealNoteRequest": ".deal_note_request",
    "DealNoteRequestNote": ".deal_note_request_note",
    "DealOwnerChange": ".deal_owner_change",
    "DealPageMeta": ".deal_page_meta",
    "DealPageMetaCurrencies": ".deal_page_meta_currencies",
    "DealRole": ".deal_role",
    "DealRoleCreateRequest": ".deal_role_create_request",
    "DealRoleEnvelope": ".deal_role_envelope",
    "DealRoleList": ".deal_role_list",
    "DealStage": ".deal_stage",
    "DealStageCreateRequest": ".deal_stage_create_request",
    "DealStageCreateRequestDealStage": ".deal_stage_create_request_deal_stage",
    "DealStageEnvelope": ".deal_stage_envelope",
    "DealStageFields": ".deal_stage_fields",
    "DealStageFieldsCardRegion3": ".deal_stage_fields_card_region_3",
    "DealStageList": ".deal_stage_list",
    "DealStageMoveRequest": ".deal_stage_move_request",
    "DealStageMoveRequestDeal": ".deal_stage_move_request_deal",
    "DealStageMoveResult": ".deal_stage_move_result",
    "DealStageUpdateRequest": ".deal_stage_update_request",
    "DealTask": ".deal_task",
    "DealTaskCreateFields": ".deal_task_create_fields",
    "DealTaskCreateRequest": ".deal_task_create_request",
    "DealTaskEnvelope": ".deal_task_envelope",
    "DealTaskFields": ".deal_task_fields",
    "DealTaskFieldsOwnerType": ".deal_task_fields_owner_type",
    "DealTaskList": ".deal_task_list",
    "DealTaskOwner": ".deal_task_owner",
    "DealTaskStatusInputType0": ".deal_task_status_input_type_0",
    "DealTaskStatusInputType1": ".deal_task_status_input_type_1",
    "DealTaskType": ".deal_task_type",
    "DealTaskTypeCreateRequest": ".deal_task_type_create_request",
    "DealTaskTypeCreateRequestDealTasktype": ".deal_task_type_create_request_deal_tasktype",
    "DealTaskTypeEnvelope": ".deal_task_type_envelope",
    "DealTaskTypeFields": ".deal_task_type_fields",
    "DealTaskTypeList": ".deal_task_type_list",
    "DealTaskTypeMoveRequest": ".deal_task_type_move_request",
    "DealTaskTypeMoveRequestDealTask": ".deal_task_type_move_request_deal_task",
    "DealTaskTypeMoveResult": ".deal_task_type_move_result",
    "DealTaskTypeMovedDeal": ".deal_task_type_moved_deal",
    "DealTaskTypeUpdateRequest": ".deal_task_type_update_request",
    "DealTaskUpdateRequest": ".deal_task_update_request",
    "DealUpdateRequest": ".deal_update_request",
    "EcomCustomer": ".ecom_customer",
    "EcomCustomerCreateRequest": ".ecom_customer_create_request",
    "EcomCustomerCreateRequestEcomCustomer": ".ecom_customer_create_request_ecom_customer",
    "EcomCustomerEnvelope": ".ecom_customer_envelope",
    "EcomCustomerFields": ".ecom_customer_fields",
    "EcomCustomerList": ".ecom_customer_list",
    "EcomCustomerUpdateRequest": ".ecom_customer_update_request",
    "EcomOrder": ".ecom_order",
    "EcomOrderActivity": ".ecom_order_activity",
    "EcomOrderActivityList": ".ecom_order_activity_list",
    "EcomOrderCreateFields": ".ecom_order_create_fields",
    "EcomOrderCreateFieldsSourceType0": ".ecom_order_create_fields_source_type_0",
    "EcomOrderCreateFieldsSourceType1": ".ecom_order_create_fields_source_type_1",
    "EcomOrderCreateRequest": ".ecom_order_create_request",
    "EcomOrderDiscount": ".ecom_order_discount",
    "EcomOrderDiscountInput": ".ecom_order_discount_input",
    "EcomOrderDiscountInputType": ".ecom_order_discount_input_type",
    "EcomOrderEnvelope": ".ecom_order_envelope",
    "EcomOrderFields": ".ecom_order_fields",
    "EcomOrderList": ".ecom_order_list",
    "EcomOrderProduct": ".ecom_order_product",
    "EcomOrderProductEnvelope": ".ecom_order_product_envelope",
    "EcomOrderProductInput": ".ecom_order_product_input",
    "EcomOrderProductList": ".ecom_order_product_list",
    "EcomOrderUpdateRequest": ".ecom_order_update_request",
    "EditorMarkup": ".editor_markup",
    "EmailActivity": ".email_activity",
    "EmailActivityList": ".email_activity_list",
    "EmptyObject": ".empty_object",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "ErrorSource": ".error_source",
    "EventTrackingEnvelope": ".event_tracking_envelope",
    "EventTrackingEvent": ".event_tracking_event",
    "EventTrackingEventEnvelope": ".event_tracking_event_envelope",
    "EventTrackingEventList": ".event_tracking_event_list",
    "EventTrackingUpdateRequest": ".event_tracking_update_request",
    "Field": ".field",
    "FieldAttributes": ".field_attributes",
    "FieldCreateRequest": ".field_create_request",
    "FieldCreateRequestField": ".field_create_request_field",
    "FieldEnvelope": ".field_envelope",
    "FieldGroup": ".field_group",
    "FieldGroupCreateRequest": ".field_group_create_request",
    "FieldGroupCreateRequestGroupDefinition": ".field_group_create_request_group_definition",
    "FieldGroupEnvelope": ".field_group_envelope",
    "FieldGroupList": ".field_group_list",
    "FieldGroupMember": ".field_group_member",
    "FieldGroupMemberEnvelope": ".field_group_member_envelope",
    "FieldGroupMemberRequest": ".field_group_member_request",
    "FieldGroupMemberRequestGroupMember": ".field_group_member_request_group_member",
    "FieldList": ".field_list",
    "FieldOption": ".field_option",
    "FieldOptionBulkError": ".field_option_bulk_error",
    "FieldOptionBulkRequest": ".field_option_bulk_request",
    "FieldOptionEnvelope": ".field_option_envelope",
    "FieldOptionInput": ".field_option_input",
    "FieldOptionList": ".field_option_list",
    "FieldRel": ".field_rel",
    "FieldRelCreateRequest": ".field_rel_create_request",
    "FieldRelCreateRequestFieldRel": ".field_rel_create_request_field_rel",
    "FieldRelEnvelope": ".field_rel_envelope",
    "FieldRelList": ".field_rel_list",
    "FieldType": ".field_type",
    "FieldUpdateRequest": ".field_update_request",
    "FieldValue": ".field_value",
    "FieldValueInput": ".field_value_input",
    "FlagInputType1": ".flag_input_type_1",
    "FlagInputType2": ".flag_input_type_2",
    "FlagType1": ".flag_type_1",
    "FlagType2": ".flag_type_2",
    "Form": ".form",
    "FormAction": ".form_action",
    "FormActionData": ".form_action_data",
    "FormBorder": ".form_border",
    "FormButtonStyle": ".form_button_style",
    "FormCreateRequest": ".form_create_request",
    "FormCreateRequestForm": ".form_create_request_form",
    "FormEnvelope": ".form_envelope",
    "FormField": ".form_field",
    "FormFieldRequiredOptions": ".form_field_required_options",
    "FormFields": ".form_fields",
    "FormList": ".form_list",
    "FormOptinRequest": ".form_optin_request",
    "FormOptinResult": ".form_optin_result",
    "FormOptions": ".form_options",
    "FormRecentItem": ".form_recent_item",
    "FormStyle": ".form_style",
    "FormSubmitData": ".form_submit_data",
    "FormUpdateRequest": ".form_update_request",
    "GeoAddress": ".geo_address",
    "GeoIp": ".geo_ip",
    "Goal": ".goal",
    "GoalList": ".goal_list",
    "GroupLimit": ".group_limit",
    "GroupLimitList": ".group_limit_list",
    "InaccessiblePipelineList": ".inaccessible_pipeline_list",
    "LinkDatum": ".link_datum",
    "LinkDatumList": ".link_datum_list",
    "Links": ".links",
    "ListContactAutomationsIncludeItem": ".list_contact_automations_include_item",
    "ListContactTagsIncludeItem": ".list_contact_tags_include_item",
    "ListContactsForceQuery": ".list_contacts_force_query",
    "ListContactsInGroupLists": ".list_contacts_in_group_lists",
    "ListContactsIncludeItem": ".list_contacts_include_item",
    "ListContactsStatus": ".list_contacts_status",
    "ListDealsFiltersStatus": ".list_deals_filters_status",
    "ListDealsIncludeItem": ".list_deals_include_item",
    "ListEcomOrdersFiltersState": ".list_ecom_orders_filters_state",
    "ListExclusion": ".list_exclusion",
    "ListExclusionList": ".list_exclusion_list",
    "ListExclusionUpdateRequest": ".list_exclusion_update_request",
    "ListExclusionUpdateRequestChannel": ".list_exclusion_update_request_channel",
    "ListGroup": ".list_group",
    "ListGroupCreateRequest": ".list_group_create_request",
    "ListGroupCreateRequestListGroup": ".list_group_create_request_list_group",
    "ListGroupEnvelope": ".list_group_envelope",
    "ListGroupList": ".list_group_list",
    "ListListsOrdersName": ".list_lists_orders_name",
    "ListPersonalizationsFilterFormat": ".list_personalizations_filter_format",
    "ListPipelinesFiltersHaveStages": ".list_pipelines_filters_have_stages",
    "ListSmsBroadcastRecipientsFiltersDeliverabilityItem": ".list_sms_broadcast_recipients_filters_deliverability_item",
    "ListStatusInputType0": ".list_status_input_type_0",
    "ListStatusInputType1": ".list_status_input_type_1",
    "ListTagsOrdersSearch": ".list_tags_orders_search",
    "ListTaskOutcomesFiltersSentiment": ".list_task_outcomes_filters_sentiment",
    "ListTasksFiltersStatus": ".list_tasks_filters_status",
    "LocalEventCreateRequest": ".local_event_create_request",
    "LocalEventCreateRequestLocalEvent": ".local_event_create_request_local_event",
    "MailingList": ".mailing_list",
    "MailingListCreateRequest": ".mailing_list_create_request",
    "MailingListCreateRequestList": ".mailing_list_create_request_list",
    "MailingListEnvelope": ".mailing_list_envelope",
    "MailingListFields": ".mailing_list_fields",
    "MailingListFieldsChannel": ".mailing_list_fields_channel",
    "MailingListList": ".mailing_list_list",
    "MailingListUpdateRequest": ".mailing_list_update_request",
    "Message": ".message",
    "MessageActivity": ".message_activity",
    "MessageActivityList": ".message_activity_list",
    "MessageCreateRequest": ".message_create_request",
    "MessageCreateRequestMessage": ".message_create_request_message",
    "MessageEnvelope": ".message_envelope",
    "MessageFields": ".message_fields",
    "MessageList": ".message_list",
    "MessageUpdateRequest": ".message_update_request",
    "Note": ".note",
    "NoteEnvelope": ".note_envelope",
    "NoteFields": ".note_fields",
    "NoteFieldsReltype": ".note_fields_reltype",
    "NoteList": ".note_list",
    "NoteOwner": ".note_owner",
    "NoteWriteRequest": ".note_write_request",
    "PageMeta": ".page_meta",
    "Personalization": ".personalization",
    "PersonalizationEnvelope": ".personalization_envelope",
    "PersonalizationFields": ".personalization_fields",
    "PersonalizationFieldsFormat": ".personalization_fields_format",
    "PersonalizationList": ".personalization_list",
    "PersonalizationLockResult": ".personalization_lock_result",
    "PersonalizationTag": ".personalization_tag",
    "PersonalizationTagCategory": ".personalization_tag_category",
    "PersonalizationWriteRequest": ".personalization_write_request",
    "Pipeline": ".pipeline",
    "PipelineCreateRequest": ".pipeline_create_request",
    "PipelineCreateRequestDealGroup": ".pipeline_create_request_deal_group",
    "PipelineEnvelope": ".pipeline_envelope",
    "PipelineFields": ".pipeline_fields",
    "PipelineFieldsAutoassignType0": ".pipeline_fields_autoassign_type_0",
    "PipelineFieldsAutoassignType1": ".pipeline_fields_autoassign_type_1",
    "PipelineGroup": ".pipeline_group",
    "PipelineList": ".pipeline_list",
    "PipelineUpdateRequest": ".pipeline_update_request",
    "PipelineUser": ".pipeline_user",
    "PipelineUserList": ".pipeline_user_list",
    "RequestSegmentMatchAllForConditionsInstant": ".request_segment_match_all_for_conditions_instant",
    "RequestSegmentMatchAllInstant": ".request_segment_match_all_instant",
    "RequestSegmentMatchSomeInstant": ".request_segment_match_some_instant",
    "SavedResponse": ".saved_response",
    "SavedResponseCreateRequest": ".saved_response_create_request",
    "SavedResponseCreateRequestSavedResponse": ".saved_response_create_request_saved_response",
    "SavedResponseEnvelope": ".saved_response_envelope",
    "SavedResponseFields": ".saved_response_fields",
    "SavedResponseList": ".saved_response_list",
    "SavedResponseUpdateRequest": ".saved_response_update_request",
    "Score": ".score",
    "ScoreEnvelope": ".score_envelope",
    "ScoreList": ".score_list",
    "SecondaryContact": ".secondary_contact",
    "SecondaryContactCreateRequest": ".secondary_contact_create_request",
    "SecondaryContactCreateRequestContactDeal": ".secondary_contact_create_request_contact_deal",
    "SecondaryContactEnvelope": ".secondary_contact_envelope",
    "SecondaryContactFields": ".secondary_contact_fields",
    "SecondaryContactList": ".secondary_contact_list",
    "SecondaryContactUpdateRequest": ".secondary_contact_update_request",
    "Segment": ".segment",
    "SegmentCondition": ".segment_condition",
    "SegmentConditionFieldAggregate": ".segment_condition_field_aggregate",
    "SegmentConditionFieldsItem": ".segment_condition_fields_item",
    "SegmentConditionGroup": ".segment_condition_group",
    "SegmentConditionGroupMember": ".segment_condition_group_member",
    "SegmentConditionGroupMemberType": ".segment_condition_group_member_type",
    "SegmentConditionGroupOperator": ".segment_condition_group_operator",
    "SegmentConditionMeta": ".segment_condition_meta",
    "SegmentCount": ".segment_count",
    "SegmentCountHistoryList": ".segment_count_history_list",
    "SegmentCountResource": ".segment_count_resource",
    "SegmentCountResourceType": ".segment_count_resource_type",
    "SegmentEnvelope": ".segment_envelope",
    "SegmentErrorDetail": ".segment_error_detail",
    "SegmentErrors": ".segment_errors",
    "SegmentList": ".segment_list",
    "SegmentMatchOne": ".segment_match_one",
    "SegmentMatchOneList": ".segment_match_one_list",
    "SegmentMatchOneResource": ".segment_match_one_resource",
    "SegmentMatchOneResourceType": ".segment_match_one_resource_type",
    "SegmentMatchPage": ".segment_match_page",
    "SegmentMatchRun": ".segment_match_run",
    "SegmentMatchRunList": ".segment_match_run_list",
    "SegmentMatchRunResource": ".segment_match_run_resource",
    "SegmentMatchRunResourceType": ".segment_match_run_resource_type",
    "SegmentMatchSomeRequest": ".segment_match_some_request",
    "SegmentMatchSomeRequestData": ".segment_match_some_request_data",
    "SegmentMatchSomeRequestDataAttributes": ".segment_match_some_request_data_attributes",
    "SegmentMatchSomeRequestDataAttributesGroupOperator": ".segment_match_some_request_data_attributes_group_operator",
    "SegmentMatchSomeRequestDataAttributesSegmentRelationship": ".segment_match_some_request_data_attributes_segment_relationship",
    "SegmentV2": ".segment_v2",
    "SegmentV2Category": ".segment_v2_category",
    "SegmentV2Document": ".segment_v2_document",
    "SegmentV2Meta": ".segment_v2_meta",
    "SegmentV2Resource": ".segment_v2_resource",
    "SegmentV2SegmentConditionGroupOperator": ".segment_v2_segment_condition_group_operator",
    "SiteMessage": ".site_message",
    "SiteMessageList": ".site_message_list",
    "SiteMessageTemplateType0": ".site_message_template_type_0",
    "SiteTrackingDomain": ".site_tracking_domain",
    "SiteTrackingDomainEnvelope": ".site_tracking_domain_envelope",
    "SiteTrackingDomainList": ".site_tracking_domain_list",
    "SiteTrackingEnvelope": ".site_tracking_envelope",
    "SiteTrackingUpdateRequest": ".site_tracking_update_request",
    "SmsAiDraftRequest": ".sms_ai_draft_request",
    "SmsAiRequestAccepted": ".sms_ai_request_accepted",
    "SmsAiRequestStatus": ".sms_ai_request_status",
    "SmsAiRequestStatusStatus": ".sms_ai_request_status_status",
    "SmsAiRewriteRequest": ".sms_ai_rewrite_request",
    "SmsAiSource": ".sms_ai_source",
    "SmsBroadcast": ".sms_broadcast",
    "SmsBroadcastCreateRequest": ".sms_broadcast_create_request",
    "SmsBroadcastCreateRequestStatus": ".sms_broadcast_create_request_status",
    "SmsBroadcastFailure": ".sms_broadcast_failure",
    "SmsBroadcastFailureList": ".sms_broadcast_failure_list",
    "SmsBroadcastFields": ".sms_broadcast_fields",
    "SmsBroadcastIds": ".sms_broadcast_ids",
    "SmsBroadcastList": ".sms_broadcast_list",
    "SmsBroadcastMetrics": ".sms_broadcast_metrics",
    "SmsBroadcastMetricsList": ".sms_broadcast_metrics_list",
    "SmsBroadcastRecipientList": ".sms_broadcast_recipient_list",
    "SmsBroadcastStatus": ".sms_broadcast_status",
    "SmsBroadcastUpdateRequest": ".sms_broadcast_update_request",
    "SmsBroadcastUpdateRequestStatus": ".sms_broadcast_update_request_status",
    "SmsCredits": ".sms_credits",
    "SmsCreditsEnvelope": ".sms_credits_envelope",
    "SmsErrorSource": ".sms_error_source",
    "SmsList": ".sms_list",
    "SmsListList": ".sms_list_list",
    "SmsMessage": ".sms_message",
    "SmsMessageList": ".sms_message_list",
    "SmsRecipient": ".sms_recipient",
    "SmsRecipientDeliverability": ".sms_recipient_deliverability",
    "SmsRecipientDetailsType0": ".sms_recipient_details_type_0",
    "SmsRecipientExportRequest": ".sms_recipient_export_request",
    "SmsRecipientExportRequestDeliverabilityItem": ".sms_recipient_export_request_deliverability_item",
    "SmsRecipientOptOut": ".sms_recipient_opt_out",
    "SmsRecipientPageMeta": ".sms_recipient_page_meta",
    "SmsReply": ".sms_reply",
    "SmsSnapshot": ".sms_snapshot",
    "SmsSnapshotEnvelope": ".sms_snapshot_envelope",
    "SortDirection": ".sort_direction",
    "StripoBrandKit": ".stripo_brand_kit",
    "StripoBrandKitAsset": ".stripo_brand_kit_asset",
    "StripoBrandKitColors": ".stripo_brand_kit_colors",
    "StripoBrandKitFonts": ".stripo_brand_kit_fonts",
    "StripoCompanyLocation": ".stripo_company_location",
    "StripoConfig": ".stripo_config",
    "StripoMessageSummary": ".stripo_message_summary",
    "Tag": ".tag",
    "TagCreateRequest": ".tag_create_request",
    "TagCreateRequestTag": ".tag_create_request_tag",
    "TagEnvelope": ".tag_envelope",
    "TagFields": ".tag_fields",
    "TagList": ".tag_list",
    "TagType": ".tag_type",
    "TagUpdateRequest": ".tag_update_request",
    "TaskOutcome": ".task_outcome",
    "TaskOutcomeCreateRequest": ".task_outcome_create_request",
    "TaskOutcomeCreateRequestTaskOutcome": ".task_outcome_create_request_task_outcome",
    "TaskOutcomeEnvelope": ".task_outcome_envelope",
    "TaskOutcomeFields": ".task_outcome_fields",
    "TaskOutcomeFieldsDisabled": ".task_outcome_fields_disabled",
    "TaskOutcomeList": ".task_outcome_list",
    "TaskOutcomeSentiment": ".task_outcome_sentiment",
    "TaskOutcomeUpdateRequest": ".task_outcome_update_request",
    "TaskReminder": ".task_reminder",
    "TaskReminderCreateRequest": ".task_reminder_create_request",
    "TaskReminderCreateRequestTaskNotification": ".task_reminder_create_request_task_notification",
    "TaskReminderEnvelope": ".task_reminder_envelope",
    "TaskTypeOutcomeRelation": ".task_type_outcome_relation",
    "TaskTypeOutcomeRelationEnvelope": ".task_type_outcome_relation_envelope",
    "TaskTypeOutcomeRelationList": ".task_type_outcome_relation_list",
    "Template": ".template",
    "TemplateEnvelope": ".template_envelope",
    "TemplateList": ".template_list",
    "TrackedEventRequest": ".tracked_event_request",
    "TrackedEventResult": ".tracked_event_result",
    "TrackingSwitch": ".tracking_switch",
    "UpdateDealStageReorder": ".update_deal_stage_reorder",
    "UrlWhitelisting": ".url_whitelisting",
    "UrlWhitelistingAttributes": ".url_whitelisting_attributes",
    "UrlWhitelistingCreateRequest": ".url_whitelisting_create_request",
    "UrlWhitelistingCreateRequestData": ".url_whitelisting_create_request_data",
    "UrlWhitelistingCreateRequestDataAttributes": ".url_whitelisting_create_request_data_attributes",
    "UrlWhitelistingCreateRequestDataType": ".url_whitelisting_create_request_data_type",
    "UrlWhitelistingEnvelope": ".url_whitelisting_envelope",
    "UrlWhitelistingList": ".url_whitelisting_list",
    "User": ".user",
    "UserCreateRequest": ".user_create_request",
    "UserEnvelope": ".user_envelope",
    "UserFields": ".user_fields",
    "UserGroup": ".user_group",
    "UserGroupCreateRequest": ".user_group_create_request",
    "UserGroupCreateRequestGroup": ".user_group_create_request_group",
    "UserGroupEnvelope": ".user_group_envelope",
    "UserGroupFields": ".user_group_fields",
    "UserGroupList": ".user_group_list",
    "UserGroupMembership": ".user_group_membership",
    "UserGroupMembershipEnvelope": ".user_group_membership_envelope",
    "UserGroupUpdateRequest": ".user_group_update_request",
    "UserList": ".user_list",
    "UserUpdateRequest": ".user_update_request",
    "UserUpdated": ".user_updated",
    "Webhook": ".webhook",
    "WebhookCreateRequest": ".webhook_create_request",
    "WebhookCreateRequestWebhook": ".webhook_create_request_webhook",
    "WebhookEnvelope": ".webhook_envelope",
    "WebhookEventList": ".webhook_event_list",
    "WebhookFields": ".webhook_fields",
    "WebhookList": ".webhook_list",
    "WebhookUpdateRequest": ".webhook_update_request",
    "WhatsappAssignee": ".whatsapp_assignee",
    "WhatsappAssigneeInput": ".whatsapp_assignee_input",
    "WhatsappChannel": ".whatsapp_channel",
    "WhatsappContact": ".whatsapp_contact",
    "WhatsappContactMetaType0": ".whatsapp_contact_meta_type_0",
    "WhatsappConversation": ".whatsapp_conversation",
    "WhatsappConversationFields": ".whatsapp_conversation_fields",
    "WhatsappConversationFirstMessageType0": ".whatsapp_conversation_first_message_type_0",
    "WhatsappConversationPage": ".whatsapp_conversation_page",
    "WhatsappConversationReplaceRequest": ".whatsapp_conversation_replace_request",
    "WhatsappConversationStatus": ".whatsapp_conversation_status",
    "WhatsappConversationTag": ".whatsapp_conversation_tag",
    "WhatsappFlowContact": ".whatsapp_flow_contact",
    "WhatsappFlowExecution": ".whatsapp_flow_execution",
    "WhatsappFlowExecutionContact": ".whatsapp_flow_execution_contact",
    "WhatsappFlowExecutionContactExecutionStepsItem": ".whatsapp_flow_execution_contact_execution_steps_item",
    "WhatsappFlowExecutionContactFiltersItem": ".whatsapp_flow_execution_contact_filters_item",
    "WhatsappFlowExecutionContactFlow": ".whatsapp_flow_execution_contact_flow",
    "WhatsappFlowExecutionContactFlowVersion": ".whatsapp_flow_execution_contact_flow_version",
    "WhatsappFlowExecutionContactPage": ".whatsapp_flow_execution_contact_page",
    "WhatsappFlowExecutionExecuteFor": ".whatsapp_flow_execution_execute_for",
    "WhatsappFlowExecutionFlowExecutionVariablesType0": ".whatsapp_flow_execution_flow_execution_variables_type_0",
    "WhatsappFlowExecutionFlowType1": ".whatsapp_flow_execution_flow_type_1",
    "WhatsappFlowExecutionFlowVersionType1": ".whatsapp_flow_execution_flow_version_type_1",
    "WhatsappFlowExecutionPage": ".whatsapp_flow_execution_page",
    "WhatsappFlowRunRequest": ".whatsapp_flow_run_request",
    "WhatsappFlowRunRequestExecuteFor": ".whatsapp_flow_run_request_execute_for",
    "WhatsappFlowRunRequestFlowExecutionVariables": ".whatsapp_flow_run_request_flow_execution_variables",
    "WhatsappTemplate": ".whatsapp_template",
    "WhatsappTemplateFields": ".whatsapp_template_fields",
    "WhatsappTemplateFieldsComponentsType0Item": ".whatsapp_template_fields_components_type_0_item",
    "WhatsappTemplatePage": ".whatsapp_template_page",
    "WhatsappTemplateSendRequest": ".whatsapp_template_send_request",
    "WhatsappTemplateSent": ".whatsapp_template_sent",
    "WhatsappUser": ".whatsapp_user",
}


# Changed from upstream: hidden from type checkers, which see the imports above instead, so that a
# misspelled model name is a type error rather than `Any`.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


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
    "Audience",
    "AudienceCategory",
    "AudienceCount",
    "AudienceCounts",
    "AudienceList",
    "AudienceResource",
    "Automation",
    "AutomationBlock",
    "AutomationBlockList",
    "AutomationBlockParamsType0",
    "AutomationList",
    "AutomationLookup",
    "AutomationPageMeta",
    "AutomationPageMetaSmsLogsItem",
    "AutomationStart",
    "BooleanInputType1",
    "BooleanInputType2",
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
    "CalendarFeedList",
    "CalendarFeedType",
    "CalendarFeedUpdateRequest",
    "Campaign",
    "CampaignAggregateRevenue",
    "CampaignAggregateRevenueList",
    "CampaignCopyResult",
    "CampaignCreateRequest",
    "CampaignEnvelope",
    "CampaignErrors",
    "CampaignLink",
    "CampaignLinkList",
    "CampaignList",
    "CampaignListLink",
    "CampaignListLinkList",
    "CampaignMessage",
    "CampaignMessageList",
    "CampaignSettings",
    "CampaignSettingsInput",
    "Config",
    "ConfigEnvelope",
    "ConfigList",
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
    "Contact",
    "ContactAutomation",
    "ContactAutomationCreateRequest",
    "ContactAutomationCreateRequestContactAutomation",
    "ContactAutomationCreated",
    "ContactAutomationEnvelope",
    "ContactAutomationList",
    "ContactAutomationPageMeta",
    "ContactAutomationPageMetaShowcaseStatsItem",
    "ContactConversion",
    "ContactConversionList",
    "ContactCreateFields",
    "ContactCreateRequest",
    "ContactDataList",
    "ContactDealSummary",
    "ContactDetail",
    "ContactEmail",
    "ContactEmailList",
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
    "Conversion",
    "ConversionList",
    "ConversionTrigger",
    "ConversionTriggerList",
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
    "DealCustomFieldList",
    "DealCustomFieldMessage",
    "DealCustomFieldUpdateEnvelope",
    "DealCustomFieldUpdatePluralEnvelope",
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
    "EcomCustomerList",
    "EcomCustomerUpdateRequest",
    "EcomOrder",
    "EcomOrderActivity",
    "EcomOrderActivityList",
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
    "FieldRelList",
    "FieldType",
    "FieldUpdateRequest",
    "FieldValue",
    "FieldValueInput",
    "FlagInputType1",
    "FlagInputType2",
    "FlagType1",
    "FlagType2",
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
    "Goal",
    "GoalList",
    "GroupLimit",
    "GroupLimitList",
    "InaccessiblePipelineList",
    "LinkDatum",
    "LinkDatumList",
    "Links",
    "ListContactAutomationsIncludeItem",
    "ListContactTagsIncludeItem",
    "ListContactsForceQuery",
    "ListContactsInGroupLists",
    "ListContactsIncludeItem",
    "ListContactsStatus",
    "ListDealsFiltersStatus",
    "ListDealsIncludeItem",
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
    "ListSmsBroadcastRecipientsFiltersDeliverabilityItem",
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
    "MailingListList",
    "MailingListUpdateRequest",
    "Message",
    "MessageActivity",
    "MessageActivityList",
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
    "PipelineFieldsAutoassignType0",
    "PipelineFieldsAutoassignType1",
    "PipelineGroup",
    "PipelineList",
    "PipelineUpdateRequest",
    "PipelineUser",
    "PipelineUserList",
    "RequestSegmentMatchAllForConditionsInstant",
    "RequestSegmentMatchAllInstant",
    "RequestSegmentMatchSomeInstant",
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
    "SegmentCondition",
    "SegmentConditionFieldAggregate",
    "SegmentConditionFieldsItem",
    "SegmentConditionGroup",
    "SegmentConditionGroupMember",
    "SegmentConditionGroupMemberType",
    "SegmentConditionGroupOperator",
    "SegmentConditionMeta",
    "SegmentCount",
    "SegmentCountHistoryList",
    "SegmentCountResource",
    "SegmentCountResourceType",
    "SegmentEnvelope",
    "SegmentErrorDetail",
    "SegmentErrors",
    "SegmentList",
    "SegmentMatchOne",
    "SegmentMatchOneList",
    "SegmentMatchOneResource",
    "SegmentMatchOneResourceType",
    "SegmentMatchPage",
    "SegmentMatchRun",
    "SegmentMatchRunList",
    "SegmentMatchRunResource",
    "SegmentMatchRunResourceType",
    "SegmentMatchSomeRequest",
    "SegmentMatchSomeRequestData",
    "SegmentMatchSomeRequestDataAttributes",
    "SegmentMatchSomeRequestDataAttributesGroupOperator",
    "SegmentMatchSomeRequestDataAttributesSegmentRelationship",
    "SegmentV2",
    "SegmentV2Category",
    "SegmentV2Document",
    "SegmentV2Meta",
    "SegmentV2Resource",
    "SegmentV2SegmentConditionGroupOperator",
    "SiteMessage",
    "SiteMessageList",
    "SiteMessageTemplateType0",
    "SiteTrackingDomain",
    "SiteTrackingDomainEnvelope",
    "SiteTrackingDomainList",
    "SiteTrackingEnvelope",
    "SiteTrackingUpdateRequest",
    "SmsAiDraftRequest",
    "SmsAiRequestAccepted",
    "SmsAiRequestStatus",
    "SmsAiRequestStatusStatus",
    "SmsAiRewriteRequest",
    "SmsAiSource",
    "SmsBroadcast",
    "SmsBroadcastCreateRequest",
    "SmsBroadcastCreateRequestStatus",
    "SmsBroadcastFailure",
    "SmsBroadcastFailureList",
    "SmsBroadcastFields",
    "SmsBroadcastIds",
    "SmsBroadcastList",
    "SmsBroadcastMetrics",
    "SmsBroadcastMetricsList",
    "SmsBroadcastRecipientList",
    "SmsBroadcastStatus",
    "SmsBroadcastUpdateRequest",
    "SmsBroadcastUpdateRequestStatus",
    "SmsCredits",
    "SmsCreditsEnvelope",
    "SmsErrorSource",
    "SmsList",
    "SmsListList",
    "SmsMessage",
    "SmsMessageList",
    "SmsRecipient",
    "SmsRecipientDeliverability",
    "SmsRecipientDetailsType0",
    "SmsRecipientExportRequest",
    "SmsRecipientExportRequestDeliverabilityItem",
    "SmsRecipientOptOut",
    "SmsRecipientPageMeta",
    "SmsReply",
    "SmsSnapshot",
    "SmsSnapshotEnvelope",
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
    "TrackedEventRequest",
    "TrackedEventResult",
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
    "UserGroupMembershipEnvelope",
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
    "WhatsappAssignee",
    "WhatsappAssigneeInput",
    "WhatsappChannel",
    "WhatsappContact",
    "WhatsappContactMetaType0",
    "WhatsappConversation",
    "WhatsappConversationFields",
    "WhatsappConversationFirstMessageType0",
    "WhatsappConversationPage",
    "WhatsappConversationReplaceRequest",
    "WhatsappConversationStatus",
    "WhatsappConversationTag",
    "WhatsappFlowContact",
    "WhatsappFlowExecution",
    "WhatsappFlowExecutionContact",
    "WhatsappFlowExecutionContactExecutionStepsItem",
    "WhatsappFlowExecutionContactFiltersItem",
    "WhatsappFlowExecutionContactFlow",
    "WhatsappFlowExecutionContactFlowVersion",
    "WhatsappFlowExecutionContactPage",
    "WhatsappFlowExecutionExecuteFor",
    "WhatsappFlowExecutionFlowExecutionVariablesType0",
    "WhatsappFlowExecutionFlowType1",
    "WhatsappFlowExecutionFlowVersionType1",
    "WhatsappFlowExecutionPage",
    "WhatsappFlowRunRequest",
    "WhatsappFlowRunRequestExecuteFor",
    "WhatsappFlowRunRequestFlowExecutionVariables",
    "WhatsappTemplate",
    "WhatsappTemplateFields",
    "WhatsappTemplateFieldsComponentsType0Item",
    "WhatsappTemplatePage",
    "WhatsappTemplateSendRequest",
    "WhatsappTemplateSent",
    "WhatsappUser",
)
