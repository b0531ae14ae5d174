from __future__ import annotations

import datetime
from typing import Any

from ..decoding import Model as _Model


class WhatsappFlowExecutionContact(_Model, kw_only=True):
    """One contact's run through a flow."""

    id: str
    contact: WhatsappContact | None = None
    """ A WhatsApp contact (not an ActiveCampaign contact id). """
    status: str | None = None
    """ For example `READY`, `RUNNING`, `COMPLETED`, `EXPIRED` or `FAILED`. """
    execution_steps: list[dict[str, Any]] | None = None
    """ The steps taken so far, each with the step definition and the messages exchanged. """
    created_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    flow_execution: str | None = None
    status_reason: str | None = None
    flow: dict[str, Any] | None = None
    flow_version: dict[str, Any] | None = None
    status_triggered_by: WhatsappUser | int | None = None
    """ The user who last changed the status (an object when read, an id right after a run). """
    status_last_change_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    inbox_contact_id: str | None = None
    is_test: bool | None = None


from .whatsapp_contact import WhatsappContact  # noqa: E402
from .whatsapp_user import WhatsappUser  # noqa: E402
