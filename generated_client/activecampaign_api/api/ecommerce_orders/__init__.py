"""The `ecommerce_orders` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.ecom_order_activity_list import EcomOrderActivityList
    from ...models.ecom_order_create_request import EcomOrderCreateRequest
    from ...models.ecom_order_envelope import EcomOrderEnvelope
    from ...models.ecom_order_list import EcomOrderList
    from ...models.ecom_order_update_request import EcomOrderUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_ecom_orders_filters_state import (
        ListEcomOrdersFiltersState,
        check_list_ecom_orders_filters_state,
    )
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class EcommerceOrdersOperations:
    """The `ecommerce_orders` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_ecom_orders(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_connectionid: str | Unset = UNSET,
        filters_externalid: str | Unset = UNSET,
        filters_externalcheckoutid: str | Unset = UNSET,
        filters_email: str | Unset = UNSET,
        filters_state: ListEcomOrdersFiltersState | Unset = UNSET,
        filters_customerid: str | Unset = UNSET,
        filters_external_created_date: str | Unset = UNSET,
        orders_connectionid: SortDirection | Unset = UNSET,
        orders_externalid: SortDirection | Unset = UNSET,
        orders_externalcheckoutid: SortDirection | Unset = UNSET,
        orders_email: SortDirection | Unset = UNSET,
        orders_state: SortDirection | Unset = UNSET,
        orders_customerid: SortDirection | Unset = UNSET,
        orders_external_created_date: SortDirection | Unset = UNSET,
    ) -> EcomOrderList:
        """List orders and carts, filtered and sorted

        `GET /ecomOrders`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_connectionid: Keep orders of this connection.
            filters_externalid: Keep the order with this id in the external service.
            filters_externalcheckoutid: Keep the cart with this id in the external service.
            filters_email: Keep orders placed with this email address.
            filters_state: Keep orders in this state (0 pending, 1 completed, 2 abandoned, 3 recovered,
                4 waiting).
            filters_customerid: Keep orders of this ecommerce customer.
            filters_external_created_date: Keep orders placed on this date.
            orders_connectionid: Sort direction of an `orders[...]` parameter.
            orders_externalid: Sort direction of an `orders[...]` parameter.
            orders_externalcheckoutid: Sort direction of an `orders[...]` parameter.
            orders_email: Sort direction of an `orders[...]` parameter.
            orders_state: Sort direction of an `orders[...]` parameter.
            orders_customerid: Sort direction of an `orders[...]` parameter.
            orders_external_created_date: Sort direction of an `orders[...]` parameter.

        """
        from . import list_ecom_orders as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_connectionid=filters_connectionid,
            filters_externalid=filters_externalid,
            filters_externalcheckoutid=filters_externalcheckoutid,
            filters_email=filters_email,
            filters_state=filters_state,
            filters_customerid=filters_customerid,
            filters_external_created_date=filters_external_created_date,
            orders_connectionid=orders_connectionid,
            orders_externalid=orders_externalid,
            orders_externalcheckoutid=orders_externalcheckoutid,
            orders_email=orders_email,
            orders_state=orders_state,
            orders_customerid=orders_customerid,
            orders_external_created_date=orders_external_created_date,
        )
        return cast("EcomOrderList", self._caller.call(_operation.ROUTE, request))

    def create_ecom_order(
        self,
        *,
        body: EcomOrderCreateRequest,
    ) -> EcomOrderEnvelope:
        """Create an order (with `externalid`) or an abandoned cart (with `externalcheckoutid`)

        `POST /ecomOrders`

        Only real-time orders (`source` 1) appear on the ecommerce dashboard and start "makes a purchase"
        automations. Answers with the order, its line items and discounts, and the connection.

        Args:
            body:

        """
        from . import create_ecom_order as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("EcomOrderEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_ecom_order(
        self,
        id: str,
    ) -> EcomOrderEnvelope:
        """Retrieve an order or cart

        `GET /ecomOrders/{id}`

        The reference names the path parameter `ecomOrderId` here and `id` on update; it is the same id.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_ecom_order as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("EcomOrderEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_ecom_order(
        self,
        id: str,
        *,
        body: EcomOrderUpdateRequest,
    ) -> EcomOrderEnvelope:
        """Update an order or cart; the line items sent replace the stored ones

        `PUT /ecomOrders/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_ecom_order as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("EcomOrderEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_ecom_order(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete an order or cart

        `DELETE /ecomOrders/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_ecom_order as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def list_ecom_order_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> EcomOrderActivityList:
        """List the change history of ecommerce orders

        `GET /ecomOrderActivities`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `ecommerce_order_activities`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_ecom_order_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("EcomOrderActivityList", self._caller.call(_operation.ROUTE, request))


class AsyncEcommerceOrdersOperations:
    """The `ecommerce_orders` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_ecom_orders(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_connectionid: str | Unset = UNSET,
        filters_externalid: str | Unset = UNSET,
        filters_externalcheckoutid: str | Unset = UNSET,
        filters_email: str | Unset = UNSET,
        filters_state: ListEcomOrdersFiltersState | Unset = UNSET,
        filters_customerid: str | Unset = UNSET,
        filters_external_created_date: str | Unset = UNSET,
        orders_connectionid: SortDirection | Unset = UNSET,
        orders_externalid: SortDirection | Unset = UNSET,
        orders_externalcheckoutid: SortDirection | Unset = UNSET,
        orders_email: SortDirection | Unset = UNSET,
        orders_state: SortDirection | Unset = UNSET,
        orders_customerid: SortDirection | Unset = UNSET,
        orders_external_created_date: SortDirection | Unset = UNSET,
    ) -> EcomOrderList:
        """List orders and carts, filtered and sorted

        `GET /ecomOrders`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_connectionid: Keep orders of this connection.
            filters_externalid: Keep the order with this id in the external service.
            filters_externalcheckoutid: Keep the cart with this id in the external service.
            filters_email: Keep orders placed with this email address.
            filters_state: Keep orders in this state (0 pending, 1 completed, 2 abandoned, 3 recovered,
                4 waiting).
            filters_customerid: Keep orders of this ecommerce customer.
            filters_external_created_date: Keep orders placed on this date.
            orders_connectionid: Sort direction of an `orders[...]` parameter.
            orders_externalid: Sort direction of an `orders[...]` parameter.
            orders_externalcheckoutid: Sort direction of an `orders[...]` parameter.
            orders_email: Sort direction of an `orders[...]` parameter.
            orders_state: Sort direction of an `orders[...]` parameter.
            orders_customerid: Sort direction of an `orders[...]` parameter.
            orders_external_created_date: Sort direction of an `orders[...]` parameter.

        """
        from . import list_ecom_orders as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_connectionid=filters_connectionid,
            filters_externalid=filters_externalid,
            filters_externalcheckoutid=filters_externalcheckoutid,
            filters_email=filters_email,
            filters_state=filters_state,
            filters_customerid=filters_customerid,
            filters_external_created_date=filters_external_created_date,
            orders_connectionid=orders_connectionid,
            orders_externalid=orders_externalid,
            orders_externalcheckoutid=orders_externalcheckoutid,
            orders_email=orders_email,
            orders_state=orders_state,
            orders_customerid=orders_customerid,
            orders_external_created_date=orders_external_created_date,
        )
        return cast("EcomOrderList", await self._caller.call(_operation.ROUTE, request))

    async def create_ecom_order(
        self,
        *,
        body: EcomOrderCreateRequest,
    ) -> EcomOrderEnvelope:
        """Create an order (with `externalid`) or an abandoned cart (with `externalcheckoutid`)

        `POST /ecomOrders`

        Only real-time orders (`source` 1) appear on the ecommerce dashboard and start "makes a purchase"
        automations. Answers with the order, its line items and discounts, and the connection.

        Args:
            body:

        """
        from . import create_ecom_order as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("EcomOrderEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_ecom_order(
        self,
        id: str,
    ) -> EcomOrderEnvelope:
        """Retrieve an order or cart

        `GET /ecomOrders/{id}`

        The reference names the path parameter `ecomOrderId` here and `id` on update; it is the same id.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_ecom_order as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("EcomOrderEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_ecom_order(
        self,
        id: str,
        *,
        body: EcomOrderUpdateRequest,
    ) -> EcomOrderEnvelope:
        """Update an order or cart; the line items sent replace the stored ones

        `PUT /ecomOrders/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_ecom_order as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("EcomOrderEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_ecom_order(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete an order or cart

        `DELETE /ecomOrders/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_ecom_order as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def list_ecom_order_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> EcomOrderActivityList:
        """List the change history of ecommerce orders

        `GET /ecomOrderActivities`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `ecommerce_order_activities`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_ecom_order_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("EcomOrderActivityList", await self._caller.call(_operation.ROUTE, request))
