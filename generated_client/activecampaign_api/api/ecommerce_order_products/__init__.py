"""The `ecommerce_order_products` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.ecom_order_product_envelope import EcomOrderProductEnvelope
    from ...models.ecom_order_product_list import EcomOrderProductList
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class EcommerceOrderProductsOperations:
    """The `ecommerce_order_products` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_ecom_order_products(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> EcomOrderProductList:
        """List the line items of every order

        `GET /ecomOrderProducts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_ecom_order_products as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("EcomOrderProductList", self._caller.call(_operation.ROUTE, request))

    def get_ecom_order_product(
        self,
        id: str,
    ) -> EcomOrderProductEnvelope:
        """Retrieve a line item

        `GET /ecomOrderProducts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_ecom_order_product as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("EcomOrderProductEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_ecom_order_products_of_order(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> EcomOrderProductList:
        """List the line items of one order

        `GET /ecomOrders/{id}/orderProducts`

        Args:
            id: Id of the order.
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_ecom_order_products_of_order as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("EcomOrderProductList", self._caller.call(_operation.ROUTE, request))


class AsyncEcommerceOrderProductsOperations:
    """The `ecommerce_order_products` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_ecom_order_products(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> EcomOrderProductList:
        """List the line items of every order

        `GET /ecomOrderProducts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_ecom_order_products as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("EcomOrderProductList", await self._caller.call(_operation.ROUTE, request))

    async def get_ecom_order_product(
        self,
        id: str,
    ) -> EcomOrderProductEnvelope:
        """Retrieve a line item

        `GET /ecomOrderProducts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_ecom_order_product as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("EcomOrderProductEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_ecom_order_products_of_order(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> EcomOrderProductList:
        """List the line items of one order

        `GET /ecomOrders/{id}/orderProducts`

        Args:
            id: Id of the order.
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_ecom_order_products_of_order as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("EcomOrderProductList", await self._caller.call(_operation.ROUTE, request))
