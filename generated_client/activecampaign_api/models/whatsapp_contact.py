from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappContact")


@_attrs_define
class WhatsappContact:
    """A WhatsApp contact (not an ActiveCampaign contact id)."""

    id: str
    phone: str
    canonical_phone: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    meta: Unset | WhatsappContactMetaType0 | None = UNSET
    is_deleted: bool | Unset = UNSET
    created_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    last_updated_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    source: str | Unset = UNSET
    external_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone = self.phone

        canonical_phone: str | Unset | None
        if isinstance(self.canonical_phone, Unset):
            canonical_phone = UNSET
        else:
            canonical_phone = self.canonical_phone

        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        meta: dict[str, Any] | Unset | None
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, WhatsappContactMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        is_deleted = self.is_deleted

        created_on: str | Unset | None
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        last_updated_on: str | Unset | None
        if isinstance(self.last_updated_on, Unset):
            last_updated_on = UNSET
        elif isinstance(self.last_updated_on, datetime.datetime):
            last_updated_on = self.last_updated_on.isoformat()
        else:
            last_updated_on = self.last_updated_on

        source = self.source

        external_url: str | Unset | None
        if isinstance(self.external_url, Unset):
            external_url = UNSET
        else:
            external_url = self.external_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phone": phone,
            }
        )
        if canonical_phone is not UNSET:
            field_dict["canonical_phone"] = canonical_phone
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if meta is not UNSET:
            field_dict["meta"] = meta
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if last_updated_on is not UNSET:
            field_dict["last_updated_on"] = last_updated_on
        if source is not UNSET:
            field_dict["source"] = source
        if external_url is not UNSET:
            field_dict["external_url"] = external_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_contact = cls.__new__(cls)
            d = dict(src_dict)
            whatsapp_contact.id = d.pop("id")

            whatsapp_contact.phone = d.pop("phone")

            whatsapp_contact.canonical_phone = d.pop("canonical_phone", UNSET)

            whatsapp_contact.first_name = d.pop("first_name", UNSET)

            whatsapp_contact.last_name = d.pop("last_name", UNSET)

            whatsapp_contact.email = d.pop("email", UNSET)

            def _parse_meta(data: object) -> Unset | WhatsappContactMetaType0 | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_type_0 = WhatsappContactMetaType0.from_dict(data)

                    return meta_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | WhatsappContactMetaType0, data)

            meta = _parse_meta(d.pop("meta", UNSET))

            whatsapp_contact.meta = meta

            whatsapp_contact.is_deleted = d.pop("is_deleted", UNSET)

            def _parse_created_on(data: object) -> datetime.datetime | str | Unset | None:
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

            created_on = _parse_created_on(d.pop("created_on", UNSET))

            whatsapp_contact.created_on = created_on

            def _parse_last_updated_on(data: object) -> datetime.datetime | str | Unset | None:
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

            last_updated_on = _parse_last_updated_on(d.pop("last_updated_on", UNSET))

            whatsapp_contact.last_updated_on = last_updated_on

            whatsapp_contact.source = d.pop("source", UNSET)

            whatsapp_contact.external_url = d.pop("external_url", UNSET)

            whatsapp_contact.additional_properties = d
            return whatsapp_contact
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


from ..models.whatsapp_contact_meta_type_0 import WhatsappContactMetaType0  # noqa: E402
