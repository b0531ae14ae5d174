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

T = TypeVar("T", bound="CustomObjectFieldInput")


@_attrs_define
class CustomObjectFieldInput:
    """A field to add to a schema."""

    id: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    labels: CustomObjectLabels | Unset = UNSET
    """ Human-readable names of a schema, field or relationship. """
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Data type: text, textarea, number, decimal, currency, date, datetime, dropdown, multiselect... """
    required: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    is_required: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    scale: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    default_currency: str | Unset = UNSET
    origin: str | Unset = UNSET
    options: list[CustomObjectFieldInputOptionsItem] | Unset = UNSET
    """ Choices of a dropdown or multiselect field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        description = self.description

        type_ = self.type_

        required: bool | int | str | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        elif isinstance(self.required, int) or isinstance(self.required, str):
            required = self.required
        else:
            required = self.required

        is_required: bool | int | str | Unset
        if isinstance(self.is_required, Unset):
            is_required = UNSET
        elif isinstance(self.is_required, int) or isinstance(self.is_required, str):
            is_required = self.is_required
        else:
            is_required = self.is_required

        scale: int | str | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        else:
            scale = self.scale

        default_currency = self.default_currency

        origin = self.origin

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if scale is not UNSET:
            field_dict["scale"] = scale
        if default_currency is not UNSET:
            field_dict["defaultCurrency"] = default_currency
        if origin is not UNSET:
            field_dict["origin"] = origin
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_field_input = cls.__new__(cls)
            d = dict(src_dict)
            custom_object_field_input.id = d.pop("id")

            _labels = d.pop("labels", UNSET)
            labels: CustomObjectLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = CustomObjectLabels.from_dict(_labels)

            custom_object_field_input.labels = labels

            custom_object_field_input.description = d.pop("description", UNSET)

            custom_object_field_input.type_ = d.pop("type", UNSET)

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

            custom_object_field_input.required = required

            def _parse_is_required(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
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

            is_required = _parse_is_required(d.pop("isRequired", UNSET))

            custom_object_field_input.is_required = is_required

            custom_object_field_input.scale = d.pop("scale", UNSET)

            custom_object_field_input.default_currency = d.pop("defaultCurrency", UNSET)

            custom_object_field_input.origin = d.pop("origin", UNSET)

            _options = d.pop("options", UNSET)
            options: list[CustomObjectFieldInputOptionsItem] | Unset = UNSET
            if _options is not UNSET:
                options = []
                for options_item_data in _options:
                    options_item = CustomObjectFieldInputOptionsItem.from_dict(options_item_data)

                    options.append(options_item)

            custom_object_field_input.options = options

            custom_object_field_input.additional_properties = d
            return custom_object_field_input
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


from ..models.custom_object_field_input_options_item import CustomObjectFieldInputOptionsItem  # noqa: E402
from ..models.custom_object_labels import CustomObjectLabels  # noqa: E402
