from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_record_envelope import CustomObjectRecordEnvelope
from ...models.custom_object_record_write_request import CustomObjectRecordWriteRequest


def _get_kwargs(
    schema_id: str,
    *,
    body: CustomObjectRecordWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customObjects/records/{schema_id}".format(
            schema_id=quote(str(schema_id), safe=""),
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
