from typing import Literal

UpdateDealStageReorder = Literal[0, 1]

UPDATE_DEAL_STAGE_REORDER_VALUES: set[UpdateDealStageReorder] = {
    0,
    1,
}


def check_update_deal_stage_reorder(value: int) -> UpdateDealStageReorder:
    if value in UPDATE_DEAL_STAGE_REORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_DEAL_STAGE_REORDER_VALUES!r}")
