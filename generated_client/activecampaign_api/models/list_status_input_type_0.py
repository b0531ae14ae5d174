from typing import Literal

ListStatusInputType0 = Literal[1, 2]

LIST_STATUS_INPUT_TYPE_0_VALUES: set[ListStatusInputType0] = {
    1,
    2,
}


def check_list_status_input_type_0(value: int) -> ListStatusInputType0:
    if value in LIST_STATUS_INPUT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_STATUS_INPUT_TYPE_0_VALUES!r}")
