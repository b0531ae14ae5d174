"""The `scores` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.error_response import ErrorResponse
    from ...models.score_envelope import ScoreEnvelope
    from ...models.score_list import ScoreList
    from .. import AsyncCaller, Caller


class ScoresOperations:
    """The `scores` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_scores(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ScoreList:
        """List scoring rules

        `GET /scores`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_scores as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ScoreList", self._caller.call(_operation.ROUTE, request))

    def get_score(
        self,
        id: str,
    ) -> ScoreEnvelope:
        """Retrieve a scoring rule

        `GET /scores/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_score as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ScoreEnvelope", self._caller.call(_operation.ROUTE, request))


class AsyncScoresOperations:
    """The `scores` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_scores(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ScoreList:
        """List scoring rules

        `GET /scores`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_scores as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ScoreList", await self._caller.call(_operation.ROUTE, request))

    async def get_score(
        self,
        id: str,
    ) -> ScoreEnvelope:
        """Retrieve a scoring rule

        `GET /scores/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_score as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ScoreEnvelope", await self._caller.call(_operation.ROUTE, request))
