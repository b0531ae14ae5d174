from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Campaign(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A campaign as the API returns it. Counters, flags and ids arrive as strings."""

    id: str
    type_: str | None = None
    """ Campaign kind: `single`, `recurring`, `split`, `responder`, `reminder`, `special`, `activerss`, `text`. """
    userid: str | None = None
    """ Id of the user who created the campaign. """
    segmentid: str | None = None
    """ Id of the segment the campaign is sent to; `0` for none. """
    bounceid: str | None = None
    realcid: str | None = None
    sendid: str | None = None
    threadid: str | None = None
    seriesid: str | None = None
    """ Id of the automation sending the campaign; `0` for none. """
    formid: str | None = None
    """ Id of the form whose opt-in email this is; `0` for none. """
    basetemplateid: str | None = None
    basemessageid: str | None = None
    addressid: str | None = None
    source: str | None = None
    name: str | None = None
    """ The campaign's internal name. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    sdate: str | None = None
    """ When sending started; null when never sent. """
    ldate: str | None = None
    """ When the last send finished; null when never sent. """
    send_amt: str | None = None
    """ Number of messages sent so far. """
    total_amt: str | None = None
    """ Number of recipients in total. """
    opens: str | None = None
    uniqueopens: str | None = None
    linkclicks: str | None = None
    uniquelinkclicks: str | None = None
    subscriberclicks: str | None = None
    forwards: str | None = None
    uniqueforwards: str | None = None
    hardbounces: str | None = None
    softbounces: str | None = None
    unsubscribes: str | None = None
    unsubreasons: str | None = None
    updates: str | None = None
    socialshares: str | None = None
    replies: str | None = None
    uniquereplies: str | None = None
    status: str | None = None
    """ 0 draft, 1 scheduled, 2 sending, 3 paused, 4 stopped, 5 completed (string of digits). """
    public: str | None = None
    """ 1 when the campaign shows in the public archive. """
    mail_transfer: str | None = None
    mail_send: str | None = None
    mail_cleanup: str | None = None
    mailer_log_file: str | None = None
    tracklinks: str | None = None
    tracklinksanalytics: str | None = None
    trackreads: str | None = None
    trackreadsanalytics: str | None = None
    analytics_campaign_name: str | None = None
    tweet: str | None = None
    facebook: str | None = None
    survey: str | None = None
    embed_images: str | None = None
    htmlunsub: str | None = None
    textunsub: str | None = None
    htmlunsubdata: str | None = None
    textunsubdata: str | None = None
    recurring: str | None = None
    willrecur: str | None = None
    split_type: str | None = None
    split_content: str | None = None
    split_offset: str | None = None
    split_offset_type: str | None = None
    split_winner_messageid: str | None = None
    split_winner_awaiting: str | None = None
    responder_offset: str | None = None
    responder_type: str | None = None
    responder_existing: str | None = None
    reminder_field: str | None = None
    reminder_format: str | None = None
    reminder_type: str | None = None
    reminder_offset: str | None = None
    reminder_offset_type: str | None = None
    reminder_offset_sign: str | None = None
    reminder_last_cron_run: str | None = None
    activerss_interval: str | None = None
    activerss_url: str | None = None
    activerss_items: str | None = None
    ip4: str | None = None
    """ Sender IPv4 address as an unsigned integer in a string. """
    laststep: str | None = None
    managetext: str | None = None
    schedule: str | None = None
    scheduleddate: str | None = None
    waitpreview: str | None = None
    deletestamp: str | None = None
    replysys: str | None = None
    user: str | None = None
    """ Id of the user who created the campaign. """
    automation: str | None = None
    """ Id of the automation; null when none. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
