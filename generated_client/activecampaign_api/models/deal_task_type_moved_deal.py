from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealTaskTypeMovedDeal")


@_attrs_define
class DealTaskTypeMovedDeal:
    """A deal owning a moved task, as side-loaded by the move."""

    id: str
    title: str | Unset | None = UNSET
    value: str | Unset | None = UNSET
    """ Deal value in cents, as a string of digits. """
    currency: str | Unset | None = UNSET
    """ Three-letter currency code, lower case. """
    percent: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    """ 0 open, 1 won, 2 lost, as a string of digits. """
    stage: str | Unset | None = UNSET
    group: str | Unset | None = UNSET
    """ Id of the pipeline. """
    owner: str | Unset | None = UNSET
    """ Id of the user owning the deal. """
    contact: str | Unset | None = UNSET
    organization: str | Unset | None = UNSET
    hash_: str | Unset | None = UNSET
    activitycount: str | Unset | None = UNSET
    next_task: str | Unset | None = UNSET
    nexttaskid: str | Unset | None = UNSET
    nextdealid: str | Unset | None = UNSET
    nextdate: str | Unset | None = UNSET
    """ Due date of the deal's next task. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: str | Unset | None = UNSET
    """ When the deal was last modified. """
    edate: str | Unset | None = UNSET
    """ Timestamp, or `0000-00-00 00:00:00` when unset. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        value: str | Unset | None
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        percent: str | Unset | None
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        stage: str | Unset | None
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        group: str | Unset | None
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        owner: str | Unset | None
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        contact: str | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        organization: str | Unset | None
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        hash_: str | Unset | None
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        activitycount: str | Unset | None
        if isinstance(self.activitycount, Unset):
            activitycount = UNSET
        else:
            activitycount = self.activitycount

        next_task: str | Unset | None
        if isinstance(self.next_task, Unset):
            next_task = UNSET
        else:
            next_task = self.next_task

        nexttaskid: str | Unset | None
        if isinstance(self.nexttaskid, Unset):
            nexttaskid = UNSET
        else:
            nexttaskid = self.nexttaskid

        nextdealid: str | Unset | None
        if isinstance(self.nextdealid, Unset):
            nextdealid = UNSET
        else:
            nextdealid = self.nextdealid

        nextdate: str | Unset | None
        if isinstance(self.nextdate, Unset):
            nextdate = UNSET
        else:
            nextdate = self.nextdate

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
        else:
            mdate = self.mdate

        edate: str | Unset | None
        if isinstance(self.edate, Unset):
            edate = UNSET
        else:
            edate = self.edate

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
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if percent is not UNSET:
            field_dict["percent"] = percent
        if status is not UNSET:
            field_dict["status"] = status
        if stage is not UNSET:
            field_dict["stage"] = stage
        if group is not UNSET:
            field_dict["group"] = group
        if owner is not UNSET:
            field_dict["owner"] = owner
        if contact is not UNSET:
            field_dict["contact"] = contact
        if organization is not UNSET:
            field_dict["organization"] = organization
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if activitycount is not UNSET:
            field_dict["activitycount"] = activitycount
        if next_task is not UNSET:
            field_dict["nextTask"] = next_task
        if nexttaskid is not UNSET:
            field_dict["nexttaskid"] = nexttaskid
        if nextdealid is not UNSET:
            field_dict["nextdealid"] = nextdealid
        if nextdate is not UNSET:
            field_dict["nextdate"] = nextdate
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if edate is not UNSET:
            field_dict["edate"] = edate
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_task_type_moved_deal = cls.__new__(cls)
            d = dict(src_dict)
            deal_task_type_moved_deal.id = d.pop("id")

            deal_task_type_moved_deal.title = d.pop("title", UNSET)

            deal_task_type_moved_deal.value = d.pop("value", UNSET)

            deal_task_type_moved_deal.currency = d.pop("currency", UNSET)

            deal_task_type_moved_deal.percent = d.pop("percent", UNSET)

            deal_task_type_moved_deal.status = d.pop("status", UNSET)

            deal_task_type_moved_deal.stage = d.pop("stage", UNSET)

            deal_task_type_moved_deal.group = d.pop("group", UNSET)

            deal_task_type_moved_deal.owner = d.pop("owner", UNSET)

            deal_task_type_moved_deal.contact = d.pop("contact", UNSET)

            deal_task_type_moved_deal.organization = d.pop("organization", UNSET)

            deal_task_type_moved_deal.hash_ = d.pop("hash", UNSET)

            deal_task_type_moved_deal.activitycount = d.pop("activitycount", UNSET)

            deal_task_type_moved_deal.next_task = d.pop("nextTask", UNSET)

            deal_task_type_moved_deal.nexttaskid = d.pop("nexttaskid", UNSET)

            deal_task_type_moved_deal.nextdealid = d.pop("nextdealid", UNSET)

            deal_task_type_moved_deal.nextdate = d.pop("nextdate", UNSET)

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

            deal_task_type_moved_deal.cdate = cdate

            deal_task_type_moved_deal.mdate = d.pop("mdate", UNSET)

            deal_task_type_moved_deal.edate = d.pop("edate", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            deal_task_type_moved_deal.links = links

            deal_task_type_moved_deal.additional_properties = d
            return deal_task_type_moved_deal
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
