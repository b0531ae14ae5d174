"""The I/O of `bulk_import`: send each batch, poll, wait (the bookkeeping is `..bulk_import.ImportRun`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from activecampaign_api.operations import AsyncOperations

from ..bulk_import import AnyImportRow, BulkImportResult, ImportPolicy, ImportRun, Progress, _Batch
from ..errors import ActiveCampaignError
from ..rate_limit import RateLimiter
from ..runtime import AsyncRuntime

if TYPE_CHECKING:
    from activecampaign_api.models import BulkImportCallback


class AsyncBulkImport(AsyncOperations):
    import_limiter: RateLimiter
    import_policy: ImportPolicy

    async def bulk_import(
        self,
        contacts: Iterable[AnyImportRow],
        *,
        callback: BulkImportCallback | None = None,
        wait: bool = True,
        progress: Progress = False,
    ) -> BulkImportResult:
        """Import any number of contacts through `imports.bulk_import_contacts`; one `RowOutcome` per row.

        See the module `activecampaign_sdk.bulk_import` for how batches, the API's limits and
        failures are handled. `progress=True` logs each step at INFO on the "activecampaign_sdk"
        logger; a callable gets an `ImportProgress` instead.
        """
        run = ImportRun(contacts, callback, progress, self.import_policy)
        for batch in run.batches():
            if wait:
                await self._poll_due_imports(run)
            pending: _Batch | None = batch
            while pending is not None:
                try:
                    await self.import_limiter.acquire_async()
                    queued = await self.imports.bulk_import_contacts(body=run.request(pending))
                except ActiveCampaignError as error:
                    again = run.rejected(pending, error)
                    if again is not None and again.delay > 0:
                        await AsyncRuntime.sleep(again.delay)
                    pending = again.batch if again is not None else None
                except Exception as error:
                    # Anything else once the POST may have gone out: its rows' outcome is unknown, the run goes on.
                    run.unreadable(pending, error)
                    pending = None
                else:
                    run.accepted(pending, queued)
                    pending = None
        if wait:
            while (pause := run.next_poll()) is not None:
                if pause > 0:
                    await AsyncRuntime.sleep(pause)
                await self._poll_due_imports(run)
        return run.result()

    async def _poll_due_imports(self, run: ImportRun) -> None:
        for batch in run.due():
            assert batch.batch_id is not None
            try:
                info = await self.imports.get_bulk_import_info(batch_id=batch.batch_id)
                run.polled(batch, info)
            except Exception as error:
                # A status check that fails or cannot be read leaves the batch queued; it is checked again later.
                run.poll_failed(batch, error)
