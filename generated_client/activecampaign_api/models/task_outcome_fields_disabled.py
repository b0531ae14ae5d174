from typing import Literal

TaskOutcomeFieldsDisabled = Literal["0", "1"]

TASK_OUTCOME_FIELDS_DISABLED_VALUES: set[TaskOutcomeFieldsDisabled] = {
    "0",
    "1",
}


def check_task_outcome_fields_disabled(value: str) -> TaskOutcomeFieldsDisabled:
    if value in TASK_OUTCOME_FIELDS_DISABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_OUTCOME_FIELDS_DISABLED_VALUES!r}")
