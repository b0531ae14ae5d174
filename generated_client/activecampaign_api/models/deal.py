from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Deal")


@_attrs_define
class Deal:
    """A deal as the API returns it. Most numbers arrive as strings of digits, but a deal just created or updated echoes
    some of them as JSON numbers.

    """

    id: str
    title: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    owner: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    contact: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    organization: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    account: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    customer_account: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    group: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    stage: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    value: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    currency: str | Unset = UNSET
    """ Three-letter ISO currency code, lower-case. """
    percent: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    status: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    edate: str | Unset | None = UNSET
    """ When the deal was won or lost; `0000-00-00 00:00:00` or null while open. """
    nextdate: str | Unset | None = UNSET
    """ Due date of the next task, or null. """
    nexttaskid: str | Unset | None = UNSET
    """ Id of the next task; null or `0` when none. """
    next_task: str | Unset | None = UNSET
    """ Id of the next task, or null. """
    nextdealid: str | Unset | None = UNSET
    activitycount: str | Unset = UNSET
    """ Number of activity entries, as a string of digits. """
    hash_: str | Unset | None = UNSET
    win_probability: int | Unset | None = UNSET
    """ Predicted chance of winning, in percent; null when not computed. """
    win_probability_mdate: str | Unset | None = UNSET
    """ When `winProbability` was last computed. """
    is_disabled: bool | int | Unset = UNSET
    """ True (or 1) when the token's user lacks permission on the deal's pipeline; then only `id` and `title` are
    filled in. """
    fields: list[DealFieldValue] | Unset = UNSET
    """ Custom field values, echoed after a create or update. """
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

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        owner: int | str | Unset | None
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        contact: int | str | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        organization: int | str | Unset | None
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        account: int | str | Unset | None
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        customer_account: int | str | Unset | None
        if isinstance(self.customer_account, Unset):
            customer_account = UNSET
        else:
            customer_account = self.customer_account

        group: int | str | Unset | None
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        stage: int | str | Unset | None
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        value: int | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        currency = self.currency

        percent: int | str | Unset | None
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        edate: str | Unset | None
        if isinstance(self.edate, Unset):
            edate = UNSET
        else:
            edate = self.edate

        nextdate: str | Unset | None
        if isinstance(self.nextdate, Unset):
            nextdate = UNSET
        else:
            nextdate = self.nextdate

        nexttaskid: str | Unset | None
        if isinstance(self.nexttaskid, Unset):
            nexttaskid = UNSET
        else:
            nexttaskid = self.nexttaskid

        next_task: str | Unset | None
        if isinstance(self.next_task, Unset):
            next_task = UNSET
        else:
            next_task = self.next_task

        nextdealid: str | Unset | None
        if isinstance(self.nextdealid, Unset):
            nextdealid = UNSET
        else:
            nextdealid = self.nextdealid

        activitycount = self.activitycount

        hash_: str | Unset | None
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        win_probability: int | Unset | None
        if isinstance(self.win_probability, Unset):
            win_probability = UNSET
        else:
            win_probability = self.win_probability

        win_probability_mdate: str | Unset | None
        if isinstance(self.win_probability_mdate, Unset):
            win_probability_mdate = UNSET
        else:
            win_probability_mdate = self.win_probability_mdate

        is_disabled: bool | int | Unset
        if isinstance(self.is_disabled, Unset):
            is_disabled = UNSET
        else:
            is_disabled = self.is_disabled

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

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
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if contact is not UNSET:
            field_dict["contact"] = contact
        if organization is not UNSET:
            field_dict["organization"] = organization
        if account is not UNSET:
            field_dict["account"] = account
        if customer_account is not UNSET:
            field_dict["customerAccount"] = customer_account
        if group is not UNSET:
            field_dict["group"] = group
        if stage is not UNSET:
            field_dict["stage"] = stage
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if percent is not UNSET:
            field_dict["percent"] = percent
        if status is not UNSET:
            field_dict["status"] = status
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if edate is not UNSET:
            field_dict["edate"] = edate
        if nextdate is not UNSET:
            field_dict["nextdate"] = nextdate
        if nexttaskid is not UNSET:
            field_dict["nexttaskid"] = nexttaskid
        if next_task is not UNSET:
            field_dict["nextTask"] = next_task
        if nextdealid is not UNSET:
            field_dict["nextdealid"] = nextdealid
        if activitycount is not UNSET:
            field_dict["activitycount"] = activitycount
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if win_probability is not UNSET:
            field_dict["winProbability"] = win_probability
        if win_probability_mdate is not UNSET:
            field_dict["winProbabilityMdate"] = win_probability_mdate
        if is_disabled is not UNSET:
            field_dict["isDisabled"] = is_disabled
        if fields is not UNSET:
            field_dict["fields"] = fields
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal = cls.__new__(cls)
            d = dict(src_dict)
            deal.id = d.pop("id")

            deal.title = d.pop("title", UNSET)

            deal.description = d.pop("description", UNSET)

            deal.owner = d.pop("owner", UNSET)

            deal.contact = d.pop("contact", UNSET)

            deal.organization = d.pop("organization", UNSET)

            deal.account = d.pop("account", UNSET)

            deal.customer_account = d.pop("customerAccount", UNSET)

            deal.group = d.pop("group", UNSET)

            deal.stage = d.pop("stage", UNSET)

            deal.value = d.pop("value", UNSET)

            deal.currency = d.pop("currency", UNSET)

            deal.percent = d.pop("percent", UNSET)

            deal.status = d.pop("status", UNSET)

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

            deal.cdate = cdate

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

            deal.mdate = mdate

            deal.edate = d.pop("edate", UNSET)

            deal.nextdate = d.pop("nextdate", UNSET)

            deal.nexttaskid = d.pop("nexttaskid", UNSET)

            deal.next_task = d.pop("nextTask", UNSET)

            deal.nextdealid = d.pop("nextdealid", UNSET)

            deal.activitycount = d.pop("activitycount", UNSET)

            deal.hash_ = d.pop("hash", UNSET)

            deal.win_probability = d.pop("winProbability", UNSET)

            deal.win_probability_mdate = d.pop("winProbabilityMdate", UNSET)

            deal.is_disabled = d.pop("isDisabled", UNSET)

            _fields = d.pop("fields", UNSET)
            fields: list[DealFieldValue] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = DealFieldValue.from_dict(fields_item_data)

                    fields.append(fields_item)

            deal.fields = fields

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            deal.links = links

            deal.additional_properties = d
            return deal
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


from ..models.deal_field_value import DealFieldValue  # noqa: E402
from ..models.links import Links  # noqa: E402
