from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UserGroupFields")


@_attrs_define
class UserGroupFields:
    """The writable attributes of a user group. Permission flags default to off."""

    title: str | Unset = UNSET
    descript: str | Unset = UNSET
    unsubscribelink: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    optinconfirm: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_list_add: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_list_edit: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_list_delete: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_list_headers: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_list_emailaccount: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_list_bounce: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_message_add: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_message_edit: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_message_delete: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_message_send: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_add: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_edit: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_delete: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_merge: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_import: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_approve: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_export: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_sync: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_filters: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_actions: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_contact_fields: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_user_add: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_user_edit: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_user_delete: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_group_add: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_group_edit: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_group_delete: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_template_add: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_template_edit: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_template_delete: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_personalization_add: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_personalization_edit: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_personalization_delete: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_automation_manage: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_form_edit: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_reports_campaign: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_reports_list: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_reports_user: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_reports_trend: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_startup_reports: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_startup_gettingstarted: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_deal: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_deal_delete: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_deal_reassign: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_deal_group_add: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_deal_group_edit: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_deal_group_delete: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_saved_responses_manage: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    pg_tag_manage: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    req_approval: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    req_approval_1_st: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    req_approval_notify: str | Unset = UNSET
    """ Email address to tell about campaigns awaiting approval. """
    socialdata: bool | int | str | Unset = UNSET
    """ A permission or option flag to set, 1 on and 0 off (number, string or boolean). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        descript = self.descript

        unsubscribelink: bool | int | str | Unset
        if isinstance(self.unsubscribelink, Unset):
            unsubscribelink = UNSET
        else:
            unsubscribelink = self.unsubscribelink

        optinconfirm: bool | int | str | Unset
        if isinstance(self.optinconfirm, Unset):
            optinconfirm = UNSET
        else:
            optinconfirm = self.optinconfirm

        pg_list_add: bool | int | str | Unset
        if isinstance(self.pg_list_add, Unset):
            pg_list_add = UNSET
        else:
            pg_list_add = self.pg_list_add

        pg_list_edit: bool | int | str | Unset
        if isinstance(self.pg_list_edit, Unset):
            pg_list_edit = UNSET
        else:
            pg_list_edit = self.pg_list_edit

        pg_list_delete: bool | int | str | Unset
        if isinstance(self.pg_list_delete, Unset):
            pg_list_delete = UNSET
        else:
            pg_list_delete = self.pg_list_delete

        pg_list_headers: bool | int | str | Unset
        if isinstance(self.pg_list_headers, Unset):
            pg_list_headers = UNSET
        else:
            pg_list_headers = self.pg_list_headers

        pg_list_emailaccount: bool | int | str | Unset
        if isinstance(self.pg_list_emailaccount, Unset):
            pg_list_emailaccount = UNSET
        else:
            pg_list_emailaccount = self.pg_list_emailaccount

        pg_list_bounce: bool | int | str | Unset
        if isinstance(self.pg_list_bounce, Unset):
            pg_list_bounce = UNSET
        else:
            pg_list_bounce = self.pg_list_bounce

        pg_message_add: bool | int | str | Unset
        if isinstance(self.pg_message_add, Unset):
            pg_message_add = UNSET
        else:
            pg_message_add = self.pg_message_add

        pg_message_edit: bool | int | str | Unset
        if isinstance(self.pg_message_edit, Unset):
            pg_message_edit = UNSET
        else:
            pg_message_edit = self.pg_message_edit

        pg_message_delete: bool | int | str | Unset
        if isinstance(self.pg_message_delete, Unset):
            pg_message_delete = UNSET
        else:
            pg_message_delete = self.pg_message_delete

        pg_message_send: bool | int | str | Unset
        if isinstance(self.pg_message_send, Unset):
            pg_message_send = UNSET
        else:
            pg_message_send = self.pg_message_send

        pg_contact_add: bool | int | str | Unset
        if isinstance(self.pg_contact_add, Unset):
            pg_contact_add = UNSET
        else:
            pg_contact_add = self.pg_contact_add

        pg_contact_edit: bool | int | str | Unset
        if isinstance(self.pg_contact_edit, Unset):
            pg_contact_edit = UNSET
        else:
            pg_contact_edit = self.pg_contact_edit

        pg_contact_delete: bool | int | str | Unset
        if isinstance(self.pg_contact_delete, Unset):
            pg_contact_delete = UNSET
        else:
            pg_contact_delete = self.pg_contact_delete

        pg_contact_merge: bool | int | str | Unset
        if isinstance(self.pg_contact_merge, Unset):
            pg_contact_merge = UNSET
        else:
            pg_contact_merge = self.pg_contact_merge

        pg_contact_import: bool | int | str | Unset
        if isinstance(self.pg_contact_import, Unset):
            pg_contact_import = UNSET
        else:
            pg_contact_import = self.pg_contact_import

        pg_contact_approve: bool | int | str | Unset
        if isinstance(self.pg_contact_approve, Unset):
            pg_contact_approve = UNSET
        else:
            pg_contact_approve = self.pg_contact_approve

        pg_contact_export: bool | int | str | Unset
        if isinstance(self.pg_contact_export, Unset):
            pg_contact_export = UNSET
        else:
            pg_contact_export = self.pg_contact_export

        pg_contact_sync: bool | int | str | Unset
        if isinstance(self.pg_contact_sync, Unset):
            pg_contact_sync = UNSET
        else:
            pg_contact_sync = self.pg_contact_sync

        pg_contact_filters: bool | int | str | Unset
        if isinstance(self.pg_contact_filters, Unset):
            pg_contact_filters = UNSET
        else:
            pg_contact_filters = self.pg_contact_filters

        pg_contact_actions: bool | int | str | Unset
        if isinstance(self.pg_contact_actions, Unset):
            pg_contact_actions = UNSET
        else:
            pg_contact_actions = self.pg_contact_actions

        pg_contact_fields: bool | int | str | Unset
        if isinstance(self.pg_contact_fields, Unset):
            pg_contact_fields = UNSET
        else:
            pg_contact_fields = self.pg_contact_fields

        pg_user_add: bool | int | str | Unset
        if isinstance(self.pg_user_add, Unset):
            pg_user_add = UNSET
        else:
            pg_user_add = self.pg_user_add

        pg_user_edit: bool | int | str | Unset
        if isinstance(self.pg_user_edit, Unset):
            pg_user_edit = UNSET
        else:
            pg_user_edit = self.pg_user_edit

        pg_user_delete: bool | int | str | Unset
        if isinstance(self.pg_user_delete, Unset):
            pg_user_delete = UNSET
        else:
            pg_user_delete = self.pg_user_delete

        pg_group_add: bool | int | str | Unset
        if isinstance(self.pg_group_add, Unset):
            pg_group_add = UNSET
        else:
            pg_group_add = self.pg_group_add

        pg_group_edit: bool | int | str | Unset
        if isinstance(self.pg_group_edit, Unset):
            pg_group_edit = UNSET
        else:
            pg_group_edit = self.pg_group_edit

        pg_group_delete: bool | int | str | Unset
        if isinstance(self.pg_group_delete, Unset):
            pg_group_delete = UNSET
        else:
            pg_group_delete = self.pg_group_delete

        pg_template_add: bool | int | str | Unset
        if isinstance(self.pg_template_add, Unset):
            pg_template_add = UNSET
        else:
            pg_template_add = self.pg_template_add

        pg_template_edit: bool | int | str | Unset
        if isinstance(self.pg_template_edit, Unset):
            pg_template_edit = UNSET
        else:
            pg_template_edit = self.pg_template_edit

        pg_template_delete: bool | int | str | Unset
        if isinstance(self.pg_template_delete, Unset):
            pg_template_delete = UNSET
        else:
            pg_template_delete = self.pg_template_delete

        pg_personalization_add: bool | int | str | Unset
        if isinstance(self.pg_personalization_add, Unset):
            pg_personalization_add = UNSET
        else:
            pg_personalization_add = self.pg_personalization_add

        pg_personalization_edit: bool | int | str | Unset
        if isinstance(self.pg_personalization_edit, Unset):
            pg_personalization_edit = UNSET
        else:
            pg_personalization_edit = self.pg_personalization_edit

        pg_personalization_delete: bool | int | str | Unset
        if isinstance(self.pg_personalization_delete, Unset):
            pg_personalization_delete = UNSET
        else:
            pg_personalization_delete = self.pg_personalization_delete

        pg_automation_manage: bool | int | str | Unset
        if isinstance(self.pg_automation_manage, Unset):
            pg_automation_manage = UNSET
        else:
            pg_automation_manage = self.pg_automation_manage

        pg_form_edit: bool | int | str | Unset
        if isinstance(self.pg_form_edit, Unset):
            pg_form_edit = UNSET
        else:
            pg_form_edit = self.pg_form_edit

        pg_reports_campaign: bool | int | str | Unset
        if isinstance(self.pg_reports_campaign, Unset):
            pg_reports_campaign = UNSET
        else:
            pg_reports_campaign = self.pg_reports_campaign

        pg_reports_list: bool | int | str | Unset
        if isinstance(self.pg_reports_list, Unset):
            pg_reports_list = UNSET
        else:
            pg_reports_list = self.pg_reports_list

        pg_reports_user: bool | int | str | Unset
        if isinstance(self.pg_reports_user, Unset):
            pg_reports_user = UNSET
        else:
            pg_reports_user = self.pg_reports_user

        pg_reports_trend: bool | int | str | Unset
        if isinstance(self.pg_reports_trend, Unset):
            pg_reports_trend = UNSET
        else:
            pg_reports_trend = self.pg_reports_trend

        pg_startup_reports: bool | int | str | Unset
        if isinstance(self.pg_startup_reports, Unset):
            pg_startup_reports = UNSET
        else:
            pg_startup_reports = self.pg_startup_reports

        pg_startup_gettingstarted: bool | int | str | Unset
        if isinstance(self.pg_startup_gettingstarted, Unset):
            pg_startup_gettingstarted = UNSET
        else:
            pg_startup_gettingstarted = self.pg_startup_gettingstarted

        pg_deal: bool | int | str | Unset
        if isinstance(self.pg_deal, Unset):
            pg_deal = UNSET
        else:
            pg_deal = self.pg_deal

        pg_deal_delete: bool | int | str | Unset
        if isinstance(self.pg_deal_delete, Unset):
            pg_deal_delete = UNSET
        else:
            pg_deal_delete = self.pg_deal_delete

        pg_deal_reassign: bool | int | str | Unset
        if isinstance(self.pg_deal_reassign, Unset):
            pg_deal_reassign = UNSET
        else:
            pg_deal_reassign = self.pg_deal_reassign

        pg_deal_group_add: bool | int | str | Unset
        if isinstance(self.pg_deal_group_add, Unset):
            pg_deal_group_add = UNSET
        else:
            pg_deal_group_add = self.pg_deal_group_add

        pg_deal_group_edit: bool | int | str | Unset
        if isinstance(self.pg_deal_group_edit, Unset):
            pg_deal_group_edit = UNSET
        else:
            pg_deal_group_edit = self.pg_deal_group_edit

        pg_deal_group_delete: bool | int | str | Unset
        if isinstance(self.pg_deal_group_delete, Unset):
            pg_deal_group_delete = UNSET
        else:
            pg_deal_group_delete = self.pg_deal_group_delete

        pg_saved_responses_manage: bool | int | str | Unset
        if isinstance(self.pg_saved_responses_manage, Unset):
            pg_saved_responses_manage = UNSET
        else:
            pg_saved_responses_manage = self.pg_saved_responses_manage

        pg_tag_manage: bool | int | str | Unset
        if isinstance(self.pg_tag_manage, Unset):
            pg_tag_manage = UNSET
        else:
            pg_tag_manage = self.pg_tag_manage

        req_approval: bool | int | str | Unset
        if isinstance(self.req_approval, Unset):
            req_approval = UNSET
        else:
            req_approval = self.req_approval

        req_approval_1_st: bool | int | str | Unset
        if isinstance(self.req_approval_1_st, Unset):
            req_approval_1_st = UNSET
        else:
            req_approval_1_st = self.req_approval_1_st

        req_approval_notify = self.req_approval_notify

        socialdata: bool | int | str | Unset
        if isinstance(self.socialdata, Unset):
            socialdata = UNSET
        else:
            socialdata = self.socialdata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if descript is not UNSET:
            field_dict["descript"] = descript
        if unsubscribelink is not UNSET:
            field_dict["unsubscribelink"] = unsubscribelink
        if optinconfirm is not UNSET:
            field_dict["optinconfirm"] = optinconfirm
        if pg_list_add is not UNSET:
            field_dict["pgListAdd"] = pg_list_add
        if pg_list_edit is not UNSET:
            field_dict["pgListEdit"] = pg_list_edit
        if pg_list_delete is not UNSET:
            field_dict["pgListDelete"] = pg_list_delete
        if pg_list_headers is not UNSET:
            field_dict["pgListHeaders"] = pg_list_headers
        if pg_list_emailaccount is not UNSET:
            field_dict["pgListEmailaccount"] = pg_list_emailaccount
        if pg_list_bounce is not UNSET:
            field_dict["pgListBounce"] = pg_list_bounce
        if pg_message_add is not UNSET:
            field_dict["pgMessageAdd"] = pg_message_add
        if pg_message_edit is not UNSET:
            field_dict["pgMessageEdit"] = pg_message_edit
        if pg_message_delete is not UNSET:
            field_dict["pgMessageDelete"] = pg_message_delete
        if pg_message_send is not UNSET:
            field_dict["pgMessageSend"] = pg_message_send
        if pg_contact_add is not UNSET:
            field_dict["pgContactAdd"] = pg_contact_add
        if pg_contact_edit is not UNSET:
            field_dict["pgContactEdit"] = pg_contact_edit
        if pg_contact_delete is not UNSET:
            field_dict["pgContactDelete"] = pg_contact_delete
        if pg_contact_merge is not UNSET:
            field_dict["pgContactMerge"] = pg_contact_merge
        if pg_contact_import is not UNSET:
            field_dict["pgContactImport"] = pg_contact_import
        if pg_contact_approve is not UNSET:
            field_dict["pgContactApprove"] = pg_contact_approve
        if pg_contact_export is not UNSET:
            field_dict["pgContactExport"] = pg_contact_export
        if pg_contact_sync is not UNSET:
            field_dict["pgContactSync"] = pg_contact_sync
        if pg_contact_filters is not UNSET:
            field_dict["pgContactFilters"] = pg_contact_filters
        if pg_contact_actions is not UNSET:
            field_dict["pgContactActions"] = pg_contact_actions
        if pg_contact_fields is not UNSET:
            field_dict["pgContactFields"] = pg_contact_fields
        if pg_user_add is not UNSET:
            field_dict["pg_user_add"] = pg_user_add
        if pg_user_edit is not UNSET:
            field_dict["pg_user_edit"] = pg_user_edit
        if pg_user_delete is not UNSET:
            field_dict["pg_user_delete"] = pg_user_delete
        if pg_group_add is not UNSET:
            field_dict["pgGroupAdd"] = pg_group_add
        if pg_group_edit is not UNSET:
            field_dict["pgGroupEdit"] = pg_group_edit
        if pg_group_delete is not UNSET:
            field_dict["pgGroupDelete"] = pg_group_delete
        if pg_template_add is not UNSET:
            field_dict["pgTemplateAdd"] = pg_template_add
        if pg_template_edit is not UNSET:
            field_dict["pgTemplateEdit"] = pg_template_edit
        if pg_template_delete is not UNSET:
            field_dict["pgTemplateDelete"] = pg_template_delete
        if pg_personalization_add is not UNSET:
            field_dict["pgPersonalizationAdd"] = pg_personalization_add
        if pg_personalization_edit is not UNSET:
            field_dict["pgPersonalizationEdit"] = pg_personalization_edit
        if pg_personalization_delete is not UNSET:
            field_dict["pgPersonalizationDelete"] = pg_personalization_delete
        if pg_automation_manage is not UNSET:
            field_dict["pgAutomationManage"] = pg_automation_manage
        if pg_form_edit is not UNSET:
            field_dict["pgFormEdit"] = pg_form_edit
        if pg_reports_campaign is not UNSET:
            field_dict["pgReportsCampaign"] = pg_reports_campaign
        if pg_reports_list is not UNSET:
            field_dict["pgReportsList"] = pg_reports_list
        if pg_reports_user is not UNSET:
            field_dict["pgReportsUser"] = pg_reports_user
        if pg_reports_trend is not UNSET:
            field_dict["pgReportsTrend"] = pg_reports_trend
        if pg_startup_reports is not UNSET:
            field_dict["pgStartupReports"] = pg_startup_reports
        if pg_startup_gettingstarted is not UNSET:
            field_dict["pgStartupGettingstarted"] = pg_startup_gettingstarted
        if pg_deal is not UNSET:
            field_dict["pgDeal"] = pg_deal
        if pg_deal_delete is not UNSET:
            field_dict["pgDealDelete"] = pg_deal_delete
        if pg_deal_reassign is not UNSET:
            field_dict["pgDealReassign"] = pg_deal_reassign
        if pg_deal_group_add is not UNSET:
            field_dict["pgDealGroupAdd"] = pg_deal_group_add
        if pg_deal_group_edit is not UNSET:
            field_dict["pgDealGroupEdit"] = pg_deal_group_edit
        if pg_deal_group_delete is not UNSET:
            field_dict["pgDealGroupDelete"] = pg_deal_group_delete
        if pg_saved_responses_manage is not UNSET:
            field_dict["pgSavedResponsesManage"] = pg_saved_responses_manage
        if pg_tag_manage is not UNSET:
            field_dict["pgTagManage"] = pg_tag_manage
        if req_approval is not UNSET:
            field_dict["reqApproval"] = req_approval
        if req_approval_1_st is not UNSET:
            field_dict["reqApproval1st"] = req_approval_1_st
        if req_approval_notify is not UNSET:
            field_dict["reqApprovalNotify"] = req_approval_notify
        if socialdata is not UNSET:
            field_dict["socialdata"] = socialdata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            user_group_fields = cls.__new__(cls)
            d = dict(src_dict)
            user_group_fields.title = d.pop("title", UNSET)

            user_group_fields.descript = d.pop("descript", UNSET)

            user_group_fields.unsubscribelink = d.pop("unsubscribelink", UNSET)

            user_group_fields.optinconfirm = d.pop("optinconfirm", UNSET)

            user_group_fields.pg_list_add = d.pop("pgListAdd", UNSET)

            user_group_fields.pg_list_edit = d.pop("pgListEdit", UNSET)

            user_group_fields.pg_list_delete = d.pop("pgListDelete", UNSET)

            user_group_fields.pg_list_headers = d.pop("pgListHeaders", UNSET)

            user_group_fields.pg_list_emailaccount = d.pop("pgListEmailaccount", UNSET)

            user_group_fields.pg_list_bounce = d.pop("pgListBounce", UNSET)

            user_group_fields.pg_message_add = d.pop("pgMessageAdd", UNSET)

            user_group_fields.pg_message_edit = d.pop("pgMessageEdit", UNSET)

            user_group_fields.pg_message_delete = d.pop("pgMessageDelete", UNSET)

            user_group_fields.pg_message_send = d.pop("pgMessageSend", UNSET)

            user_group_fields.pg_contact_add = d.pop("pgContactAdd", UNSET)

            user_group_fields.pg_contact_edit = d.pop("pgContactEdit", UNSET)

            user_group_fields.pg_contact_delete = d.pop("pgContactDelete", UNSET)

            user_group_fields.pg_contact_merge = d.pop("pgContactMerge", UNSET)

            user_group_fields.pg_contact_import = d.pop("pgContactImport", UNSET)

            user_group_fields.pg_contact_approve = d.pop("pgContactApprove", UNSET)

            user_group_fields.pg_contact_export = d.pop("pgContactExport", UNSET)

            user_group_fields.pg_contact_sync = d.pop("pgContactSync", UNSET)

            user_group_fields.pg_contact_filters = d.pop("pgContactFilters", UNSET)

            user_group_fields.pg_contact_actions = d.pop("pgContactActions", UNSET)

            user_group_fields.pg_contact_fields = d.pop("pgContactFields", UNSET)

            user_group_fields.pg_user_add = d.pop("pg_user_add", UNSET)

            user_group_fields.pg_user_edit = d.pop("pg_user_edit", UNSET)

            user_group_fields.pg_user_delete = d.pop("pg_user_delete", UNSET)

            user_group_fields.pg_group_add = d.pop("pgGroupAdd", UNSET)

            user_group_fields.pg_group_edit = d.pop("pgGroupEdit", UNSET)

            user_group_fields.pg_group_delete = d.pop("pgGroupDelete", UNSET)

            user_group_fields.pg_template_add = d.pop("pgTemplateAdd", UNSET)

            user_group_fields.pg_template_edit = d.pop("pgTemplateEdit", UNSET)

            user_group_fields.pg_template_delete = d.pop("pgTemplateDelete", UNSET)

            user_group_fields.pg_personalization_add = d.pop("pgPersonalizationAdd", UNSET)

            user_group_fields.pg_personalization_edit = d.pop("pgPersonalizationEdit", UNSET)

            user_group_fields.pg_personalization_delete = d.pop("pgPersonalizationDelete", UNSET)

            user_group_fields.pg_automation_manage = d.pop("pgAutomationManage", UNSET)

            user_group_fields.pg_form_edit = d.pop("pgFormEdit", UNSET)

            user_group_fields.pg_reports_campaign = d.pop("pgReportsCampaign", UNSET)

            user_group_fields.pg_reports_list = d.pop("pgReportsList", UNSET)

            user_group_fields.pg_reports_user = d.pop("pgReportsUser", UNSET)

            user_group_fields.pg_reports_trend = d.pop("pgReportsTrend", UNSET)

            user_group_fields.pg_startup_reports = d.pop("pgStartupReports", UNSET)

            user_group_fields.pg_startup_gettingstarted = d.pop("pgStartupGettingstarted", UNSET)

            user_group_fields.pg_deal = d.pop("pgDeal", UNSET)

            user_group_fields.pg_deal_delete = d.pop("pgDealDelete", UNSET)

            user_group_fields.pg_deal_reassign = d.pop("pgDealReassign", UNSET)

            user_group_fields.pg_deal_group_add = d.pop("pgDealGroupAdd", UNSET)

            user_group_fields.pg_deal_group_edit = d.pop("pgDealGroupEdit", UNSET)

            user_group_fields.pg_deal_group_delete = d.pop("pgDealGroupDelete", UNSET)

            user_group_fields.pg_saved_responses_manage = d.pop("pgSavedResponsesManage", UNSET)

            user_group_fields.pg_tag_manage = d.pop("pgTagManage", UNSET)

            user_group_fields.req_approval = d.pop("reqApproval", UNSET)

            user_group_fields.req_approval_1_st = d.pop("reqApproval1st", UNSET)

            user_group_fields.req_approval_notify = d.pop("reqApprovalNotify", UNSET)

            user_group_fields.socialdata = d.pop("socialdata", UNSET)

            user_group_fields.additional_properties = d
            return user_group_fields
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
