from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactViewGoal")


@_attrs_define
class ContactViewGoal:
    """An automation goal the contact reached."""

    id: str
    goalid: str | Unset = UNSET
    seriesid: str | Unset = UNSET
    subscriberid: str | Unset = UNSET
    subscriberseriesid: str | Unset | None = UNSET
    timespan: str | Unset | None = UNSET
    tstamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    goal: str | Unset = UNSET
    automation: str | Unset = UNSET
    contact: str | Unset = UNSET
    contact_automation: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        goalid = self.goalid

        seriesid = self.seriesid

        subscriberid = self.subscriberid

        subscriberseriesid: str | Unset | None
        if isinstance(self.subscriberseriesid, Unset):
            subscriberseriesid = UNSET
        else:
            subscriberseriesid = self.subscriberseriesid

        timespan: str | Unset | None
        if isinstance(self.timespan, Unset):
            timespan = UNSET
        else:
            timespan = self.timespan

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        elif isinstance(self.tstamp, datetime.datetime):
            tstamp = self.tstamp.isoformat()
        else:
            tstamp = self.tstamp

        goal = self.goal

        automation = self.automation

        contact = self.contact

        contact_automation: str | Unset | None
        if isinstance(self.contact_automation, Unset):
            contact_automation = UNSET
        else:
            contact_automation = self.contact_automation

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
        if goalid is not UNSET:
            field_dict["goalid"] = goalid
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if subscriberid is not UNSET:
            field_dict["subscriberid"] = subscriberid
        if subscriberseriesid is not UNSET:
            field_dict["subscriberseriesid"] = subscriberseriesid
        if timespan is not UNSET:
            field_dict["timespan"] = timespan
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if goal is not UNSET:
            field_dict["goal"] = goal
        if automation is not UNSET:
            field_dict["automation"] = automation
        if contact is not UNSET:
            field_dict["contact"] = contact
        if contact_automation is not UNSET:
            field_dict["contactAutomation"] = contact_automation
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_view_goal = cls.__new__(cls)
            d = dict(src_dict)
            contact_view_goal.id = d.pop("id")

            contact_view_goal.goalid = d.pop("goalid", UNSET)

            contact_view_goal.seriesid = d.pop("seriesid", UNSET)

            contact_view_goal.subscriberid = d.pop("subscriberid", UNSET)

            contact_view_goal.subscriberseriesid = d.pop("subscriberseriesid", UNSET)

            contact_view_goal.timespan = d.pop("timespan", UNSET)

            def _parse_tstamp(data: object) -> datetime.datetime | str | Unset | None:
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

            tstamp = _parse_tstamp(d.pop("tstamp", UNSET))

            contact_view_goal.tstamp = tstamp

            contact_view_goal.goal = d.pop("goal", UNSET)

            contact_view_goal.automation = d.pop("automation", UNSET)

            contact_view_goal.contact = d.pop("contact", UNSET)

            contact_view_goal.contact_automation = d.pop("contactAutomation", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            contact_view_goal.links = links

            contact_view_goal.additional_properties = d
            return contact_view_goal
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
