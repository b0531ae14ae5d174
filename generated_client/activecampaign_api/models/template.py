from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """An email template. Counters and flags arrive as strings of digits."""

    id: str
    userid: str | Unset | None = UNSET
    """ Id of the user who owns the template. """
    ed_instanceid: str | Unset | None = UNSET
    ed_version: str | Unset | None = UNSET
    name: str | Unset = UNSET
    subject: str | Unset | None = UNSET
    content: str | Unset | None = UNSET
    """ The template's HTML. """
    categoryid: str | Unset | None = UNSET
    used: str | Unset | None = UNSET
    """ Number of campaigns using the template. """
    waitpreview: str | Unset | None = UNSET
    importnum: str | Unset | None = UNSET
    mdate: str | Unset | None = UNSET
    """ Last modification as `YYYY-MM-DD hh:mm:ss`. """
    preview_content: str | Unset | None = UNSET
    modified: str | Unset | None = UNSET
    hidden: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

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

        name = self.name

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        content: str | Unset | None
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        categoryid: str | Unset | None
        if isinstance(self.categoryid, Unset):
            categoryid = UNSET
        else:
            categoryid = self.categoryid

        used: str | Unset | None
        if isinstance(self.used, Unset):
            used = UNSET
        else:
            used = self.used

        waitpreview: str | Unset | None
        if isinstance(self.waitpreview, Unset):
            waitpreview = UNSET
        else:
            waitpreview = self.waitpreview

        importnum: str | Unset | None
        if isinstance(self.importnum, Unset):
            importnum = UNSET
        else:
            importnum = self.importnum

        mdate: str | Unset | None
        if isinstance(self.mdate, Unset):
            mdate = UNSET
        else:
            mdate = self.mdate

        preview_content: str | Unset | None
        if isinstance(self.preview_content, Unset):
            preview_content = UNSET
        else:
            preview_content = self.preview_content

        modified: str | Unset | None
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        hidden: str | Unset | None
        if isinstance(self.hidden, Unset):
            hidden = UNSET
        else:
            hidden = self.hidden

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
        if userid is not UNSET:
            field_dict["userid"] = userid
        if ed_instanceid is not UNSET:
            field_dict["ed_instanceid"] = ed_instanceid
        if ed_version is not UNSET:
            field_dict["ed_version"] = ed_version
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if used is not UNSET:
            field_dict["used"] = used
        if waitpreview is not UNSET:
            field_dict["waitpreview"] = waitpreview
        if importnum is not UNSET:
            field_dict["importnum"] = importnum
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if preview_content is not UNSET:
            field_dict["preview_content"] = preview_content
        if modified is not UNSET:
            field_dict["modified"] = modified
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            template = cls.__new__(cls)
            d = dict(src_dict)
            template.id = d.pop("id")

            template.userid = d.pop("userid", UNSET)

            template.ed_instanceid = d.pop("ed_instanceid", UNSET)

            template.ed_version = d.pop("ed_version", UNSET)

            template.name = d.pop("name", UNSET)

            template.subject = d.pop("subject", UNSET)

            template.content = d.pop("content", UNSET)

            template.categoryid = d.pop("categoryid", UNSET)

            template.used = d.pop("used", UNSET)

            template.waitpreview = d.pop("waitpreview", UNSET)

            template.importnum = d.pop("importnum", UNSET)

            template.mdate = d.pop("mdate", UNSET)

            template.preview_content = d.pop("preview_content", UNSET)

            template.modified = d.pop("modified", UNSET)

            template.hidden = d.pop("hidden", UNSET)

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

            template.links = links

            template.additional_properties = d
            return template
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
