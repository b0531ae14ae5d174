"""The token only travels encrypted to a verified host: plain http is for loopback only, and TLS is verified."""

from __future__ import annotations

import asyncio
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, NoRateLimit, errors
from activecampaign_sdk.base_client import shared_ssl_context

from .conftest import TOKEN, FakeApi, reply
from .tls_server import ca_file, https_server


def client(origin: str) -> ActiveCampaign:
    """The SDK's own http client, no retries: one refused handshake is the whole story."""
    return ActiveCampaign(origin, TOKEN, limiter=NoRateLimit(), max_retries=0, timeout=5.0)


@pytest.mark.parametrize(
    "url",
    [
        "http://test-account.api-us1.com",
        "http://10.0.0.1",
        "http://192.168.1.10:8080",
        "http://[::2]",
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "http://0.0.0.0",
    ],
)
def test_plain_http_is_refused_beyond_loopback(fake: FakeApi, url: str) -> None:
    with (
        httpx.Client(transport=httpx.MockTransport(fake.handle)) as http,
        pytest.raises(ValueError, match="refusing plain http"),
    ):
        ActiveCampaign(url, TOKEN, httpx_client=http)
    with pytest.raises(ValueError, match="refusing plain http"):
        AsyncActiveCampaign(url, TOKEN)
    assert fake.requests == []


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080", "http://127.9.8.7", "http://[::1]:3000", "http://localhost:4010", "http://LOCALHOST"],
)
def test_plain_http_is_allowed_on_loopback(fake: FakeApi, url: str) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    with (
        httpx.Client(transport=httpx.MockTransport(fake.handle)) as http,
        ActiveCampaign(url, TOKEN, limiter=NoRateLimit(), httpx_client=http) as ac,
    ):
        assert ac.tags.get_tag("1").tag.id == "1"
    sent = fake.requests[0].url
    assert (sent.scheme, sent.host, sent.path) == ("http", httpx.URL(url).host, "/api/3/tags/1")


def test_the_sdks_own_http_clients_verify_certificates_and_hostnames() -> None:
    with ActiveCampaign("https://test-account.api-us1.com", TOKEN) as ac:
        sync_context: ssl.SSLContext = ac._sender.http._transport._pool._ssl_context  # type: ignore[attr-defined]
    aac = AsyncActiveCampaign("https://test-account.api-us1.com", TOKEN)
    async_context: ssl.SSLContext = aac._sender.http._transport._pool._ssl_context  # type: ignore[attr-defined]
    asyncio.run(aac.aclose())
    for context in (sync_context, async_context):
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def no_extra_trust(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


@pytest.fixture
def trusted(ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The throwaway CA trusted the standard way (httpx reads SSL_CERT_FILE), as a company CA would be."""
    monkeypatch.setenv("SSL_CERT_FILE", ca_file(ca, tmp_path))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    yield


@pytest.mark.usefixtures("no_extra_trust")
def test_a_certificate_from_an_unknown_ca_is_refused(ca: trustme.CA) -> None:
    with (
        https_server(ca, "127.0.0.1") as origin,
        client(origin) as ac,
        pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED") as refused,
    ):
        ac.tags.get_tag("1")
    assert refused.value.path == "/tags/1"


@pytest.mark.usefixtures("no_extra_trust")
def test_the_async_client_refuses_a_certificate_from_an_unknown_ca(ca: trustme.CA) -> None:
    async def scenario(origin: str) -> None:
        async with AsyncActiveCampaign(origin, TOKEN, limiter=NoRateLimit(), max_retries=0, timeout=5.0) as ac:
            with pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                await ac.tags.get_tag("1")

    with https_server(ca, "127.0.0.1") as origin:
        asyncio.run(scenario(origin))


@pytest.mark.usefixtures("trusted")
def test_a_trusted_certificate_for_the_host_is_accepted(ca: trustme.CA) -> None:
    # The control for the refusals: the same server, its CA trusted, answers.
    with https_server(ca, "127.0.0.1") as origin, client(origin) as ac:
        assert ac.tags.get_tag("1").tag.tag == "VIP"


@pytest.mark.usefixtures("trusted")
def test_a_trusted_certificate_for_another_host_is_refused(ca: trustme.CA) -> None:
    with (
        https_server(ca, "test-account.api-us1.com") as origin,
        client(origin) as ac,
        pytest.raises(errors.APIConnectionError, match=r"CERTIFICATE_VERIFY_FAILED.*(IP address mismatch|hostname)"),
    ):
        ac.tags.get_tag("1")


def _context_of(ac: ActiveCampaign | AsyncActiveCampaign) -> ssl.SSLContext:
    transport: Any = ac._sender.http._transport
    context: ssl.SSLContext = transport._pool._ssl_context
    return context


@pytest.mark.usefixtures("no_extra_trust")
def test_clients_with_the_same_tls_settings_share_one_ssl_context() -> None:
    first = ActiveCampaign("https://one.api-us1.com", TOKEN)
    second = ActiveCampaign("https://two.api-us1.com", TOKEN)
    third = AsyncActiveCampaign("https://three.api-us1.com", TOKEN)
    try:
        assert _context_of(first) is _context_of(second) is _context_of(third) is shared_ssl_context()
        assert _context_of(first).verify_mode == ssl.CERT_REQUIRED and _context_of(first).check_hostname
    finally:
        first.close()
        second.close()
        asyncio.run(third.aclose())
    # Other settings, other contexts: not verifying, or not reading the environment.
    unverified = shared_ssl_context(verify=False)
    assert unverified is not shared_ssl_context() and unverified.verify_mode == ssl.CERT_NONE
    assert shared_ssl_context(verify=False) is unverified
    given = ssl.create_default_context()
    assert shared_ssl_context(verify=given) is given


def test_ssl_cert_file_is_honoured_by_clients_built_after_it_is_set(
    ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    with https_server(ca, "127.0.0.1") as origin:
        with client(origin) as ac, pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            ac.tags.get_tag("1")
        monkeypatch.setenv("SSL_CERT_FILE", ca_file(ca, tmp_path))
        with client(origin) as ac:  # the shared context of the old setting is not reused
            assert ac.tags.get_tag("1").tag.tag == "VIP"
        # trust_env=False ignores the variable, as httpx does.
        assert shared_ssl_context(trust_env=False) is not shared_ssl_context()


def test_ssl_cert_dir_is_honoured(ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A CA folder as OpenSSL reads it: each certificate under its subject hash.
    pem = ca_file(ca, tmp_path)
    subject_hash = subprocess.run(
        ["openssl", "x509", "-hash", "-noout", "-in", pem], check=True, capture_output=True, text=True
    ).stdout.strip()
    folder = tmp_path / "certs"
    folder.mkdir()
    (folder / f"{subject_hash}.0").write_bytes(Path(pem).read_bytes())
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("SSL_CERT_DIR", str(folder))

    async def scenario(origin: str) -> object:
        async with AsyncActiveCampaign(origin, TOKEN, limiter=NoRateLimit(), max_retries=0, timeout=5.0) as ac:
            return (await ac.tags.get_tag("1")).tag.tag

    with https_server(ca, "127.0.0.1") as origin:
        with client(origin) as ac:
            assert ac.tags.get_tag("1").tag.tag == "VIP"
        assert asyncio.run(scenario(origin)) == "VIP"
