from __future__ import annotations

from ..decoding import Model as _Model


class CampaignSettings(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
        "can_split_content": "canSplitContent",
        "segment_id": "segmentId",
        "address_id": "addressId",
        "list_ids": "listIds",
        "reply_tracking_enabled": "replyTrackingEnabled",
        "link_tracking_enabled": "linkTrackingEnabled",
        "google_analytics_link_tracking_enabled": "googleAnalyticsLinkTrackingEnabled",
        "google_analytics_campaign_name": "googleAnalyticsCampaignName",
        "read_tracking_enabled": "readTrackingEnabled",
        "send_to_existing_subscribers": "sendToExistingSubscribers",
        "scheduled_date": "scheduledDate",
        "public_campaign_archive": "publicCampaignArchive",
    },
):
    """A draft campaign's id (a number here, unlike the string ids of the read calls) and the settings it was saved
    with."""

    id: str
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    name: str | None = None
    type_: str | None = None
    can_split_content: bool | None = None
    segment_id: str | None = None
    address_id: int | None = None
    list_ids: list[int] | None = None
    reply_tracking_enabled: bool | None = None
    link_tracking_enabled: bool | None = None
    google_analytics_link_tracking_enabled: bool | None = None
    google_analytics_campaign_name: str | None = None
    read_tracking_enabled: bool | None = None
    send_to_existing_subscribers: bool | None = None
    recurring: bool | None = None
    scheduled_date: str | None = None
    public_campaign_archive: bool | None = None
