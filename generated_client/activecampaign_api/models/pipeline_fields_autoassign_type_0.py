from typing import Literal

PipelineFieldsAutoassignType0 = Literal[0, 1, 2]

PIPELINE_FIELDS_AUTOASSIGN_TYPE_0_VALUES: set[PipelineFieldsAutoassignType0] = {
    0,
    1,
    2,
}


def check_pipeline_fields_autoassign_type_0(value: int) -> PipelineFieldsAutoassignType0:
    if value in PIPELINE_FIELDS_AUTOASSIGN_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINE_FIELDS_AUTOASSIGN_TYPE_0_VALUES!r}")
