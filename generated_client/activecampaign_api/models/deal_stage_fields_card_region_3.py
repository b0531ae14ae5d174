from typing import Literal

DealStageFieldsCardRegion3 = Literal["hide-avatar", "show-avatar"]

DEAL_STAGE_FIELDS_CARD_REGION_3_VALUES: set[DealStageFieldsCardRegion3] = {
    "hide-avatar",
    "show-avatar",
}


def check_deal_stage_fields_card_region_3(value: str) -> DealStageFieldsCardRegion3:
    if value in DEAL_STAGE_FIELDS_CARD_REGION_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_STAGE_FIELDS_CARD_REGION_3_VALUES!r}")
