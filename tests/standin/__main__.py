"""Runs the stand-in in its own process (for benchmarks): prints its base URL, serves until stdin closes.

python -m tests.standin --seed-contacts 100 --rate 1e9
"""

from __future__ import annotations

import argparse
import sys

from . import StandIn, StandInConfig


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed-contacts", type=int, default=0)
    parser.add_argument("--rate", type=float, default=5.0, help="requests per second per token, before scaling")
    parser.add_argument("--time-scale", type=float, default=1.0)
    parser.add_argument("--token", default=StandInConfig.token)
    args = parser.parse_args()
    config = StandInConfig(token=args.token, rate_per_second=args.rate, time_scale=args.time_scale)
    with StandIn(config) as server:
        server.seed_contacts(args.seed_contacts)
        print(server.base_url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
