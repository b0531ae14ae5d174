from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SmsBroadcast(_Model, kw_only=True):
    """An SMS broadcast."""

    id: int
    name: str
    status: SmsBroadcastStatus
    """ Where a broadcast is in its life. """
    address_id: int | None = None
    """ Sender address shown in the message footer, if any. """
    body: str | None = None
    """ The message text; may contain personalization tags. """
    media_urls: list[str] | None = None
    """ Images sent with the message (MMS). """
    preview_url: str | None = None
    shorten_track_links_enabled: bool | None = None
    sent_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    scheduled_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    custom_run_id: str | None = None
    custom_segment_id: str | None = None
    scheduled_by: int | None = None
    """ Id of the user who scheduled the broadcast. """
    sent_to_count: int | None = None
    created_at: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_by: int | None = None
    updated_at: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_by: int | None = None
    deleted_at: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    sift_approved: int | None = None
    """ 1 once the content review approved the message. """
    arc_approved: int | None = None
    """ 1 once the compliance review approved the message. """
    quiet_hours_enabled: int | None = None
    list_ids: list[int] | None = None
    segment_id: str | None = None
    label_ids: list[int] | None = None


from .sms_broadcast_status import SmsBroadcastStatus  # noqa: E402
