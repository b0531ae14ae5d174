from __future__ import annotations

import pytest
from activecampaign_api.models import (
    EcomOrderCreateFields,
    EcomOrderCreateRequest,
    EcomOrderDiscountInput,
    EcomOrderEnvelope,
    EcomOrderFields,
    EcomOrderList,
    EcomOrderProductInput,
    EcomOrderUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


def _products() -> list[EcomOrderProductInput]:
    return [
        EcomOrderProductInput(
            externalid="PROD12345",
            name="Pogo Stick",
            price=4900,
            quantity=1,
            category="Toys",
            sku="POGO-12",
            description="lorem ipsum...",
            image_url="https://example.com/product.jpg",
            product_url="https://store.example.com/product12345",
        ),
        EcomOrderProductInput(
            externalid="PROD23456",
            name="Skateboard",
            price=3000,
            quantity=1,
            category="Toys",
            sku="SK8BOARD145",
            description="lorem ipsum...",
            image_url="https://example.com/product.jpg",
            product_url="https://store.example.com/product45678",
        ),
    ]


def _discounts() -> list[EcomOrderDiscountInput]:
    return [EcomOrderDiscountInput(name="1OFF", type_="order", discount_amount=100)]


@pytest.mark.operation("createEcomOrder")
def test_create_ecom_order(ac: ActiveCampaign) -> None:
    body = EcomOrderCreateRequest(
        ecom_order=EcomOrderCreateFields(
            externalid="3246315233",
            source="1",
            email="alice@example.com",
            order_products=_products(),
            order_discounts=_discounts(),
            order_url="https://example.com/orders/3246315233",
            external_created_date="2016-09-13T17:41:39-04:00",
            external_updated_date="2016-09-14T17:41:39-04:00",
            shipping_method="UPS Ground",
            total_price=9111,
            shipping_amount=200,
            tax_amount=500,
            discount_amount=100,
            currency="USD",
            order_number="myorder-123",
            connectionid="1",
            customerid="1",
        )
    )
    created = expect(call(ac, ac.ecommerce_orders.create_ecom_order, body=body), EcomOrderEnvelope, 201)
    assert (created.ecom_order.total_price, created.ecom_order.state) == (9111.0, 1)
    assert created.ecom_order_products is not None and created.ecom_order_products[0].price == 4900.0
    assert created.connections is not None and created.connections[0].connection_type == "ecommerce"


@pytest.mark.operation("listEcomOrders")
def test_list_completed_orders_of_connection(ac: ActiveCampaign) -> None:
    response = call(
        ac,
        ac.ecommerce_orders.list_ecom_orders,
        filters_connectionid="1",
        filters_state=1,
        orders_external_created_date="ASC",
    )
    page = expect(response, EcomOrderList, 200)
    assert [o.total_price for o in page.ecom_orders] == [9111.0, 3450.0]
    assert page.ecom_orders[1].created_date == "2019-09-06T2:10:00-05:00"


@pytest.mark.operation("getEcomOrder")
def test_get_ecom_order(ac: ActiveCampaign) -> None:
    order = expect(call(ac, ac.ecommerce_orders.get_ecom_order, "1"), EcomOrderEnvelope, 200).ecom_order
    assert (order.total_price, order.state, order.externalcheckoutid) == (1000.0, 1, None)


@pytest.mark.operation("updateEcomOrder")
def test_update_ecom_order(ac: ActiveCampaign) -> None:
    body = EcomOrderUpdateRequest(
        ecom_order=EcomOrderFields(
            externalid="3246315237",
            email="alice@example.com",
            order_products=_products(),
            order_discounts=_discounts(),
            external_updated_date="2016-09-15T17:41:39-04:00",
            shipping_method="UPS Ground",
            total_price=9111,
            shipping_amount=200,
            tax_amount=500,
            discount_amount=100,
            currency="USD",
            order_number="12345-1",
        )
    )
    updated = expect(call(ac, ac.ecommerce_orders.update_ecom_order, "1", body=body), EcomOrderEnvelope, 200)
    assert updated.ecom_order.order_products == ["3", "4"]
    assert updated.ecom_order_products is not None and updated.ecom_order_products[0].price == 4900.0


@pytest.mark.operation("deleteEcomOrder")
def test_delete_ecom_order(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.ecommerce_orders.delete_ecom_order, "1"), 200)
