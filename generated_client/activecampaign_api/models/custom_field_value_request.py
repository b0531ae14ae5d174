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

T = TypeVar("T", bound="CustomFieldValueRequest")


@_attrs_define
class CustomFieldValueRequest:
    field_value: CustomFieldValueRequestFieldValue
    use_defaults: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_value = self.field_value.to_dict()

        use_defaults: bool | int | str | Unset
        if isinstance(self.use_defaults, Unset):
            use_defaults = UNSET
        elif isinstance(self.use_defaults, int) or isinstance(self.use_defaults, str):
            use_defaults = self.use_defaults
        else:
            use_defaults = self.use_defaults

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldValue": field_value,
            }
        )
        if use_defaults is not UNSET:
            field_dict["useDefaults"] = use_defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_field_value_request = cls.__new__(cls)
            d = dict(src_dict)
            field_value = CustomFieldValueRequestFieldValue.from_dict(d.pop("fieldValue"))

            custom_field_value_request.field_value = field_value

            def _parse_use_defaults(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
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

            use_defaults = _parse_use_defaults(d.pop("useDefaults", UNSET))

            custom_field_value_request.use_defaults = use_defaults

            custom_field_value_request.additional_properties = d
            return custom_field_value_request
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


from ..models.custom_field_value_request_field_value import CustomFieldValueRequestFieldValue  # noqa: E402
