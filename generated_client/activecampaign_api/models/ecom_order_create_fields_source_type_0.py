from typing import Literal

EcomOrderCreateFieldsSourceType0 = Literal[0, 1]

ECOM_ORDER_CREATE_FIELDS_SOURCE_TYPE_0_VALUES: set[EcomOrderCreateFieldsSourceType0] = {
    0,
    1,
}


def check_ecom_order_create_fields_source_type_0(value: int) -> EcomOrderCreateFieldsSourceType0:
    if value in ECOM_ORDER_CREATE_FIELDS_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ECOM_ORDER_CREATE_FIELDS_SOURCE_TYPE_0_VALUES!r}")
