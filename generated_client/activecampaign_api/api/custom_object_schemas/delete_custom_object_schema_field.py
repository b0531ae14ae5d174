from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...types import UNSET, Unset, path_segment


def _get_kwargs(
    schema_id: str,
    field_id: str,
    *,
    show_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["showFields"] = show_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customObjects/schemas/{schema_id}/fields/{field_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
            field_id=path_segment(field_id, "field_id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CustomObjectSchemaEnvelope:
    if response.status_code == 202:
        response_202 = CustomObjectSchemaEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_202

    raise errors.UnexpectedStatus(response.status_code, response.content)
