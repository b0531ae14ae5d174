"""Typed client for the ActiveCampaign v3 API.

`ActiveCampaign` authenticates and configures the generated, one-function-per-
operation package `activecampaign_api`, available as `ActiveCampaign.api`.
"""

from .client import ActiveCampaign

__all__ = ["ActiveCampaign"]
