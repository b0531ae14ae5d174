"""`python -m activecampaign_sdk.cli`: the same as the `activecampaign` command."""

from . import main

if __name__ == "__main__":
    main()
