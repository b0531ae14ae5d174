from typing import Literal

PipelineFieldsAllgroups = Literal[0, 1]

PIPELINE_FIELDS_ALLGROUPS_VALUES: set[PipelineFieldsAllgroups] = {
    0,
    1,
}


def check_pipeline_fields_allgroups(value: int) -> PipelineFieldsAllgroups:
    if value in PIPELINE_FIELDS_ALLGROUPS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINE_FIELDS_ALLGROUPS_VALUES!r}")
