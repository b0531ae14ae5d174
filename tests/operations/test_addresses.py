from __future__ import annotations

import pytest
from activecampaign_api.models import (
    AddressCreateFields,
    AddressCreateRequest,
    AddressEnvelope,
    AddressList,
    AddressUpdateFields,
    AddressUpdateRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createAddress")
def test_create_address(ac: ActiveCampaign) -> None:
    body = AddressCreateRequest(
        address=AddressCreateFields(company_name="TEST NAME", address_1="TEST ADDRESS", country="US")
    )
    address = expect(call(ac, ac.addresses.create_address, body=body), AddressEnvelope, 200).address
    assert (address.id, address.country) == ("3", "3")


@pytest.mark.operation("listAddresses")
def test_list_addresses(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.addresses.list_addresses), AddressList, 200)
    assert [a.is_default for a in page.addresses] == [True, False]


@pytest.mark.operation("getAddress")
def test_get_address(ac: ActiveCampaign) -> None:
    address = expect(call(ac, ac.addresses.get_address, "1"), AddressEnvelope, 200).address
    assert (address.company_name, address.country) == ("Test Company Name", "US")


@pytest.mark.operation("updateAddress")
def test_update_address(ac: ActiveCampaign) -> None:
    body = AddressUpdateRequest(
        address=AddressUpdateFields(
            company_name="New Test Company Name",
            address1="111 New Test Address",
            address2="",
            city="New Test City",
            state="Florida",
            zip_="12345",
            country="US",
        )
    )
    address = expect(call(ac, ac.addresses.update_address, "1", body=body), AddressEnvelope, 200).address
    assert address.city == "New Test City"


@pytest.mark.operation("updateAddress", cassette="updateAddress_not_found")
def test_update_missing_address(ac: ActiveCampaign) -> None:
    body = AddressUpdateRequest(address=AddressUpdateFields(city="New Test City"))
    error = expect(call(ac, ac.addresses.update_address, "3", body=body), ErrorResponse, 404)
    assert error.message == "No Result found for Address with id 3"


@pytest.mark.operation("deleteAddress")
def test_delete_address(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.addresses.delete_address, "1"), 200)


@pytest.mark.operation("deleteAddressGroup")
def test_delete_address_group(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.addresses.delete_address_group, "19"), 200)


@pytest.mark.operation("deleteAddressList")
def test_delete_address_list(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.addresses.delete_address_list, "6"), 200)
