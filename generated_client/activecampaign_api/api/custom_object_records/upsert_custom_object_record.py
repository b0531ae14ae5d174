from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_record_envelope import CustomObjectRecordEnvelope
from ...models.custom_object_record_write_request import CustomObjectRecordWriteRequest
from ...types import path_segment


def _get_kwargs(
    schema_id: str,
    *,
    body: CustomObjectRecordWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customObjects/records/{schema_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CustomObjectRecordEnvelope:
    if response.status_code == 200:
        response_200 = CustomObjectRecordEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = CustomObjectRecordEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
