"""`make demo`: start a local ActiveCampaign (activecampaign_sdk.testing) on 127.0.0.1, with the
real API's 5 requests per second and a few contacts already in it, run `examples/quickstart.py`
against it through AC_API_URL/AC_API_TOKEN, and check that the account holds what it printed.
No account needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

QUICKSTART = Path(__file__).resolve().parent / "quickstart.py"


def main() -> None:
    config = ServerConfig(rate_per_second=5)
    with LocalActiveCampaign(config) as account:
        account.seed_contacts(2, domain="example.org")
        print(f"local ActiveCampaign at {account.base_url} (2 contacts), running {QUICKSTART.name}:\n")
        env = {**os.environ, "AC_API_URL": account.base_url, "AC_API_TOKEN": config.token}
        subprocess.run([sys.executable, str(QUICKSTART)], env=env, check=True)
        stored = account.contact_by_email("ada@example.com")
        assert stored is not None and stored["firstName"] == "Ada", stored
        print(f"\nthe account holds contact {stored['id']} ({stored['firstName']} <{stored['email']}>) "
              f"after {len(account.log)} requests, {account.count_429} of them refused with 429")  # fmt: skip


if __name__ == "__main__":
    main()
