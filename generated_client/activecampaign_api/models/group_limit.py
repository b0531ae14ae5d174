from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="GroupLimit")


@_attrs_define
class GroupLimit:
    """The limits of one user group; `0` means unlimited, `-1` disabled."""

    id: str
    groupid: str | Unset = UNSET
    group: str | Unset = UNSET
    limit_mail: str | Unset = UNSET
    """ Emails the group may send per `limitMailType` period. """
    limit_mail_type: str | Unset = UNSET
    """ Period of `limitMail`, e.g. `month`. """
    limit_contact: str | Unset = UNSET
    limit_list: str | Unset = UNSET
    limit_campaign: str | Unset = UNSET
    """ Campaigns per `limitCampaignType` period. """
    limit_campaign_type: str | Unset = UNSET
    limit_attachment: str | Unset = UNSET
    limit_user: str | Unset = UNSET
    abuse_ratio: str | Unset = UNSET
    """ Abuse-complaint ratio (percent) that suspends sending. """
    force_sender_info: str | Unset = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        groupid = self.groupid

        group = self.group

        limit_mail = self.limit_mail

        limit_mail_type = self.limit_mail_type

        limit_contact = self.limit_contact

        limit_list = self.limit_list

        limit_campaign = self.limit_campaign

        limit_campaign_type = self.limit_campaign_type

        limit_attachment = self.limit_attachment

        limit_user = self.limit_user

        abuse_ratio = self.abuse_ratio

        force_sender_info = self.force_sender_info

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
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if group is not UNSET:
            field_dict["group"] = group
        if limit_mail is not UNSET:
            field_dict["limitMail"] = limit_mail
        if limit_mail_type is not UNSET:
            field_dict["limitMailType"] = limit_mail_type
        if limit_contact is not UNSET:
            field_dict["limitContact"] = limit_contact
        if limit_list is not UNSET:
            field_dict["limitList"] = limit_list
        if limit_campaign is not UNSET:
            field_dict["limitCampaign"] = limit_campaign
        if limit_campaign_type is not UNSET:
            field_dict["limitCampaignType"] = limit_campaign_type
        if limit_attachment is not UNSET:
            field_dict["limitAttachment"] = limit_attachment
        if limit_user is not UNSET:
            field_dict["limitUser"] = limit_user
        if abuse_ratio is not UNSET:
            field_dict["abuseRatio"] = abuse_ratio
        if force_sender_info is not UNSET:
            field_dict["forceSenderInfo"] = force_sender_info
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            group_limit = cls.__new__(cls)
            d = dict(src_dict)
            group_limit.id = d.pop("id")

            group_limit.groupid = d.pop("groupid", UNSET)

            group_limit.group = d.pop("group", UNSET)

            group_limit.limit_mail = d.pop("limitMail", UNSET)

            group_limit.limit_mail_type = d.pop("limitMailType", UNSET)

            group_limit.limit_contact = d.pop("limitContact", UNSET)

            group_limit.limit_list = d.pop("limitList", UNSET)

            group_limit.limit_campaign = d.pop("limitCampaign", UNSET)

            group_limit.limit_campaign_type = d.pop("limitCampaignType", UNSET)

            group_limit.limit_attachment = d.pop("limitAttachment", UNSET)

            group_limit.limit_user = d.pop("limitUser", UNSET)

            group_limit.abuse_ratio = d.pop("abuseRatio", UNSET)

            group_limit.force_sender_info = d.pop("forceSenderInfo", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            group_limit.links = links

            group_limit.additional_properties = d
            return group_limit
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
