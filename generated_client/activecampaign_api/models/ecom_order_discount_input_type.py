from typing import Literal

EcomOrderDiscountInputType = Literal["order", "shipping"]

ECOM_ORDER_DISCOUNT_INPUT_TYPE_VALUES: set[EcomOrderDiscountInputType] = {
    "order",
    "shipping",
}


def check_ecom_order_discount_input_type(value: str) -> EcomOrderDiscountInputType:
    if value in ECOM_ORDER_DISCOUNT_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ECOM_ORDER_DISCOUNT_INPUT_TYPE_VALUES!r}")
