from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CampaignSettings")


@_attrs_define
class CampaignSettings:
    """A draft campaign's id (a number here, unlike the string ids of the read calls) and the settings it was saved with."""

    id: int | str
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    can_split_content: bool | Unset = UNSET
    segment_id: str | Unset | None = UNSET
    address_id: int | Unset | None = UNSET
    list_ids: list[int] | Unset = UNSET
    reply_tracking_enabled: bool | Unset = UNSET
    link_tracking_enabled: bool | Unset = UNSET
    google_analytics_link_tracking_enabled: bool | Unset = UNSET
    google_analytics_campaign_name: str | Unset | None = UNSET
    read_tracking_enabled: bool | Unset = UNSET
    send_to_existing_subscribers: bool | Unset = UNSET
    recurring: bool | Unset = UNSET
    scheduled_date: str | Unset | None = UNSET
    public_campaign_archive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        type_ = self.type_

        can_split_content = self.can_split_content

        segment_id: str | Unset | None
        if isinstance(self.segment_id, Unset):
            segment_id = UNSET
        else:
            segment_id = self.segment_id

        address_id: int | Unset | None
        if isinstance(self.address_id, Unset):
            address_id = UNSET
        else:
            address_id = self.address_id

        list_ids: list[int] | Unset = UNSET
        if not isinstance(self.list_ids, Unset):
            list_ids = self.list_ids

        reply_tracking_enabled = self.reply_tracking_enabled

        link_tracking_enabled = self.link_tracking_enabled

        google_analytics_link_tracking_enabled = self.google_analytics_link_tracking_enabled

        google_analytics_campaign_name: str | Unset | None
        if isinstance(self.google_analytics_campaign_name, Unset):
            google_analytics_campaign_name = UNSET
        else:
            google_analytics_campaign_name = self.google_analytics_campaign_name

        read_tracking_enabled = self.read_tracking_enabled

        send_to_existing_subscribers = self.send_to_existing_subscribers

        recurring = self.recurring

        scheduled_date: str | Unset | None
        if isinstance(self.scheduled_date, Unset):
            scheduled_date = UNSET
        else:
            scheduled_date = self.scheduled_date

        public_campaign_archive = self.public_campaign_archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if can_split_content is not UNSET:
            field_dict["canSplitContent"] = can_split_content
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
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if scheduled_date is not UNSET:
            field_dict["scheduledDate"] = scheduled_date
        if public_campaign_archive is not UNSET:
            field_dict["publicCampaignArchive"] = public_campaign_archive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            campaign_settings = cls.__new__(cls)
            d = dict(src_dict)
            campaign_settings.id = d.pop("id")

            campaign_settings.name = d.pop("name", UNSET)

            campaign_settings.type_ = d.pop("type", UNSET)

            campaign_settings.can_split_content = d.pop("canSplitContent", UNSET)

            campaign_settings.segment_id = d.pop("segmentId", UNSET)

            campaign_settings.address_id = d.pop("addressId", UNSET)

            campaign_settings.list_ids = d.pop("listIds", UNSET)

            campaign_settings.reply_tracking_enabled = d.pop("replyTrackingEnabled", UNSET)

            campaign_settings.link_tracking_enabled = d.pop("linkTrackingEnabled", UNSET)

            campaign_settings.google_analytics_link_tracking_enabled = d.pop(
                "googleAnalyticsLinkTrackingEnabled", UNSET
            )

            campaign_settings.google_analytics_campaign_name = d.pop("googleAnalyticsCampaignName", UNSET)

            campaign_settings.read_tracking_enabled = d.pop("readTrackingEnabled", UNSET)

            campaign_settings.send_to_existing_subscribers = d.pop("sendToExistingSubscribers", UNSET)

            campaign_settings.recurring = d.pop("recurring", UNSET)

            campaign_settings.scheduled_date = d.pop("scheduledDate", UNSET)

            campaign_settings.public_campaign_archive = d.pop("publicCampaignArchive", UNSET)

            campaign_settings.additional_properties = d
            return campaign_settings
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
