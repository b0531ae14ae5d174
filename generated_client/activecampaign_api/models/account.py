from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """An account (company) as the API returns it."""

    id: str
    name: str | Unset = UNSET
    account_url: str | Unset | None = UNSET
    """ The account's website. """
    owner: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    contact_count: str | Unset = UNSET
    """ Number of contacts (with `count_deals=true`), as a string of digits. """
    deal_count: str | Unset = UNSET
    """ Number of deals (with `count_deals=true`), as a string of digits. """
    created_timestamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_timestamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    fields: list[AccountFieldValue] | Unset = UNSET
    """ Custom field values, echoed after a create or update. """
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        account_url: str | Unset | None
        if isinstance(self.account_url, Unset):
            account_url = UNSET
        else:
            account_url = self.account_url

        owner: int | str | Unset | None
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        contact_count = self.contact_count

        deal_count = self.deal_count

        created_timestamp: str | Unset | None
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        elif isinstance(self.created_timestamp, datetime.datetime):
            created_timestamp = self.created_timestamp.isoformat()
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: str | Unset | None
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        elif isinstance(self.updated_timestamp, datetime.datetime):
            updated_timestamp = self.updated_timestamp.isoformat()
        else:
            updated_timestamp = self.updated_timestamp

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        links: dict[str, Any] | list[str] | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, Links):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if account_url is not UNSET:
            field_dict["accountUrl"] = account_url
        if owner is not UNSET:
            field_dict["owner"] = owner
        if contact_count is not UNSET:
            field_dict["contactCount"] = contact_count
        if deal_count is not UNSET:
            field_dict["dealCount"] = deal_count
        if created_timestamp is not UNSET:
            field_dict["createdTimestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updatedTimestamp"] = updated_timestamp
        if fields is not UNSET:
            field_dict["fields"] = fields
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            account = cls.__new__(cls)
            d = dict(src_dict)
            account.id = d.pop("id")

            account.name = d.pop("name", UNSET)

            account.account_url = d.pop("accountUrl", UNSET)

            account.owner = d.pop("owner", UNSET)

            account.contact_count = d.pop("contactCount", UNSET)

            account.deal_count = d.pop("dealCount", UNSET)

            def _parse_created_timestamp(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            created_timestamp = _parse_created_timestamp(d.pop("createdTimestamp", UNSET))

            account.created_timestamp = created_timestamp

            def _parse_updated_timestamp(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            updated_timestamp = _parse_updated_timestamp(d.pop("updatedTimestamp", UNSET))

            account.updated_timestamp = updated_timestamp

            _fields = d.pop("fields", UNSET)
            fields: list[AccountFieldValue] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = AccountFieldValue.from_dict(fields_item_data)

                    fields.append(fields_item)

            account.fields = fields

            def _parse_links(data: object) -> Links | list[str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_links_or_empty_type_0 = Links.from_dict(data)

                    return componentsschemas_links_or_empty_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_links_or_empty_type_1 = cast(list[str], data)

                return componentsschemas_links_or_empty_type_1

            links = _parse_links(d.pop("links", UNSET))

            account.links = links

            account.additional_properties = d
            return account
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


from ..models.account_field_value import AccountFieldValue  # noqa: E402
from ..models.links import Links  # noqa: E402
