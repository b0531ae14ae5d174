from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class MailingList(_Model, kw_only=True):
    """A mailing list. Flags (`p_use_*`, `private`, ...) arrive as "0" or "1"."""

    id: str
    name: str | None = None
    stringid: str | None = None
    """ URL-safe name. """
    userid: str | None = None
    """ Id of the list owner (same as `user`). """
    user: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    channel: str | None = None
    p_use_tracking: str | None = None
    p_use_analytics_read: str | None = None
    p_use_analytics_link: str | None = None
    p_use_twitter: str | None = None
    p_use_facebook: str | None = None
    p_embed_image: str | None = None
    p_use_captcha: str | None = None
    send_last_broadcast: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    private: str | None = None
    analytics_domains: str | None = None
    analytics_source: str | None = None
    analytics_ua: str | None = None
    twitter_token: str | None = None
    twitter_token_secret: str | None = None
    facebook_session: str | None = None
    carboncopy: str | None = None
    subscription_notify: str | None = None
    unsubscription_notify: str | None = None
    require_name: str | None = None
    get_unsubscribe_reason: str | None = None
    to_name: str | None = None
    optinoptout: str | None = None
    sender_name: str | None = None
    sender_addr1: str | None = None
    sender_addr2: str | None = None
    sender_city: str | None = None
    sender_state: str | None = None
    sender_zip: str | None = None
    sender_country: str | None = None
    sender_phone: str | None = None
    sender_url: str | None = None
    sender_reminder: str | None = None
    fulladdress: str | None = None
    optinmessageid: str | None = None
    optoutconf: str | None = None
    deletestamp: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
