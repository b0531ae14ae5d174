from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactAutomation")


@_attrs_define
class ContactAutomation:
    """A contact's run through one automation. Right after creation `startid` and `status` arrive as JSON numbers, and some
    views send the element counters as numbers; elsewhere they are strings of digits.

    """

    id: str
    contact: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    seriesid: str | Unset = UNSET
    """ Id of the automation. """
    startid: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    status: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    batchid: str | Unset | None = UNSET
    adddate: str | Unset | None = UNSET
    """ When the contact entered the automation. """
    remdate: str | Unset | None = UNSET
    """ When the contact left the automation. """
    timespan: str | Unset | None = UNSET
    lastblock: str | Unset | None = UNSET
    """ Id of the last block the contact reached. """
    lastlogid: str | Unset | None = UNSET
    lastdate: str | Unset | None = UNSET
    in_als: str | Unset | None = UNSET
    completed_elements: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    total_elements: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    completed: int | Unset = UNSET
    """ 1 when the contact finished the automation. """
    complete_value: int | Unset = UNSET
    """ Percentage of the automation completed. """
    automation: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact: int | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        seriesid = self.seriesid

        startid: int | str | Unset | None
        if isinstance(self.startid, Unset):
            startid = UNSET
        else:
            startid = self.startid

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        batchid: str | Unset | None
        if isinstance(self.batchid, Unset):
            batchid = UNSET
        else:
            batchid = self.batchid

        adddate: str | Unset | None
        if isinstance(self.adddate, Unset):
            adddate = UNSET
        else:
            adddate = self.adddate

        remdate: str | Unset | None
        if isinstance(self.remdate, Unset):
            remdate = UNSET
        else:
            remdate = self.remdate

        timespan: str | Unset | None
        if isinstance(self.timespan, Unset):
            timespan = UNSET
        else:
            timespan = self.timespan

        lastblock: str | Unset | None
        if isinstance(self.lastblock, Unset):
            lastblock = UNSET
        else:
            lastblock = self.lastblock

        lastlogid: str | Unset | None
        if isinstance(self.lastlogid, Unset):
            lastlogid = UNSET
        else:
            lastlogid = self.lastlogid

        lastdate: str | Unset | None
        if isinstance(self.lastdate, Unset):
            lastdate = UNSET
        else:
            lastdate = self.lastdate

        in_als: str | Unset | None
        if isinstance(self.in_als, Unset):
            in_als = UNSET
        else:
            in_als = self.in_als

        completed_elements: int | str | Unset
        if isinstance(self.completed_elements, Unset):
            completed_elements = UNSET
        else:
            completed_elements = self.completed_elements

        total_elements: int | str | Unset
        if isinstance(self.total_elements, Unset):
            total_elements = UNSET
        else:
            total_elements = self.total_elements

        completed = self.completed

        complete_value = self.complete_value

        automation: int | str | Unset | None
        if isinstance(self.automation, Unset):
            automation = UNSET
        else:
            automation = self.automation

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
        if contact is not UNSET:
            field_dict["contact"] = contact
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if startid is not UNSET:
            field_dict["startid"] = startid
        if status is not UNSET:
            field_dict["status"] = status
        if batchid is not UNSET:
            field_dict["batchid"] = batchid
        if adddate is not UNSET:
            field_dict["adddate"] = adddate
        if remdate is not UNSET:
            field_dict["remdate"] = remdate
        if timespan is not UNSET:
            field_dict["timespan"] = timespan
        if lastblock is not UNSET:
            field_dict["lastblock"] = lastblock
        if lastlogid is not UNSET:
            field_dict["lastlogid"] = lastlogid
        if lastdate is not UNSET:
            field_dict["lastdate"] = lastdate
        if in_als is not UNSET:
            field_dict["in_als"] = in_als
        if completed_elements is not UNSET:
            field_dict["completedElements"] = completed_elements
        if total_elements is not UNSET:
            field_dict["totalElements"] = total_elements
        if completed is not UNSET:
            field_dict["completed"] = completed
        if complete_value is not UNSET:
            field_dict["completeValue"] = complete_value
        if automation is not UNSET:
            field_dict["automation"] = automation
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_automation = cls.__new__(cls)
            d = dict(src_dict)
            contact_automation.id = d.pop("id")

            contact_automation.contact = d.pop("contact", UNSET)

            contact_automation.seriesid = d.pop("seriesid", UNSET)

            contact_automation.startid = d.pop("startid", UNSET)

            contact_automation.status = d.pop("status", UNSET)

            contact_automation.batchid = d.pop("batchid", UNSET)

            contact_automation.adddate = d.pop("adddate", UNSET)

            contact_automation.remdate = d.pop("remdate", UNSET)

            contact_automation.timespan = d.pop("timespan", UNSET)

            contact_automation.lastblock = d.pop("lastblock", UNSET)

            contact_automation.lastlogid = d.pop("lastlogid", UNSET)

            contact_automation.lastdate = d.pop("lastdate", UNSET)

            contact_automation.in_als = d.pop("in_als", UNSET)

            contact_automation.completed_elements = d.pop("completedElements", UNSET)

            contact_automation.total_elements = d.pop("totalElements", UNSET)

            contact_automation.completed = d.pop("completed", UNSET)

            contact_automation.complete_value = d.pop("completeValue", UNSET)

            contact_automation.automation = d.pop("automation", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            contact_automation.links = links

            contact_automation.additional_properties = d
            return contact_automation
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
