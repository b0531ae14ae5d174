"""One behaviour test, both clients: drive `AsyncActiveCampaign` from synchronous test code.

`connect(handler, **options)` (a fixture parametrised "sync"/"async") builds an
`ActiveCampaign`, or an `AsyncActiveCampaign` wrapped in `Blocking`, which runs each
coroutine the async client returns on an event loop in a background thread and hands back
its result (or raises its exception). Pagination, `raw`, `with_options` and the tag
namespaces are adapted the same way, so a test written against the sync surface checks both.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, cast

import httpx
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, AsyncPaginator

Handler = Callable[[httpx.Request], httpx.Response]


class LoopThread:
    """An event loop running in a daemon thread, for the life of one test."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="parity-loop", daemon=True)
        self._thread.start()

    def run(self, awaitable: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(_awaited(awaitable), self.loop).result(timeout=120)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


def _is_async_sdk_object(value: object) -> bool:
    kind = type(value)
    return kind.__name__.startswith("Async") and kind.__module__.startswith(
        ("activecampaign_sdk", "activecampaign_api")
    )


def _unwrapped(value: Any) -> Any:
    return getattr(value, "__wrapped_async__", value)


class Blocking:
    """An async SDK object seen through a synchronous surface."""

    def __init__(self, target: Any, runner: LoopThread) -> None:
        self._target = target
        self._runner = runner

    def __getattr__(self, name: str) -> Any:
        return adapt(getattr(self._target, name), self._runner)

    def __repr__(self) -> str:
        return repr(self._target)


class BlockingPaginator:
    def __init__(self, paginator: AsyncPaginator[Any] | AsyncIterator[Any], runner: LoopThread) -> None:
        self._paginator = paginator
        self._runner = runner

    def _drive(self, iterator: AsyncIterator[Any]) -> Iterator[Any]:
        while True:
            try:
                yield self._runner.run(iterator.__anext__())
            except StopAsyncIteration:
                return

    def __iter__(self) -> Iterator[Any]:
        return self._drive(aiter(self._paginator))

    def pages(self) -> Iterator[Any]:
        assert isinstance(self._paginator, AsyncPaginator)
        return self._drive(self._paginator.pages())


def adapt(value: Any, runner: LoopThread) -> Any:
    if inspect.isawaitable(value):
        return adapt(runner.run(value), runner)
    if isinstance(value, AsyncPaginator):
        return BlockingPaginator(value, runner)
    if inspect.isasyncgen(value):
        return BlockingPaginator(value, runner)._drive(value)
    if _is_async_sdk_object(value):
        return Blocking(value, runner)
    if callable(value) and inspect.ismethod(value) and _is_async_sdk_object(value.__self__):

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            args = tuple(_unwrapped(a) for a in args)
            kwargs = {k: _unwrapped(v) for k, v in kwargs.items()}
            return adapt(value(*args, **kwargs), runner)

        call.__wrapped_async__ = value  # type: ignore[attr-defined]
        return call
    return value


class Connector:
    """Builds clients of one flavour on scripted handlers, and closes them after the test."""

    def __init__(self, flavour: str) -> None:
        self.flavour = flavour
        self._runner = LoopThread() if flavour == "async" else None
        self._closers: list[Callable[[], None]] = []

    @property
    def is_async(self) -> bool:
        return self._runner is not None

    def __call__(self, handler: Handler | None, base_url: str, token: str, **options: Any) -> ActiveCampaign:
        """A client on `handler` (httpx.MockTransport), or on the network (loopback servers) without one."""
        transport = None if handler is None else httpx.MockTransport(handler)
        if self._runner is None:
            http = httpx.Client(transport=transport)
            client = ActiveCampaign(base_url, token, httpx_client=http, **options)
            self._closers += [client.close, http.close]
            return client
        runner = self._runner
        async_http = httpx.AsyncClient(transport=transport)
        async_client = AsyncActiveCampaign(base_url, token, httpx_client=async_http, **options)
        self._closers += [lambda: runner.run(async_client.aclose()), lambda: runner.run(async_http.aclose())]
        return cast(ActiveCampaign, Blocking(async_client, runner))

    def run(self, value: Any) -> Any:
        """A value the client returned, awaited when the client is async (for code outside `Blocking`)."""
        return self._runner.run(value) if self._runner is not None and inspect.isawaitable(value) else value

    def close(self) -> None:
        for close in reversed(self._closers):
            close()
        if self._runner is not None:
            self._runner.close()
