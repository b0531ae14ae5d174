from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.task_outcome_envelope import TaskOutcomeEnvelope
from ...models.task_outcome_update_request import TaskOutcomeUpdateRequest
from ...types import path_segment


def _get_kwargs(
    id: str,
    *,
    body: TaskOutcomeUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tasktypeOutcomeRels/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TaskOutcomeEnvelope:
    if response.status_code == 200:
        response_200 = TaskOutcomeEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
