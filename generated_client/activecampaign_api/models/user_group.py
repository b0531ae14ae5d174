from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UserGroup")


@_attrs_define
class UserGroup:
    """A user group as the API returns it. Create answers carry only a few attributes."""

    id: str
    title: str | Unset = UNSET
    descript: str | Unset | None = UNSET
    """ Free-text description. """
    p_admin: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    unsubscribelink: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    optinconfirm: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_add: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_edit: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_delete: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_headers: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_emailaccount: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_list_bounce: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_message_add: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_message_edit: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_message_delete: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_message_send: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_add: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_edit: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_delete: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_merge: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_import: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_approve: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_export: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_sync: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_filters: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_actions: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_contact_fields: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_user_add: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_user_edit: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_user_delete: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_group_add: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_group_edit: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_group_delete: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_template_add: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_template_edit: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_template_delete: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_personalization_add: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_personalization_edit: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_personalization_delete: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_automation_manage: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_form_edit: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_reports_campaign: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_reports_list: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_reports_user: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_reports_trend: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_startup_reports: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_startup_gettingstarted: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_delete: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_reassign: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_group_add: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_group_edit: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_deal_group_delete: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    pg_saved_responses_manage: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    sdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    req_approval: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    req_approval_1_st: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    req_approval_notify: str | Unset | None = UNSET
    """ Email address told about campaigns awaiting approval. """
    socialdata: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        descript: str | Unset | None
        if isinstance(self.descript, Unset):
            descript = UNSET
        else:
            descript = self.descript

        p_admin: int | str | Unset
        if isinstance(self.p_admin, Unset):
            p_admin = UNSET
        else:
            p_admin = self.p_admin

        unsubscribelink: int | str | Unset
        if isinstance(self.unsubscribelink, Unset):
            unsubscribelink = UNSET
        else:
            unsubscribelink = self.unsubscribelink

        optinconfirm: int | str | Unset
        if isinstance(self.optinconfirm, Unset):
            optinconfirm = UNSET
        else:
            optinconfirm = self.optinconfirm

        pg_list_add: int | str | Unset
        if isinstance(self.pg_list_add, Unset):
            pg_list_add = UNSET
        else:
            pg_list_add = self.pg_list_add

        pg_list_edit: int | str | Unset
        if isinstance(self.pg_list_edit, Unset):
            pg_list_edit = UNSET
        else:
            pg_list_edit = self.pg_list_edit

        pg_list_delete: int | str | Unset
        if isinstance(self.pg_list_delete, Unset):
            pg_list_delete = UNSET
        else:
            pg_list_delete = self.pg_list_delete

        pg_list_headers: int | str | Unset
        if isinstance(self.pg_list_headers, Unset):
            pg_list_headers = UNSET
        else:
            pg_list_headers = self.pg_list_headers

        pg_list_emailaccount: int | str | Unset
        if isinstance(self.pg_list_emailaccount, Unset):
            pg_list_emailaccount = UNSET
        else:
            pg_list_emailaccount = self.pg_list_emailaccount

        pg_list_bounce: int | str | Unset
        if isinstance(self.pg_list_bounce, Unset):
            pg_list_bounce = UNSET
        else:
            pg_list_bounce = self.pg_list_bounce

        pg_message_add: int | str | Unset
        if isinstance(self.pg_message_add, Unset):
            pg_message_add = UNSET
        else:
            pg_message_add = self.pg_message_add

        pg_message_edit: int | str | Unset
        if isinstance(self.pg_message_edit, Unset):
            pg_message_edit = UNSET
        else:
            pg_message_edit = self.pg_message_edit

        pg_message_delete: int | str | Unset
        if isinstance(self.pg_message_delete, Unset):
            pg_message_delete = UNSET
        else:
            pg_message_delete = self.pg_message_delete

        pg_message_send: int | str | Unset
        if isinstance(self.pg_message_send, Unset):
            pg_message_send = UNSET
        else:
            pg_message_send = self.pg_message_send

        pg_contact_add: int | str | Unset
        if isinstance(self.pg_contact_add, Unset):
            pg_contact_add = UNSET
        else:
            pg_contact_add = self.pg_contact_add

        pg_contact_edit: int | str | Unset
        if isinstance(self.pg_contact_edit, Unset):
            pg_contact_edit = UNSET
        else:
            pg_contact_edit = self.pg_contact_edit

        pg_contact_delete: int | str | Unset
        if isinstance(self.pg_contact_delete, Unset):
            pg_contact_delete = UNSET
        else:
            pg_contact_delete = self.pg_contact_delete

        pg_contact_merge: int | str | Unset
        if isinstance(self.pg_contact_merge, Unset):
            pg_contact_merge = UNSET
        else:
            pg_contact_merge = self.pg_contact_merge

        pg_contact_import: int | str | Unset
        if isinstance(self.pg_contact_import, Unset):
            pg_contact_import = UNSET
        else:
            pg_contact_import = self.pg_contact_import

        pg_contact_approve: int | str | Unset
        if isinstance(self.pg_contact_approve, Unset):
            pg_contact_approve = UNSET
        else:
            pg_contact_approve = self.pg_contact_approve

        pg_contact_export: int | str | Unset
        if isinstance(self.pg_contact_export, Unset):
            pg_contact_export = UNSET
        else:
            pg_contact_export = self.pg_contact_export

        pg_contact_sync: int | str | Unset
        if isinstance(self.pg_contact_sync, Unset):
            pg_contact_sync = UNSET
        else:
            pg_contact_sync = self.pg_contact_sync

        pg_contact_filters: int | str | Unset
        if isinstance(self.pg_contact_filters, Unset):
            pg_contact_filters = UNSET
        else:
            pg_contact_filters = self.pg_contact_filters

        pg_contact_actions: int | str | Unset
        if isinstance(self.pg_contact_actions, Unset):
            pg_contact_actions = UNSET
        else:
            pg_contact_actions = self.pg_contact_actions

        pg_contact_fields: int | str | Unset
        if isinstance(self.pg_contact_fields, Unset):
            pg_contact_fields = UNSET
        else:
            pg_contact_fields = self.pg_contact_fields

        pg_user_add: int | str | Unset
        if isinstance(self.pg_user_add, Unset):
            pg_user_add = UNSET
        else:
            pg_user_add = self.pg_user_add

        pg_user_edit: int | str | Unset
        if isinstance(self.pg_user_edit, Unset):
            pg_user_edit = UNSET
        else:
            pg_user_edit = self.pg_user_edit

        pg_user_delete: int | str | Unset
        if isinstance(self.pg_user_delete, Unset):
            pg_user_delete = UNSET
        else:
            pg_user_delete = self.pg_user_delete

        pg_group_add: int | str | Unset
        if isinstance(self.pg_group_add, Unset):
            pg_group_add = UNSET
        else:
            pg_group_add = self.pg_group_add

        pg_group_edit: int | str | Unset
        if isinstance(self.pg_group_edit, Unset):
            pg_group_edit = UNSET
        else:
            pg_group_edit = self.pg_group_edit

        pg_group_delete: int | str | Unset
        if isinstance(self.pg_group_delete, Unset):
            pg_group_delete = UNSET
        else:
            pg_group_delete = self.pg_group_delete

        pg_template_add: int | str | Unset
        if isinstance(self.pg_template_add, Unset):
            pg_template_add = UNSET
        else:
            pg_template_add = self.pg_template_add

        pg_template_edit: int | str | Unset
        if isinstance(self.pg_template_edit, Unset):
            pg_template_edit = UNSET
        else:
            pg_template_edit = self.pg_template_edit

        pg_template_delete: int | str | Unset
        if isinstance(self.pg_template_delete, Unset):
            pg_template_delete = UNSET
        else:
            pg_template_delete = self.pg_template_delete

        pg_personalization_add: int | str | Unset
        if isinstance(self.pg_personalization_add, Unset):
            pg_personalization_add = UNSET
        else:
            pg_personalization_add = self.pg_personalization_add

        pg_personalization_edit: int | str | Unset
        if isinstance(self.pg_personalization_edit, Unset):
            pg_personalization_edit = UNSET
        else:
            pg_personalization_edit = self.pg_personalization_edit

        pg_personalization_delete: int | str | Unset
        if isinstance(self.pg_personalization_delete, Unset):
            pg_personalization_delete = UNSET
        else:
            pg_personalization_delete = self.pg_personalization_delete

        pg_automation_manage: int | str | Unset
        if isinstance(self.pg_automation_manage, Unset):
            pg_automation_manage = UNSET
        else:
            pg_automation_manage = self.pg_automation_manage

        pg_form_edit: int | str | Unset
        if isinstance(self.pg_form_edit, Unset):
            pg_form_edit = UNSET
        else:
            pg_form_edit = self.pg_form_edit

        pg_reports_campaign: int | str | Unset
        if isinstance(self.pg_reports_campaign, Unset):
            pg_reports_campaign = UNSET
        else:
            pg_reports_campaign = self.pg_reports_campaign

        pg_reports_list: int | str | Unset
        if isinstance(self.pg_reports_list, Unset):
            pg_reports_list = UNSET
        else:
            pg_reports_list = self.pg_reports_list

        pg_reports_user: int | str | Unset
        if isinstance(self.pg_reports_user, Unset):
            pg_reports_user = UNSET
        else:
            pg_reports_user = self.pg_reports_user

        pg_reports_trend: int | str | Unset
        if isinstance(self.pg_reports_trend, Unset):
            pg_reports_trend = UNSET
        else:
            pg_reports_trend = self.pg_reports_trend

        pg_startup_reports: int | str | Unset
        if isinstance(self.pg_startup_reports, Unset):
            pg_startup_reports = UNSET
        else:
            pg_startup_reports = self.pg_startup_reports

        pg_startup_gettingstarted: int | str | Unset
        if isinstance(self.pg_startup_gettingstarted, Unset):
            pg_startup_gettingstarted = UNSET
        else:
            pg_startup_gettingstarted = self.pg_startup_gettingstarted

        pg_deal: int | str | Unset
        if isinstance(self.pg_deal, Unset):
            pg_deal = UNSET
        else:
            pg_deal = self.pg_deal

        pg_deal_delete: int | str | Unset
        if isinstance(self.pg_deal_delete, Unset):
            pg_deal_delete = UNSET
        else:
            pg_deal_delete = self.pg_deal_delete

        pg_deal_reassign: int | str | Unset
        if isinstance(self.pg_deal_reassign, Unset):
            pg_deal_reassign = UNSET
        else:
            pg_deal_reassign = self.pg_deal_reassign

        pg_deal_group_add: int | str | Unset
        if isinstance(self.pg_deal_group_add, Unset):
            pg_deal_group_add = UNSET
        else:
            pg_deal_group_add = self.pg_deal_group_add

        pg_deal_group_edit: int | str | Unset
        if isinstance(self.pg_deal_group_edit, Unset):
            pg_deal_group_edit = UNSET
        else:
            pg_deal_group_edit = self.pg_deal_group_edit

        pg_deal_group_delete: int | str | Unset
        if isinstance(self.pg_deal_group_delete, Unset):
            pg_deal_group_delete = UNSET
        else:
            pg_deal_group_delete = self.pg_deal_group_delete

        pg_saved_responses_manage: int | str | Unset
        if isinstance(self.pg_saved_responses_manage, Unset):
            pg_saved_responses_manage = UNSET
        else:
            pg_saved_responses_manage = self.pg_saved_responses_manage

        sdate: str | Unset | None
        if isinstance(self.sdate, Unset):
            sdate = UNSET
        elif isinstance(self.sdate, datetime.datetime):
            sdate = self.sdate.isoformat()
        else:
            sdate = self.sdate

        req_approval: int | str | Unset
        if isinstance(self.req_approval, Unset):
            req_approval = UNSET
        else:
            req_approval = self.req_approval

        req_approval_1_st: int | str | Unset
        if isinstance(self.req_approval_1_st, Unset):
            req_approval_1_st = UNSET
        else:
            req_approval_1_st = self.req_approval_1_st

        req_approval_notify: str | Unset | None
        if isinstance(self.req_approval_notify, Unset):
            req_approval_notify = UNSET
        else:
            req_approval_notify = self.req_approval_notify

        socialdata: int | str | Unset
        if isinstance(self.socialdata, Unset):
            socialdata = UNSET
        else:
            socialdata = self.socialdata

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if descript is not UNSET:
            field_dict["descript"] = descript
        if p_admin is not UNSET:
            field_dict["p_admin"] = p_admin
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
        if sdate is not UNSET:
            field_dict["sdate"] = sdate
        if req_approval is not UNSET:
            field_dict["reqApproval"] = req_approval
        if req_approval_1_st is not UNSET:
            field_dict["reqApproval1st"] = req_approval_1_st
        if req_approval_notify is not UNSET:
            field_dict["reqApprovalNotify"] = req_approval_notify
        if socialdata is not UNSET:
            field_dict["socialdata"] = socialdata
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            user_group = cls.__new__(cls)
            d = dict(src_dict)
            user_group.id = d.pop("id")

            user_group.title = d.pop("title", UNSET)

            user_group.descript = d.pop("descript", UNSET)

            user_group.p_admin = d.pop("p_admin", UNSET)

            user_group.unsubscribelink = d.pop("unsubscribelink", UNSET)

            user_group.optinconfirm = d.pop("optinconfirm", UNSET)

            user_group.pg_list_add = d.pop("pgListAdd", UNSET)

            user_group.pg_list_edit = d.pop("pgListEdit", UNSET)

            user_group.pg_list_delete = d.pop("pgListDelete", UNSET)

            user_group.pg_list_headers = d.pop("pgListHeaders", UNSET)

            user_group.pg_list_emailaccount = d.pop("pgListEmailaccount", UNSET)

            user_group.pg_list_bounce = d.pop("pgListBounce", UNSET)

            user_group.pg_message_add = d.pop("pgMessageAdd", UNSET)

            user_group.pg_message_edit = d.pop("pgMessageEdit", UNSET)

            user_group.pg_message_delete = d.pop("pgMessageDelete", UNSET)

            user_group.pg_message_send = d.pop("pgMessageSend", UNSET)

            user_group.pg_contact_add = d.pop("pgContactAdd", UNSET)

            user_group.pg_contact_edit = d.pop("pgContactEdit", UNSET)

            user_group.pg_contact_delete = d.pop("pgContactDelete", UNSET)

            user_group.pg_contact_merge = d.pop("pgContactMerge", UNSET)

            user_group.pg_contact_import = d.pop("pgContactImport", UNSET)

            user_group.pg_contact_approve = d.pop("pgContactApprove", UNSET)

            user_group.pg_contact_export = d.pop("pgContactExport", UNSET)

            user_group.pg_contact_sync = d.pop("pgContactSync", UNSET)

            user_group.pg_contact_filters = d.pop("pgContactFilters", UNSET)

            user_group.pg_contact_actions = d.pop("pgContactActions", UNSET)

            user_group.pg_contact_fields = d.pop("pgContactFields", UNSET)

            user_group.pg_user_add = d.pop("pg_user_add", UNSET)

            user_group.pg_user_edit = d.pop("pg_user_edit", UNSET)

            user_group.pg_user_delete = d.pop("pg_user_delete", UNSET)

            user_group.pg_group_add = d.pop("pgGroupAdd", UNSET)

            user_group.pg_group_edit = d.pop("pgGroupEdit", UNSET)

            user_group.pg_group_delete = d.pop("pgGroupDelete", UNSET)

            user_group.pg_template_add = d.pop("pgTemplateAdd", UNSET)

            user_group.pg_template_edit = d.pop("pgTemplateEdit", UNSET)

            user_group.pg_template_delete = d.pop("pgTemplateDelete", UNSET)

            user_group.pg_personalization_add = d.pop("pgPersonalizationAdd", UNSET)

            user_group.pg_personalization_edit = d.pop("pgPersonalizationEdit", UNSET)

            user_group.pg_personalization_delete = d.pop("pgPersonalizationDelete", UNSET)

            user_group.pg_automation_manage = d.pop("pgAutomationManage", UNSET)

            user_group.pg_form_edit = d.pop("pgFormEdit", UNSET)

            user_group.pg_reports_campaign = d.pop("pgReportsCampaign", UNSET)

            user_group.pg_reports_list = d.pop("pgReportsList", UNSET)

            user_group.pg_reports_user = d.pop("pgReportsUser", UNSET)

            user_group.pg_reports_trend = d.pop("pgReportsTrend", UNSET)

            user_group.pg_startup_reports = d.pop("pgStartupReports", UNSET)

            user_group.pg_startup_gettingstarted = d.pop("pgStartupGettingstarted", UNSET)

            user_group.pg_deal = d.pop("pgDeal", UNSET)

            user_group.pg_deal_delete = d.pop("pgDealDelete", UNSET)

            user_group.pg_deal_reassign = d.pop("pgDealReassign", UNSET)

            user_group.pg_deal_group_add = d.pop("pgDealGroupAdd", UNSET)

            user_group.pg_deal_group_edit = d.pop("pgDealGroupEdit", UNSET)

            user_group.pg_deal_group_delete = d.pop("pgDealGroupDelete", UNSET)

            user_group.pg_saved_responses_manage = d.pop("pgSavedResponsesManage", UNSET)

            def _parse_sdate(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            sdate = _parse_sdate(d.pop("sdate", UNSET))

            user_group.sdate = sdate

            user_group.req_approval = d.pop("reqApproval", UNSET)

            user_group.req_approval_1_st = d.pop("reqApproval1st", UNSET)

            user_group.req_approval_notify = d.pop("reqApprovalNotify", UNSET)

            user_group.socialdata = d.pop("socialdata", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            user_group.links = links

            user_group.additional_properties = d
            return user_group
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


from ..models.links import Links  # noqa: E402
