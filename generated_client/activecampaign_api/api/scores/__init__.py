"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.error_response import ErrorResponse
from ...models.score_envelope import ScoreEnvelope
from ...models.score_list import ScoreList
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import get_score as _get_score
from . import list_scores as _list_scores


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
        request = _list_scores._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(ScoreList, self._caller.call(request, _list_scores._parse_response, (200,)))

    def get_score(
        self,
        id: str,
    ) -> ScoreEnvelope:
        """Retrieve a scoring rule

        `GET /scores/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_score._get_kwargs(
            id=id,
        )
        return cast(ScoreEnvelope, self._caller.call(request, _get_score._parse_response, (200,)))


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
        request = _list_scores._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(ScoreList, await self._caller.call(request, _list_scores._parse_response, (200,)))

    async def get_score(
        self,
        id: str,
    ) -> ScoreEnvelope:
        """Retrieve a scoring rule

        `GET /scores/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_score._get_kwargs(
            id=id,
        )
        return cast(ScoreEnvelope, await self._caller.call(request, _get_score._parse_response, (200,)))
