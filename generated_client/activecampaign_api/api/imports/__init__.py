"""The `imports` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.bulk_import_failure import BulkImportFailure
    from ...models.bulk_import_info import BulkImportInfo
    from ...models.bulk_import_queued import BulkImportQueued
    from ...models.bulk_import_request import BulkImportRequest
    from ...models.bulk_import_status_list import BulkImportStatusList
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class ImportsOperations:
    """The `imports` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_bulk_imports(
        self,
    ) -> BulkImportStatusList:
        """Summarise outstanding and recently completed import batches per day

        `GET /import/bulk_import`
        """
        from . import list_bulk_imports as _operation

        request = _operation._get_kwargs()
        return cast("BulkImportStatusList", self._caller.call(_operation.ROUTE, request))

    def bulk_import_contacts(
        self,
        *,
        body: BulkImportRequest,
    ) -> BulkImportQueued:
        """Queue up to 250 contacts for creation or update in one batch

        `POST /import/bulk_import`

        The contacts are validated together: if any row is invalid the API answers 400 with `failureReasons`
        and queues none of them. On success the answer carries the `batchId` to follow with `GET
        /import/info`. For fewer than about 10 contacts the per-contact sync is the better fit.

        Args:
            body:

        """
        from . import bulk_import_contacts as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("BulkImportQueued", self._caller.call(_operation.ROUTE, request))

    def get_bulk_import_info(
        self,
        *,
        batch_id: str,
    ) -> BulkImportInfo:
        """Report the progress of one import batch

        `GET /import/info`

        Args:
            batch_id: The `batchId` the import answered with.

        """
        from . import get_bulk_import_info as _operation

        request = _operation._get_kwargs(
            batch_id=batch_id,
        )
        return cast("BulkImportInfo", self._caller.call(_operation.ROUTE, request))


class AsyncImportsOperations:
    """The `imports` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_bulk_imports(
        self,
    ) -> BulkImportStatusList:
        """Summarise outstanding and recently completed import batches per day

        `GET /import/bulk_import`
        """
        from . import list_bulk_imports as _operation

        request = _operation._get_kwargs()
        return cast("BulkImportStatusList", await self._caller.call(_operation.ROUTE, request))

    async def bulk_import_contacts(
        self,
        *,
        body: BulkImportRequest,
    ) -> BulkImportQueued:
        """Queue up to 250 contacts for creation or update in one batch

        `POST /import/bulk_import`

        The contacts are validated together: if any row is invalid the API answers 400 with `failureReasons`
        and queues none of them. On success the answer carries the `batchId` to follow with `GET
        /import/info`. For fewer than about 10 contacts the per-contact sync is the better fit.

        Args:
            body:

        """
        from . import bulk_import_contacts as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("BulkImportQueued", await self._caller.call(_operation.ROUTE, request))

    async def get_bulk_import_info(
        self,
        *,
        batch_id: str,
    ) -> BulkImportInfo:
        """Report the progress of one import batch

        `GET /import/info`

        Args:
            batch_id: The `batchId` the import answered with.

        """
        from . import get_bulk_import_info as _operation

        request = _operation._get_kwargs(
            batch_id=batch_id,
        )
        return cast("BulkImportInfo", await self._caller.call(_operation.ROUTE, request))
