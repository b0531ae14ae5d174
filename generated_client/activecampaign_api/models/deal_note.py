from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealNote")


@_attrs_define
class DealNote:
    """A note attached to a deal."""

    id: str
    note: str | Unset = UNSET
    relid: str | Unset = UNSET
    """ Id of the deal the note belongs to. """
    reltype: str | Unset = UNSET
    """ Kind of record the note belongs to (`Deal`). """
    user: str | Unset | None = UNSET
    """ Id of the user who wrote the note. """
    userid: str | Unset | None = UNSET
    owner: DealNoteOwner | Unset = UNSET
    """ The record a note is attached to. """
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

        note = self.note

        relid = self.relid

        reltype = self.reltype

        user: str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

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
        if note is not UNSET:
            field_dict["note"] = note
        if relid is not UNSET:
            field_dict["relid"] = relid
        if reltype is not UNSET:
            field_dict["reltype"] = reltype
        if user is not UNSET:
            field_dict["user"] = user
        if userid is not UNSET:
            field_dict["userid"] = userid
        if owner is not UNSET:
            field_dict["owner"] = owner
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
            deal_note = cls.__new__(cls)
            d = dict(src_dict)
            deal_note.id = d.pop("id")

            deal_note.note = d.pop("note", UNSET)

            deal_note.relid = d.pop("relid", UNSET)

            deal_note.reltype = d.pop("reltype", UNSET)

            deal_note.user = d.pop("user", UNSET)

            deal_note.userid = d.pop("userid", UNSET)

            _owner = d.pop("owner", UNSET)
            owner: DealNoteOwner | Unset
            if isinstance(_owner, Unset):
                owner = UNSET
            else:
                owner = DealNoteOwner.from_dict(_owner)

            deal_note.owner = owner

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

            deal_note.cdate = cdate

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

            deal_note.mdate = mdate

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            deal_note.links = links

            deal_note.additional_properties = d
            return deal_note
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


from ..models.deal_note_owner import DealNoteOwner  # noqa: E402
from ..models.links import Links  # noqa: E402
