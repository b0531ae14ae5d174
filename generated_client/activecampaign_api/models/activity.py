from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Activity(
    _Model,
    kw_only=True,
    rename={
        "json_data": "jsonData",
        "reference_model_name": "referenceModelName",
    },
):
    """One event in a contact's activity stream."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    tstamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    subscriberid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    reference_type: str | None = None
    """ Kind of record behind the activity, for example `SubscriberEmail`. """
    reference_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    reference_action: str | None = None
    json_data: str | None = None
    """ Extra data of the event, as JSON text. """
    userid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    permission: str | None = None
    reference_model_name: str | None = None
    notes: list[str] | None = None
    """ Ids of notes on the activity. """
    recipients: list[str] | None = None
    """ Ids of the activity's recipient records. """
    reference: ActivityReference | None = None
    """ The record an activity is about. """
    user: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """


from .activity_reference import ActivityReference  # noqa: E402
