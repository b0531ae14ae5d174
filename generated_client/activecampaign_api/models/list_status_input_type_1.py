from typing import Literal

ListStatusInputType1 = Literal["1", "2"]

LIST_STATUS_INPUT_TYPE_1_VALUES: set[ListStatusInputType1] = {
    "1",
    "2",
}


def check_list_status_input_type_1(value: str) -> ListStatusInputType1:
    if value in LIST_STATUS_INPUT_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_STATUS_INPUT_TYPE_1_VALUES!r}")
