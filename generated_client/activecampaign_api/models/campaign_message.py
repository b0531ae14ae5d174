from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CampaignMessage")


@_attrs_define
class CampaignMessage:
    """One message of a campaign (split tests have several) with its counts, all strings of digits."""

    id: str
    campaignid: str | Unset = UNSET
    messageid: str | Unset = UNSET
    percentage: str | Unset | None = UNSET
    """ Share of the split test this message gets. """
    sourcesize: str | Unset | None = UNSET
    send_amt: str | Unset | None = UNSET
    total_amt: str | Unset | None = UNSET
    opens: str | Unset | None = UNSET
    uniqueopens: str | Unset | None = UNSET
    linkclicks: str | Unset | None = UNSET
    uniquelinkclicks: str | Unset | None = UNSET
    subscriberclicks: str | Unset | None = UNSET
    forwards: str | Unset | None = UNSET
    uniqueforwards: str | Unset | None = UNSET
    hardbounces: str | Unset | None = UNSET
    softbounces: str | Unset | None = UNSET
    unsubscribes: str | Unset | None = UNSET
    unsubreasons: str | Unset | None = UNSET
    updates: str | Unset | None = UNSET
    socialshares: str | Unset | None = UNSET
    replies: str | Unset | None = UNSET
    uniquereplies: str | Unset | None = UNSET
    spamcheck_score: str | Unset | None = UNSET
    spamcheck_max: str | Unset | None = UNSET
    initial_split_percentage: str | Unset | None = UNSET
    screenshot: str | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    campaign: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaignid = self.campaignid

        messageid = self.messageid

        percentage: str | Unset | None
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        sourcesize: str | Unset | None
        if isinstance(self.sourcesize, Unset):
            sourcesize = UNSET
        else:
            sourcesize = self.sourcesize

        send_amt: str | Unset | None
        if isinstance(self.send_amt, Unset):
            send_amt = UNSET
        else:
            send_amt = self.send_amt

        total_amt: str | Unset | None
        if isinstance(self.total_amt, Unset):
            total_amt = UNSET
        else:
            total_amt = self.total_amt

        opens: str | Unset | None
        if isinstance(self.opens, Unset):
            opens = UNSET
        else:
            opens = self.opens

        uniqueopens: str | Unset | None
        if isinstance(self.uniqueopens, Unset):
            uniqueopens = UNSET
        else:
            uniqueopens = self.uniqueopens

        linkclicks: str | Unset | None
        if isinstance(self.linkclicks, Unset):
            linkclicks = UNSET
        else:
            linkclicks = self.linkclicks

        uniquelinkclicks: str | Unset | None
        if isinstance(self.uniquelinkclicks, Unset):
            uniquelinkclicks = UNSET
        else:
            uniquelinkclicks = self.uniquelinkclicks

        subscriberclicks: str | Unset | None
        if isinstance(self.subscriberclicks, Unset):
            subscriberclicks = UNSET
        else:
            subscriberclicks = self.subscriberclicks

        forwards: str | Unset | None
        if isinstance(self.forwards, Unset):
            forwards = UNSET
        else:
            forwards = self.forwards

        uniqueforwards: str | Unset | None
        if isinstance(self.uniqueforwards, Unset):
            uniqueforwards = UNSET
        else:
            uniqueforwards = self.uniqueforwards

        hardbounces: str | Unset | None
        if isinstance(self.hardbounces, Unset):
            hardbounces = UNSET
        else:
            hardbounces = self.hardbounces

        softbounces: str | Unset | None
        if isinstance(self.softbounces, Unset):
            softbounces = UNSET
        else:
            softbounces = self.softbounces

        unsubscribes: str | Unset | None
        if isinstance(self.unsubscribes, Unset):
            unsubscribes = UNSET
        else:
            unsubscribes = self.unsubscribes

        unsubreasons: str | Unset | None
        if isinstance(self.unsubreasons, Unset):
            unsubreasons = UNSET
        else:
            unsubreasons = self.unsubreasons

        updates: str | Unset | None
        if isinstance(self.updates, Unset):
            updates = UNSET
        else:
            updates = self.updates

        socialshares: str | Unset | None
        if isinstance(self.socialshares, Unset):
            socialshares = UNSET
        else:
            socialshares = self.socialshares

        replies: str | Unset | None
        if isinstance(self.replies, Unset):
            replies = UNSET
        else:
            replies = self.replies

        uniquereplies: str | Unset | None
        if isinstance(self.uniquereplies, Unset):
            uniquereplies = UNSET
        else:
            uniquereplies = self.uniquereplies

        spamcheck_score: str | Unset | None
        if isinstance(self.spamcheck_score, Unset):
            spamcheck_score = UNSET
        else:
            spamcheck_score = self.spamcheck_score

        spamcheck_max: str | Unset | None
        if isinstance(self.spamcheck_max, Unset):
            spamcheck_max = UNSET
        else:
            spamcheck_max = self.spamcheck_max

        initial_split_percentage: str | Unset | None
        if isinstance(self.initial_split_percentage, Unset):
            initial_split_percentage = UNSET
        else:
            initial_split_percentage = self.initial_split_percentage

        screenshot: str | Unset | None
        if isinstance(self.screenshot, Unset):
            screenshot = UNSET
        else:
            screenshot = self.screenshot

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        campaign: str | Unset | None
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        else:
            campaign = self.campaign

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

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
        if campaignid is not UNSET:
            field_dict["campaignid"] = campaignid
        if messageid is not UNSET:
            field_dict["messageid"] = messageid
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if sourcesize is not UNSET:
            field_dict["sourcesize"] = sourcesize
        if send_amt is not UNSET:
            field_dict["send_amt"] = send_amt
        if total_amt is not UNSET:
            field_dict["total_amt"] = total_amt
        if opens is not UNSET:
            field_dict["opens"] = opens
        if uniqueopens is not UNSET:
            field_dict["uniqueopens"] = uniqueopens
        if linkclicks is not UNSET:
            field_dict["linkclicks"] = linkclicks
        if uniquelinkclicks is not UNSET:
            field_dict["uniquelinkclicks"] = uniquelinkclicks
        if subscriberclicks is not UNSET:
            field_dict["subscriberclicks"] = subscriberclicks
        if forwards is not UNSET:
            field_dict["forwards"] = forwards
        if uniqueforwards is not UNSET:
            field_dict["uniqueforwards"] = uniqueforwards
        if hardbounces is not UNSET:
            field_dict["hardbounces"] = hardbounces
        if softbounces is not UNSET:
            field_dict["softbounces"] = softbounces
        if unsubscribes is not UNSET:
            field_dict["unsubscribes"] = unsubscribes
        if unsubreasons is not UNSET:
            field_dict["unsubreasons"] = unsubreasons
        if updates is not UNSET:
            field_dict["updates"] = updates
        if socialshares is not UNSET:
            field_dict["socialshares"] = socialshares
        if replies is not UNSET:
            field_dict["replies"] = replies
        if uniquereplies is not UNSET:
            field_dict["uniquereplies"] = uniquereplies
        if spamcheck_score is not UNSET:
            field_dict["spamcheck_score"] = spamcheck_score
        if spamcheck_max is not UNSET:
            field_dict["spamcheck_max"] = spamcheck_max
        if initial_split_percentage is not UNSET:
            field_dict["initial_split_percentage"] = initial_split_percentage
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if subject is not UNSET:
            field_dict["subject"] = subject
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if message is not UNSET:
            field_dict["message"] = message
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            campaign_message = cls.__new__(cls)
            d = dict(src_dict)
            campaign_message.id = d.pop("id")

            campaign_message.campaignid = d.pop("campaignid", UNSET)

            campaign_message.messageid = d.pop("messageid", UNSET)

            campaign_message.percentage = d.pop("percentage", UNSET)

            campaign_message.sourcesize = d.pop("sourcesize", UNSET)

            campaign_message.send_amt = d.pop("send_amt", UNSET)

            campaign_message.total_amt = d.pop("total_amt", UNSET)

            campaign_message.opens = d.pop("opens", UNSET)

            campaign_message.uniqueopens = d.pop("uniqueopens", UNSET)

            campaign_message.linkclicks = d.pop("linkclicks", UNSET)

            campaign_message.uniquelinkclicks = d.pop("uniquelinkclicks", UNSET)

            campaign_message.subscriberclicks = d.pop("subscriberclicks", UNSET)

            campaign_message.forwards = d.pop("forwards", UNSET)

            campaign_message.uniqueforwards = d.pop("uniqueforwards", UNSET)

            campaign_message.hardbounces = d.pop("hardbounces", UNSET)

            campaign_message.softbounces = d.pop("softbounces", UNSET)

            campaign_message.unsubscribes = d.pop("unsubscribes", UNSET)

            campaign_message.unsubreasons = d.pop("unsubreasons", UNSET)

            campaign_message.updates = d.pop("updates", UNSET)

            campaign_message.socialshares = d.pop("socialshares", UNSET)

            campaign_message.replies = d.pop("replies", UNSET)

            campaign_message.uniquereplies = d.pop("uniquereplies", UNSET)

            campaign_message.spamcheck_score = d.pop("spamcheck_score", UNSET)

            campaign_message.spamcheck_max = d.pop("spamcheck_max", UNSET)

            campaign_message.initial_split_percentage = d.pop("initial_split_percentage", UNSET)

            campaign_message.screenshot = d.pop("screenshot", UNSET)

            campaign_message.subject = d.pop("subject", UNSET)

            campaign_message.campaign = d.pop("campaign", UNSET)

            campaign_message.message = d.pop("message", UNSET)

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

            campaign_message.links = links

            campaign_message.additional_properties = d
            return campaign_message
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
