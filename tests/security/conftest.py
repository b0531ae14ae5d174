"""The scripted API of the SDK tests, shared with the security tests."""

from tests.sdk.conftest import BASE_URL, FAST, TOKEN, FakeApi, ac, async_client, connect, fake, reply

__all__ = ["BASE_URL", "FAST", "TOKEN", "FakeApi", "ac", "async_client", "connect", "fake", "reply"]
