from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="MailingList")


@_attrs_define
class MailingList:
    """A mailing list. Flags (`p_use_*`, `private`, ...) arrive as "0" or "1"."""

    id: str
    name: str | Unset = UNSET
    stringid: str | Unset = UNSET
    """ URL-safe name. """
    userid: str | Unset = UNSET
    """ Id of the list owner (same as `user`). """
    user: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    channel: str | Unset | None = UNSET
    p_use_tracking: str | Unset = UNSET
    p_use_analytics_read: str | Unset = UNSET
    p_use_analytics_link: str | Unset = UNSET
    p_use_twitter: str | Unset = UNSET
    p_use_facebook: str | Unset = UNSET
    p_embed_image: str | Unset = UNSET
    p_use_captcha: str | Unset = UNSET
    send_last_broadcast: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    private: str | Unset = UNSET
    analytics_domains: str | Unset | None = UNSET
    analytics_source: str | Unset | None = UNSET
    analytics_ua: str | Unset | None = UNSET
    twitter_token: str | Unset | None = UNSET
    twitter_token_secret: str | Unset | None = UNSET
    facebook_session: str | Unset | None = UNSET
    carboncopy: str | Unset | None = UNSET
    subscription_notify: str | Unset | None = UNSET
    unsubscription_notify: str | Unset | None = UNSET
    require_name: str | Unset = UNSET
    get_unsubscribe_reason: str | Unset = UNSET
    to_name: str | Unset | None = UNSET
    optinoptout: str | Unset = UNSET
    sender_name: str | Unset | None = UNSET
    sender_addr1: str | Unset | None = UNSET
    sender_addr2: str | Unset | None = UNSET
    sender_city: str | Unset | None = UNSET
    sender_state: str | Unset | None = UNSET
    sender_zip: str | Unset | None = UNSET
    sender_country: str | Unset | None = UNSET
    sender_phone: str | Unset | None = UNSET
    sender_url: str | Unset | None = UNSET
    sender_reminder: str | Unset | None = UNSET
    fulladdress: str | Unset | None = UNSET
    optinmessageid: str | Unset | None = UNSET
    optoutconf: str | Unset | None = UNSET
    deletestamp: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        stringid = self.stringid

        userid = self.userid

        user: int | str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        cdate: str | Unset | None
        if isinstance(self.cdate, Unset):
            cdate = UNSET
        elif isinstance(self.cdate, datetime.datetime):
            cdate = self.cdate.isoformat()
        else:
            cdate = self.cdate

        udate: str | Unset | None
        if isinstance(self.udate, Unset):
            udate = UNSET
        elif isinstance(self.udate, datetime.datetime):
            udate = self.udate.isoformat()
        else:
            udate = self.udate

        channel: str | Unset | None
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        p_use_tracking = self.p_use_tracking

        p_use_analytics_read = self.p_use_analytics_read

        p_use_analytics_link = self.p_use_analytics_link

        p_use_twitter = self.p_use_twitter

        p_use_facebook = self.p_use_facebook

        p_embed_image = self.p_embed_image

        p_use_captcha = self.p_use_captcha

        send_last_broadcast: int | str | Unset
        if isinstance(self.send_last_broadcast, Unset):
            send_last_broadcast = UNSET
        else:
            send_last_broadcast = self.send_last_broadcast

        private = self.private

        analytics_domains: str | Unset | None
        if isinstance(self.analytics_domains, Unset):
            analytics_domains = UNSET
        else:
            analytics_domains = self.analytics_domains

        analytics_source: str | Unset | None
        if isinstance(self.analytics_source, Unset):
            analytics_source = UNSET
        else:
            analytics_source = self.analytics_source

        analytics_ua: str | Unset | None
        if isinstance(self.analytics_ua, Unset):
            analytics_ua = UNSET
        else:
            analytics_ua = self.analytics_ua

        twitter_token: str | Unset | None
        if isinstance(self.twitter_token, Unset):
            twitter_token = UNSET
        else:
            twitter_token = self.twitter_token

        twitter_token_secret: str | Unset | None
        if isinstance(self.twitter_token_secret, Unset):
            twitter_token_secret = UNSET
        else:
            twitter_token_secret = self.twitter_token_secret

        facebook_session: str | Unset | None
        if isinstance(self.facebook_session, Unset):
            facebook_session = UNSET
        else:
            facebook_session = self.facebook_session

        carboncopy: str | Unset | None
        if isinstance(self.carboncopy, Unset):
            carboncopy = UNSET
        else:
            carboncopy = self.carboncopy

        subscription_notify: str | Unset | None
        if isinstance(self.subscription_notify, Unset):
            subscription_notify = UNSET
        else:
            subscription_notify = self.subscription_notify

        unsubscription_notify: str | Unset | None
        if isinstance(self.unsubscription_notify, Unset):
            unsubscription_notify = UNSET
        else:
            unsubscription_notify = self.unsubscription_notify

        require_name = self.require_name

        get_unsubscribe_reason = self.get_unsubscribe_reason

        to_name: str | Unset | None
        if isinstance(self.to_name, Unset):
            to_name = UNSET
        else:
            to_name = self.to_name

        optinoptout = self.optinoptout

        sender_name: str | Unset | None
        if isinstance(self.sender_name, Unset):
            sender_name = UNSET
        else:
            sender_name = self.sender_name

        sender_addr1: str | Unset | None
        if isinstance(self.sender_addr1, Unset):
            sender_addr1 = UNSET
        else:
            sender_addr1 = self.sender_addr1

        sender_addr2: str | Unset | None
        if isinstance(self.sender_addr2, Unset):
            sender_addr2 = UNSET
        else:
            sender_addr2 = self.sender_addr2

        sender_city: str | Unset | None
        if isinstance(self.sender_city, Unset):
            sender_city = UNSET
        else:
            sender_city = self.sender_city

        sender_state: str | Unset | None
        if isinstance(self.sender_state, Unset):
            sender_state = UNSET
        else:
            sender_state = self.sender_state

        sender_zip: str | Unset | None
        if isinstance(self.sender_zip, Unset):
            sender_zip = UNSET
        else:
            sender_zip = self.sender_zip

        sender_country: str | Unset | None
        if isinstance(self.sender_country, Unset):
            sender_country = UNSET
        else:
            sender_country = self.sender_country

        sender_phone: str | Unset | None
        if isinstance(self.sender_phone, Unset):
            sender_phone = UNSET
        else:
            sender_phone = self.sender_phone

        sender_url: str | Unset | None
        if isinstance(self.sender_url, Unset):
            sender_url = UNSET
        else:
            sender_url = self.sender_url

        sender_reminder: str | Unset | None
        if isinstance(self.sender_reminder, Unset):
            sender_reminder = UNSET
        else:
            sender_reminder = self.sender_reminder

        fulladdress: str | Unset | None
        if isinstance(self.fulladdress, Unset):
            fulladdress = UNSET
        else:
            fulladdress = self.fulladdress

        optinmessageid: str | Unset | None
        if isinstance(self.optinmessageid, Unset):
            optinmessageid = UNSET
        else:
            optinmessageid = self.optinmessageid

        optoutconf: str | Unset | None
        if isinstance(self.optoutconf, Unset):
            optoutconf = UNSET
        else:
            optoutconf = self.optoutconf

        deletestamp: str | Unset | None
        if isinstance(self.deletestamp, Unset):
            deletestamp = UNSET
        else:
            deletestamp = self.deletestamp

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
        if stringid is not UNSET:
            field_dict["stringid"] = stringid
        if userid is not UNSET:
            field_dict["userid"] = userid
        if user is not UNSET:
            field_dict["user"] = user
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if channel is not UNSET:
            field_dict["channel"] = channel
        if p_use_tracking is not UNSET:
            field_dict["p_use_tracking"] = p_use_tracking
        if p_use_analytics_read is not UNSET:
            field_dict["p_use_analytics_read"] = p_use_analytics_read
        if p_use_analytics_link is not UNSET:
            field_dict["p_use_analytics_link"] = p_use_analytics_link
        if p_use_twitter is not UNSET:
            field_dict["p_use_twitter"] = p_use_twitter
        if p_use_facebook is not UNSET:
            field_dict["p_use_facebook"] = p_use_facebook
        if p_embed_image is not UNSET:
            field_dict["p_embed_image"] = p_embed_image
        if p_use_captcha is not UNSET:
            field_dict["p_use_captcha"] = p_use_captcha
        if send_last_broadcast is not UNSET:
            field_dict["send_last_broadcast"] = send_last_broadcast
        if private is not UNSET:
            field_dict["private"] = private
        if analytics_domains is not UNSET:
            field_dict["analytics_domains"] = analytics_domains
        if analytics_source is not UNSET:
            field_dict["analytics_source"] = analytics_source
        if analytics_ua is not UNSET:
            field_dict["analytics_ua"] = analytics_ua
        if twitter_token is not UNSET:
            field_dict["twitter_token"] = twitter_token
        if twitter_token_secret is not UNSET:
            field_dict["twitter_token_secret"] = twitter_token_secret
        if facebook_session is not UNSET:
            field_dict["facebook_session"] = facebook_session
        if carboncopy is not UNSET:
            field_dict["carboncopy"] = carboncopy
        if subscription_notify is not UNSET:
            field_dict["subscription_notify"] = subscription_notify
        if unsubscription_notify is not UNSET:
            field_dict["unsubscription_notify"] = unsubscription_notify
        if require_name is not UNSET:
            field_dict["require_name"] = require_name
        if get_unsubscribe_reason is not UNSET:
            field_dict["get_unsubscribe_reason"] = get_unsubscribe_reason
        if to_name is not UNSET:
            field_dict["to_name"] = to_name
        if optinoptout is not UNSET:
            field_dict["optinoptout"] = optinoptout
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if sender_addr1 is not UNSET:
            field_dict["sender_addr1"] = sender_addr1
        if sender_addr2 is not UNSET:
            field_dict["sender_addr2"] = sender_addr2
        if sender_city is not UNSET:
            field_dict["sender_city"] = sender_city
        if sender_state is not UNSET:
            field_dict["sender_state"] = sender_state
        if sender_zip is not UNSET:
            field_dict["sender_zip"] = sender_zip
        if sender_country is not UNSET:
            field_dict["sender_country"] = sender_country
        if sender_phone is not UNSET:
            field_dict["sender_phone"] = sender_phone
        if sender_url is not UNSET:
            field_dict["sender_url"] = sender_url
        if sender_reminder is not UNSET:
            field_dict["sender_reminder"] = sender_reminder
        if fulladdress is not UNSET:
            field_dict["fulladdress"] = fulladdress
        if optinmessageid is not UNSET:
            field_dict["optinmessageid"] = optinmessageid
        if optoutconf is not UNSET:
            field_dict["optoutconf"] = optoutconf
        if deletestamp is not UNSET:
            field_dict["deletestamp"] = deletestamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            mailing_list = cls.__new__(cls)
            d = dict(src_dict)
            mailing_list.id = d.pop("id")

            mailing_list.name = d.pop("name", UNSET)

            mailing_list.stringid = d.pop("stringid", UNSET)

            mailing_list.userid = d.pop("userid", UNSET)

            mailing_list.user = d.pop("user", UNSET)

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

            mailing_list.cdate = cdate

            def _parse_udate(data: object) -> datetime.datetime | str | Unset | None:
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

            udate = _parse_udate(d.pop("udate", UNSET))

            mailing_list.udate = udate

            mailing_list.channel = d.pop("channel", UNSET)

            mailing_list.p_use_tracking = d.pop("p_use_tracking", UNSET)

            mailing_list.p_use_analytics_read = d.pop("p_use_analytics_read", UNSET)

            mailing_list.p_use_analytics_link = d.pop("p_use_analytics_link", UNSET)

            mailing_list.p_use_twitter = d.pop("p_use_twitter", UNSET)

            mailing_list.p_use_facebook = d.pop("p_use_facebook", UNSET)

            mailing_list.p_embed_image = d.pop("p_embed_image", UNSET)

            mailing_list.p_use_captcha = d.pop("p_use_captcha", UNSET)

            mailing_list.send_last_broadcast = d.pop("send_last_broadcast", UNSET)

            mailing_list.private = d.pop("private", UNSET)

            mailing_list.analytics_domains = d.pop("analytics_domains", UNSET)

            mailing_list.analytics_source = d.pop("analytics_source", UNSET)

            mailing_list.analytics_ua = d.pop("analytics_ua", UNSET)

            mailing_list.twitter_token = d.pop("twitter_token", UNSET)

            mailing_list.twitter_token_secret = d.pop("twitter_token_secret", UNSET)

            mailing_list.facebook_session = d.pop("facebook_session", UNSET)

            mailing_list.carboncopy = d.pop("carboncopy", UNSET)

            mailing_list.subscription_notify = d.pop("subscription_notify", UNSET)

            mailing_list.unsubscription_notify = d.pop("unsubscription_notify", UNSET)

            mailing_list.require_name = d.pop("require_name", UNSET)

            mailing_list.get_unsubscribe_reason = d.pop("get_unsubscribe_reason", UNSET)

            mailing_list.to_name = d.pop("to_name", UNSET)

            mailing_list.optinoptout = d.pop("optinoptout", UNSET)

            mailing_list.sender_name = d.pop("sender_name", UNSET)

            mailing_list.sender_addr1 = d.pop("sender_addr1", UNSET)

            mailing_list.sender_addr2 = d.pop("sender_addr2", UNSET)

            mailing_list.sender_city = d.pop("sender_city", UNSET)

            mailing_list.sender_state = d.pop("sender_state", UNSET)

            mailing_list.sender_zip = d.pop("sender_zip", UNSET)

            mailing_list.sender_country = d.pop("sender_country", UNSET)

            mailing_list.sender_phone = d.pop("sender_phone", UNSET)

            mailing_list.sender_url = d.pop("sender_url", UNSET)

            mailing_list.sender_reminder = d.pop("sender_reminder", UNSET)

            mailing_list.fulladdress = d.pop("fulladdress", UNSET)

            mailing_list.optinmessageid = d.pop("optinmessageid", UNSET)

            mailing_list.optoutconf = d.pop("optoutconf", UNSET)

            mailing_list.deletestamp = d.pop("deletestamp", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            mailing_list.links = links

            mailing_list.additional_properties = d
            return mailing_list
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
