from typing import Literal

NoteFieldsReltype = Literal["Activity", "CustomerAccount", "Deal", "DealTask", "Subscriber"]

NOTE_FIELDS_RELTYPE_VALUES: set[NoteFieldsReltype] = {
    "Activity",
    "CustomerAccount",
    "Deal",
    "DealTask",
    "Subscriber",
}


def check_note_fields_reltype(value: str) -> NoteFieldsReltype:
    if value in NOTE_FIELDS_RELTYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOTE_FIELDS_RELTYPE_VALUES!r}")
