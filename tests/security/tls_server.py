"""A loopback HTTPS server with a certificate from a throwaway CA (trustme), for TLS tests."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
from pathlib import Path

import trustme

from ..loopback import PromptHandler


class _TagOne(PromptHandler):
    def do_GET(self) -> None:
        body = json.dumps({"tag": {"id": "1", "tag": "VIP"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # refused handshakes and clients that gave up are what the tests provoke


@contextmanager
def https_server(ca: trustme.CA, hostname: str) -> Iterator[str]:
    """Serve `GET` -> a tag over TLS with a certificate for `hostname`; yields the https origin on 127.0.0.1."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(hostname).configure_cert(context)
    server = QuietServer(("127.0.0.1", 0), _TagOne)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def ca_file(ca: trustme.CA, folder: Path) -> str:
    path = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)
