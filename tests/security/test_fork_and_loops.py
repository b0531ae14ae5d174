"""A client survives `os.fork()` and event loops: no connection is shared across processes or loops.

The server here numbers the connections it accepts and answers each request with the number of the
connection it came on, so a test sees which connection carried which answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, NoRateLimit, errors

TOKEN = "fork-test-token"


@contextlib.contextmanager
def numbering_server() -> Iterator[str]:
    """A keep-alive HTTP/1.1 server: each answer is a tag whose id is the number of its connection."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=128)
    count = iter(range(1, 1_000_000))
    lock = threading.Lock()

    def serve(connection: socket.socket, number: int) -> None:
        body = json.dumps({"tag": {"id": str(number), "tag": "conn"}}).encode()
        answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
            len(body),
            body,
        )
        pending = b""
        with connection:
            while True:
                try:
                    chunk = connection.recv(65536)
                except OSError:
                    return
                if not chunk:
                    return
                pending += chunk
                while b"\r\n\r\n" in pending:  # GETs only: no body
                    _, pending = pending.split(b"\r\n\r\n", 1)
                    connection.sendall(answer)

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with lock:
                number = next(count)
            threading.Thread(target=serve, args=(connection, number), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        thread.join(timeout=5)


def in_child(work: object) -> list[str]:
    """Fork; the child runs `work()` (a list of connection numbers) and sends it back; the parent waits."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        try:
            result = {"ok": work()}  # type: ignore[operator]
        except BaseException as error:
            result = {"error": f"{type(error).__name__}: {error}"}
        os.write(write, json.dumps(result).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    result = json.loads(data)
    assert "error" not in result, result.get("error")
    return list(result["ok"])


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_forked_child_opens_its_own_connection(flavour: str) -> None:
    with numbering_server() as origin:
        if flavour == "sync":
            ac = ActiveCampaign(origin, TOKEN, limiter=NoRateLimit())
            first = ac.tags.get_tag("1").tag.id

            def child() -> list[str | None]:
                return [ac.tags.get_tag("1").tag.id for _ in range(3)]

            children = in_child(child)
            after = [ac.tags.get_tag("1").tag.id for _ in range(3)]
            ac.close()
        else:
            aac = AsyncActiveCampaign(origin, TOKEN, limiter=NoRateLimit())

            async def ids(n: int) -> list[str]:
                return [(await aac.tags.get_tag("1")).tag.id for _ in range(n)]

            loop = asyncio.new_event_loop()
            first = loop.run_until_complete(ids(1))[0]
            # The child's loop is a fresh one: the parent's loop object is a copy of a loop that runs elsewhere.
            children = in_child(lambda: asyncio.run(ids(3)))
            after = loop.run_until_complete(ids(3))
            loop.run_until_complete(aac.aclose())
            loop.close()
    assert after == [first] * 3, "the parent keeps its kept-alive connection"
    assert len(set(children)) == 1 and children[0] != first, "the child never reads on the parent's connection"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_parent_and_child_calling_at_once_each_get_their_own_answers(flavour: str) -> None:
    """Both processes call many times at once; every answer each one reads came on its own connection."""
    with numbering_server() as origin:
        if flavour == "sync":
            ac = ActiveCampaign(origin, TOKEN, limiter=NoRateLimit())
            first = ac.tags.get_tag("1").tag.id

            def calls() -> list[str | None]:
                return [ac.tags.get_tag("1").tag.id for _ in range(50)]

            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                ids = calls()
                os.write(write, json.dumps(ids).encode())
                os._exit(0)
            os.close(write)
            mine = calls()
            with os.fdopen(read, "rb") as pipe:
                theirs = json.loads(pipe.read())
            os.waitpid(pid, 0)
            ac.close()
        else:
            aac = AsyncActiveCampaign(origin, TOKEN, limiter=NoRateLimit())

            async def many() -> list[str | None]:
                return [(await aac.tags.get_tag("1")).tag.id for _ in range(50)]

            loop = asyncio.new_event_loop()
            first = loop.run_until_complete(aac.tags.get_tag("1")).tag.id
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                ids = asyncio.run(many())
                os.write(write, json.dumps(ids).encode())
                os._exit(0)
            os.close(write)
            mine = loop.run_until_complete(many())
            with os.fdopen(read, "rb") as pipe:
                theirs = json.loads(pipe.read())
            os.waitpid(pid, 0)
            loop.run_until_complete(aac.aclose())
            loop.close()
    assert set(mine) == {first}
    assert len(theirs) == 50 and first not in theirs


def test_an_async_client_works_in_one_event_loop_after_another() -> None:
    with numbering_server() as origin:
        aac = AsyncActiveCampaign(origin, TOKEN, limiter=NoRateLimit())
        assert asyncio.run(aac.tags.get_tag("1")).tag.id
        # The first loop is closed: its connections cannot be used, and are not.
        assert asyncio.run(aac.tags.get_tag("1")).tag.id
        assert asyncio.run(aac.tags.get_tag("1")).tag.id
        asyncio.run(aac.aclose())  # closed from yet another loop: no error
        with pytest.raises(errors.APIConnectionError, match="closed"):
            asyncio.run(aac.tags.get_tag("1"))


def test_four_threads_with_their_own_loops_share_one_async_client() -> None:
    with numbering_server() as origin:
        aac = AsyncActiveCampaign(origin, TOKEN, limiter=NoRateLimit(), timeout=5)
        failures: list[BaseException] = []
        answers: list[str | None] = []

        def worker() -> None:
            async def calls() -> None:
                for _ in range(25):
                    answers.append((await aac.tags.get_tag("1")).tag.id)

            try:
                asyncio.run(calls())
            except BaseException as error:
                failures.append(error)

        started = time.monotonic()
        threads = [threading.Thread(target=worker) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        elapsed = time.monotonic() - started
        asyncio.run(aac.aclose())
    assert not failures, failures
    assert len(answers) == 100
    assert elapsed < 5, f"no stall: {elapsed:.1f}s"


def test_a_client_closed_from_another_thread_while_its_loop_runs() -> None:
    with numbering_server() as origin:
        aac = AsyncActiveCampaign(origin, TOKEN, limiter=NoRateLimit())
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        try:
            assert asyncio.run_coroutine_threadsafe(aac.tags.get_tag("1"), loop).result(10).tag.id
            asyncio.run(aac.aclose())  # another loop, while the first runs: no error
            with pytest.raises(errors.APIConnectionError, match="closed"):
                asyncio.run_coroutine_threadsafe(aac.tags.get_tag("1"), loop).result(10)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
            loop.close()


def test_a_callers_httpx_client_in_a_second_running_loop_is_a_typed_error() -> None:
    with numbering_server() as origin:
        http = httpx.AsyncClient()
        aac = AsyncActiveCampaign(origin, TOKEN, limiter=NoRateLimit(), httpx_client=http)
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        try:
            assert asyncio.run_coroutine_threadsafe(aac.tags.get_tag("1"), loop).result(10).tag.id
            with pytest.raises(errors.EventLoopError, match="one client per event loop"):
                asyncio.run(aac.tags.get_tag("1"))
            assert asyncio.run_coroutine_threadsafe(aac.tags.get_tag("1"), loop).result(10).tag.id
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
            loop.close()

        async def last_use() -> str | None:
            tag = (await aac.tags.get_tag("1")).tag.id
            await http.aclose()  # the caller's client: the caller closes it, in the loop that used it last
            return tag

        # Its loop closed: the next loop takes the client over, with fresh connections.
        assert asyncio.run(last_use())


def test_a_limiter_lock_held_by_another_thread_at_the_fork_does_not_hang_the_child() -> None:
    from activecampaign_sdk.rate_limit import shared_limiter

    with numbering_server() as origin:
        ac = ActiveCampaign(origin, TOKEN, rate_limit=1000)
        limiter = shared_limiter(httpx.URL(origin).host, 1000)
        assert ac.limiter is limiter
        held, release = threading.Event(), threading.Event()

        def hold() -> None:
            with limiter._lock:
                held.set()
                release.wait(10)

        holder = threading.Thread(target=hold)
        holder.start()
        held.wait(10)
        try:

            def child() -> list[str | None]:
                signal.alarm(5)  # a hang ends the child, and the parent sees it
                return [ac.tags.get_tag("1").tag.id]

            assert len(in_child(child)) == 1
        finally:
            release.set()
            holder.join(timeout=10)
            ac.close()
