from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.task_type_outcome_relation_list import TaskTypeOutcomeRelationList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasktypeOutcomeRels",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> TaskTypeOutcomeRelationList:
    if status == 200:
        return cast(TaskTypeOutcomeRelationList, _decode(content, TaskTypeOutcomeRelationList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listTaskTypeOutcomeRelations",
    method="GET",
    path="/tasktypeOutcomeRels",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
