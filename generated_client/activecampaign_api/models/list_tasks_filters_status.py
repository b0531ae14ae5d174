from typing import Literal

ListTasksFiltersStatus = Literal[0, 1]

LIST_TASKS_FILTERS_STATUS_VALUES: set[ListTasksFiltersStatus] = {
    0,
    1,
}


def check_list_tasks_filters_status(value: int) -> ListTasksFiltersStatus:
    if value in LIST_TASKS_FILTERS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TASKS_FILTERS_STATUS_VALUES!r}")
