"""Prism, the npm mock server, serving the bundled spec on 127.0.0.1.

Used by `make demo` and by the test that replays every cassette request through
Prism's validator. Prism serves a spec's paths from the root and ignores the
server URL's path, while the SDK calls `/api/3/...` as the real API is laid
out, so the paths are mounted under `/api/3` in a temporary copy.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
BUNDLE = ROOT / "openapi" / "activecampaign.yaml"
API_PATH = "/api/3"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def running_prism(*, errors: bool = False, startup_seconds: float = 60) -> Iterator[str]:
    """Start Prism on a free loopback port; yield its origin (`http://127.0.0.1:PORT`)."""
    with tempfile.TemporaryDirectory() as tmp:
        document = yaml.load(BUNDLE.read_bytes(), Loader=yaml.CSafeLoader)
        document["paths"] = {f"{API_PATH}{path}": item for path, item in document["paths"].items()}
        spec = Path(tmp) / "activecampaign.yaml"
        spec.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper, sort_keys=False))
        origin = f"http://127.0.0.1:{_free_port()}"
        command = [str(PRISM), "mock", "--host", "127.0.0.1", "--port", origin.rsplit(":", 1)[1], str(spec)]
        mock = subprocess.Popen([*command, *(["--errors"] if errors else [])], stdout=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + startup_seconds
            while True:
                if mock.poll() is not None:
                    raise RuntimeError(f"prism exited with status {mock.returncode}")
                try:
                    httpx.get(f"{origin}{API_PATH}/tags", headers={"Api-Token": "probe"}, timeout=1.0)
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"prism did not answer within {startup_seconds} s") from None
                    time.sleep(0.2)
            yield origin
        finally:
            mock.terminate()
            mock.wait(timeout=10)
