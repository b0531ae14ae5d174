"""The `ecommerce_customers` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.ecom_customer_create_request import EcomCustomerCreateRequest
    from ...models.ecom_customer_envelope import EcomCustomerEnvelope
    from ...models.ecom_customer_list import EcomCustomerList
    from ...models.ecom_customer_update_request import EcomCustomerUpdateRequest
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class EcommerceCustomersOperations:
    """The `ecommerce_customers` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_ecom_customers(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_email: str | Unset = UNSET,
        filters_externalid: str | Unset = UNSET,
        filters_connectionid: str | Unset = UNSET,
    ) -> EcomCustomerList:
        """List ecommerce customers, by email, external id or connection

        `GET /ecomCustomers`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_email: Keep customers with this email address.
            filters_externalid: Keep customers with this id in the external service.
            filters_connectionid: Keep customers of this connection.

        """
        from . import list_ecom_customers as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_email=filters_email,
            filters_externalid=filters_externalid,
            filters_connectionid=filters_connectionid,
        )
        return cast("EcomCustomerList", self._caller.call(_operation.ROUTE, request))

    def create_ecom_customer(
        self,
        *,
        body: EcomCustomerCreateRequest,
    ) -> EcomCustomerEnvelope:
        """Create an ecommerce customer of a connection

        `POST /ecomCustomers`

        Args:
            body:

        """
        from . import create_ecom_customer as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("EcomCustomerEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_ecom_customer(
        self,
        id: str,
    ) -> EcomCustomerEnvelope:
        """Retrieve an ecommerce customer with its revenue totals

        `GET /ecomCustomers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_ecom_customer as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("EcomCustomerEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_ecom_customer(
        self,
        id: str,
        *,
        body: EcomCustomerUpdateRequest,
    ) -> EcomCustomerEnvelope:
        """Update an ecommerce customer

        `PUT /ecomCustomers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_ecom_customer as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("EcomCustomerEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_ecom_customer(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete an ecommerce customer

        `DELETE /ecomCustomers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_ecom_customer as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncEcommerceCustomersOperations:
    """The `ecommerce_customers` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_ecom_customers(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        filters_email: str | Unset = UNSET,
        filters_externalid: str | Unset = UNSET,
        filters_connectionid: str | Unset = UNSET,
    ) -> EcomCustomerList:
        """List ecommerce customers, by email, external id or connection

        `GET /ecomCustomers`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            filters_email: Keep customers with this email address.
            filters_externalid: Keep customers with this id in the external service.
            filters_connectionid: Keep customers of this connection.

        """
        from . import list_ecom_customers as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            filters_email=filters_email,
            filters_externalid=filters_externalid,
            filters_connectionid=filters_connectionid,
        )
        return cast("EcomCustomerList", await self._caller.call(_operation.ROUTE, request))

    async def create_ecom_customer(
        self,
        *,
        body: EcomCustomerCreateRequest,
    ) -> EcomCustomerEnvelope:
        """Create an ecommerce customer of a connection

        `POST /ecomCustomers`

        Args:
            body:

        """
        from . import create_ecom_customer as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("EcomCustomerEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_ecom_customer(
        self,
        id: str,
    ) -> EcomCustomerEnvelope:
        """Retrieve an ecommerce customer with its revenue totals

        `GET /ecomCustomers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_ecom_customer as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("EcomCustomerEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_ecom_customer(
        self,
        id: str,
        *,
        body: EcomCustomerUpdateRequest,
    ) -> EcomCustomerEnvelope:
        """Update an ecommerce customer

        `PUT /ecomCustomers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_ecom_customer as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("EcomCustomerEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_ecom_customer(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete an ecommerce customer

        `DELETE /ecomCustomers/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_ecom_customer as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
