from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealActivity")


@_attrs_define
class DealActivity:
    """One entry of a deal's activity stream."""

    id: str
    d_id: str | Unset = UNSET
    """ Id of the deal. """
    deal: str | Unset | None = UNSET
    d_stageid: str | Unset = UNSET
    """ Id of the stage involved; `0` when none. """
    stage: str | Unset | None = UNSET
    userid: str | Unset | None = UNSET
    user: str | Unset | None = UNSET
    data_id: str | Unset = UNSET
    """ Id of the record the entry is about; `0` when none. """
    data_type: str | Unset = UNSET
    """ Kind of record the entry is about (for example `contact`, `note`, `task`); may be empty. """
    data_action: str | Unset = UNSET
    """ What happened, for example `add` or `update`. """
    data_oldval: str | Unset | None = UNSET
    """ The previous value, when something changed. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    sortdate: str | Unset | None = UNSET
    is_addtask: str | Unset = UNSET
    deleted: str | Unset = UNSET
    seriesid: str | Unset = UNSET
    """ Id of the automation that caused the entry; `0` when none. """
    automation: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        d_id = self.d_id

        deal: str | Unset | None
        if isinstance(self.deal, Unset):
            deal = UNSET
        else:
            deal = self.deal

        d_stageid = self.d_stageid

        stage: str | Unset | None
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

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

        data_id = self.data_id

        data_type = self.data_type

        data_action = self.data_action

        data_oldval: str | Unset | None
        if isinstance(self.data_oldval, Unset):
            data_oldval = UNSET
        else:
            data_oldval = self.data_oldval

        cdate: str | Unset | None
        if isinstance(self.cdate, Unset):
            cdate = UNSET
        elif isinstance(self.cdate, datetime.datetime):
            cdate = self.cdate.isoformat()
        else:
            cdate = self.cdate

        sortdate: str | Unset | None
        if isinstance(self.sortdate, Unset):
            sortdate = UNSET
        else:
            sortdate = self.sortdate

        is_addtask = self.is_addtask

        deleted = self.deleted

        seriesid = self.seriesid

        automation: str | Unset | None
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
        if d_id is not UNSET:
            field_dict["d_id"] = d_id
        if deal is not UNSET:
            field_dict["deal"] = deal
        if d_stageid is not UNSET:
            field_dict["d_stageid"] = d_stageid
        if stage is not UNSET:
            field_dict["stage"] = stage
        if userid is not UNSET:
            field_dict["userid"] = userid
        if user is not UNSET:
            field_dict["user"] = user
        if data_id is not UNSET:
            field_dict["dataId"] = data_id
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if data_action is not UNSET:
            field_dict["dataAction"] = data_action
        if data_oldval is not UNSET:
            field_dict["dataOldval"] = data_oldval
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if sortdate is not UNSET:
            field_dict["sortdate"] = sortdate
        if is_addtask is not UNSET:
            field_dict["isAddtask"] = is_addtask
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if automation is not UNSET:
            field_dict["automation"] = automation
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_activity = cls.__new__(cls)
            d = dict(src_dict)
            deal_activity.id = d.pop("id")

            deal_activity.d_id = d.pop("d_id", UNSET)

            deal_activity.deal = d.pop("deal", UNSET)

            deal_activity.d_stageid = d.pop("d_stageid", UNSET)

            deal_activity.stage = d.pop("stage", UNSET)

            deal_activity.userid = d.pop("userid", UNSET)

            deal_activity.user = d.pop("user", UNSET)

            deal_activity.data_id = d.pop("dataId", UNSET)

            deal_activity.data_type = d.pop("dataType", UNSET)

            deal_activity.data_action = d.pop("dataAction", UNSET)

            deal_activity.data_oldval = d.pop("dataOldval", UNSET)

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

            deal_activity.cdate = cdate

            deal_activity.sortdate = d.pop("sortdate", UNSET)

            deal_activity.is_addtask = d.pop("isAddtask", UNSET)

            deal_activity.deleted = d.pop("deleted", UNSET)

            deal_activity.seriesid = d.pop("seriesid", UNSET)

            deal_activity.automation = d.pop("automation", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            deal_activity.links = links

            deal_activity.additional_properties = d
            return deal_activity
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
