from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...types import path_segment


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customObjects/schemas/{id}/child".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CustomObjectSchemaEnvelope:
    if response.status_code == 200:
        response_200 = CustomObjectSchemaEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = CustomObjectSchemaEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
