from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FormOptions")


@_attrs_define
class FormOptions:
    blanks_overwrite: bool | Unset = UNSET
    """ Whether empty submitted fields overwrite existing contact values. """
    confaction: str | Unset = UNSET
    """ What happens after confirmation, for example `show-message`. """
    sendoptin: bool | Unset = UNSET
    """ Whether the form sends an opt-in (confirmation) email. """
    optin_id: int | Unset = UNSET
    """ Id of the opt-in record, as a number. """
    optin_created: bool | Unset = UNSET
    confform: str | Unset = UNSET
    """ Id of the confirmation form. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blanks_overwrite = self.blanks_overwrite

        confaction = self.confaction

        sendoptin = self.sendoptin

        optin_id = self.optin_id

        optin_created = self.optin_created

        confform = self.confform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blanks_overwrite is not UNSET:
            field_dict["blanks_overwrite"] = blanks_overwrite
        if confaction is not UNSET:
            field_dict["confaction"] = confaction
        if sendoptin is not UNSET:
            field_dict["sendoptin"] = sendoptin
        if optin_id is not UNSET:
            field_dict["optin_id"] = optin_id
        if optin_created is not UNSET:
            field_dict["optin_created"] = optin_created
        if confform is not UNSET:
            field_dict["confform"] = confform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            form_options = cls.__new__(cls)
            d = dict(src_dict)
            form_options.blanks_overwrite = d.pop("blanks_overwrite", UNSET)

            form_options.confaction = d.pop("confaction", UNSET)

            form_options.sendoptin = d.pop("sendoptin", UNSET)

            form_options.optin_id = d.pop("optin_id", UNSET)

            form_options.optin_created = d.pop("optin_created", UNSET)

            form_options.confform = d.pop("confform", UNSET)

            form_options.additional_properties = d
            return form_options
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
