"""Typed client for the ActiveCampaign v3 API.

`ActiveCampaign` authenticates and configures the generated, one-function-per-
operation package `activecampaign_api`, available as `ActiveCampaign.api`.
"""

import importlib.metadata

from .client import ActiveCampaign

__version__ = importlib.metadata.version("activecampaign-sdk")

__all__ = ["ActiveCampaign", "__version__"]
