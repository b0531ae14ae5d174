from typing import Literal

PipelineFieldsAutoassign = Literal[0, 1, 2]

PIPELINE_FIELDS_AUTOASSIGN_VALUES: set[PipelineFieldsAutoassign] = {
    0,
    1,
    2,
}


def check_pipeline_fields_autoassign(value: int) -> PipelineFieldsAutoassign:
    if value in PIPELINE_FIELDS_AUTOASSIGN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINE_FIELDS_AUTOASSIGN_VALUES!r}")
