"""Real-clock bounds that hold on a loaded machine without going slack on an idle one.

The rate-limit tests keep real clocks: a limiter must never let requests through faster than its
rate (a bound load cannot break: a busy machine only makes things later). How much *slower* than
the rate a run may be depends on the machine: on two shared cores a thread can wait tens of
milliseconds for a core at every permit (one run took 3.67 s for a floor of 1.45 s). So the upper
bounds are the tight ones while the machine answers promptly, and widen when it measurably does
not: `Lateness` samples, in a thread beside the timed work, how late a short sleep wakes up.
"""

from __future__ import annotations

import math
import statistics
import threading
import time
from types import TracebackType
from typing import Self

NAP = 0.005
# The median oversleep of a 5 ms nap above which the machine counts as loaded (idle: ~0.1 ms).
LOADED_LATENESS = 0.002
# On a loaded machine a run may take this many times its floor, plus a second.
LOADED_STRETCH = 3.0
LOADED_EXTRA = 1.0


class Lateness:
    """`with Lateness() as lateness: <timed work>`, then `lateness.upper(tight_bound)` is the bound to hold."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="lateness", daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            started = time.perf_counter()
            time.sleep(NAP)
            self.samples.append(time.perf_counter() - started - NAP)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def loaded(self) -> bool:
        return not self.samples or statistics.median(self.samples) > LOADED_LATENESS

    def upper(self, tight: float) -> float:
        """`tight` on a prompt machine; stretched for what a loaded one adds."""
        return tight * LOADED_STRETCH + LOADED_EXTRA if self.loaded else tight

    def lower_rate(self, tight: float) -> float:
        """A least achieved rate: `tight` on a prompt machine, a third of it (or less) on a loaded one."""
        return tight / LOADED_STRETCH / 1.5 if self.loaded else tight

    def bunched(self, rate: float) -> int:
        """How many more than `rate` requests one rolling second may show where they arrive.

        Permits are spaced by the limiter, but each request reaches the server after a scheduling
        delay: a request held up by the worst delay measured lands that much closer to the next
        ones. One for a prompt machine's few milliseconds, more on a measurably loaded one.
        """
        worst = max(self.samples, default=0.0)
        return 1 + math.ceil(rate * worst)

    def describe(self) -> str:
        median = statistics.median(self.samples) if self.samples else float("nan")
        return (
            f"machine {'loaded' if self.loaded else 'prompt'}: a {NAP * 1e3:.0f} ms nap woke {median * 1e3:.2f} ms late"
        )
