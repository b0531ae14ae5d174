from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """An email message. Flags and ids arrive as strings."""

    id: str
    userid: str | Unset | None = UNSET
    """ Id of the user who created the message. """
    user: str | Unset | None = UNSET
    ed_instanceid: str | Unset | None = UNSET
    """ Id of the designer instance holding the editable layout; `0` for none. """
    ed_version: str | Unset | None = UNSET
    cdate: datetime.datetime | Unset = UNSET
    """ When the message was created. """
    mdate: datetime.datetime | Unset | None = UNSET
    """ When the message was last modified. """
    name: str | Unset | None = UNSET
    fromname: str | Unset | None = UNSET
    fromemail: str | Unset | None = UNSET
    reply2: str | Unset | None = UNSET
    """ Reply-to address; empty when replies go to the sender. """
    priority: str | Unset | None = UNSET
    """ Email priority header value, 1 (high) to 5 (low). """
    charset: str | Unset | None = UNSET
    encoding: str | Unset | None = UNSET
    format_: str | Unset | None = UNSET
    """ `mime`, `html` or `text`. """
    subject: str | Unset | None = UNSET
    preheader_text: str | Unset | None = UNSET
    text: str | Unset | None = UNSET
    html: str | Unset | None = UNSET
    htmlfetch: str | Unset | None = UNSET
    """ When to fetch HTML content from a URL, `now` or `send`. """
    textfetch: str | Unset | None = UNSET
    hidden: str | Unset | None = UNSET
    preview_mime: str | Unset | None = UNSET
    preview_data: str | Unset | None = UNSET
    has_predictive_content: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        user: str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        ed_instanceid: str | Unset | None
        if isinstance(self.ed_instanceid, Unset):
            ed_instanceid = UNSET
        else:
            ed_instanceid = self.ed_instanceid

        ed_version: str | Unset | None
        if isinstance(self.ed_version, Unset):
            ed_version = UNSET
        else:
            ed_version = self.ed_version

        cdate: str | Unset = UNSET
        if not isinstance(self.cdate, Unset):
            cdate = self.cdate.isoformat()

        mdate: str | Unset | None
        if isinstance(self.mdate, Unset):
            mdate = UNSET
        elif isinstance(self.mdate, datetime.datetime):
            mdate = self.mdate.isoformat()
        else:
            mdate = self.mdate

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        fromname: str | Unset | None
        if isinstance(self.fromname, Unset):
            fromname = UNSET
        else:
            fromname = self.fromname

        fromemail: str | Unset | None
        if isinstance(self.fromemail, Unset):
            fromemail = UNSET
        else:
            fromemail = self.fromemail

        reply2: str | Unset | None
        if isinstance(self.reply2, Unset):
            reply2 = UNSET
        else:
            reply2 = self.reply2

        priority: str | Unset | None
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        charset: str | Unset | None
        if isinstance(self.charset, Unset):
            charset = UNSET
        else:
            charset = self.charset

        encoding: str | Unset | None
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        format_: str | Unset | None
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        preheader_text: str | Unset | None
        if isinstance(self.preheader_text, Unset):
            preheader_text = UNSET
        else:
            preheader_text = self.preheader_text

        text: str | Unset | None
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        html: str | Unset | None
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        htmlfetch: str | Unset | None
        if isinstance(self.htmlfetch, Unset):
            htmlfetch = UNSET
        else:
            htmlfetch = self.htmlfetch

        textfetch: str | Unset | None
        if isinstance(self.textfetch, Unset):
            textfetch = UNSET
        else:
            textfetch = self.textfetch

        hidden: str | Unset | None
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

        preview_mime: str | Unset | None
        if isinstance(self.preview_mime, Unset):
            preview_mime = UNSET
        else:
            preview_mime = self.preview_mime

        preview_data: str | Unset | None
        if isinstance(self.preview_data, Unset):
            preview_data = UNSET
        else:
            preview_data = self.preview_data

        has_predictive_content: str | Unset | None
        if isinstance(self.has_predictive_content, Unset):
            has_predictive_content = UNSET
        else:
            has_predictive_content = self.has_predictive_content

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
        if userid is not UNSET:
            field_dict["userid"] = userid
        if user is not UNSET:
            field_dict["user"] = user
        if ed_instanceid is not UNSET:
            field_dict["ed_instanceid"] = ed_instanceid
        if ed_version is not UNSET:
            field_dict["ed_version"] = ed_version
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if name is not UNSET:
            field_dict["name"] = name
        if fromname is not UNSET:
            field_dict["fromname"] = fromname
        if fromemail is not UNSET:
            field_dict["fromemail"] = fromemail
        if reply2 is not UNSET:
            field_dict["reply2"] = reply2
        if priority is not UNSET:
            field_dict["priority"] = priority
        if charset is not UNSET:
            field_dict["charset"] = charset
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if format_ is not UNSET:
            field_dict["format"] = format_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html
        if htmlfetch is not UNSET:
            field_dict["htmlfetch"] = htmlfetch
        if textfetch is not UNSET:
            field_dict["textfetch"] = textfetch
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if preview_mime is not UNSET:
            field_dict["preview_mime"] = preview_mime
        if preview_data is not UNSET:
            field_dict["preview_data"] = preview_data
        if has_predictive_content is not UNSET:
            field_dict["has_predictive_content"] = has_predictive_content
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_userid(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        userid = _parse_userid(d.pop("userid", UNSET))

        def _parse_user(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_ed_instanceid(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ed_instanceid = _parse_ed_instanceid(d.pop("ed_instanceid", UNSET))

        def _parse_ed_version(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ed_version = _parse_ed_version(d.pop("ed_version", UNSET))

        _cdate = d.pop("cdate", UNSET)
        cdate: datetime.datetime | Unset
        if isinstance(_cdate, Unset):
            cdate = UNSET
        else:
            cdate = datetime.datetime.fromisoformat(_cdate)

        def _parse_mdate(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mdate_type_0 = datetime.datetime.fromisoformat(data)

                return mdate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        mdate = _parse_mdate(d.pop("mdate", UNSET))

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_fromname(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fromname = _parse_fromname(d.pop("fromname", UNSET))

        def _parse_fromemail(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fromemail = _parse_fromemail(d.pop("fromemail", UNSET))

        def _parse_reply2(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply2 = _parse_reply2(d.pop("reply2", UNSET))

        def _parse_priority(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_charset(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charset = _parse_charset(d.pop("charset", UNSET))

        def _parse_encoding(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encoding = _parse_encoding(d.pop("encoding", UNSET))

        def _parse_format_(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_subject(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_preheader_text(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preheader_text = _parse_preheader_text(d.pop("preheader_text", UNSET))

        def _parse_text(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_html(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

        def _parse_htmlfetch(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        htmlfetch = _parse_htmlfetch(d.pop("htmlfetch", UNSET))

        def _parse_textfetch(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        textfetch = _parse_textfetch(d.pop("textfetch", UNSET))

        def _parse_hidden(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hidden = _parse_hidden(d.pop("hidden", UNSET))

        def _parse_preview_mime(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_mime = _parse_preview_mime(d.pop("preview_mime", UNSET))

        def _parse_preview_data(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_data = _parse_preview_data(d.pop("preview_data", UNSET))

        def _parse_has_predictive_content(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        has_predictive_content = _parse_has_predictive_content(d.pop("has_predictive_content", UNSET))

        _links = d.pop("links", UNSET)
        links: Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = Links.from_dict(_links)

        message = cls(
            id=id,
            userid=userid,
            user=user,
            ed_instanceid=ed_instanceid,
            ed_version=ed_version,
            cdate=cdate,
            mdate=mdate,
            name=name,
            fromname=fromname,
            fromemail=fromemail,
            reply2=reply2,
            priority=priority,
            charset=charset,
            encoding=encoding,
            format_=format_,
            subject=subject,
            preheader_text=preheader_text,
            text=text,
            html=html,
            htmlfetch=htmlfetch,
            textfetch=textfetch,
            hidden=hidden,
            preview_mime=preview_mime,
            preview_data=preview_data,
            has_predictive_content=has_predictive_content,
            links=links,
        )

        message.additional_properties = d
        return message

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
