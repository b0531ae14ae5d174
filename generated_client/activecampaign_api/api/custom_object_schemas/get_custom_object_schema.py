from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...types import UNSET, Unset, path_segment


def _get_kwargs(
    id: str,
    *,
    show_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["showFields"] = show_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customObjects/schemas/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CustomObjectSchemaEnvelope:
    if response.status_code == 200:
        response_200 = CustomObjectSchemaEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
