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

T = TypeVar("T", bound="FormField")


@_attrs_define
class FormField:
    """One element of the form: a built-in field (`email`, `fullname`...), a header or HTML block, or a custom field (then
    `id` is the field's id).

    """

    id: str | Unset = UNSET
    """ Id of the custom field, for custom-field elements. """
    type_: str | Unset = UNSET
    header: str | Unset = UNSET
    """ Label shown above the element. """
    class_: str | Unset = UNSET
    html: str | Unset = UNSET
    default_text: str | Unset = UNSET
    required: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    required_options: FormFieldRequiredOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        header = self.header

        class_ = self.class_

        html = self.html

        default_text = self.default_text

        required: bool | int | str | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, int) or isinstance(self.required, str):
            required = self.required
        else:
            required = self.required

        required_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_options, Unset):
            required_options = self.required_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if header is not UNSET:
            field_dict["header"] = header
        if class_ is not UNSET:
            field_dict["class"] = class_
        if html is not UNSET:
            field_dict["html"] = html
        if default_text is not UNSET:
            field_dict["default_text"] = default_text
        if required is not UNSET:
            field_dict["required"] = required
        if required_options is not UNSET:
            field_dict["required_options"] = required_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            form_field = cls.__new__(cls)
            d = dict(src_dict)
            form_field.id = d.pop("id", UNSET)

            form_field.type_ = d.pop("type", UNSET)

            form_field.header = d.pop("header", UNSET)

            form_field.class_ = d.pop("class", UNSET)

            form_field.html = d.pop("html", UNSET)

            form_field.default_text = d.pop("default_text", UNSET)

            def _parse_required(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
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

            required = _parse_required(d.pop("required", UNSET))

            form_field.required = required

            _required_options = d.pop("required_options", UNSET)
            required_options: FormFieldRequiredOptions | Unset
            if isinstance(_required_options, Unset):
                required_options = UNSET
            else:
                required_options = FormFieldRequiredOptions.from_dict(_required_options)

            form_field.required_options = required_options

            form_field.additional_properties = d
            return form_field
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


from ..models.form_field_required_options import FormFieldRequiredOptions  # noqa: E402
