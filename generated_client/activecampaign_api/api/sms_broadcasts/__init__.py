"""The `sms_broadcasts` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.error_response import ErrorResponse
    from ...models.list_sms_broadcast_recipients_filters_deliverability_item import (
        ListSmsBroadcastRecipientsFiltersDeliverabilityItem,
        check_list_sms_broadcast_recipients_filters_deliverability_item,
    )
    from ...models.sms_ai_draft_request import SmsAiDraftRequest
    from ...models.sms_ai_request_accepted import SmsAiRequestAccepted
    from ...models.sms_ai_request_status import SmsAiRequestStatus
    from ...models.sms_ai_rewrite_request import SmsAiRewriteRequest
    from ...models.sms_broadcast import SmsBroadcast
    from ...models.sms_broadcast_create_request import SmsBroadcastCreateRequest
    from ...models.sms_broadcast_failure_list import SmsBroadcastFailureList
    from ...models.sms_broadcast_ids import SmsBroadcastIds
    from ...models.sms_broadcast_list import SmsBroadcastList
    from ...models.sms_broadcast_metrics_list import SmsBroadcastMetricsList
    from ...models.sms_broadcast_recipient_list import SmsBroadcastRecipientList
    from ...models.sms_broadcast_status import SmsBroadcastStatus, check_sms_broadcast_status
    from ...models.sms_broadcast_update_request import SmsBroadcastUpdateRequest
    from ...models.sms_credits_envelope import SmsCreditsEnvelope
    from ...models.sms_list_list import SmsListList
    from ...models.sms_message_list import SmsMessageList
    from ...models.sms_recipient_export_request import SmsRecipientExportRequest
    from ...models.sms_snapshot_envelope import SmsSnapshotEnvelope
    from .. import AsyncCaller, Caller


class SmsBroadcastsOperations:
    """The `sms_broadcasts` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_sms_broadcasts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_status: SmsBroadcastStatus | Unset = UNSET,
        filters_type: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> SmsBroadcastList:
        """List SMS broadcasts

        `GET /sms/broadcasts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Only broadcasts whose name contains this text.
            filters_status: Where a broadcast is in its life.
            filters_type: Only broadcasts of this kind.
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).

        """
        from . import list_sms_broadcasts as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_status=filters_status,
            filters_type=filters_type,
            start_date=start_date,
            end_date=end_date,
        )
        return cast("SmsBroadcastList", self._caller.call(_operation.ROUTE, request))

    def create_sms_broadcast(
        self,
        *,
        body: SmsBroadcastCreateRequest,
    ) -> SmsBroadcast:
        """Create an SMS broadcast (a draft, or scheduled with `scheduled_date`)

        `POST /sms/broadcasts`

        Args:
            body: A new broadcast; only drafts can be created.

        """
        from . import create_sms_broadcast as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SmsBroadcast", self._caller.call(_operation.ROUTE, request))

    def get_sms_broadcast(
        self,
        id: int,
    ) -> SmsBroadcast:
        """Retrieve an SMS broadcast

        `GET /sms/broadcasts/{id}`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).

        """
        from . import get_sms_broadcast as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SmsBroadcast", self._caller.call(_operation.ROUTE, request))

    def update_sms_broadcast(
        self,
        id: int,
        *,
        body: SmsBroadcastUpdateRequest,
    ) -> SmsBroadcast:
        """Update an SMS broadcast that has not been sent

        `PUT /sms/broadcasts/{id}`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).
            body: The attributes to change; `pending_review` submits the broadcast for sending.

        """
        from . import update_sms_broadcast as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("SmsBroadcast", self._caller.call(_operation.ROUTE, request))

    def delete_sms_broadcast(
        self,
        id: int,
    ) -> SmsBroadcast:
        """Delete an SMS broadcast

        `DELETE /sms/broadcasts/{id}`

        Answers with the broadcast as it was, `deleted_at` set.

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).

        """
        from . import delete_sms_broadcast as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SmsBroadcast", self._caller.call(_operation.ROUTE, request))

    def update_sms_broadcast_with_ai(
        self,
        *,
        body: SmsAiRewriteRequest,
    ) -> SmsAiRequestAccepted:
        """Ask the AI assistant to rewrite an existing SMS broadcast

        `PUT /sms/broadcasts/ai`

        Asynchronous, like the draft request: poll `GET /sms/broadcasts/ai/{id}` with the request id it
        answers with.

        Args:
            body:

        """
        from . import update_sms_broadcast_with_ai as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SmsAiRequestAccepted", self._caller.call(_operation.ROUTE, request))

    def create_sms_broadcast_with_ai(
        self,
        *,
        body: SmsAiDraftRequest,
    ) -> SmsAiRequestAccepted:
        """Ask the AI assistant to draft a new SMS broadcast

        `POST /sms/broadcasts/ai`

        Asynchronous: the answer is a request id; poll `GET /sms/broadcasts/ai/{id}` until its status is
        `success`, which then names the drafted broadcast.

        Args:
            body:

        """
        from . import create_sms_broadcast_with_ai as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SmsAiRequestAccepted", self._caller.call(_operation.ROUTE, request))

    def get_sms_broadcast_ai_request(
        self,
        id: str,
    ) -> SmsAiRequestStatus:
        """Poll an AI draft or rewrite request

        `GET /sms/broadcasts/ai/{id}`

        Args:
            id: The request id an AI draft or rewrite request answered with.

        """
        from . import get_sms_broadcast_ai_request as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SmsAiRequestStatus", self._caller.call(_operation.ROUTE, request))

    def list_sms_broadcast_metrics(
        self,
        *,
        body: SmsBroadcastIds,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> SmsBroadcastMetricsList:
        """Delivery and engagement counts of the given broadcasts

        `POST /sms/broadcasts/metrics`

        A read despite the POST; the ids travel in the body.

        Args:
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).
            body:

        """
        from . import list_sms_broadcast_metrics as _operation

        request = _operation._get_kwargs(
            body=body,
            start_date=start_date,
            end_date=end_date,
        )
        return cast("SmsBroadcastMetricsList", self._caller.call(_operation.ROUTE, request))

    def get_sms_broadcast_snapshot(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> SmsSnapshotEnvelope:
        """Totals over every broadcast of a period

        `GET /sms/broadcasts/metrics/snapshot`

        Args:
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).

        """
        from . import get_sms_broadcast_snapshot as _operation

        request = _operation._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        return cast("SmsSnapshotEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_sms_broadcast_snapshot_for_ids(
        self,
        *,
        body: SmsBroadcastIds,
    ) -> SmsSnapshotEnvelope:
        """Totals over the given broadcasts

        `POST /sms/broadcasts/metrics/snapshot`

        A read despite the POST; the ids travel in the body.

        Args:
            body:

        """
        from . import get_sms_broadcast_snapshot_for_ids as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SmsSnapshotEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_sms_broadcast_failures(
        self,
        id: int,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> SmsBroadcastFailureList:
        """Why messages of a broadcast were not delivered, counted by error

        `GET /sms/broadcasts/metrics/{id}/failures`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).

        """
        from . import list_sms_broadcast_failures as _operation

        request = _operation._get_kwargs(
            id=id,
            start_date=start_date,
            end_date=end_date,
        )
        return cast("SmsBroadcastFailureList", self._caller.call(_operation.ROUTE, request))

    def list_sms_broadcast_recipients(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        filters_deliverability: list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] | Unset = UNSET,
        filters_engagement: list[str] | Unset = UNSET,
    ) -> SmsBroadcastRecipientList:
        """List the recipients of a broadcast with their delivery and replies

        `GET /sms/broadcasts/{id}/recipients`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).
            search: Free-text filter; the API matches it as "contains".
            filters_deliverability: Only recipients whose message had one of these outcomes.
            filters_engagement: Only recipients who engaged this way (for example `clicked`, `replied`,
                `opted_out`).

        """
        from . import list_sms_broadcast_recipients as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
            start_date=start_date,
            end_date=end_date,
            search=search,
            filters_deliverability=filters_deliverability,
            filters_engagement=filters_engagement,
        )
        return cast("SmsBroadcastRecipientList", self._caller.call(_operation.ROUTE, request))

    def export_sms_broadcast_recipients(
        self,
        id: int,
        *,
        body: SmsRecipientExportRequest,
    ) -> str:
        """Download the recipients of a broadcast as CSV

        `POST /sms/broadcasts/{id}/recipients/export`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).
            body: The same filters as listing the recipients.

        """
        from . import export_sms_broadcast_recipients as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("str", self._caller.call(_operation.ROUTE, request))

    def export_sms_broadcast_metrics(
        self,
        *,
        body: SmsBroadcastIds,
    ) -> str:
        """Download the metrics of the given broadcasts as CSV

        `POST /sms/broadcasts/export`

        Args:
            body:

        """
        from . import export_sms_broadcast_metrics as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("str", self._caller.call(_operation.ROUTE, request))

    def list_sms_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
    ) -> SmsListList:
        """List the lists an SMS broadcast can be sent to, with their SMS subscriber counts

        `GET /sms/lists`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Only lists whose name contains this text.

        """
        from . import list_sms_lists as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
        )
        return cast("SmsListList", self._caller.call(_operation.ROUTE, request))

    def get_sms_credits(
        self,
    ) -> SmsCreditsEnvelope:
        """Retrieve the account's SMS credits for the current period

        `GET /sms/credits`
        """
        from . import get_sms_credits as _operation

        request = _operation._get_kwargs()
        return cast("SmsCreditsEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_sms_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SmsMessageList:
        """List the SMS messages that automations send

        `GET /sms`

        Undocumented: read by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream `sms`,
        data key `sms`). The item shape follows that client's schema for the stream; ids and counts are
        strings of digits like the rest of the older v3 resources.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_sms_messages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SmsMessageList", self._caller.call(_operation.ROUTE, request))


class AsyncSmsBroadcastsOperations:
    """The `sms_broadcasts` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_sms_broadcasts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_status: SmsBroadcastStatus | Unset = UNSET,
        filters_type: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> SmsBroadcastList:
        """List SMS broadcasts

        `GET /sms/broadcasts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Only broadcasts whose name contains this text.
            filters_status: Where a broadcast is in its life.
            filters_type: Only broadcasts of this kind.
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).

        """
        from . import list_sms_broadcasts as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
            filters_status=filters_status,
            filters_type=filters_type,
            start_date=start_date,
            end_date=end_date,
        )
        return cast("SmsBroadcastList", await self._caller.call(_operation.ROUTE, request))

    async def create_sms_broadcast(
        self,
        *,
        body: SmsBroadcastCreateRequest,
    ) -> SmsBroadcast:
        """Create an SMS broadcast (a draft, or scheduled with `scheduled_date`)

        `POST /sms/broadcasts`

        Args:
            body: A new broadcast; only drafts can be created.

        """
        from . import create_sms_broadcast as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SmsBroadcast", await self._caller.call(_operation.ROUTE, request))

    async def get_sms_broadcast(
        self,
        id: int,
    ) -> SmsBroadcast:
        """Retrieve an SMS broadcast

        `GET /sms/broadcasts/{id}`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).

        """
        from . import get_sms_broadcast as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SmsBroadcast", await self._caller.call(_operation.ROUTE, request))

    async def update_sms_broadcast(
        self,
        id: int,
        *,
        body: SmsBroadcastUpdateRequest,
    ) -> SmsBroadcast:
        """Update an SMS broadcast that has not been sent

        `PUT /sms/broadcasts/{id}`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).
            body: The attributes to change; `pending_review` submits the broadcast for sending.

        """
        from . import update_sms_broadcast as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("SmsBroadcast", await self._caller.call(_operation.ROUTE, request))

    async def delete_sms_broadcast(
        self,
        id: int,
    ) -> SmsBroadcast:
        """Delete an SMS broadcast

        `DELETE /sms/broadcasts/{id}`

        Answers with the broadcast as it was, `deleted_at` set.

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).

        """
        from . import delete_sms_broadcast as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SmsBroadcast", await self._caller.call(_operation.ROUTE, request))

    async def update_sms_broadcast_with_ai(
        self,
        *,
        body: SmsAiRewriteRequest,
    ) -> SmsAiRequestAccepted:
        """Ask the AI assistant to rewrite an existing SMS broadcast

        `PUT /sms/broadcasts/ai`

        Asynchronous, like the draft request: poll `GET /sms/broadcasts/ai/{id}` with the request id it
        answers with.

        Args:
            body:

        """
        from . import update_sms_broadcast_with_ai as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SmsAiRequestAccepted", await self._caller.call(_operation.ROUTE, request))

    async def create_sms_broadcast_with_ai(
        self,
        *,
        body: SmsAiDraftRequest,
    ) -> SmsAiRequestAccepted:
        """Ask the AI assistant to draft a new SMS broadcast

        `POST /sms/broadcasts/ai`

        Asynchronous: the answer is a request id; poll `GET /sms/broadcasts/ai/{id}` until its status is
        `success`, which then names the drafted broadcast.

        Args:
            body:

        """
        from . import create_sms_broadcast_with_ai as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SmsAiRequestAccepted", await self._caller.call(_operation.ROUTE, request))

    async def get_sms_broadcast_ai_request(
        self,
        id: str,
    ) -> SmsAiRequestStatus:
        """Poll an AI draft or rewrite request

        `GET /sms/broadcasts/ai/{id}`

        Args:
            id: The request id an AI draft or rewrite request answered with.

        """
        from . import get_sms_broadcast_ai_request as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("SmsAiRequestStatus", await self._caller.call(_operation.ROUTE, request))

    async def list_sms_broadcast_metrics(
        self,
        *,
        body: SmsBroadcastIds,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> SmsBroadcastMetricsList:
        """Delivery and engagement counts of the given broadcasts

        `POST /sms/broadcasts/metrics`

        A read despite the POST; the ids travel in the body.

        Args:
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).
            body:

        """
        from . import list_sms_broadcast_metrics as _operation

        request = _operation._get_kwargs(
            body=body,
            start_date=start_date,
            end_date=end_date,
        )
        return cast("SmsBroadcastMetricsList", await self._caller.call(_operation.ROUTE, request))

    async def get_sms_broadcast_snapshot(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> SmsSnapshotEnvelope:
        """Totals over every broadcast of a period

        `GET /sms/broadcasts/metrics/snapshot`

        Args:
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).

        """
        from . import get_sms_broadcast_snapshot as _operation

        request = _operation._get_kwargs(
            start_date=start_date,
            end_date=end_date,
        )
        return cast("SmsSnapshotEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_sms_broadcast_snapshot_for_ids(
        self,
        *,
        body: SmsBroadcastIds,
    ) -> SmsSnapshotEnvelope:
        """Totals over the given broadcasts

        `POST /sms/broadcasts/metrics/snapshot`

        A read despite the POST; the ids travel in the body.

        Args:
            body:

        """
        from . import get_sms_broadcast_snapshot_for_ids as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SmsSnapshotEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_sms_broadcast_failures(
        self,
        id: int,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> SmsBroadcastFailureList:
        """Why messages of a broadcast were not delivered, counted by error

        `GET /sms/broadcasts/metrics/{id}/failures`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).

        """
        from . import list_sms_broadcast_failures as _operation

        request = _operation._get_kwargs(
            id=id,
            start_date=start_date,
            end_date=end_date,
        )
        return cast("SmsBroadcastFailureList", await self._caller.call(_operation.ROUTE, request))

    async def list_sms_broadcast_recipients(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        filters_deliverability: list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] | Unset = UNSET,
        filters_engagement: list[str] | Unset = UNSET,
    ) -> SmsBroadcastRecipientList:
        """List the recipients of a broadcast with their delivery and replies

        `GET /sms/broadcasts/{id}/recipients`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            start_date: Count only activity on or after this day (`YYYY-MM-DD`).
            end_date: Count only activity on or before this day (`YYYY-MM-DD`).
            search: Free-text filter; the API matches it as "contains".
            filters_deliverability: Only recipients whose message had one of these outcomes.
            filters_engagement: Only recipients who engaged this way (for example `clicked`, `replied`,
                `opted_out`).

        """
        from . import list_sms_broadcast_recipients as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
            start_date=start_date,
            end_date=end_date,
            search=search,
            filters_deliverability=filters_deliverability,
            filters_engagement=filters_engagement,
        )
        return cast("SmsBroadcastRecipientList", await self._caller.call(_operation.ROUTE, request))

    async def export_sms_broadcast_recipients(
        self,
        id: int,
        *,
        body: SmsRecipientExportRequest,
    ) -> str:
        """Download the recipients of a broadcast as CSV

        `POST /sms/broadcasts/{id}/recipients/export`

        Args:
            id: Id of the broadcast (a JSON number in this service's answers).
            body: The same filters as listing the recipients.

        """
        from . import export_sms_broadcast_recipients as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("str", await self._caller.call(_operation.ROUTE, request))

    async def export_sms_broadcast_metrics(
        self,
        *,
        body: SmsBroadcastIds,
    ) -> str:
        """Download the metrics of the given broadcasts as CSV

        `POST /sms/broadcasts/export`

        Args:
            body:

        """
        from . import export_sms_broadcast_metrics as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("str", await self._caller.call(_operation.ROUTE, request))

    async def list_sms_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_name: str | Unset = UNSET,
    ) -> SmsListList:
        """List the lists an SMS broadcast can be sent to, with their SMS subscriber counts

        `GET /sms/lists`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_name: Only lists whose name contains this text.

        """
        from . import list_sms_lists as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_name=filters_name,
        )
        return cast("SmsListList", await self._caller.call(_operation.ROUTE, request))

    async def get_sms_credits(
        self,
    ) -> SmsCreditsEnvelope:
        """Retrieve the account's SMS credits for the current period

        `GET /sms/credits`
        """
        from . import get_sms_credits as _operation

        request = _operation._get_kwargs()
        return cast("SmsCreditsEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_sms_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SmsMessageList:
        """List the SMS messages that automations send

        `GET /sms`

        Undocumented: read by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream `sms`,
        data key `sms`). The item shape follows that client's schema for the stream; ids and counts are
        strings of digits like the rest of the older v3 resources.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_sms_messages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SmsMessageList", await self._caller.call(_operation.ROUTE, request))
