from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="MessageCreateRequestMessage")


@_attrs_define
class MessageCreateRequestMessage:
    fromname: str
    """ Sender name. """
    fromemail: str
    """ Sender address. """
    reply2: str
    """ Reply-to address. """
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    """ Preview text shown after the subject by mail clients. """
    name: str | Unset = UNSET
    """ Internal name of the message. """
    text: str | Unset = UNSET
    """ Plain-text body. """
    html: str | Unset = UNSET
    """ HTML body. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fromname = self.fromname

        fromemail = self.fromemail

        reply2 = self.reply2

        subject = self.subject

        preheader_text = self.preheader_text

        name = self.name

        text = self.text

        html = self.html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromname": fromname,
                "fromemail": fromemail,
                "reply2": reply2,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if name is not UNSET:
            field_dict["name"] = name
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            message_create_request_message = cls.__new__(cls)
            d = dict(src_dict)
            message_create_request_message.fromname = d.pop("fromname")

            message_create_request_message.fromemail = d.pop("fromemail")

            message_create_request_message.reply2 = d.pop("reply2")

            message_create_request_message.subject = d.pop("subject", UNSET)

            message_create_request_message.preheader_text = d.pop("preheader_text", UNSET)

            message_create_request_message.name = d.pop("name", UNSET)

            message_create_request_message.text = d.pop("text", UNSET)

            message_create_request_message.html = d.pop("html", UNSET)

            message_create_request_message.additional_properties = d
            return message_create_request_message
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
