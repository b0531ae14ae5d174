from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.ecom_order_product_list import EcomOrderProductList
from ...types import UNSET, Unset, path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ecomOrders/{id}/orderProducts".format(
            id=path_segment(id, "id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> EcomOrderProductList:
    if status == 200:
        return cast(EcomOrderProductList, _decode(content, EcomOrderProductList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listEcomOrderProductsOfOrder",
    method="GET",
    path="/ecomOrders/{id}/orderProducts",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
