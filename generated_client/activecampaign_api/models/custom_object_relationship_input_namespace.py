from typing import Literal

CustomObjectRelationshipInputNamespace = Literal["accounts", "contacts", "deals"]

CUSTOM_OBJECT_RELATIONSHIP_INPUT_NAMESPACE_VALUES: set[CustomObjectRelationshipInputNamespace] = {
    "accounts",
    "contacts",
    "deals",
}


def check_custom_object_relationship_input_namespace(value: str) -> CustomObjectRelationshipInputNamespace:
    if value in CUSTOM_OBJECT_RELATIONSHIP_INPUT_NAMESPACE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_OBJECT_RELATIONSHIP_INPUT_NAMESPACE_VALUES!r}"
    )
