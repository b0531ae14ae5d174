from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.flag_input_type_1 import FlagInputType1, check_flag_input_type_1
from ..models.flag_input_type_2 import FlagInputType2, check_flag_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactSyncFields")


@_attrs_define
class ContactSyncFields:
    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    field_values: list[FieldValueInput] | Unset = UNSET
    orgid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    deleted: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        field_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_values, Unset):
            field_values = []
            for field_values_item_data in self.field_values:
                field_values_item = field_values_item_data.to_dict()
                field_values.append(field_values_item)

        orgid: int | str | Unset
        if isinstance(self.orgid, Unset):
            orgid = UNSET
        else:
            orgid = self.orgid

        deleted: bool | int | str | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        elif isinstance(self.deleted, int) or isinstance(self.deleted, str):
            deleted = self.deleted
        else:
            deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if field_values is not UNSET:
            field_dict["fieldValues"] = field_values
        if orgid is not UNSET:
            field_dict["orgid"] = orgid
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_sync_fields = cls.__new__(cls)
            d = dict(src_dict)
            contact_sync_fields.email = d.pop("email")

            contact_sync_fields.first_name = d.pop("firstName", UNSET)

            contact_sync_fields.last_name = d.pop("lastName", UNSET)

            contact_sync_fields.phone = d.pop("phone", UNSET)

            _field_values = d.pop("fieldValues", UNSET)
            field_values: list[FieldValueInput] | Unset = UNSET
            if _field_values is not UNSET:
                field_values = []
                for field_values_item_data in _field_values:
                    field_values_item = FieldValueInput.from_dict(field_values_item_data)

                    field_values.append(field_values_item)

            contact_sync_fields.field_values = field_values

            contact_sync_fields.orgid = d.pop("orgid", UNSET)

            def _parse_deleted(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            deleted = _parse_deleted(d.pop("deleted", UNSET))

            contact_sync_fields.deleted = deleted

            contact_sync_fields.additional_properties = d
            return contact_sync_fields
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


from ..models.field_value_input import FieldValueInput  # noqa: E402
