from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.deal_fields_status import DealFieldsStatus, check_deal_fields_status
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealFields")


@_attrs_define
class DealFields:
    """The writable attributes of a deal."""

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    contact: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    account: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    value: float | str | Unset = UNSET
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    currency: str | Unset = UNSET
    """ Three-letter ISO currency code, lower-case (for example `usd`). """
    group: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    stage: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    owner: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    percent: int | str | Unset | None = UNSET
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    status: DealFieldsStatus | Unset = UNSET
    """ 0 open, 1 won, 2 lost. """
    fields: list[DealFieldValueInput] | Unset = UNSET
    """ Custom field values to set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        contact: int | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        account: int | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        value: float | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        currency = self.currency

        group: int | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        stage: int | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        owner: int | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        percent: int | str | Unset | None
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if contact is not UNSET:
            field_dict["contact"] = contact
        if account is not UNSET:
            field_dict["account"] = account
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if group is not UNSET:
            field_dict["group"] = group
        if stage is not UNSET:
            field_dict["stage"] = stage
        if owner is not UNSET:
            field_dict["owner"] = owner
        if percent is not UNSET:
            field_dict["percent"] = percent
        if status is not UNSET:
            field_dict["status"] = status
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_fields = cls.__new__(cls)
            d = dict(src_dict)
            deal_fields.title = d.pop("title", UNSET)

            deal_fields.description = d.pop("description", UNSET)

            deal_fields.contact = d.pop("contact", UNSET)

            deal_fields.account = d.pop("account", UNSET)

            deal_fields.value = d.pop("value", UNSET)

            deal_fields.currency = d.pop("currency", UNSET)

            deal_fields.group = d.pop("group", UNSET)

            deal_fields.stage = d.pop("stage", UNSET)

            deal_fields.owner = d.pop("owner", UNSET)

            deal_fields.percent = d.pop("percent", UNSET)

            _status = d.pop("status", UNSET)
            status: DealFieldsStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_deal_fields_status(_status)

            deal_fields.status = status

            _fields = d.pop("fields", UNSET)
            fields: list[DealFieldValueInput] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = DealFieldValueInput.from_dict(fields_item_data)

                    fields.append(fields_item)

            deal_fields.fields = fields

            deal_fields.additional_properties = d
            return deal_fields
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


from ..models.deal_field_value_input import DealFieldValueInput  # noqa: E402
