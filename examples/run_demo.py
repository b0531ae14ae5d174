"""`make demo`: serve the bundled spec with Prism on 127.0.0.1, run the quickstart
against it through the SDK, and stop the mock. No account needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.prism import BUNDLE, ROOT, running_prism


def main() -> None:
    with running_prism() as origin:
        print(f"Prism is mocking {BUNDLE.relative_to(ROOT)} at {origin}")
        env = {**os.environ, "AC_API_URL": origin, "AC_API_TOKEN": "demo-token"}
        quickstart = Path(__file__).resolve().parent / "quickstart.py"
        subprocess.run([sys.executable, str(quickstart)], env=env, check=True)


if __name__ == "__main__":
    main()
