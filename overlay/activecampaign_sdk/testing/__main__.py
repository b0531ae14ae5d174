"""Runs a local ActiveCampaign until stopped (Ctrl-C or SIGTERM); prints its URL and token first.

    python -m activecampaign_sdk.testing --port 8080 --token secret
    AC_API_URL=http://127.0.0.1:8080
    AC_API_TOKEN=secret

Point a client at it with those two values (`ActiveCampaign.from_env()` reads them).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .server import FAULT_KINDS, Faults, LocalActiveCampaign, ServerConfig


def _schedule(text: str) -> tuple[int, str]:
    number, _, kind = text.partition("=")
    if not number.isdigit() or kind not in FAULT_KINDS:
        raise argparse.ArgumentTypeError(f"expected N=KIND with KIND one of {', '.join(FAULT_KINDS)}, got {text!r}")
    return int(number), kind


def _kinds(text: str) -> tuple[str, ...]:
    kinds = tuple(kind.strip() for kind in text.split(",") if kind.strip())
    unknown = sorted(set(kinds) - set(FAULT_KINDS))
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(f"fault kinds are some of {', '.join(FAULT_KINDS)}; got {text!r}")
    return kinds


def parser() -> argparse.ArgumentParser:
    defaults = ServerConfig(token="")
    cli = argparse.ArgumentParser(
        prog="python -m activecampaign_sdk.testing",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cli.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    cli.add_argument("--port", type=int, default=0, help="port to listen on; 0 picks a free one (default)")
    cli.add_argument("--token", help="the API token clients must send (default: a random one)")
    limits = cli.add_argument_group("limits and timing")
    limits.add_argument(
        "--rate",
        type=float,
        default=defaults.rate_per_second,
        help="requests per second per token, 429 beyond (default: %(default)s, as the real API; 0: no limit)",
    )
    limits.add_argument(
        "--imports-per-minute",
        type=int,
        default=defaults.imports_per_minute,
        help="bulk imports allowed in any minute, a 400 beyond (default: %(default)s)",
    )
    limits.add_argument(
        "--single-imports-per-minute",
        type=int,
        default=defaults.single_contact_imports_per_minute,
        help="the same for imports of one contact (default: %(default)s)",
    )
    limits.add_argument(
        "--time-scale",
        type=float,
        default=defaults.time_scale,
        help="run time-based limits this many times faster (rates multiplied, delays divided)",
    )
    limits.add_argument(
        "--import-delay",
        type=float,
        default=defaults.import_delay,
        help="seconds before a queued bulk import completes (default: %(default)s)",
    )
    limits.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer (default: 0)")
    faults = cli.add_argument_group("fault injection")
    faults.add_argument("--fault-rate", type=float, default=0.0, help="share of requests that fail (0 to 1)")
    faults.add_argument(
        "--fault-kinds",
        type=_kinds,
        default=FAULT_KINDS,
        help=f"comma-separated kinds to draw from (default: all of {','.join(FAULT_KINDS)})",
    )
    faults.add_argument("--fault-seed", type=int, default=0, help="seed of the fault draw, to repeat a run")
    faults.add_argument(
        "--fault-only",
        action="append",
        default=[],
        metavar="'METHOD /path'",
        help="limit random faults to requests starting so, e.g. 'POST /import' (repeatable)",
    )
    faults.add_argument(
        "--fault",
        type=_schedule,
        action="append",
        default=[],
        metavar="N=KIND",
        help="request number N (1-based) fails with KIND (repeatable)",
    )
    faults.add_argument(
        "--slow-seconds", type=float, default=defaults.slow_seconds, help="how long a 'slow' fault stalls"
    )
    cli.add_argument("--seed-contacts", type=int, default=0, help="start with this many contacts")
    return cli


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    config = ServerConfig(
        rate_per_second=args.rate,
        imports_per_minute=args.imports_per_minute,
        single_contact_imports_per_minute=args.single_imports_per_minute,
        time_scale=args.time_scale,
        import_delay=args.import_delay,
        slow_seconds=args.slow_seconds,
        latency=args.latency,
    )
    if args.token:
        config.token = args.token
    faults = Faults(
        args.fault_rate,
        seed=args.fault_seed,
        kinds=args.fault_kinds,
        schedule=dict(args.fault),
        only=tuple(args.fault_only),
    )
    stop = threading.Event()

    def stopping(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, stopping)
    signal.signal(signal.SIGINT, stopping)
    with LocalActiveCampaign(config, faults, host=args.host, port=args.port) as server:
        server.seed_contacts(args.seed_contacts)
        # A fake's token: printed so that clients can be pointed at it; one `KEY=value` a line.
        print(f"AC_API_URL={server.base_url}", flush=True)
        print(f"AC_API_TOKEN={config.token}", flush=True)
        print("local ActiveCampaign ready; stop with Ctrl-C or SIGTERM", file=sys.stderr, flush=True)
        while not stop.wait(0.2):
            pass
    print("local ActiveCampaign stopped", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
