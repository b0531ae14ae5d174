from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Automation")


@_attrs_define
class Automation:
    """An automation. Counters and flags arrive as strings of digits."""

    id: str
    name: str | Unset = UNSET
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    userid: str | Unset | None = UNSET
    """ Id of the user who owns the automation. """
    status: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    entered: str | Unset = UNSET
    """ Number of contacts that entered the automation. """
    exited: str | Unset = UNSET
    """ Number of contacts that left the automation. """
    hidden: str | Unset = UNSET
    entitlements_violation: str | Unset | None = UNSET
    source: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    exit_on_unsubscribe: str | Unset | None = UNSET
    exit_on_conversion: str | Unset | None = UNSET
    multientry: str | Unset | None = UNSET
    """ 1 when a contact may enter the automation more than once. """
    defaultscreenshot: str | Unset | None = UNSET
    screenshot: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

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

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        entered = self.entered

        exited = self.exited

        hidden = self.hidden

        entitlements_violation: str | Unset | None
        if isinstance(self.entitlements_violation, Unset):
            entitlements_violation = UNSET
        else:
            entitlements_violation = self.entitlements_violation

        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        exit_on_unsubscribe: str | Unset | None
        if isinstance(self.exit_on_unsubscribe, Unset):
            exit_on_unsubscribe = UNSET
        else:
            exit_on_unsubscribe = self.exit_on_unsubscribe

        exit_on_conversion: str | Unset | None
        if isinstance(self.exit_on_conversion, Unset):
            exit_on_conversion = UNSET
        else:
            exit_on_conversion = self.exit_on_conversion

        multientry: str | Unset | None
        if isinstance(self.multientry, Unset):
            multientry = UNSET
        else:
            multientry = self.multientry

        defaultscreenshot: str | Unset | None
        if isinstance(self.defaultscreenshot, Unset):
            defaultscreenshot = UNSET
        else:
            defaultscreenshot = self.defaultscreenshot

        screenshot: str | Unset | None
        if isinstance(self.screenshot, Unset):
            screenshot = UNSET
        else:
            screenshot = self.screenshot

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
        if name is not UNSET:
            field_dict["name"] = name
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if userid is not UNSET:
            field_dict["userid"] = userid
        if status is not UNSET:
            field_dict["status"] = status
        if entered is not UNSET:
            field_dict["entered"] = entered
        if exited is not UNSET:
            field_dict["exited"] = exited
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if entitlements_violation is not UNSET:
            field_dict["entitlements_violation"] = entitlements_violation
        if source is not UNSET:
            field_dict["source"] = source
        if description is not UNSET:
            field_dict["description"] = description
        if exit_on_unsubscribe is not UNSET:
            field_dict["exit_on_unsubscribe"] = exit_on_unsubscribe
        if exit_on_conversion is not UNSET:
            field_dict["exit_on_conversion"] = exit_on_conversion
        if multientry is not UNSET:
            field_dict["multientry"] = multientry
        if defaultscreenshot is not UNSET:
            field_dict["defaultscreenshot"] = defaultscreenshot
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            automation = cls.__new__(cls)
            d = dict(src_dict)
            automation.id = d.pop("id")

            automation.name = d.pop("name", UNSET)

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

            automation.cdate = cdate

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

            automation.mdate = mdate

            automation.userid = d.pop("userid", UNSET)

            automation.status = d.pop("status", UNSET)

            automation.entered = d.pop("entered", UNSET)

            automation.exited = d.pop("exited", UNSET)

            automation.hidden = d.pop("hidden", UNSET)

            automation.entitlements_violation = d.pop("entitlements_violation", UNSET)

            automation.source = d.pop("source", UNSET)

            automation.description = d.pop("description", UNSET)

            automation.exit_on_unsubscribe = d.pop("exit_on_unsubscribe", UNSET)

            automation.exit_on_conversion = d.pop("exit_on_conversion", UNSET)

            automation.multientry = d.pop("multientry", UNSET)

            automation.defaultscreenshot = d.pop("defaultscreenshot", UNSET)

            automation.screenshot = d.pop("screenshot", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            automation.links = links

            automation.additional_properties = d
            return automation
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
