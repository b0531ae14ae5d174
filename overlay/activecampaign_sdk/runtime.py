"""What the sync and async clients do differently, behind one small interface.

The async modules (`_async/`) are the single source of the SDK's logic; `generator/sync_from_async.py`
rewrites them into `_sync/`, renaming `AsyncRuntime` to `SyncRuntime`. Waiting, locking and
running work concurrently are the only things that cannot be rewritten token by token: threads
on one side, asyncio tasks on the other.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import AbstractAsyncContextManager, AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")
R = TypeVar("R")

# A call without arguments, as each side runs it (unasync renames `AsyncWork` to `Work`).
Work = Callable[[], T]
AsyncWork = Callable[[], Awaitable[T]]


class SyncRuntime:
    @staticmethod
    def sleep(seconds: float) -> None:
        time.sleep(seconds)

    @staticmethod
    def lock() -> threading.Lock:
        return threading.Lock()

    @staticmethod
    def shared_name_lock(limiter: object, kind: str, name: str) -> AbstractContextManager[object]:
        """The cross-process lock for creating `kind` named `name`, when the limiter is shared (Redis); else none."""
        shared = getattr(limiter, "name_lock", None)
        return shared(kind, name) if callable(shared) else nullcontext()

    @staticmethod
    def map_unordered(
        work: Callable[[T], R], items: Iterable[T], *, concurrency: int
    ) -> Iterator[tuple[T, R | Exception]]:
        """`work(item)` for each item, `concurrency` at a time, as each finishes: (item, result or error).

        Items are read only as workers free up, so an iterable of any length works.
        """
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="activecampaign") as pool:
            pending: dict[Future[R], T] = {}
            for item in items:
                if len(pending) >= concurrency:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    yield from _finished(done, pending)
                pending[pool.submit(work, item)] = item
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                yield from _finished(done, pending)


def _finished(done: Iterable[Future[R]], pending: dict[Future[R], T]) -> Iterator[tuple[T, R | Exception]]:
    for future in done:
        item = pending.pop(future)
        error = future.exception()
        if error is not None and not isinstance(error, Exception):
            raise error  # KeyboardInterrupt, SystemExit: not an outcome of the item
        yield item, (error if error is not None else future.result())


class AsyncRuntime:
    @staticmethod
    async def sleep(seconds: float) -> None:
        import asyncio  # here, not at the top: sync users should not pay for importing asyncio

        await asyncio.sleep(seconds)

    @staticmethod
    def lock() -> asyncio.Lock:
        import asyncio

        return asyncio.Lock()

    @staticmethod
    def shared_name_lock(limiter: object, kind: str, name: str) -> AbstractAsyncContextManager[object]:
        shared = getattr(limiter, "name_lock_async", None)
        return shared(kind, name) if callable(shared) else nullcontext()

    @staticmethod
    async def map_unordered(
        work: Callable[[T], Awaitable[R]], items: Iterable[T], *, concurrency: int
    ) -> list[tuple[T, R | Exception]]:
        """`work(item)` for each item, `concurrency` tasks at a time: (item, result or error) per item."""
        import asyncio

        source = iter(items)
        results: list[tuple[T, R | Exception]] = []

        async def worker() -> None:
            # Workers pull items one by one, so items are read only as they are needed.
            for item in source:
                try:
                    results.append((item, await work(item)))
                except Exception as error:
                    results.append((item, error))

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return results
