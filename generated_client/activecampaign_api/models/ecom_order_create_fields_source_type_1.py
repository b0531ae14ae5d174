from typing import Literal

EcomOrderCreateFieldsSourceType1 = Literal["0", "1"]

ECOM_ORDER_CREATE_FIELDS_SOURCE_TYPE_1_VALUES: set[EcomOrderCreateFieldsSourceType1] = {
    "0",
    "1",
}


def check_ecom_order_create_fields_source_type_1(value: str) -> EcomOrderCreateFieldsSourceType1:
    if value in ECOM_ORDER_CREATE_FIELDS_SOURCE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ECOM_ORDER_CREATE_FIELDS_SOURCE_TYPE_1_VALUES!r}")
