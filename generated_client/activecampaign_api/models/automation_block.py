from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AutomationBlock")


@_attrs_define
class AutomationBlock:
    """One step of an automation."""

    id: str
    seriesid: str | Unset = UNSET
    """ Id of the automation. """
    parent: str | Unset | None = UNSET
    """ Id of the block this one follows, `0` at the top. """
    type_: str | Unset | None = UNSET
    """ Kind of step, for example `start`, `send`, `wait` or `if`. """
    ordernum: str | Unset | None = UNSET
    params: AutomationBlockParamsType0 | Unset | None = UNSET
    """ The step's settings; their keys depend on the kind of step. """
    deleted: str | Unset | None = UNSET
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    automation: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seriesid = self.seriesid

        parent: str | Unset | None
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        ordernum: str | Unset | None
        if isinstance(self.ordernum, Unset):
            ordernum = UNSET
        else:
            ordernum = self.ordernum

        params: dict[str, Any] | Unset | None
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, AutomationBlockParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        deleted: str | Unset | None
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

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

        automation: str | Unset | None
        if isinstance(self.automation, Unset):
            automation = UNSET
        else:
            automation = self.automation

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
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if parent is not UNSET:
            field_dict["parent"] = parent
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ordernum is not UNSET:
            field_dict["ordernum"] = ordernum
        if params is not UNSET:
            field_dict["params"] = params
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if automation is not UNSET:
            field_dict["automation"] = automation
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            automation_block = cls.__new__(cls)
            d = dict(src_dict)
            automation_block.id = d.pop("id")

            automation_block.seriesid = d.pop("seriesid", UNSET)

            automation_block.parent = d.pop("parent", UNSET)

            automation_block.type_ = d.pop("type", UNSET)

            automation_block.ordernum = d.pop("ordernum", UNSET)

            def _parse_params(data: object) -> AutomationBlockParamsType0 | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    params_type_0 = AutomationBlockParamsType0.from_dict(data)

                    return params_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AutomationBlockParamsType0 | None | Unset, data)

            params = _parse_params(d.pop("params", UNSET))

            automation_block.params = params

            automation_block.deleted = d.pop("deleted", UNSET)

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

            automation_block.cdate = cdate

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

            automation_block.mdate = mdate

            automation_block.automation = d.pop("automation", UNSET)

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

            automation_block.links = links

            automation_block.additional_properties = d
            return automation_block
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


from ..models.automation_block_params_type_0 import AutomationBlockParamsType0  # noqa: E402
from ..models.links import Links  # noqa: E402
