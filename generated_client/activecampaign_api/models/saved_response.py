from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SavedResponse")


@_attrs_define
class SavedResponse:
    """A saved response as the API returns it."""

    id: str
    title: str | Unset = UNSET
    subject: str | Unset | None = UNSET
    body: str | Unset | None = UNSET
    ldate: str | Unset | None = UNSET
    """ When the response was last used; null if never. """
    last_sent_user_id: str | Unset | None = UNSET
    """ Id of the user who last used it. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body: str | Unset | None
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        ldate: str | Unset | None
        if isinstance(self.ldate, Unset):
            ldate = UNSET
        else:
            ldate = self.ldate

        last_sent_user_id: str | Unset | None
        if isinstance(self.last_sent_user_id, Unset):
            last_sent_user_id = UNSET
        else:
            last_sent_user_id = self.last_sent_user_id

        cdate: str | Unset | None
        if isinstance(self.cdate, Unset):
            cdate = UNSET
        elif isinstance(self.cdate, datetime.datetime):
            cdate = self.cdate.isoformat()
        else:
            cdate = self.cdate

        mdate: str | Unset | None
        if isinstance(self.mdate, Unset):
            mdate = UNSET
        elif isinstance(self.mdate, datetime.datetime):
            mdate = self.mdate.isoformat()
        else:
            mdate = self.mdate

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
        if title is not UNSET:
            field_dict["title"] = title
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if ldate is not UNSET:
            field_dict["ldate"] = ldate
        if last_sent_user_id is not UNSET:
            field_dict["last_sent_user_id"] = last_sent_user_id
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            saved_response = cls.__new__(cls)
            d = dict(src_dict)
            saved_response.id = d.pop("id")

            saved_response.title = d.pop("title", UNSET)

            saved_response.subject = d.pop("subject", UNSET)

            saved_response.body = d.pop("body", UNSET)

            saved_response.ldate = d.pop("ldate", UNSET)

            saved_response.last_sent_user_id = d.pop("last_sent_user_id", UNSET)

            def _parse_cdate(data: object) -> datetime.datetime | str | Unset | None:
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

            cdate = _parse_cdate(d.pop("cdate", UNSET))

            saved_response.cdate = cdate

            def _parse_mdate(data: object) -> datetime.datetime | str | Unset | None:
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

            mdate = _parse_mdate(d.pop("mdate", UNSET))

            saved_response.mdate = mdate

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            saved_response.links = links

            saved_response.additional_properties = d
            return saved_response
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
