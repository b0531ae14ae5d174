from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...models.custom_object_schema_write_request import CustomObjectSchemaWriteRequest
from ...types import UNSET, Unset, path_segment


def _get_kwargs(
    id: str,
    *,
    body: CustomObjectSchemaWriteRequest,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(validate_only, Unset):
        headers["validateOnly"] = "true" if validate_only else "false"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/customObjects/schemas/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CustomObjectSchemaEnvelope:
    if response.status_code == 200:
        response_200 = CustomObjectSchemaEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
