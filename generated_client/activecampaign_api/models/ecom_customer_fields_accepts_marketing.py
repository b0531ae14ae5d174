from typing import Literal

EcomCustomerFieldsAcceptsMarketing = Literal["0", "1"]

ECOM_CUSTOMER_FIELDS_ACCEPTS_MARKETING_VALUES: set[EcomCustomerFieldsAcceptsMarketing] = {
    "0",
    "1",
}


def check_ecom_customer_fields_accepts_marketing(value: str) -> EcomCustomerFieldsAcceptsMarketing:
    if value in ECOM_CUSTOMER_FIELDS_ACCEPTS_MARKETING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ECOM_CUSTOMER_FIELDS_ACCEPTS_MARKETING_VALUES!r}")
