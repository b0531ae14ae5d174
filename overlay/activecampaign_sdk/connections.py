"""The httpx clients a client sends through: safe across `os.fork()`, and, for the async client, across event loops.

**Fork.** A kept-alive connection is a socket; after `os.fork()` parent and child hold the same one, and
would read each other's responses. Every httpx client the SDK sends through (its own, or one passed as
`httpx_client=`) is registered here, and in the child of a fork (`os.register_at_fork`) its connection
pools are emptied, without closing anything (closing would shut the parent's connection too): the child
opens connections of its own. The locks of the shared in-process limiters are made anew in the child
too, in case another thread held one at the moment of the fork. Gunicorn, Celery's prefork pool and
multiprocessing's fork start method work with a client made before the fork.

**Event loops.** httpx's async connections belong to the event loop that opened them. `AsyncConnections`
gives each loop its own: the httpx client made for the first loop serves it; when that loop is closed
(`asyncio.run` twice), its pool is emptied and the next loop adopts it; a loop that runs while the first
one still lives (threads, each with its loop) gets a client of its own, made like the first. An httpx
client of the caller's cannot be copied: used from a second loop while the first still lives, it raises
`EventLoopError` before sending. `aclose()` closes every loop's client, from any loop.
"""

from __future__ import annotations

import os
import sys
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from .errors import EventLoopError

if TYPE_CHECKING:
    import asyncio

_REGISTERED: weakref.WeakSet[httpx.Client | httpx.AsyncClient] = weakref.WeakSet()


def empty_pools(http: httpx.Client | httpx.AsyncClient) -> None:
    """Forget every connection of `http`'s pools without closing them (and any lock a thread held)."""
    transports: list[Any] = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)  # httpx's HTTP transports: an httpcore connection pool
        if pool is None:
            continue
        if isinstance(getattr(pool, "_connections", None), list):
            pool._connections = []
        if isinstance(getattr(pool, "_requests", None), list):
            pool._requests = []
        lock = getattr(pool, "_optional_thread_lock", None)
        if lock is not None:
            pool._optional_thread_lock = type(lock)()


def fork_safe(http: httpx.Client | httpx.AsyncClient) -> None:
    """Have `http`'s connections forgotten in the child of every later `os.fork()`."""
    _REGISTERED.add(http)


def _after_fork_in_child() -> None:
    for http in list(_REGISTERED):
        empty_pools(http)
    # A lock another thread held at the fork stays held in the child forever: the shared in-process
    # limiters (one per account, held by every client of the process) get fresh ones.
    rate_limit: Any = sys.modules.get(f"{__package__}.rate_limit")
    if rate_limit is not None:
        rate_limit._shared_lock = threading.Lock()
        for limiter in [*rate_limit._shared.values(), *rate_limit._shared_imports.values()]:
            if isinstance(getattr(limiter, "_lock", None), type(threading.Lock())):
                limiter._lock = threading.Lock()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)


class Connections:
    """The one httpx client of an `ActiveCampaign` (threads share it: httpx's sync pool is thread-safe)."""

    def __init__(self, http: httpx.Client, *, owned: bool, factory: Callable[[], httpx.Client] | None = None) -> None:
        self.primary = http
        self.owned = owned
        fork_safe(http)

    def current(self) -> httpx.Client:
        return self.primary

    def close(self) -> None:
        if self.owned:
            self.primary.close()


class AsyncConnections:
    """The httpx clients of an `AsyncActiveCampaign`, one per event loop (see the module)."""

    def __init__(
        self, http: httpx.AsyncClient, *, owned: bool, factory: Callable[[], httpx.AsyncClient] | None = None
    ) -> None:
        self.primary = http
        self.owned = owned
        self._factory = factory
        self._home: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._others: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()
        self._closed = False
        fork_safe(http)

    def current(self) -> httpx.AsyncClient:
        """The httpx client for the running event loop; `EventLoopError` when there can be none."""
        import asyncio

        loop = asyncio.get_running_loop()
        home = self._home() if self._home is not None else None
        if home is loop or self._closed:
            return self.primary  # closed: httpx refuses to send, and the sender says the client is closed
        with self._lock:
            home = self._home() if self._home is not None else None
            if home is None or home.is_closed():
                # The first use, or the loop that owned the connections is gone: this loop adopts them.
                empty_pools(self.primary)
                self._home = weakref.ref(loop)
                return self.primary
            if home is loop:
                return self.primary
            other = self._others.get(loop)
            if other is not None:
                return other
            if self._factory is None:
                raise EventLoopError(
                    "this AsyncActiveCampaign sends through an httpx.AsyncClient you passed, which belongs to the "
                    "event loop it was first used in, and that loop still runs: make one client per event loop "
                    "(per thread running one), or let the SDK make its httpx client (it keeps one pool per loop)"
                )
            for stale in [other_loop for other_loop in self._others if other_loop.is_closed()]:
                del self._others[stale]  # its sockets go with it; nothing can be sent on a closed loop
            other = self._others[loop] = self._factory()
            fork_safe(other)
            return other

    async def aclose(self) -> None:
        """Close every loop's httpx client (when the SDK made them), from whichever loop this runs in."""
        import asyncio

        self._closed = True
        if not self.owned:
            return
        loop = asyncio.get_running_loop()
        home = self._home() if self._home is not None else None
        clients = [(home, self.primary), *list(self._others.items())]
        self._others.clear()
        for owner, http in clients:
            if owner is None or owner is loop or owner.is_closed() or not owner.is_running():
                if owner is not loop:
                    empty_pools(http)  # their connections belong to a loop that cannot close them now
                await http.aclose()
            else:
                # Another thread's loop still runs: it closes its own connections.
                asyncio.run_coroutine_threadsafe(http.aclose(), owner)
