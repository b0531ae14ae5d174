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

T = TypeVar("T", bound="BulkImportContact")


@_attrs_define
class BulkImportContact:
    """One contact to import."""

    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    customer_acct_name: str | Unset = UNSET
    """ Name of the contact's account (company). """
    exclude_automations: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    tags: list[str] | Unset = UNSET
    """ Tag names to apply; missing tags are created. """
    fields: list[BulkImportFieldValue] | Unset = UNSET
    subscribe: list[BulkImportListRef] | Unset = UNSET
    """ Lists to subscribe the contact to (not lists it unsubscribed from). """
    unsubscribe: list[BulkImportListRef] | Unset = UNSET
    """ Lists to unsubscribe the contact from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        customer_acct_name = self.customer_acct_name

        exclude_automations: bool | int | str | Unset
        if isinstance(self.exclude_automations, Unset):
            exclude_automations = UNSET
        elif isinstance(self.exclude_automations, int) or isinstance(self.exclude_automations, str):
            exclude_automations = self.exclude_automations
        else:
            exclude_automations = self.exclude_automations

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        subscribe: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscribe, Unset):
            subscribe = []
            for subscribe_item_data in self.subscribe:
                subscribe_item = subscribe_item_data.to_dict()
                subscribe.append(subscribe_item)

        unsubscribe: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unsubscribe, Unset):
            unsubscribe = []
            for unsubscribe_item_data in self.unsubscribe:
                unsubscribe_item = unsubscribe_item_data.to_dict()
                unsubscribe.append(unsubscribe_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if customer_acct_name is not UNSET:
            field_dict["customer_acct_name"] = customer_acct_name
        if exclude_automations is not UNSET:
            field_dict["exclude_automations"] = exclude_automations
        if tags is not UNSET:
            field_dict["tags"] = tags
        if fields is not UNSET:
            field_dict["fields"] = fields
        if subscribe is not UNSET:
            field_dict["subscribe"] = subscribe
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            bulk_import_contact = cls.__new__(cls)
            d = dict(src_dict)
            bulk_import_contact.email = d.pop("email")

            bulk_import_contact.first_name = d.pop("first_name", UNSET)

            bulk_import_contact.last_name = d.pop("last_name", UNSET)

            bulk_import_contact.phone = d.pop("phone", UNSET)

            bulk_import_contact.customer_acct_name = d.pop("customer_acct_name", UNSET)

            def _parse_exclude_automations(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
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

            exclude_automations = _parse_exclude_automations(d.pop("exclude_automations", UNSET))

            bulk_import_contact.exclude_automations = exclude_automations

            bulk_import_contact.tags = d.pop("tags", UNSET)

            _fields = d.pop("fields", UNSET)
            fields: list[BulkImportFieldValue] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = BulkImportFieldValue.from_dict(fields_item_data)

                    fields.append(fields_item)

            bulk_import_contact.fields = fields

            _subscribe = d.pop("subscribe", UNSET)
            subscribe: list[BulkImportListRef] | Unset = UNSET
            if _subscribe is not UNSET:
                subscribe = []
                for subscribe_item_data in _subscribe:
                    subscribe_item = BulkImportListRef.from_dict(subscribe_item_data)

                    subscribe.append(subscribe_item)

            bulk_import_contact.subscribe = subscribe

            _unsubscribe = d.pop("unsubscribe", UNSET)
            unsubscribe: list[BulkImportListRef] | Unset = UNSET
            if _unsubscribe is not UNSET:
                unsubscribe = []
                for unsubscribe_item_data in _unsubscribe:
                    unsubscribe_item = BulkImportListRef.from_dict(unsubscribe_item_data)

                    unsubscribe.append(unsubscribe_item)

            bulk_import_contact.unsubscribe = unsubscribe

            bulk_import_contact.additional_properties = d
            return bulk_import_contact
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


from ..models.bulk_import_field_value import BulkImportFieldValue  # noqa: E402
from ..models.bulk_import_list_ref import BulkImportListRef  # noqa: E402
