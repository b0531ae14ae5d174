from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_view_note_owner import ContactViewNoteOwner
    from ..models.links import Links


T = TypeVar("T", bound="ContactViewNote")


@_attrs_define
class ContactViewNote:
    """A note attached to the contact."""

    id: str
    relid: str | Unset = UNSET
    reltype: str | Unset = UNSET
    """ Kind of record the note is on; `Subscriber` for contacts. """
    userid: str | Unset | None = UNSET
    is_draft: str | Unset = UNSET
    cdate: datetime.datetime | Unset = UNSET
    mdate: str | Unset | None = UNSET
    note: str | Unset = UNSET
    user: str | Unset | None = UNSET
    owner: ContactViewNoteOwner | Unset = UNSET
    """ The record a note is attached to. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        relid = self.relid

        reltype = self.reltype

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        is_draft = self.is_draft

        cdate: str | Unset = UNSET
        if not isinstance(self.cdate, Unset):
            cdate = self.cdate.isoformat()

        mdate: str | Unset | None
        if isinstance(self.mdate, Unset):
            mdate = UNSET
        else:
            mdate = self.mdate

        note = self.note

        user: str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

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
        if relid is not UNSET:
            field_dict["relid"] = relid
        if reltype is not UNSET:
            field_dict["reltype"] = reltype
        if userid is not UNSET:
            field_dict["userid"] = userid
        if is_draft is not UNSET:
            field_dict["is_draft"] = is_draft
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if note is not UNSET:
            field_dict["note"] = note
        if user is not UNSET:
            field_dict["user"] = user
        if owner is not UNSET:
            field_dict["owner"] = owner
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_view_note_owner import ContactViewNoteOwner
        from ..models.links import Links

        d = dict(src_dict)
        id = d.pop("id")

        relid = d.pop("relid", UNSET)

        reltype = d.pop("reltype", UNSET)

        def _parse_userid(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        userid = _parse_userid(d.pop("userid", UNSET))

        is_draft = d.pop("is_draft", UNSET)

        _cdate = d.pop("cdate", UNSET)
        cdate: datetime.datetime | Unset
        if isinstance(_cdate, Unset):
            cdate = UNSET
        else:
            cdate = datetime.datetime.fromisoformat(_cdate)

        def _parse_mdate(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mdate = _parse_mdate(d.pop("mdate", UNSET))

        note = d.pop("note", UNSET)

        def _parse_user(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        _owner = d.pop("owner", UNSET)
        owner: ContactViewNoteOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = ContactViewNoteOwner.from_dict(_owner)

        _links = d.pop("links", UNSET)
        links: Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = Links.from_dict(_links)

        contact_view_note = cls(
            id=id,
            relid=relid,
            reltype=reltype,
            userid=userid,
            is_draft=is_draft,
            cdate=cdate,
            mdate=mdate,
            note=note,
            user=user,
            owner=owner,
            links=links,
        )

        contact_view_note.additional_properties = d
        return contact_view_note

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
