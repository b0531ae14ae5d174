"""A local ActiveCampaign for tests: a stateful fake of the v3 API on 127.0.0.1, with its rate limit and faults.

    from activecampaign_sdk.testing import LocalActiveCampaign

    with LocalActiveCampaign() as api:
        with ActiveCampaign(api.base_url, api.config.token) as ac:
            ac.upsert_contact("ada@example.com", first_name="Ada")
        assert api.contact_by_email("ada@example.com")["firstName"] == "Ada"

`python -m activecampaign_sdk.testing --port 8080 --token secret` runs it as a
command; the pytest plugin (`activecampaign_sdk.testing.pytest_plugin`, loaded
automatically once the package is installed) provides the fixtures
`activecampaign_server`, `activecampaign_client` and `async_activecampaign_client`.
Only the standard library is used; `import activecampaign_sdk` does not load this package.
"""

from .server import FAULT_KINDS, Faults, LocalActiveCampaign, LoggedRequest, ServerConfig

__all__ = ["FAULT_KINDS", "Faults", "LocalActiveCampaign", "LoggedRequest", "ServerConfig"]
