from typing import Literal

PipelineFieldsAutoassignType1 = Literal["0", "1", "2"]

PIPELINE_FIELDS_AUTOASSIGN_TYPE_1_VALUES: set[PipelineFieldsAutoassignType1] = {
    "0",
    "1",
    "2",
}


def check_pipeline_fields_autoassign_type_1(value: str) -> PipelineFieldsAutoassignType1:
    if value in PIPELINE_FIELDS_AUTOASSIGN_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINE_FIELDS_AUTOASSIGN_TYPE_1_VALUES!r}")
