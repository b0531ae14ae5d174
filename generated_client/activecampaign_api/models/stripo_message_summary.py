from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="StripoMessageSummary")


@_attrs_define
class StripoMessageSummary:
    """A message of the campaign, as the editor lists it."""

    id: str
    percentage: str | Unset = UNSET
    """ Share of the split test, a string of digits. """
    percentage300: str | Unset = UNSET
    ed_version: str | Unset = UNSET
    """ Editor version the message was built with. """
    subject: str | Unset | None = UNSET
    fromname: str | Unset | None = UNSET
    fromemail: str | Unset | None = UNSET
    reply2: str | Unset | None = UNSET
    preheader_text: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        percentage = self.percentage

        percentage300 = self.percentage300

        ed_version = self.ed_version

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        fromname: str | Unset | None
        if isinstance(self.fromname, Unset):
            fromname = UNSET
        else:
            fromname = self.fromname

        fromemail: str | Unset | None
        if isinstance(self.fromemail, Unset):
            fromemail = UNSET
        else:
            fromemail = self.fromemail

        reply2: str | Unset | None
        if isinstance(self.reply2, Unset):
            reply2 = UNSET
        else:
            reply2 = self.reply2

        preheader_text: str | Unset | None
        if isinstance(self.preheader_text, Unset):
            preheader_text = UNSET
        else:
            preheader_text = self.preheader_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if percentage300 is not UNSET:
            field_dict["percentage300"] = percentage300
        if ed_version is not UNSET:
            field_dict["ed_version"] = ed_version
        if subject is not UNSET:
            field_dict["subject"] = subject
        if fromname is not UNSET:
            field_dict["fromname"] = fromname
        if fromemail is not UNSET:
            field_dict["fromemail"] = fromemail
        if reply2 is not UNSET:
            field_dict["reply2"] = reply2
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            stripo_message_summary = cls.__new__(cls)
            d = dict(src_dict)
            stripo_message_summary.id = d.pop("id")

            stripo_message_summary.percentage = d.pop("percentage", UNSET)

            stripo_message_summary.percentage300 = d.pop("percentage300", UNSET)

            stripo_message_summary.ed_version = d.pop("ed_version", UNSET)

            stripo_message_summary.subject = d.pop("subject", UNSET)

            stripo_message_summary.fromname = d.pop("fromname", UNSET)

            stripo_message_summary.fromemail = d.pop("fromemail", UNSET)

            stripo_message_summary.reply2 = d.pop("reply2", UNSET)

            stripo_message_summary.preheader_text = d.pop("preheader_text", UNSET)

            stripo_message_summary.additional_properties = d
            return stripo_message_summary
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
