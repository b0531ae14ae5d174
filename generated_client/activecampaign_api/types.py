"""Shared types of the models: the `UNSET` marker of attributes the API did not send."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, Literal
from urllib.parse import quote

from .errors import path_parameter_error


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def model_repr(model: Any) -> str:
    """`Name(attr=value, ...)` with only the attributes that are set (and extra keys the API sent, if any)."""
    from attrs import fields

    parts = []
    for attribute in fields(type(model)):
        value = getattr(model, attribute.name, UNSET)
        if isinstance(value, Unset) or (attribute.name == "additional_properties" and not value):
            continue
        parts.append(f"{attribute.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


def path_segment(value: object, parameter: str, *, numeric: bool) -> str:
    """`value` percent-encoded for its place in the path; `errors.InvalidPathParameter` for one that can never be right.

    Refused: None, a bool, an empty or blank value, `.` and `..`, a `/` or `\\`, control characters;
    where the spec says the id is numeric, a negative number.
    """
    if value is None or isinstance(value, bool) or not isinstance(value, str | int):
        raise path_parameter_error(parameter, value, "must be a string or a whole number")
    text = str(value)
    if numeric and text.startswith("-") and text[1:].isdigit():
        raise path_parameter_error(parameter, value, "must be a numeric id, not a negative number")
    if not text.strip() or text in (".", "..") or "/" in text or "\\" in text:
        raise path_parameter_error(parameter, value, "cannot name a resource (blank, a dot segment or a slash)")
    if any(ord(char) < 32 or ord(char) == 127 for char in text):
        raise path_parameter_error(parameter, value, "must not hold control characters")
    return quote(text, safe="")


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Unset", "model_repr", "path_segment"]
