from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectField")


@_attrs_define
class CustomObjectField:
    """A field of a schema as the API returns it."""

    id: str
    """ The field's id, unique within the schema (a slug, not a number). """
    labels: CustomObjectLabels | Unset = UNSET
    """ Human-readable names of a schema, field or relationship. """
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Data type: text, textarea, number, decimal, currency, date, datetime, dropdown, multiselect... """
    required: bool | Unset = UNSET
    is_required: bool | Unset = UNSET
    scale: int | Unset = UNSET
    """ Digits after the decimal point (number, decimal). """
    default_currency: str | Unset = UNSET
    """ Currency code of a currency field. """
    origin: str | Unset = UNSET
    options: list[CustomObjectFieldOption] | Unset = UNSET
    inherited: bool | Unset = UNSET
    """ True when the field comes from the parent schema. """
    status: str | Unset = UNSET
    """ `marked_for_deletion` for a deleted field awaiting purge. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        description = self.description

        type_ = self.type_

        required = self.required

        is_required = self.is_required

        scale = self.scale

        default_currency = self.default_currency

        origin = self.origin

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        inherited = self.inherited

        status = self.status

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
        if inherited is not UNSET:
            field_dict["inherited"] = inherited
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_field = cls.__new__(cls)
            d = dict(src_dict)
            custom_object_field.id = d.pop("id")

            _labels = d.pop("labels", UNSET)
            labels: CustomObjectLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = CustomObjectLabels.from_dict(_labels)

            custom_object_field.labels = labels

            custom_object_field.description = d.pop("description", UNSET)

            custom_object_field.type_ = d.pop("type", UNSET)

            custom_object_field.required = d.pop("required", UNSET)

            custom_object_field.is_required = d.pop("isRequired", UNSET)

            custom_object_field.scale = d.pop("scale", UNSET)

            custom_object_field.default_currency = d.pop("defaultCurrency", UNSET)

            custom_object_field.origin = d.pop("origin", UNSET)

            _options = d.pop("options", UNSET)
            options: list[CustomObjectFieldOption] | Unset = UNSET
            if _options is not UNSET:
                options = []
                for options_item_data in _options:
                    options_item = CustomObjectFieldOption.from_dict(options_item_data)

                    options.append(options_item)

            custom_object_field.options = options

            custom_object_field.inherited = d.pop("inherited", UNSET)

            custom_object_field.status = d.pop("status", UNSET)

            custom_object_field.additional_properties = d
            return custom_object_field
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


from ..models.custom_object_field_option import CustomObjectFieldOption  # noqa: E402
from ..models.custom_object_labels import CustomObjectLabels  # noqa: E402
