from __future__ import annotations

import datetime

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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    name: str | None = None
    type_: str | None = None
    can_split_content: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    segment_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    address_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    list_ids: list[str] | None = None
    reply_tracking_enabled: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    link_tracking_enabled: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    google_analytics_link_tracking_enabled: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    google_analytics_campaign_name: str | None = None
    read_tracking_enabled: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    send_to_existing_subscribers: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    recurring: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    scheduled_date: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    public_campaign_archive: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
