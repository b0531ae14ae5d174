from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ConnectionCreateRequest,
    ConnectionCreateRequestConnection,
    ConnectionEnvelope,
    ConnectionList,
    ConnectionUpdateRequest,
    ConnectionUpdateRequestConnection,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createConnection")
def test_create_connection(ac: ActiveCampaign) -> None:
    body = ConnectionCreateRequest(
        connection=ConnectionCreateRequestConnection(
            service="fooCommerce",
            externalid="toystore123",
            name="Toystore, Inc.",
            logo_url="http://example.com/i/foo.png",
            link_url="http://example.com/foo/",
            list_id="1",
        )
    )
    connection = expect(call(ac, ac.connections.create_connection, body=body), ConnectionEnvelope, 200).connection
    assert (connection.id, connection.is_internal) == ("1", False)


@pytest.mark.operation("listConnections")
def test_list_connections_of_service(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.connections.list_connections, filters_service="fooCommerce"), ConnectionList, 200)
    assert [c.is_internal for c in page.connections] == [True, False]
    assert page.connections[1].last_sync is None


@pytest.mark.operation("getConnection")
def test_get_connection(ac: ActiveCampaign) -> None:
    connection = expect(call(ac, ac.connections.get_connection, "1"), ConnectionEnvelope, 200).connection
    assert (connection.service, connection.list_id) == ("fooCommerce", "1")


@pytest.mark.operation("updateConnection")
def test_update_connection(ac: ActiveCampaign) -> None:
    body = ConnectionUpdateRequest(
        connection=ConnectionUpdateRequestConnection(externalid="johndoe@example.com", name="Acme, Inc.")
    )
    connection = expect(call(ac, ac.connections.update_connection, "2", body=body), ConnectionEnvelope, 200)
    assert connection.connection.name == "Acme, Inc."


@pytest.mark.operation("deleteConnection")
def test_delete_connection(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.connections.delete_connection, "2"), 200)
