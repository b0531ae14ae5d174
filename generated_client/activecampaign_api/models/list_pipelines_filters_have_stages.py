from typing import Literal

ListPipelinesFiltersHaveStages = Literal[0, 1]

LIST_PIPELINES_FILTERS_HAVE_STAGES_VALUES: set[ListPipelinesFiltersHaveStages] = {
    0,
    1,
}


def check_list_pipelines_filters_have_stages(value: int) -> ListPipelinesFiltersHaveStages:
    if value in LIST_PIPELINES_FILTERS_HAVE_STAGES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PIPELINES_FILTERS_HAVE_STAGES_VALUES!r}")
