"""Each failure maps to its error class, built from the bodies the API really sends."""

from __future__ import annotations

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, errors
from activecampaign_sdk.errors import ErrorItem

from ..parity import Connector
from .conftest import TOKEN, FakeApi, reply

DUPLICATE_EMAIL = {
    "errors": [
        {
            "title": "Email address already exists in the system",
            "detail": "",
            "code": "duplicate",
            "source": {"pointer": "/data/attributes/email"},
        }
    ]
}
CASES = [
    (400, {}, errors.BadRequestError),
    (401, {"message": "Unauthorized"}, errors.AuthenticationError),
    (403, {"message": "You do not have permission to perform this action"}, errors.PermissionDeniedError),
    (404, {"message": "No Result found for Tag with id 1"}, errors.NotFoundError),
    (422, DUPLICATE_EMAIL, errors.UnprocessableEntityError),
    (429, {"message": "Too Many Requests"}, errors.RateLimitError),
    (500, "<html><body>Internal Server Error</body></html>", errors.InternalServerError),
    (502, "<html><head><title>502 Bad Gateway</title></head></html>", errors.InternalServerError),
]


@pytest.mark.parametrize(("status", "body", "kind"), CASES)
def test_status_maps_to_its_error_class(
    ac: ActiveCampaign, fake: FakeApi, status: int, body: object, kind: type[errors.APIStatusError]
) -> None:
    fake.on("DELETE /tags/1", reply(status, body, {"X-Request-Id": "req-123"}))
    with pytest.raises(kind) as caught:
        ac.tags.delete_tag("1")
    error = caught.value
    assert type(error) is kind
    assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.ActiveCampaignError)
    assert (error.status, error.method, error.path, error.request_id) == (status, "DELETE", "/tags/1", "req-123")
    assert error.body == body
    assert "req-123" in str(error) and f"HTTP {status}" in str(error)
    assert TOKEN not in str(error) and TOKEN not in repr(error) and TOKEN not in repr(error.__dict__)


def test_unprocessable_entity_exposes_each_validation_error(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /contact/sync", reply(422, DUPLICATE_EMAIL))
    with pytest.raises(errors.UnprocessableEntityError) as caught:
        ac.request("POST", "/contact/sync", json={"contact": {"email": "johndoe@example.com"}})
    assert caught.value.errors == [
        ErrorItem(
            title="Email address already exists in the system",
            detail="",
            code="duplicate",
            source_pointer="/data/attributes/email",
        )
    ]
    assert caught.value.message == "Email address already exists in the system"
    assert len(fake.requests) == 1, "a 422 is not retried"


def test_rate_limit_error_carries_retry_after(fake: FakeApi, connect: Connector) -> None:
    fake.on("GET /tags", reply(429, {"message": "Too Many Requests"}, {"Retry-After": "7"}))
    client = connect(fake.handle, "https://a.api-us1.com", TOKEN, max_retries=0)
    with pytest.raises(errors.RateLimitError) as caught:
        client.tags.list_tags()
    assert caught.value.retry_after == 7.0


def test_connection_and_timeout_errors_are_typed(fake: FakeApi, connect: Connector) -> None:
    client = connect(fake.handle, "https://a.api-us1.com", TOKEN, max_retries=0)
    fake.on("GET /tags/1", httpx.ReadTimeout("timed out"))
    with pytest.raises(errors.APITimeoutError) as timeout:
        client.tags.get_tag("1")
    fake.on("GET /tags/2", httpx.ConnectError("connection refused"))
    with pytest.raises(errors.APIConnectionError) as refused:
        client.tags.get_tag("2")
    assert not isinstance(refused.value, errors.APITimeoutError)
    assert (timeout.value.method, timeout.value.path) == ("GET", "/tags/1")
    assert isinstance(timeout.value.__cause__, httpx.ReadTimeout)
    assert TOKEN not in str(timeout.value) and TOKEN not in str(refused.value)


def test_retry_after_accepts_an_http_date() -> None:
    assert errors.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert errors.parse_retry_after("soon") is None
    assert errors.parse_retry_after("2.5") == 2.5
