from __future__ import annotations

import datetime
from typing import Any

from ..decoding import Model as _Model


class WhatsappFlowExecutionContact(_Model, kw_only=True):
    """One contact's run through a flow."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    contact: WhatsappContact | None = None
    """ A WhatsApp contact (not an ActiveCampaign contact id). """
    status: str | None = None
    """ For example `READY`, `RUNNING`, `COMPLETED`, `EXPIRED` or `FAILED`. """
    execution_steps: list[dict[str, Any]] | None = None
    """ The steps taken so far, each with the step definition and the messages exchanged. """
    created_on: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    flow_execution: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    status_reason: str | None = None
    flow: dict[str, Any] | None = None
    flow_version: dict[str, Any] | None = None
    status_triggered_by: WhatsappUser | int | None = None
    """ The user who last changed the status (an object when read, an id right after a run). """
    status_last_change_on: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    inbox_contact_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    is_test: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """


from .whatsapp_contact import WhatsappContact  # noqa: E402
from .whatsapp_user import WhatsappUser  # noqa: E402
