from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.boolean_input_type_1 import BooleanInputType1, check_boolean_input_type_1
from ..models.boolean_input_type_2 import BooleanInputType2, check_boolean_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FormOptions")


@_attrs_define
class FormOptions:
    blanks_overwrite: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    confaction: str | Unset = UNSET
    """ What happens after confirmation, for example `show-message`. """
    sendoptin: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    optin_id: int | str | Unset = UNSET
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
    optin_created: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    confform: str | Unset = UNSET
    """ Id of the confirmation form. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blanks_overwrite: bool | int | str | Unset
        if isinstance(self.blanks_overwrite, Unset):
            blanks_overwrite = UNSET
        elif isinstance(self.blanks_overwrite, int) or isinstance(self.blanks_overwrite, str):
            blanks_overwrite = self.blanks_overwrite
        else:
            blanks_overwrite = self.blanks_overwrite

        confaction = self.confaction

        sendoptin: bool | int | str | Unset
        if isinstance(self.sendoptin, Unset):
            sendoptin = UNSET
        elif isinstance(self.sendoptin, int) or isinstance(self.sendoptin, str):
            sendoptin = self.sendoptin
        else:
            sendoptin = self.sendoptin

        optin_id: int | str | Unset
        if isinstance(self.optin_id, Unset):
            optin_id = UNSET
        else:
            optin_id = self.optin_id

        optin_created: bool | int | str | Unset
        if isinstance(self.optin_created, Unset):
            optin_created = UNSET
        elif isinstance(self.optin_created, int) or isinstance(self.optin_created, str):
            optin_created = self.optin_created
        else:
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

            def _parse_blanks_overwrite(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            blanks_overwrite = _parse_blanks_overwrite(d.pop("blanks_overwrite", UNSET))

            form_options.blanks_overwrite = blanks_overwrite

            form_options.confaction = d.pop("confaction", UNSET)

            def _parse_sendoptin(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            sendoptin = _parse_sendoptin(d.pop("sendoptin", UNSET))

            form_options.sendoptin = sendoptin

            form_options.optin_id = d.pop("optin_id", UNSET)

            def _parse_optin_created(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            optin_created = _parse_optin_created(d.pop("optin_created", UNSET))

            form_options.optin_created = optin_created

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
