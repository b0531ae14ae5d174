from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AccountFields")


@_attrs_define
class AccountFields:
    """The writable attributes of an account."""

    name: str | Unset = UNSET
    account_url: str | Unset = UNSET
    """ The account's website. """
    owner: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    fields: list[AccountFieldValueInput] | Unset = UNSET
    """ Custom field values to set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        account_url = self.account_url

        owner: int | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if account_url is not UNSET:
            field_dict["accountUrl"] = account_url
        if owner is not UNSET:
            field_dict["owner"] = owner
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            account_fields = cls.__new__(cls)
            d = dict(src_dict)
            account_fields.name = d.pop("name", UNSET)

            account_fields.account_url = d.pop("accountUrl", UNSET)

            account_fields.owner = d.pop("owner", UNSET)

            _fields = d.pop("fields", UNSET)
            fields: list[AccountFieldValueInput] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = AccountFieldValueInput.from_dict(fields_item_data)

                    fields.append(fields_item)

            account_fields.fields = fields

            account_fields.additional_properties = d
            return account_fields
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


from ..models.account_field_value_input import AccountFieldValueInput  # noqa: E402
