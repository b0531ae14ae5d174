"""A loopback ActiveCampaign stand-in: stateful, rate limited, with injectable faults."""

from .server import FAULT_KINDS, Faults, LoggedRequest, StandIn, StandInConfig

__all__ = ["FAULT_KINDS", "Faults", "LoggedRequest", "StandIn", "StandInConfig"]
