from typing import Literal

PipelineFieldsAllusers = Literal[0, 1]

PIPELINE_FIELDS_ALLUSERS_VALUES: set[PipelineFieldsAllusers] = {
    0,
    1,
}


def check_pipeline_fields_allusers(value: int) -> PipelineFieldsAllusers:
    if value in PIPELINE_FIELDS_ALLUSERS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINE_FIELDS_ALLUSERS_VALUES!r}")
