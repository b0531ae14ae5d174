from __future__ import annotations

import datetime
from typing import Any

from ..decoding import Model as _Model


class WhatsappFlowExecution(_Model, kw_only=True):
    """One run of a flow over a set of contacts, with its counts."""

    id: str
    status: str | None = None
    """ For example `PROCESSING`, `RUNNING`, `COMPLETED` or `CANCELED`. """
    execute_for: WhatsappFlowExecutionExecuteFor | None = None
    has_priority: bool | None = None
    flow_execution_variables: dict[str, Any] | None = None
    start_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    num_contacts: int | None = None
    expired: int | None = None
    running: int | None = None
    completed: int | None = None
    canceled: int | None = None
    failed: int | None = None
    created_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    avg_completion_time: str | None = None
    status_reason: str | None = None
    status_triggered_by: WhatsappUser | int | None = None
    """ The user who last changed the status (an object when read, an id right after a run). """
    status_last_change_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_by: WhatsappUser | None = None
    """ A user of the account, as this service nests it. """
    contact_filters: list[dict[str, Any]] | None = None
    contact_import: str | None = None
    flow: str | dict[str, Any] | None = None
    """ The flow (its id when created, the flow object when read). """
    flow_version: str | dict[str, Any] | None = None
    """ The flow version (its id when created, the version object when read). """
    last_run_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """


from .whatsapp_flow_execution_execute_for import WhatsappFlowExecutionExecuteFor  # noqa: E402
from .whatsapp_user import WhatsappUser  # noqa: E402
