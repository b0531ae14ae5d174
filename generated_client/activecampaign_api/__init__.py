"""A client library for accessing ActiveCampaign API v3: models, and every operation bound by tag (see `operations`)."""
