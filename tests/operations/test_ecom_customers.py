from __future__ import annotations

import pytest
from activecampaign_api.models import (
    EcomCustomerCreateRequest,
    EcomCustomerCreateRequestEcomCustomer,
    EcomCustomerEnvelope,
    EcomCustomerFields,
    EcomCustomerList,
    EcomCustomerUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createEcomCustomer")
def test_create_ecom_customer(ac: ActiveCampaign) -> None:
    body = EcomCustomerCreateRequest(
        ecom_customer=EcomCustomerCreateRequestEcomCustomer(
            connectionid="1", externalid="56789", email="alice@example.com", accepts_marketing="1"
        )
    )
    customer = expect(call(ac, ac.ecommerce_customers.create_ecom_customer, body=body), EcomCustomerEnvelope, 201)
    assert (customer.ecom_customer.id, customer.ecom_customer.connection) == ("1", "1")


@pytest.mark.operation("listEcomCustomers")
def test_list_ecom_customers_by_email(ac: ActiveCampaign) -> None:
    response = call(ac, ac.ecommerce_customers.list_ecom_customers, filters_email="alice@example.com")
    page = expect(response, EcomCustomerList, 200)
    assert [c.total_revenue for c in page.ecom_customers] == [3280.0, 7599.0, 10879.0]
    assert page.ecom_customers[2].connection is None


@pytest.mark.operation("getEcomCustomer")
def test_get_ecom_customer(ac: ActiveCampaign) -> None:
    customer = expect(call(ac, ac.ecommerce_customers.get_ecom_customer, "15"), EcomCustomerEnvelope, 200).ecom_customer
    assert (customer.avg_revenue_per_order, customer.accepts_marketing) == (150761.0, False)


@pytest.mark.operation("updateEcomCustomer")
def test_update_ecom_customer(ac: ActiveCampaign) -> None:
    body = EcomCustomerUpdateRequest(ecom_customer=EcomCustomerFields(externalid="98765"))
    customer = expect(call(ac, ac.ecommerce_customers.update_ecom_customer, "1", body=body), EcomCustomerEnvelope, 200)
    assert customer.ecom_customer.externalid == "98765"


@pytest.mark.operation("deleteEcomCustomer")
def test_delete_ecom_customer(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.ecommerce_customers.delete_ecom_customer, "1"), 200)
