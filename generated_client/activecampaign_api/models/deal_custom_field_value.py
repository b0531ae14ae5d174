from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealCustomFieldValue")


@_attrs_define
class DealCustomFieldValue:
    """A custom field value stored on a deal. Ids other than `id` arrive as numbers."""

    id: str
    deal_id: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    custom_field_id: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    deal_custom_field_metum_id: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    field_value: float | list[str] | str | Unset | None = UNSET
    """ A custom field value: text, a number, or for multi-choice fields (multiselect, checkbox) a list of the
    chosen options. Currency fields carry cents (9999 is 99.99); numbers may also arrive as strings. """
    field_currency: str | Unset | None = UNSET
    """ Currency code of a currency value. """
    created_timestamp: str | Unset | None = UNSET
    """ When the value was first stored, `YYYY-MM-DD hh:mm:ss`. """
    updated_timestamp: str | Unset | None = UNSET
    """ When the value last changed, `YYYY-MM-DD hh:mm:ss`. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deal_id: int | str | Unset
        if isinstance(self.deal_id, Unset):
            deal_id = UNSET
        else:
            deal_id = self.deal_id

        custom_field_id: int | str | Unset
        if isinstance(self.custom_field_id, Unset):
            custom_field_id = UNSET
        else:
            custom_field_id = self.custom_field_id

        deal_custom_field_metum_id: int | str | Unset
        if isinstance(self.deal_custom_field_metum_id, Unset):
            deal_custom_field_metum_id = UNSET
        else:
            deal_custom_field_metum_id = self.deal_custom_field_metum_id

        field_value: float | list[str] | str | Unset | None
        if isinstance(self.field_value, Unset):
            field_value = UNSET
        elif isinstance(self.field_value, list):
            field_value = self.field_value

        else:
            field_value = self.field_value

        field_currency: str | Unset | None
        if isinstance(self.field_currency, Unset):
            field_currency = UNSET
        else:
            field_currency = self.field_currency

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
        if deal_id is not UNSET:
            field_dict["dealId"] = deal_id
        if custom_field_id is not UNSET:
            field_dict["customFieldId"] = custom_field_id
        if deal_custom_field_metum_id is not UNSET:
            field_dict["dealCustomFieldMetumId"] = deal_custom_field_metum_id
        if field_value is not UNSET:
            field_dict["fieldValue"] = field_value
        if field_currency is not UNSET:
            field_dict["fieldCurrency"] = field_currency
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
            deal_custom_field_value = cls.__new__(cls)
            d = dict(src_dict)
            deal_custom_field_value.id = d.pop("id")

            deal_custom_field_value.deal_id = d.pop("dealId", UNSET)

            deal_custom_field_value.custom_field_id = d.pop("customFieldId", UNSET)

            deal_custom_field_value.deal_custom_field_metum_id = d.pop("dealCustomFieldMetumId", UNSET)

            def _parse_field_value(data: object) -> float | list[str] | str | Unset | None:
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

            field_value = _parse_field_value(d.pop("fieldValue", UNSET))

            deal_custom_field_value.field_value = field_value

            deal_custom_field_value.field_currency = d.pop("fieldCurrency", UNSET)

            deal_custom_field_value.created_timestamp = d.pop("createdTimestamp", UNSET)

            deal_custom_field_value.updated_timestamp = d.pop("updatedTimestamp", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            deal_custom_field_value.links = links

            deal_custom_field_value.additional_properties = d
            return deal_custom_field_value
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
