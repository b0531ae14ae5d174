from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

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
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
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
        try:
            message = cls.__new__(cls)
            d = dict(src_dict)
            message.id = d.pop("id")

            message.userid = d.pop("userid", UNSET)

            message.user = d.pop("user", UNSET)

            message.ed_instanceid = d.pop("ed_instanceid", UNSET)

            message.ed_version = d.pop("ed_version", UNSET)

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

            message.cdate = cdate

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

            message.mdate = mdate

            message.name = d.pop("name", UNSET)

            message.fromname = d.pop("fromname", UNSET)

            message.fromemail = d.pop("fromemail", UNSET)

            message.reply2 = d.pop("reply2", UNSET)

            message.priority = d.pop("priority", UNSET)

            message.charset = d.pop("charset", UNSET)

            message.encoding = d.pop("encoding", UNSET)

            message.format_ = d.pop("format", UNSET)

            message.subject = d.pop("subject", UNSET)

            message.preheader_text = d.pop("preheader_text", UNSET)

            message.text = d.pop("text", UNSET)

            message.html = d.pop("html", UNSET)

            message.htmlfetch = d.pop("htmlfetch", UNSET)

            message.textfetch = d.pop("textfetch", UNSET)

            message.hidden = d.pop("hidden", UNSET)

            message.preview_mime = d.pop("preview_mime", UNSET)

            message.preview_data = d.pop("preview_data", UNSET)

            message.has_predictive_content = d.pop("has_predictive_content", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            message.links = links

            message.additional_properties = d
            return message
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
