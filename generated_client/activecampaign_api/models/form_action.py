from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FormAction")


@_attrs_define
class FormAction:
    """Something the form does on submission (subscribe to a list, email the results...)."""

    type_: str | Unset = UNSET
    """ For example `subscribe-to-list` or `email-results`. """
    email: str | Unset | None = UNSET
    list_: str | Unset | None = UNSET
    """ Id of the list, for `subscribe-to-list`. """
    fromname: str | Unset | None = UNSET
    fromemail: str | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        list_: str | Unset | None
        if isinstance(self.list_, Unset):
            list_ = UNSET
        else:
            list_ = self.list_

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

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email
        if list_ is not UNSET:
            field_dict["list"] = list_
        if fromname is not UNSET:
            field_dict["fromname"] = fromname
        if fromemail is not UNSET:
            field_dict["fromemail"] = fromemail
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            form_action = cls.__new__(cls)
            d = dict(src_dict)
            form_action.type_ = d.pop("type", UNSET)

            form_action.email = d.pop("email", UNSET)

            form_action.list_ = d.pop("list", UNSET)

            form_action.fromname = d.pop("fromname", UNSET)

            form_action.fromemail = d.pop("fromemail", UNSET)

            form_action.subject = d.pop("subject", UNSET)

            form_action.additional_properties = d
            return form_action
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
