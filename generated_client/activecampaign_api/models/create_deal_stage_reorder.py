from typing import Literal

CreateDealStageReorder = Literal[0, 1]

CREATE_DEAL_STAGE_REORDER_VALUES: set[CreateDealStageReorder] = {
    0,
    1,
}


def check_create_deal_stage_reorder(value: int) -> CreateDealStageReorder:
    if value in CREATE_DEAL_STAGE_REORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_DEAL_STAGE_REORDER_VALUES!r}")
