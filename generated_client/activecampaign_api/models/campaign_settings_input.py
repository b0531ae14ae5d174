from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.boolean_input_type_1 import BooleanInputType1, check_boolean_input_type_1
from ..models.boolean_input_type_2 import BooleanInputType2, check_boolean_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CampaignSettingsInput")


@_attrs_define
class CampaignSettingsInput:
    """Draft campaign settings to change. The body is not wrapped; send only what changes."""

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    segment_id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    address_id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    list_ids: list[int] | Unset = UNSET
    """ Ids of the lists to send to. """
    reply_tracking_enabled: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    link_tracking_enabled: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    google_analytics_link_tracking_enabled: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    google_analytics_campaign_name: str | Unset = UNSET
    read_tracking_enabled: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    send_to_existing_subscribers: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    can_split_content: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    recurring: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    responder_days_offset: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    responder_hours_offset: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    scheduled_date: str | Unset | None = UNSET
    """ When to send, as `YYYY-MM-DD hh:mm:ss` in the account's time zone. """
    reminder_field: str | Unset = UNSET
    reminder_offset: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    reminder_offset_type: str | Unset = UNSET
    reminder_type: str | Unset = UNSET
    rss_interval: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    split_type: str | Unset = UNSET
    split_winner_wait_period: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    split_winner_wait_period_type: str | Unset = UNSET
    public_campaign_archive: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        segment_id: int | str | Unset
        if isinstance(self.segment_id, Unset):
            segment_id = UNSET
        else:
            segment_id = self.segment_id

        address_id: int | str | Unset
        if isinstance(self.address_id, Unset):
            address_id = UNSET
        else:
            address_id = self.address_id

        list_ids: list[int] | Unset = UNSET
        if not isinstance(self.list_ids, Unset):
            list_ids = self.list_ids

        reply_tracking_enabled: bool | int | str | Unset
        if isinstance(self.reply_tracking_enabled, Unset):
            reply_tracking_enabled = UNSET
        elif isinstance(self.reply_tracking_enabled, int) or isinstance(self.reply_tracking_enabled, str):
            reply_tracking_enabled = self.reply_tracking_enabled
        else:
            reply_tracking_enabled = self.reply_tracking_enabled

        link_tracking_enabled: bool | int | str | Unset
        if isinstance(self.link_tracking_enabled, Unset):
            link_tracking_enabled = UNSET
        elif isinstance(self.link_tracking_enabled, int) or isinstance(self.link_tracking_enabled, str):
            link_tracking_enabled = self.link_tracking_enabled
        else:
            link_tracking_enabled = self.link_tracking_enabled

        google_analytics_link_tracking_enabled: bool | int | str | Unset
        if isinstance(self.google_analytics_link_tracking_enabled, Unset):
            google_analytics_link_tracking_enabled = UNSET
        elif isinstance(self.google_analytics_link_tracking_enabled, int) or isinstance(
            self.google_analytics_link_tracking_enabled, str
        ):
            google_analytics_link_tracking_enabled = self.google_analytics_link_tracking_enabled
        else:
            google_analytics_link_tracking_enabled = self.google_analytics_link_tracking_enabled

        google_analytics_campaign_name = self.google_analytics_campaign_name

        read_tracking_enabled: bool | int | str | Unset
        if isinstance(self.read_tracking_enabled, Unset):
            read_tracking_enabled = UNSET
        elif isinstance(self.read_tracking_enabled, int) or isinstance(self.read_tracking_enabled, str):
            read_tracking_enabled = self.read_tracking_enabled
        else:
            read_tracking_enabled = self.read_tracking_enabled

        send_to_existing_subscribers: bool | int | str | Unset
        if isinstance(self.send_to_existing_subscribers, Unset):
            send_to_existing_subscribers = UNSET
        elif isinstance(self.send_to_existing_subscribers, int) or isinstance(self.send_to_existing_subscribers, str):
            send_to_existing_subscribers = self.send_to_existing_subscribers
        else:
            send_to_existing_subscribers = self.send_to_existing_subscribers

        can_split_content: bool | int | str | Unset
        if isinstance(self.can_split_content, Unset):
            can_split_content = UNSET
        elif isinstance(self.can_split_content, int) or isinstance(self.can_split_content, str):
            can_split_content = self.can_split_content
        else:
            can_split_content = self.can_split_content

        recurring: bool | int | str | Unset
        if isinstance(self.recurring, Unset):
            recurring = UNSET
        elif isinstance(self.recurring, int) or isinstance(self.recurring, str):
            recurring = self.recurring
        else:
            recurring = self.recurring

        responder_days_offset: int | str | Unset
        if isinstance(self.responder_days_offset, Unset):
            responder_days_offset = UNSET
        else:
            responder_days_offset = self.responder_days_offset

        responder_hours_offset: int | str | Unset
        if isinstance(self.responder_hours_offset, Unset):
            responder_hours_offset = UNSET
        else:
            responder_hours_offset = self.responder_hours_offset

        scheduled_date: str | Unset | None
        if isinstance(self.scheduled_date, Unset):
            scheduled_date = UNSET
        else:
            scheduled_date = self.scheduled_date

        reminder_field = self.reminder_field

        reminder_offset: int | str | Unset
        if isinstance(self.reminder_offset, Unset):
            reminder_offset = UNSET
        else:
            reminder_offset = self.reminder_offset

        reminder_offset_type = self.reminder_offset_type

        reminder_type = self.reminder_type

        rss_interval: int | str | Unset
        if isinstance(self.rss_interval, Unset):
            rss_interval = UNSET
        else:
            rss_interval = self.rss_interval

        split_type = self.split_type

        split_winner_wait_period: int | str | Unset
        if isinstance(self.split_winner_wait_period, Unset):
            split_winner_wait_period = UNSET
        else:
            split_winner_wait_period = self.split_winner_wait_period

        split_winner_wait_period_type = self.split_winner_wait_period_type

        public_campaign_archive: bool | int | str | Unset
        if isinstance(self.public_campaign_archive, Unset):
            public_campaign_archive = UNSET
        elif isinstance(self.public_campaign_archive, int) or isinstance(self.public_campaign_archive, str):
            public_campaign_archive = self.public_campaign_archive
        else:
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

            def _parse_reply_tracking_enabled(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            reply_tracking_enabled = _parse_reply_tracking_enabled(d.pop("replyTrackingEnabled", UNSET))

            campaign_settings_input.reply_tracking_enabled = reply_tracking_enabled

            def _parse_link_tracking_enabled(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            link_tracking_enabled = _parse_link_tracking_enabled(d.pop("linkTrackingEnabled", UNSET))

            campaign_settings_input.link_tracking_enabled = link_tracking_enabled

            def _parse_google_analytics_link_tracking_enabled(
                data: object,
            ) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            google_analytics_link_tracking_enabled = _parse_google_analytics_link_tracking_enabled(
                d.pop("googleAnalyticsLinkTrackingEnabled", UNSET)
            )

            campaign_settings_input.google_analytics_link_tracking_enabled = google_analytics_link_tracking_enabled

            campaign_settings_input.google_analytics_campaign_name = d.pop("googleAnalyticsCampaignName", UNSET)

            def _parse_read_tracking_enabled(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            read_tracking_enabled = _parse_read_tracking_enabled(d.pop("readTrackingEnabled", UNSET))

            campaign_settings_input.read_tracking_enabled = read_tracking_enabled

            def _parse_send_to_existing_subscribers(
                data: object,
            ) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            send_to_existing_subscribers = _parse_send_to_existing_subscribers(
                d.pop("sendToExistingSubscribers", UNSET)
            )

            campaign_settings_input.send_to_existing_subscribers = send_to_existing_subscribers

            def _parse_can_split_content(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            can_split_content = _parse_can_split_content(d.pop("canSplitContent", UNSET))

            campaign_settings_input.can_split_content = can_split_content

            def _parse_recurring(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            recurring = _parse_recurring(d.pop("recurring", UNSET))

            campaign_settings_input.recurring = recurring

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

            def _parse_public_campaign_archive(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            public_campaign_archive = _parse_public_campaign_archive(d.pop("publicCampaignArchive", UNSET))

            campaign_settings_input.public_campaign_archive = public_campaign_archive

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
