"""Every operation of the spec, bound by tag. Generated from generator/templates/operations.py.jinja; do not edit."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import AsyncCaller, Caller
    from .api.account_contacts import AccountContactsOperations, AsyncAccountContactsOperations
    from .api.account_custom_fields import AccountCustomFieldsOperations, AsyncAccountCustomFieldsOperations
    from .api.accounts import AccountsOperations, AsyncAccountsOperations
    from .api.activities import ActivitiesOperations, AsyncActivitiesOperations
    from .api.addresses import AddressesOperations, AsyncAddressesOperations
    from .api.audiences import AsyncAudiencesOperations, AudiencesOperations
    from .api.automations import AsyncAutomationsOperations, AutomationsOperations
    from .api.brandings import AsyncBrandingsOperations, BrandingsOperations
    from .api.calendar_feeds import AsyncCalendarFeedsOperations, CalendarFeedsOperations
    from .api.campaigns import AsyncCampaignsOperations, CampaignsOperations
    from .api.configs import AsyncConfigsOperations, ConfigsOperations
    from .api.connections import AsyncConnectionsOperations, ConnectionsOperations
    from .api.contact_automations import AsyncContactAutomationsOperations, ContactAutomationsOperations
    from .api.contact_tags import AsyncContactTagsOperations, ContactTagsOperations
    from .api.contacts import AsyncContactsOperations, ContactsOperations
    from .api.content import AsyncContentOperations, ContentOperations
    from .api.conversions import AsyncConversionsOperations, ConversionsOperations
    from .api.custom_fields import AsyncCustomFieldsOperations, CustomFieldsOperations
    from .api.custom_object_records import AsyncCustomObjectRecordsOperations, CustomObjectRecordsOperations
    from .api.custom_object_schemas import AsyncCustomObjectSchemasOperations, CustomObjectSchemasOperations
    from .api.deal_activities import AsyncDealActivitiesOperations, DealActivitiesOperations
    from .api.deal_custom_fields import AsyncDealCustomFieldsOperations, DealCustomFieldsOperations
    from .api.deal_roles import AsyncDealRolesOperations, DealRolesOperations
    from .api.deal_stages import AsyncDealStagesOperations, DealStagesOperations
    from .api.deals import AsyncDealsOperations, DealsOperations
    from .api.ecommerce_customers import AsyncEcommerceCustomersOperations, EcommerceCustomersOperations
    from .api.ecommerce_order_products import AsyncEcommerceOrderProductsOperations, EcommerceOrderProductsOperations
    from .api.ecommerce_orders import AsyncEcommerceOrdersOperations, EcommerceOrdersOperations
    from .api.email_activities import AsyncEmailActivitiesOperations, EmailActivitiesOperations
    from .api.event_tracking import AsyncEventTrackingOperations, EventTrackingOperations
    from .api.field_groups import AsyncFieldGroupsOperations, FieldGroupsOperations
    from .api.field_options import AsyncFieldOptionsOperations, FieldOptionsOperations
    from .api.field_relations import AsyncFieldRelationsOperations, FieldRelationsOperations
    from .api.field_values import AsyncFieldValuesOperations, FieldValuesOperations
    from .api.forms import AsyncFormsOperations, FormsOperations
    from .api.imports import AsyncImportsOperations, ImportsOperations
    from .api.list_groups import AsyncListGroupsOperations, ListGroupsOperations
    from .api.lists import AsyncListsOperations, ListsOperations
    from .api.messages import AsyncMessagesOperations, MessagesOperations
    from .api.notes import AsyncNotesOperations, NotesOperations
    from .api.personalizations import AsyncPersonalizationsOperations, PersonalizationsOperations
    from .api.pipelines import AsyncPipelinesOperations, PipelinesOperations
    from .api.saved_responses import AsyncSavedResponsesOperations, SavedResponsesOperations
    from .api.scores import AsyncScoresOperations, ScoresOperations
    from .api.secondary_contacts import AsyncSecondaryContactsOperations, SecondaryContactsOperations
    from .api.segment_matching import AsyncSegmentMatchingOperations, SegmentMatchingOperations
    from .api.segments import AsyncSegmentsOperations, SegmentsOperations
    from .api.segments_v2 import AsyncSegmentsV2Operations, SegmentsV2Operations
    from .api.site_tracking import AsyncSiteTrackingOperations, SiteTrackingOperations
    from .api.sms_broadcasts import AsyncSmsBroadcastsOperations, SmsBroadcastsOperations
    from .api.tags import AsyncTagsOperations, TagsOperations
    from .api.task_outcomes import AsyncTaskOutcomesOperations, TaskOutcomesOperations
    from .api.task_types import AsyncTaskTypesOperations, TaskTypesOperations
    from .api.tasks import AsyncTasksOperations, TasksOperations
    from .api.templates import AsyncTemplatesOperations, TemplatesOperations
    from .api.user_groups import AsyncUserGroupsOperations, UserGroupsOperations
    from .api.users import AsyncUsersOperations, UsersOperations
    from .api.webhooks import AsyncWebhooksOperations, WebhooksOperations
    from .api.whatsapp import AsyncWhatsappOperations, WhatsappOperations


class Operations:
    """One attribute per tag of the spec, each a `<Tag>Operations`.

    A tag's class is imported when its attribute is first read, and an operation's module when
    the operation is first called, so that importing the client loads no operation or model."""

    def __init__(self, caller: Caller) -> None:
        self._operations_caller = caller

    @cached_property
    def account_contacts(self) -> AccountContactsOperations:
        from .api.account_contacts import AccountContactsOperations

        return AccountContactsOperations(self._operations_caller)

    @cached_property
    def account_custom_fields(self) -> AccountCustomFieldsOperations:
        from .api.account_custom_fields import AccountCustomFieldsOperations

        return AccountCustomFieldsOperations(self._operations_caller)

    @cached_property
    def accounts(self) -> AccountsOperations:
        from .api.accounts import AccountsOperations

        return AccountsOperations(self._operations_caller)

    @cached_property
    def activities(self) -> ActivitiesOperations:
        from .api.activities import ActivitiesOperations

        return ActivitiesOperations(self._operations_caller)

    @cached_property
    def addresses(self) -> AddressesOperations:
        from .api.addresses import AddressesOperations

        return AddressesOperations(self._operations_caller)

    @cached_property
    def audiences(self) -> AudiencesOperations:
        from .api.audiences import AudiencesOperations

        return AudiencesOperations(self._operations_caller)

    @cached_property
    def automations(self) -> AutomationsOperations:
        from .api.automations import AutomationsOperations

        return AutomationsOperations(self._operations_caller)

    @cached_property
    def brandings(self) -> BrandingsOperations:
        from .api.brandings import BrandingsOperations

        return BrandingsOperations(self._operations_caller)

    @cached_property
    def calendar_feeds(self) -> CalendarFeedsOperations:
        from .api.calendar_feeds import CalendarFeedsOperations

        return CalendarFeedsOperations(self._operations_caller)

    @cached_property
    def campaigns(self) -> CampaignsOperations:
        from .api.campaigns import CampaignsOperations

        return CampaignsOperations(self._operations_caller)

    @cached_property
    def configs(self) -> ConfigsOperations:
        from .api.configs import ConfigsOperations

        return ConfigsOperations(self._operations_caller)

    @cached_property
    def connections(self) -> ConnectionsOperations:
        from .api.connections import ConnectionsOperations

        return ConnectionsOperations(self._operations_caller)

    @cached_property
    def contact_automations(self) -> ContactAutomationsOperations:
        from .api.contact_automations import ContactAutomationsOperations

        return ContactAutomationsOperations(self._operations_caller)

    @cached_property
    def contact_tags(self) -> ContactTagsOperations:
        from .api.contact_tags import ContactTagsOperations

        return ContactTagsOperations(self._operations_caller)

    @cached_property
    def contacts(self) -> ContactsOperations:
        from .api.contacts import ContactsOperations

        return ContactsOperations(self._operations_caller)

    @cached_property
    def content(self) -> ContentOperations:
        from .api.content import ContentOperations

        return ContentOperations(self._operations_caller)

    @cached_property
    def conversions(self) -> ConversionsOperations:
        from .api.conversions import ConversionsOperations

        return ConversionsOperations(self._operations_caller)

    @cached_property
    def custom_fields(self) -> CustomFieldsOperations:
        from .api.custom_fields import CustomFieldsOperations

        return CustomFieldsOperations(self._operations_caller)

    @cached_property
    def custom_object_records(self) -> CustomObjectRecordsOperations:
        from .api.custom_object_records import CustomObjectRecordsOperations

        return CustomObjectRecordsOperations(self._operations_caller)

    @cached_property
    def custom_object_schemas(self) -> CustomObjectSchemasOperations:
        from .api.custom_object_schemas import CustomObjectSchemasOperations

        return CustomObjectSchemasOperations(self._operations_caller)

    @cached_property
    def deal_activities(self) -> DealActivitiesOperations:
        from .api.deal_activities import DealActivitiesOperations

        return DealActivitiesOperations(self._operations_caller)

    @cached_property
    def deal_custom_fields(self) -> DealCustomFieldsOperations:
        from .api.deal_custom_fields import DealCustomFieldsOperations

        return DealCustomFieldsOperations(self._operations_caller)

    @cached_property
    def deal_roles(self) -> DealRolesOperations:
        from .api.deal_roles import DealRolesOperations

        return DealRolesOperations(self._operations_caller)

    @cached_property
    def deal_stages(self) -> DealStagesOperations:
        from .api.deal_stages import DealStagesOperations

        return DealStagesOperations(self._operations_caller)

    @cached_property
    def deals(self) -> DealsOperations:
        from .api.deals import DealsOperations

        return DealsOperations(self._operations_caller)

    @cached_property
    def ecommerce_customers(self) -> EcommerceCustomersOperations:
        from .api.ecommerce_customers import EcommerceCustomersOperations

        return EcommerceCustomersOperations(self._operations_caller)

    @cached_property
    def ecommerce_order_products(self) -> EcommerceOrderProductsOperations:
        from .api.ecommerce_order_products import EcommerceOrderProductsOperations

        return EcommerceOrderProductsOperations(self._operations_caller)

    @cached_property
    def ecommerce_orders(self) -> EcommerceOrdersOperations:
        from .api.ecommerce_orders import EcommerceOrdersOperations

        return EcommerceOrdersOperations(self._operations_caller)

    @cached_property
    def email_activities(self) -> EmailActivitiesOperations:
        from .api.email_activities import EmailActivitiesOperations

        return EmailActivitiesOperations(self._operations_caller)

    @cached_property
    def event_tracking(self) -> EventTrackingOperations:
        from .api.event_tracking import EventTrackingOperations

        return EventTrackingOperations(self._operations_caller)

    @cached_property
    def field_groups(self) -> FieldGroupsOperations:
        from .api.field_groups import FieldGroupsOperations

        return FieldGroupsOperations(self._operations_caller)

    @cached_property
    def field_options(self) -> FieldOptionsOperations:
        from .api.field_options import FieldOptionsOperations

        return FieldOptionsOperations(self._operations_caller)

    @cached_property
    def field_relations(self) -> FieldRelationsOperations:
        from .api.field_relations import FieldRelationsOperations

        return FieldRelationsOperations(self._operations_caller)

    @cached_property
    def field_values(self) -> FieldValuesOperations:
        from .api.field_values import FieldValuesOperations

        return FieldValuesOperations(self._operations_caller)

    @cached_property
    def forms(self) -> FormsOperations:
        from .api.forms import FormsOperations

        return FormsOperations(self._operations_caller)

    @cached_property
    def imports(self) -> ImportsOperations:
        from .api.imports import ImportsOperations

        return ImportsOperations(self._operations_caller)

    @cached_property
    def list_groups(self) -> ListGroupsOperations:
        from .api.list_groups import ListGroupsOperations

        return ListGroupsOperations(self._operations_caller)

    @cached_property
    def lists(self) -> ListsOperations:
        from .api.lists import ListsOperations

        return ListsOperations(self._operations_caller)

    @cached_property
    def messages(self) -> MessagesOperations:
        from .api.messages import MessagesOperations

        return MessagesOperations(self._operations_caller)

    @cached_property
    def notes(self) -> NotesOperations:
        from .api.notes import NotesOperations

        return NotesOperations(self._operations_caller)

    @cached_property
    def personalizations(self) -> PersonalizationsOperations:
        from .api.personalizations import PersonalizationsOperations

        return PersonalizationsOperations(self._operations_caller)

    @cached_property
    def pipelines(self) -> PipelinesOperations:
        from .api.pipelines import PipelinesOperations

        return PipelinesOperations(self._operations_caller)

    @cached_property
    def saved_responses(self) -> SavedResponsesOperations:
        from .api.saved_responses import SavedResponsesOperations

        return SavedResponsesOperations(self._operations_caller)

    @cached_property
    def scores(self) -> ScoresOperations:
        from .api.scores import ScoresOperations

        return ScoresOperations(self._operations_caller)

    @cached_property
    def secondary_contacts(self) -> SecondaryContactsOperations:
        from .api.secondary_contacts import SecondaryContactsOperations

        return SecondaryContactsOperations(self._operations_caller)

    @cached_property
    def segment_matching(self) -> SegmentMatchingOperations:
        from .api.segment_matching import SegmentMatchingOperations

        return SegmentMatchingOperations(self._operations_caller)

    @cached_property
    def segments(self) -> SegmentsOperations:
        from .api.segments import SegmentsOperations

        return SegmentsOperations(self._operations_caller)

    @cached_property
    def segments_v2(self) -> SegmentsV2Operations:
        from .api.segments_v2 import SegmentsV2Operations

        return SegmentsV2Operations(self._operations_caller)

    @cached_property
    def site_tracking(self) -> SiteTrackingOperations:
        from .api.site_tracking import SiteTrackingOperations

        return SiteTrackingOperations(self._operations_caller)

    @cached_property
    def sms_broadcasts(self) -> SmsBroadcastsOperations:
        from .api.sms_broadcasts import SmsBroadcastsOperations

        return SmsBroadcastsOperations(self._operations_caller)

    @cached_property
    def tags(self) -> TagsOperations:
        from .api.tags import TagsOperations

        return TagsOperations(self._operations_caller)

    @cached_property
    def task_outcomes(self) -> TaskOutcomesOperations:
        from .api.task_outcomes import TaskOutcomesOperations

        return TaskOutcomesOperations(self._operations_caller)

    @cached_property
    def task_types(self) -> TaskTypesOperations:
        from .api.task_types import TaskTypesOperations

        return TaskTypesOperations(self._operations_caller)

    @cached_property
    def tasks(self) -> TasksOperations:
        from .api.tasks import TasksOperations

        return TasksOperations(self._operations_caller)

    @cached_property
    def templates(self) -> TemplatesOperations:
        from .api.templates import TemplatesOperations

        return TemplatesOperations(self._operations_caller)

    @cached_property
    def user_groups(self) -> UserGroupsOperations:
        from .api.user_groups import UserGroupsOperations

        return UserGroupsOperations(self._operations_caller)

    @cached_property
    def users(self) -> UsersOperations:
        from .api.users import UsersOperations

        return UsersOperations(self._operations_caller)

    @cached_property
    def webhooks(self) -> WebhooksOperations:
        from .api.webhooks import WebhooksOperations

        return WebhooksOperations(self._operations_caller)

    @cached_property
    def whatsapp(self) -> WhatsappOperations:
        from .api.whatsapp import WhatsappOperations

        return WhatsappOperations(self._operations_caller)


class AsyncOperations:
    """One attribute per tag of the spec, each a `Async<Tag>Operations`.

    A tag's class is imported when its attribute is first read, and an operation's module when
    the operation is first called, so that importing the client loads no operation or model."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._operations_caller = caller

    @cached_property
    def account_contacts(self) -> AsyncAccountContactsOperations:
        from .api.account_contacts import AsyncAccountContactsOperations

        return AsyncAccountContactsOperations(self._operations_caller)

    @cached_property
    def account_custom_fields(self) -> AsyncAccountCustomFieldsOperations:
        from .api.account_custom_fields import AsyncAccountCustomFieldsOperations

        return AsyncAccountCustomFieldsOperations(self._operations_caller)

    @cached_property
    def accounts(self) -> AsyncAccountsOperations:
        from .api.accounts import AsyncAccountsOperations

        return AsyncAccountsOperations(self._operations_caller)

    @cached_property
    def activities(self) -> AsyncActivitiesOperations:
        from .api.activities import AsyncActivitiesOperations

        return AsyncActivitiesOperations(self._operations_caller)

    @cached_property
    def addresses(self) -> AsyncAddressesOperations:
        from .api.addresses import AsyncAddressesOperations

        return AsyncAddressesOperations(self._operations_caller)

    @cached_property
    def audiences(self) -> AsyncAudiencesOperations:
        from .api.audiences import AsyncAudiencesOperations

        return AsyncAudiencesOperations(self._operations_caller)

    @cached_property
    def automations(self) -> AsyncAutomationsOperations:
        from .api.automations import AsyncAutomationsOperations

        return AsyncAutomationsOperations(self._operations_caller)

    @cached_property
    def brandings(self) -> AsyncBrandingsOperations:
        from .api.brandings import AsyncBrandingsOperations

        return AsyncBrandingsOperations(self._operations_caller)

    @cached_property
    def calendar_feeds(self) -> AsyncCalendarFeedsOperations:
        from .api.calendar_feeds import AsyncCalendarFeedsOperations

        return AsyncCalendarFeedsOperations(self._operations_caller)

    @cached_property
    def campaigns(self) -> AsyncCampaignsOperations:
        from .api.campaigns import AsyncCampaignsOperations

        return AsyncCampaignsOperations(self._operations_caller)

    @cached_property
    def configs(self) -> AsyncConfigsOperations:
        from .api.configs import AsyncConfigsOperations

        return AsyncConfigsOperations(self._operations_caller)

    @cached_property
    def connections(self) -> AsyncConnectionsOperations:
        from .api.connections import AsyncConnectionsOperations

        return AsyncConnectionsOperations(self._operations_caller)

    @cached_property
    def contact_automations(self) -> AsyncContactAutomationsOperations:
        from .api.contact_automations import AsyncContactAutomationsOperations

        return AsyncContactAutomationsOperations(self._operations_caller)

    @cached_property
    def contact_tags(self) -> AsyncContactTagsOperations:
        from .api.contact_tags import AsyncContactTagsOperations

        return AsyncContactTagsOperations(self._operations_caller)

    @cached_property
    def contacts(self) -> AsyncContactsOperations:
        from .api.contacts import AsyncContactsOperations

        return AsyncContactsOperations(self._operations_caller)

    @cached_property
    def content(self) -> AsyncContentOperations:
        from .api.content import AsyncContentOperations

        return AsyncContentOperations(self._operations_caller)

    @cached_property
    def conversions(self) -> AsyncConversionsOperations:
        from .api.conversions import AsyncConversionsOperations

        return AsyncConversionsOperations(self._operations_caller)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsOperations:
        from .api.custom_fields import AsyncCustomFieldsOperations

        return AsyncCustomFieldsOperations(self._operations_caller)

    @cached_property
    def custom_object_records(self) -> AsyncCustomObjectRecordsOperations:
        from .api.custom_object_records import AsyncCustomObjectRecordsOperations

        return AsyncCustomObjectRecordsOperations(self._operations_caller)

    @cached_property
    def custom_object_schemas(self) -> AsyncCustomObjectSchemasOperations:
        from .api.custom_object_schemas import AsyncCustomObjectSchemasOperations

        return AsyncCustomObjectSchemasOperations(self._operations_caller)

    @cached_property
    def deal_activities(self) -> AsyncDealActivitiesOperations:
        from .api.deal_activities import AsyncDealActivitiesOperations

        return AsyncDealActivitiesOperations(self._operations_caller)

    @cached_property
    def deal_custom_fields(self) -> AsyncDealCustomFieldsOperations:
        from .api.deal_custom_fields import AsyncDealCustomFieldsOperations

        return AsyncDealCustomFieldsOperations(self._operations_caller)

    @cached_property
    def deal_roles(self) -> AsyncDealRolesOperations:
        from .api.deal_roles import AsyncDealRolesOperations

        return AsyncDealRolesOperations(self._operations_caller)

    @cached_property
    def deal_stages(self) -> AsyncDealStagesOperations:
        from .api.deal_stages import AsyncDealStagesOperations

        return AsyncDealStagesOperations(self._operations_caller)

    @cached_property
    def deals(self) -> AsyncDealsOperations:
        from .api.deals import AsyncDealsOperations

        return AsyncDealsOperations(self._operations_caller)

    @cached_property
    def ecommerce_customers(self) -> AsyncEcommerceCustomersOperations:
        from .api.ecommerce_customers import AsyncEcommerceCustomersOperations

        return AsyncEcommerceCustomersOperations(self._operations_caller)

    @cached_property
    def ecommerce_order_products(self) -> AsyncEcommerceOrderProductsOperations:
        from .api.ecommerce_order_products import AsyncEcommerceOrderProductsOperations

        return AsyncEcommerceOrderProductsOperations(self._operations_caller)

    @cached_property
    def ecommerce_orders(self) -> AsyncEcommerceOrdersOperations:
        from .api.ecommerce_orders import AsyncEcommerceOrdersOperations

        return AsyncEcommerceOrdersOperations(self._operations_caller)

    @cached_property
    def email_activities(self) -> AsyncEmailActivitiesOperations:
        from .api.email_activities import AsyncEmailActivitiesOperations

        return AsyncEmailActivitiesOperations(self._operations_caller)

    @cached_property
    def event_tracking(self) -> AsyncEventTrackingOperations:
        from .api.event_tracking import AsyncEventTrackingOperations

        return AsyncEventTrackingOperations(self._operations_caller)

    @cached_property
    def field_groups(self) -> AsyncFieldGroupsOperations:
        from .api.field_groups import AsyncFieldGroupsOperations

        return AsyncFieldGroupsOperations(self._operations_caller)

    @cached_property
    def field_options(self) -> AsyncFieldOptionsOperations:
        from .api.field_options import AsyncFieldOptionsOperations

        return AsyncFieldOptionsOperations(self._operations_caller)

    @cached_property
    def field_relations(self) -> AsyncFieldRelationsOperations:
        from .api.field_relations import AsyncFieldRelationsOperations

        return AsyncFieldRelationsOperations(self._operations_caller)

    @cached_property
    def field_values(self) -> AsyncFieldValuesOperations:
        from .api.field_values import AsyncFieldValuesOperations

        return AsyncFieldValuesOperations(self._operations_caller)

    @cached_property
    def forms(self) -> AsyncFormsOperations:
        from .api.forms import AsyncFormsOperations

        return AsyncFormsOperations(self._operations_caller)

    @cached_property
    def imports(self) -> AsyncImportsOperations:
        from .api.imports import AsyncImportsOperations

        return AsyncImportsOperations(self._operations_caller)

    @cached_property
    def list_groups(self) -> AsyncListGroupsOperations:
        from .api.list_groups import AsyncListGroupsOperations

        return AsyncListGroupsOperations(self._operations_caller)

    @cached_property
    def lists(self) -> AsyncListsOperations:
        from .api.lists import AsyncListsOperations

        return AsyncListsOperations(self._operations_caller)

    @cached_property
    def messages(self) -> AsyncMessagesOperations:
        from .api.messages import AsyncMessagesOperations

        return AsyncMessagesOperations(self._operations_caller)

    @cached_property
    def notes(self) -> AsyncNotesOperations:
        from .api.notes import AsyncNotesOperations

        return AsyncNotesOperations(self._operations_caller)

    @cached_property
    def personalizations(self) -> AsyncPersonalizationsOperations:
        from .api.personalizations import AsyncPersonalizationsOperations

        return AsyncPersonalizationsOperations(self._operations_caller)

    @cached_property
    def pipelines(self) -> AsyncPipelinesOperations:
        from .api.pipelines import AsyncPipelinesOperations

        return AsyncPipelinesOperations(self._operations_caller)

    @cached_property
    def saved_responses(self) -> AsyncSavedResponsesOperations:
        from .api.saved_responses import AsyncSavedResponsesOperations

        return AsyncSavedResponsesOperations(self._operations_caller)

    @cached_property
    def scores(self) -> AsyncScoresOperations:
        from .api.scores import AsyncScoresOperations

        return AsyncScoresOperations(self._operations_caller)

    @cached_property
    def secondary_contacts(self) -> AsyncSecondaryContactsOperations:
        from .api.secondary_contacts import AsyncSecondaryContactsOperations

        return AsyncSecondaryContactsOperations(self._operations_caller)

    @cached_property
    def segment_matching(self) -> AsyncSegmentMatchingOperations:
        from .api.segment_matching import AsyncSegmentMatchingOperations

        return AsyncSegmentMatchingOperations(self._operations_caller)

    @cached_property
    def segments(self) -> AsyncSegmentsOperations:
        from .api.segments import AsyncSegmentsOperations

        return AsyncSegmentsOperations(self._operations_caller)

    @cached_property
    def segments_v2(self) -> AsyncSegmentsV2Operations:
        from .api.segments_v2 import AsyncSegmentsV2Operations

        return AsyncSegmentsV2Operations(self._operations_caller)

    @cached_property
    def site_tracking(self) -> AsyncSiteTrackingOperations:
        from .api.site_tracking import AsyncSiteTrackingOperations

        return AsyncSiteTrackingOperations(self._operations_caller)

    @cached_property
    def sms_broadcasts(self) -> AsyncSmsBroadcastsOperations:
        from .api.sms_broadcasts import AsyncSmsBroadcastsOperations

        return AsyncSmsBroadcastsOperations(self._operations_caller)

    @cached_property
    def tags(self) -> AsyncTagsOperations:
        from .api.tags import AsyncTagsOperations

        return AsyncTagsOperations(self._operations_caller)

    @cached_property
    def task_outcomes(self) -> AsyncTaskOutcomesOperations:
        from .api.task_outcomes import AsyncTaskOutcomesOperations

        return AsyncTaskOutcomesOperations(self._operations_caller)

    @cached_property
    def task_types(self) -> AsyncTaskTypesOperations:
        from .api.task_types import AsyncTaskTypesOperations

        return AsyncTaskTypesOperations(self._operations_caller)

    @cached_property
    def tasks(self) -> AsyncTasksOperations:
        from .api.tasks import AsyncTasksOperations

        return AsyncTasksOperations(self._operations_caller)

    @cached_property
    def templates(self) -> AsyncTemplatesOperations:
        from .api.templates import AsyncTemplatesOperations

        return AsyncTemplatesOperations(self._operations_caller)

    @cached_property
    def user_groups(self) -> AsyncUserGroupsOperations:
        from .api.user_groups import AsyncUserGroupsOperations

        return AsyncUserGroupsOperations(self._operations_caller)

    @cached_property
    def users(self) -> AsyncUsersOperations:
        from .api.users import AsyncUsersOperations

        return AsyncUsersOperations(self._operations_caller)

    @cached_property
    def webhooks(self) -> AsyncWebhooksOperations:
        from .api.webhooks import AsyncWebhooksOperations

        return AsyncWebhooksOperations(self._operations_caller)

    @cached_property
    def whatsapp(self) -> AsyncWhatsappOperations:
        from .api.whatsapp import AsyncWhatsappOperations

        return AsyncWhatsappOperations(self._operations_caller)
