from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class UserGroup(
    _Model,
    kw_only=True,
    rename={
        "pg_list_add": "pgListAdd",
        "pg_list_edit": "pgListEdit",
        "pg_list_delete": "pgListDelete",
        "pg_list_headers": "pgListHeaders",
        "pg_list_emailaccount": "pgListEmailaccount",
        "pg_list_bounce": "pgListBounce",
        "pg_message_add": "pgMessageAdd",
        "pg_message_edit": "pgMessageEdit",
        "pg_message_delete": "pgMessageDelete",
        "pg_message_send": "pgMessageSend",
        "pg_contact_add": "pgContactAdd",
        "pg_contact_edit": "pgContactEdit",
        "pg_contact_delete": "pgContactDelete",
        "pg_contact_merge": "pgContactMerge",
        "pg_contact_import": "pgContactImport",
        "pg_contact_approve": "pgContactApprove",
        "pg_contact_export": "pgContactExport",
        "pg_contact_sync": "pgContactSync",
        "pg_contact_filters": "pgContactFilters",
        "pg_contact_actions": "pgContactActions",
        "pg_contact_fields": "pgContactFields",
        "pg_group_add": "pgGroupAdd",
        "pg_group_edit": "pgGroupEdit",
        "pg_group_delete": "pgGroupDelete",
        "pg_template_add": "pgTemplateAdd",
        "pg_template_edit": "pgTemplateEdit",
        "pg_template_delete": "pgTemplateDelete",
        "pg_personalization_add": "pgPersonalizationAdd",
        "pg_personalization_edit": "pgPersonalizationEdit",
        "pg_personalization_delete": "pgPersonalizationDelete",
        "pg_automation_manage": "pgAutomationManage",
        "pg_form_edit": "pgFormEdit",
        "pg_reports_campaign": "pgReportsCampaign",
        "pg_reports_list": "pgReportsList",
        "pg_reports_user": "pgReportsUser",
        "pg_reports_trend": "pgReportsTrend",
        "pg_startup_reports": "pgStartupReports",
        "pg_startup_gettingstarted": "pgStartupGettingstarted",
        "pg_deal": "pgDeal",
        "pg_deal_delete": "pgDealDelete",
        "pg_deal_reassign": "pgDealReassign",
        "pg_deal_group_add": "pgDealGroupAdd",
        "pg_deal_group_edit": "pgDealGroupEdit",
        "pg_deal_group_delete": "pgDealGroupDelete",
        "pg_saved_responses_manage": "pgSavedResponsesManage",
        "req_approval": "reqApproval",
        "req_approval_1_st": "reqApproval1st",
        "req_approval_notify": "reqApprovalNotify",
    },
):
    """A user group as the API returns it. Create answers carry only a few attributes."""

    id: str
    title: str | None = None
    descript: str | None = None
    """ Free-text description. """
    p_admin: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    unsubscribelink: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    optinconfirm: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_add: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_edit: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_delete: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_headers: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_emailaccount: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_bounce: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_message_add: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_message_edit: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_message_delete: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_message_send: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_add: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_edit: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_delete: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_merge: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_import: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_approve: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_export: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_sync: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_filters: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_actions: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_fields: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_user_add: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_user_edit: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_user_delete: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_group_add: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_group_edit: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_group_delete: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_template_add: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_template_edit: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_template_delete: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_personalization_add: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_personalization_edit: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_personalization_delete: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_automation_manage: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_form_edit: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_reports_campaign: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_reports_list: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_reports_user: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_reports_trend: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_startup_reports: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_startup_gettingstarted: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_delete: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_reassign: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_group_add: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_group_edit: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_group_delete: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_saved_responses_manage: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    sdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    req_approval: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    req_approval_1_st: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    req_approval_notify: str | None = None
    """ Email address told about campaigns awaiting approval. """
    socialdata: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
