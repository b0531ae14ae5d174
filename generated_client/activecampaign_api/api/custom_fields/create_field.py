from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.field_create_request import FieldCreateRequest
from ...models.field_envelope import FieldEnvelope
from ...models.field_list import FieldList


def _get_kwargs(
    *,
    body: FieldCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fields",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FieldEnvelope | FieldList:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FieldEnvelope | FieldList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FieldEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = FieldList.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:

        def _parse_response_201(data: object) -> FieldEnvelope | FieldList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = FieldEnvelope.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = FieldList.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
