from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.note_fields_reltype import NoteFieldsReltype, check_note_fields_reltype
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="NoteFields")


@_attrs_define
class NoteFields:
    """The writable attributes of a note."""

    note: str
    """ The note's text. """
    relid: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    reltype: NoteFieldsReltype
    """ Kind of record `relid` names. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        relid: int | str
        relid = self.relid

        reltype: str = self.reltype

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
                "relid": relid,
                "reltype": reltype,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            note_fields = cls.__new__(cls)
            d = dict(src_dict)
            note_fields.note = d.pop("note")

            note_fields.relid = d.pop("relid")

            reltype = check_note_fields_reltype(d.pop("reltype"))

            note_fields.reltype = reltype

            note_fields.additional_properties = d
            return note_fields
        except _ParseError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise _ParseError(cls.__name__, exc) from exc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return _model_repr(self)
