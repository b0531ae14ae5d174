from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealCustomField")


@_attrs_define
class DealCustomField:
    """A deal custom field definition."""

    id: str
    field_label: str | Unset = UNSET
    field_type: str | Unset = UNSET
    """ text, textarea, date, datetime, dropdown, multiselect, radio, checkbox, hidden, currency or number. """
    field_options: list[str] | Unset | None = UNSET
    """ The choices of a dropdown, multiselect, radio or checkbox field; null otherwise. """
    field_default: float | list[str] | str | Unset | None = UNSET
    """ A custom field value: text, a number, or for multi-choice fields (multiselect, checkbox) a list of the
    chosen options. Currency fields carry cents (9999 is 99.99); numbers may also arrive as strings. """
    field_default_currency: str | Unset | None = UNSET
    """ Default currency code of a currency field. """
    is_form_visible: int | Unset = UNSET
    """ 1 when the field shows on forms. """
    is_required: int | Unset = UNSET
    """ 1 when a value is required. """
    display_order: int | Unset = UNSET
    """ Position on the field management page and on deal profiles. """
    personalization: str | Unset | None = UNSET
    """ Personalization tag of the field; may be empty. """
    known_field_id: str | Unset | None = UNSET
    hide_field_flag: int | Unset = UNSET
    """ 1 when the field is hidden. """
    created_timestamp: str | Unset | None = UNSET
    """ When the field was created, `YYYY-MM-DD hh:mm:ss`. """
    updated_timestamp: str | Unset | None = UNSET
    """ When the field was last updated, `YYYY-MM-DD hh:mm:ss`. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_label = self.field_label

        field_type = self.field_type

        field_options: list[str] | Unset | None
        if isinstance(self.field_options, Unset):
            field_options = UNSET
        elif isinstance(self.field_options, list):
            field_options = self.field_options

        else:
            field_options = self.field_options

        field_default: float | list[str] | str | Unset | None
        if isinstance(self.field_default, Unset):
            field_default = UNSET
        elif isinstance(self.field_default, list):
            field_default = self.field_default

        else:
            field_default = self.field_default

        field_default_currency: str | Unset | None
        if isinstance(self.field_default_currency, Unset):
            field_default_currency = UNSET
        else:
            field_default_currency = self.field_default_currency

        is_form_visible = self.is_form_visible

        is_required = self.is_required

        display_order = self.display_order

        personalization: str | Unset | None
        if isinstance(self.personalization, Unset):
            personalization = UNSET
        else:
            personalization = self.personalization

        known_field_id: str | Unset | None
        if isinstance(self.known_field_id, Unset):
            known_field_id = UNSET
        else:
            known_field_id = self.known_field_id

        hide_field_flag = self.hide_field_flag

        created_timestamp: str | Unset | None
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: str | Unset | None
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if field_label is not UNSET:
            field_dict["fieldLabel"] = field_label
        if field_type is not UNSET:
            field_dict["fieldType"] = field_type
        if field_options is not UNSET:
            field_dict["fieldOptions"] = field_options
        if field_default is not UNSET:
            field_dict["fieldDefault"] = field_default
        if field_default_currency is not UNSET:
            field_dict["fieldDefaultCurrency"] = field_default_currency
        if is_form_visible is not UNSET:
            field_dict["isFormVisible"] = is_form_visible
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if display_order is not UNSET:
            field_dict["displayOrder"] = display_order
        if personalization is not UNSET:
            field_dict["personalization"] = personalization
        if known_field_id is not UNSET:
            field_dict["knownFieldId"] = known_field_id
        if hide_field_flag is not UNSET:
            field_dict["hideFieldFlag"] = hide_field_flag
        if created_timestamp is not UNSET:
            field_dict["createdTimestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updatedTimestamp"] = updated_timestamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_custom_field = cls.__new__(cls)
            d = dict(src_dict)
            deal_custom_field.id = d.pop("id")

            deal_custom_field.field_label = d.pop("fieldLabel", UNSET)

            deal_custom_field.field_type = d.pop("fieldType", UNSET)

            def _parse_field_options(data: object) -> list[str] | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    field_options_type_0 = cast(list[str], data)

                    return field_options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            field_options = _parse_field_options(d.pop("fieldOptions", UNSET))

            deal_custom_field.field_options = field_options

            def _parse_field_default(data: object) -> float | list[str] | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_deal_custom_field_value_scalar_type_2 = cast(list[str], data)

                    return componentsschemas_deal_custom_field_value_scalar_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(float | list[str] | None | str | Unset, data)

            field_default = _parse_field_default(d.pop("fieldDefault", UNSET))

            deal_custom_field.field_default = field_default

            deal_custom_field.field_default_currency = d.pop("fieldDefaultCurrency", UNSET)

            deal_custom_field.is_form_visible = d.pop("isFormVisible", UNSET)

            deal_custom_field.is_required = d.pop("isRequired", UNSET)

            deal_custom_field.display_order = d.pop("displayOrder", UNSET)

            deal_custom_field.personalization = d.pop("personalization", UNSET)

            deal_custom_field.known_field_id = d.pop("knownFieldId", UNSET)

            deal_custom_field.hide_field_flag = d.pop("hideFieldFlag", UNSET)

            deal_custom_field.created_timestamp = d.pop("createdTimestamp", UNSET)

            deal_custom_field.updated_timestamp = d.pop("updatedTimestamp", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            deal_custom_field.links = links

            deal_custom_field.additional_properties = d
            return deal_custom_field
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


from ..models.links import Links  # noqa: E402
