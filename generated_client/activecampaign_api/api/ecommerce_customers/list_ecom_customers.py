from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.ecom_customer_list import EcomCustomerList
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_email: str | Unset = UNSET,
    filters_externalid: str | Unset = UNSET,
    filters_connectionid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[email]"] = filters_email

    params["filters[externalid]"] = filters_externalid

    params["filters[connectionid]"] = filters_connectionid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ecomCustomers",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> EcomCustomerList:
    if response.status_code == 200:
        response_200 = EcomCustomerList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
