from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CampaignSettingsInput")


@_attrs_define
class CampaignSettingsInput:
    """Draft campaign settings to change. The body is not wrapped; send only what changes."""

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    segment_id: str | Unset = UNSET
    """ Id of the segment to send to; numeric and string segment ids are both accepted. """
    address_id: int | Unset = UNSET
    """ Id of the sender address. """
    list_ids: list[int] | Unset = UNSET
    """ Ids of the lists to send to. """
    reply_tracking_enabled: bool | Unset = UNSET
    link_tracking_enabled: bool | Unset = UNSET
    google_analytics_link_tracking_enabled: bool | Unset = UNSET
    google_analytics_campaign_name: str | Unset = UNSET
    read_tracking_enabled: bool | Unset = UNSET
    send_to_existing_subscribers: bool | Unset = UNSET
    """ For auto-responders, also send to contacts already on the lists. """
    can_split_content: bool | Unset = UNSET
    recurring: bool | Unset = UNSET
    responder_days_offset: int | Unset = UNSET
    responder_hours_offset: int | Unset = UNSET
    scheduled_date: str | Unset = UNSET
    """ When to send, as `YYYY-MM-DD hh:mm:ss` in the account's time zone. """
    reminder_field: str | Unset = UNSET
    reminder_offset: int | Unset = UNSET
    reminder_offset_type: str | Unset = UNSET
    reminder_type: str | Unset = UNSET
    rss_interval: int | Unset = UNSET
    split_type: str | Unset = UNSET
    split_winner_wait_period: int | Unset = UNSET
    split_winner_wait_period_type: str | Unset = UNSET
    public_campaign_archive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        segment_id = self.segment_id

        address_id = self.address_id

        list_ids: list[int] | Unset = UNSET
        if not isinstance(self.list_ids, Unset):
            list_ids = self.list_ids

        reply_tracking_enabled = self.reply_tracking_enabled

        link_tracking_enabled = self.link_tracking_enabled

        google_analytics_link_tracking_enabled = self.google_analytics_link_tracking_enabled

        google_analytics_campaign_name = self.google_analytics_campaign_name

        read_tracking_enabled = self.read_tracking_enabled

        send_to_existing_subscribers = self.send_to_existing_subscribers

        can_split_content = self.can_split_content

        recurring = self.recurring

        responder_days_offset = self.responder_days_offset

        responder_hours_offset = self.responder_hours_offset

        scheduled_date = self.scheduled_date

        reminder_field = self.reminder_field

        reminder_offset = self.reminder_offset

        reminder_offset_type = self.reminder_offset_type

        reminder_type = self.reminder_type

        rss_interval = self.rss_interval

        split_type = self.split_type

        split_winner_wait_period = self.split_winner_wait_period

        split_winner_wait_period_type = self.split_winner_wait_period_type

        public_campaign_archive = self.public_campaign_archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if address_id is not UNSET:
            field_dict["addressId"] = address_id
        if list_ids is not UNSET:
            field_dict["listIds"] = list_ids
        if reply_tracking_enabled is not UNSET:
            field_dict["replyTrackingEnabled"] = reply_tracking_enabled
        if link_tracking_enabled is not UNSET:
            field_dict["linkTrackingEnabled"] = link_tracking_enabled
        if google_analytics_link_tracking_enabled is not UNSET:
            field_dict["googleAnalyticsLinkTrackingEnabled"] = google_analytics_link_tracking_enabled
        if google_analytics_campaign_name is not UNSET:
            field_dict["googleAnalyticsCampaignName"] = google_analytics_campaign_name
        if read_tracking_enabled is not UNSET:
            field_dict["readTrackingEnabled"] = read_tracking_enabled
        if send_to_existing_subscribers is not UNSET:
            field_dict["sendToExistingSubscribers"] = send_to_existing_subscribers
        if can_split_content is not UNSET:
            field_dict["canSplitContent"] = can_split_content
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if responder_days_offset is not UNSET:
            field_dict["responderDaysOffset"] = responder_days_offset
        if responder_hours_offset is not UNSET:
            field_dict["responderHoursOffset"] = responder_hours_offset
        if scheduled_date is not UNSET:
            field_dict["scheduledDate"] = scheduled_date
        if reminder_field is not UNSET:
            field_dict["reminderField"] = reminder_field
        if reminder_offset is not UNSET:
            field_dict["reminderOffset"] = reminder_offset
        if reminder_offset_type is not UNSET:
            field_dict["reminderOffsetType"] = reminder_offset_type
        if reminder_type is not UNSET:
            field_dict["reminderType"] = reminder_type
        if rss_interval is not UNSET:
            field_dict["rssInterval"] = rss_interval
        if split_type is not UNSET:
            field_dict["splitType"] = split_type
        if split_winner_wait_period is not UNSET:
            field_dict["splitWinnerWaitPeriod"] = split_winner_wait_period
        if split_winner_wait_period_type is not UNSET:
            field_dict["splitWinnerWaitPeriodType"] = split_winner_wait_period_type
        if public_campaign_archive is not UNSET:
            field_dict["publicCampaignArchive"] = public_campaign_archive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            campaign_settings_input = cls.__new__(cls)
            d = dict(src_dict)
            campaign_settings_input.name = d.pop("name", UNSET)

            campaign_settings_input.type_ = d.pop("type", UNSET)

            campaign_settings_input.segment_id = d.pop("segmentId", UNSET)

            campaign_settings_input.address_id = d.pop("addressId", UNSET)

            campaign_settings_input.list_ids = d.pop("listIds", UNSET)

            campaign_settings_input.reply_tracking_enabled = d.pop("replyTrackingEnabled", UNSET)

            campaign_settings_input.link_tracking_enabled = d.pop("linkTrackingEnabled", UNSET)

            campaign_settings_input.google_analytics_link_tracking_enabled = d.pop(
                "googleAnalyticsLinkTrackingEnabled", UNSET
            )

            campaign_settings_input.google_analytics_campaign_name = d.pop("googleAnalyticsCampaignName", UNSET)

            campaign_settings_input.read_tracking_enabled = d.pop("readTrackingEnabled", UNSET)

            campaign_settings_input.send_to_existing_subscribers = d.pop("sendToExistingSubscribers", UNSET)

            campaign_settings_input.can_split_content = d.pop("canSplitContent", UNSET)

            campaign_settings_input.recurring = d.pop("recurring", UNSET)

            campaign_settings_input.responder_days_offset = d.pop("responderDaysOffset", UNSET)

            campaign_settings_input.responder_hours_offset = d.pop("responderHoursOffset", UNSET)

            campaign_settings_input.scheduled_date = d.pop("scheduledDate", UNSET)

            campaign_settings_input.reminder_field = d.pop("reminderField", UNSET)

            campaign_settings_input.reminder_offset = d.pop("reminderOffset", UNSET)

            campaign_settings_input.reminder_offset_type = d.pop("reminderOffsetType", UNSET)

            campaign_settings_input.reminder_type = d.pop("reminderType", UNSET)

            campaign_settings_input.rss_interval = d.pop("rssInterval", UNSET)

            campaign_settings_input.split_type = d.pop("splitType", UNSET)

            campaign_settings_input.split_winner_wait_period = d.pop("splitWinnerWaitPeriod", UNSET)

            campaign_settings_input.split_winner_wait_period_type = d.pop("splitWinnerWaitPeriodType", UNSET)

            campaign_settings_input.public_campaign_archive = d.pop("publicCampaignArchive", UNSET)

            campaign_settings_input.additional_properties = d
            return campaign_settings_input
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
