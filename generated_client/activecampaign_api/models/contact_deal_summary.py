from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactDealSummary")


@_attrs_define
class ContactDealSummary:
    """A deal of the contact, as embedded in the contact view or listed from the contact."""

    id: str
    owner: str | Unset | None = UNSET
    contact: str | Unset | None = UNSET
    organization: str | Unset | None = UNSET
    group: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    nexttaskid: str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    next_task: str | Unset | None = UNSET
    hash_: str | Unset | None = UNSET
    stage: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    percent: str | Unset | None = UNSET
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: str | Unset | None = UNSET
    nextdate: str | Unset | None = UNSET
    value: str | Unset | None = UNSET
    """ Deal value in cents, as a string of digits. """
    win_probability: str | Unset | None = UNSET
    win_probability_mdate: str | Unset | None = UNSET
    activitycount: str | Unset | None = UNSET
    nextdealid: str | Unset | None = UNSET
    edate: str | Unset | None = UNSET
    is_disabled: bool | Unset = UNSET
    account: str | Unset | None = UNSET
    customer_account: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        group: str | Unset | None
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        nexttaskid: str | Unset | None
        if isinstance(self.nexttaskid, Unset):
            nexttaskid = UNSET
        else:
            nexttaskid = self.nexttaskid

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        next_task: str | Unset | None
        if isinstance(self.next_task, Unset):
            next_task = UNSET
        else:
            next_task = self.next_task

        hash_: str | Unset | None
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        stage: str | Unset | None
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        percent: str | Unset | None
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

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

        nextdate: str | Unset | None
        if isinstance(self.nextdate, Unset):
            nextdate = UNSET
        else:
            nextdate = self.nextdate

        value: str | Unset | None
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        win_probability: str | Unset | None
        if isinstance(self.win_probability, Unset):
            win_probability = UNSET
        else:
            win_probability = self.win_probability

        win_probability_mdate: str | Unset | None
        if isinstance(self.win_probability_mdate, Unset):
            win_probability_mdate = UNSET
        else:
            win_probability_mdate = self.win_probability_mdate

        activitycount: str | Unset | None
        if isinstance(self.activitycount, Unset):
            activitycount = UNSET
        else:
            activitycount = self.activitycount

        nextdealid: str | Unset | None
        if isinstance(self.nextdealid, Unset):
            nextdealid = UNSET
        else:
            nextdealid = self.nextdealid

        edate: str | Unset | None
        if isinstance(self.edate, Unset):
            edate = UNSET
        else:
            edate = self.edate

        is_disabled = self.is_disabled

        account: str | Unset | None
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        customer_account: str | Unset | None
        if isinstance(self.customer_account, Unset):
            customer_account = UNSET
        else:
            customer_account = self.customer_account

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
        if owner is not UNSET:
            field_dict["owner"] = owner
        if contact is not UNSET:
            field_dict["contact"] = contact
        if organization is not UNSET:
            field_dict["organization"] = organization
        if group is not UNSET:
            field_dict["group"] = group
        if title is not UNSET:
            field_dict["title"] = title
        if nexttaskid is not UNSET:
            field_dict["nexttaskid"] = nexttaskid
        if currency is not UNSET:
            field_dict["currency"] = currency
        if status is not UNSET:
            field_dict["status"] = status
        if next_task is not UNSET:
            field_dict["nextTask"] = next_task
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if stage is not UNSET:
            field_dict["stage"] = stage
        if description is not UNSET:
            field_dict["description"] = description
        if percent is not UNSET:
            field_dict["percent"] = percent
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if nextdate is not UNSET:
            field_dict["nextdate"] = nextdate
        if value is not UNSET:
            field_dict["value"] = value
        if win_probability is not UNSET:
            field_dict["winProbability"] = win_probability
        if win_probability_mdate is not UNSET:
            field_dict["winProbabilityMdate"] = win_probability_mdate
        if activitycount is not UNSET:
            field_dict["activitycount"] = activitycount
        if nextdealid is not UNSET:
            field_dict["nextdealid"] = nextdealid
        if edate is not UNSET:
            field_dict["edate"] = edate
        if is_disabled is not UNSET:
            field_dict["isDisabled"] = is_disabled
        if account is not UNSET:
            field_dict["account"] = account
        if customer_account is not UNSET:
            field_dict["customerAccount"] = customer_account
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_deal_summary = cls.__new__(cls)
            d = dict(src_dict)
            contact_deal_summary.id = d.pop("id")

            contact_deal_summary.owner = d.pop("owner", UNSET)

            contact_deal_summary.contact = d.pop("contact", UNSET)

            contact_deal_summary.organization = d.pop("organization", UNSET)

            contact_deal_summary.group = d.pop("group", UNSET)

            contact_deal_summary.title = d.pop("title", UNSET)

            contact_deal_summary.nexttaskid = d.pop("nexttaskid", UNSET)

            contact_deal_summary.currency = d.pop("currency", UNSET)

            contact_deal_summary.status = d.pop("status", UNSET)

            contact_deal_summary.next_task = d.pop("nextTask", UNSET)

            contact_deal_summary.hash_ = d.pop("hash", UNSET)

            contact_deal_summary.stage = d.pop("stage", UNSET)

            contact_deal_summary.description = d.pop("description", UNSET)

            contact_deal_summary.percent = d.pop("percent", UNSET)

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

            contact_deal_summary.cdate = cdate

            contact_deal_summary.mdate = d.pop("mdate", UNSET)

            contact_deal_summary.nextdate = d.pop("nextdate", UNSET)

            contact_deal_summary.value = d.pop("value", UNSET)

            contact_deal_summary.win_probability = d.pop("winProbability", UNSET)

            contact_deal_summary.win_probability_mdate = d.pop("winProbabilityMdate", UNSET)

            contact_deal_summary.activitycount = d.pop("activitycount", UNSET)

            contact_deal_summary.nextdealid = d.pop("nextdealid", UNSET)

            contact_deal_summary.edate = d.pop("edate", UNSET)

            contact_deal_summary.is_disabled = d.pop("isDisabled", UNSET)

            contact_deal_summary.account = d.pop("account", UNSET)

            contact_deal_summary.customer_account = d.pop("customerAccount", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            contact_deal_summary.links = links

            contact_deal_summary.additional_properties = d
            return contact_deal_summary
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
