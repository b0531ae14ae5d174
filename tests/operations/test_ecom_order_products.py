from __future__ import annotations

import pytest
from activecampaign_api.models import EcomOrderProductEnvelope, EcomOrderProductList, ErrorResponse
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listEcomOrderProducts")
def test_list_ecom_order_products(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.ecommerce_order_products.list_ecom_order_products, limit=20), EcomOrderProductList, 200)
    assert [(p.sku, p.price, p.quantity) for p in page.ecom_order_products] == [("SKATE-8", 5000.0, 1)]


@pytest.mark.operation("getEcomOrderProduct")
def test_get_ecom_order_product(ac: ActiveCampaign) -> None:
    response = call(ac, ac.ecommerce_order_products.get_ecom_order_product, "1")
    product = expect(response, EcomOrderProductEnvelope, 200).ecom_order_product
    assert (product.id, product.ecom_order) == ("1", "2")


@pytest.mark.operation("getEcomOrderProduct", cassette="getEcomOrderProduct_not_found")
def test_get_missing_ecom_order_product(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.ecommerce_order_products.get_ecom_order_product, "99"), ErrorResponse, 404)
    assert error.message == "No Result found for EcomOrderProduct with id 99"


@pytest.mark.operation("listEcomOrderProductsOfOrder")
def test_list_products_of_order(ac: ActiveCampaign) -> None:
    response = call(ac, ac.ecommerce_order_products.list_ecom_order_products_of_order, "1")
    page = expect(response, EcomOrderProductList, 200)
    assert [p.name for p in page.ecom_order_products] == ["My Cool Skateboard"]
