from typing import Literal

DealCustomFieldCreateRequestDealCustomFieldMetumFieldType = Literal[
    "checkbox",
    "currency",
    "date",
    "datetime",
    "dropdown",
    "hidden",
    "multiselect",
    "number",
    "radio",
    "text",
    "textarea",
]

DEAL_CUSTOM_FIELD_CREATE_REQUEST_DEAL_CUSTOM_FIELD_METUM_FIELD_TYPE_VALUES: set[
    DealCustomFieldCreateRequestDealCustomFieldMetumFieldType
] = {
    "checkbox",
    "currency",
    "date",
    "datetime",
    "dropdown",
    "hidden",
    "multiselect",
    "number",
    "radio",
    "text",
    "textarea",
}


def check_deal_custom_field_create_request_deal_custom_field_metum_field_type(
    value: str,
) -> DealCustomFieldCreateRequestDealCustomFieldMetumFieldType:
    if value in DEAL_CUSTOM_FIELD_CREATE_REQUEST_DEAL_CUSTOM_FIELD_METUM_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEAL_CUSTOM_FIELD_CREATE_REQUEST_DEAL_CUSTOM_FIELD_METUM_FIELD_TYPE_VALUES!r}"
    )
