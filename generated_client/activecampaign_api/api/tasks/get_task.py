from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.deal_task_envelope import DealTaskEnvelope
from ...types import path_segment


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealTasks/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DealTaskEnvelope:
    if response.status_code == 200:
        response_200 = DealTaskEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = DealTaskEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
