from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappAssignee")


@_attrs_define
class WhatsappAssignee:
    id: int
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    account: int | Unset | None = UNSET
    profile_image: str | Unset | None = UNSET
    date_joined: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        account: int | Unset | None
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        profile_image: str | Unset | None
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

        date_joined: str | Unset | None
        if isinstance(self.date_joined, Unset):
            date_joined = UNSET
        elif isinstance(self.date_joined, datetime.datetime):
            date_joined = self.date_joined.isoformat()
        else:
            date_joined = self.date_joined

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if account is not UNSET:
            field_dict["account"] = account
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_assignee = cls.__new__(cls)
            d = dict(src_dict)
            whatsapp_assignee.id = d.pop("id")

            whatsapp_assignee.first_name = d.pop("first_name", UNSET)

            whatsapp_assignee.last_name = d.pop("last_name", UNSET)

            whatsapp_assignee.email = d.pop("email", UNSET)

            whatsapp_assignee.account = d.pop("account", UNSET)

            whatsapp_assignee.profile_image = d.pop("profile_image", UNSET)

            def _parse_date_joined(data: object) -> datetime.datetime | str | Unset | None:
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

            date_joined = _parse_date_joined(d.pop("date_joined", UNSET))

            whatsapp_assignee.date_joined = date_joined

            whatsapp_assignee.additional_properties = d
            return whatsapp_assignee
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
