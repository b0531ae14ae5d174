"""`python -m activecampaign_sdk.cli`: the same as the `activecampaign` command."""

from . import main

main()
