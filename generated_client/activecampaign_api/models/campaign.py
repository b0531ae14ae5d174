from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign as the API returns it. Counters, flags and ids arrive as strings."""

    id: str
    type_: str | Unset = UNSET
    """ Campaign kind: `single`, `recurring`, `split`, `responder`, `reminder`, `special`, `activerss`, `text`. """
    userid: str | Unset | None = UNSET
    """ Id of the user who created the campaign. """
    segmentid: str | Unset | None = UNSET
    """ Id of the segment the campaign is sent to; `0` for none. """
    bounceid: str | Unset | None = UNSET
    realcid: str | Unset | None = UNSET
    sendid: str | Unset | None = UNSET
    threadid: str | Unset | None = UNSET
    seriesid: str | Unset | None = UNSET
    """ Id of the automation sending the campaign; `0` for none. """
    formid: str | Unset | None = UNSET
    """ Id of the form whose opt-in email this is; `0` for none. """
    basetemplateid: str | Unset | None = UNSET
    basemessageid: str | Unset | None = UNSET
    addressid: str | Unset | None = UNSET
    source: str | Unset | None = UNSET
    name: str | Unset = UNSET
    """ The campaign's internal name. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    sdate: str | Unset | None = UNSET
    """ When sending started; null when never sent. """
    ldate: str | Unset | None = UNSET
    """ When the last send finished; null when never sent. """
    send_amt: str | Unset | None = UNSET
    """ Number of messages sent so far. """
    total_amt: str | Unset | None = UNSET
    """ Number of recipients in total. """
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
    status: str | Unset | None = UNSET
    """ 0 draft, 1 scheduled, 2 sending, 3 paused, 4 stopped, 5 completed (string of digits). """
    public: str | Unset | None = UNSET
    """ 1 when the campaign shows in the public archive. """
    mail_transfer: str | Unset | None = UNSET
    mail_send: str | Unset | None = UNSET
    mail_cleanup: str | Unset | None = UNSET
    mailer_log_file: str | Unset | None = UNSET
    tracklinks: str | Unset | None = UNSET
    tracklinksanalytics: str | Unset | None = UNSET
    trackreads: str | Unset | None = UNSET
    trackreadsanalytics: str | Unset | None = UNSET
    analytics_campaign_name: str | Unset | None = UNSET
    tweet: str | Unset | None = UNSET
    facebook: str | Unset | None = UNSET
    survey: str | Unset | None = UNSET
    embed_images: str | Unset | None = UNSET
    htmlunsub: str | Unset | None = UNSET
    textunsub: str | Unset | None = UNSET
    htmlunsubdata: str | Unset | None = UNSET
    textunsubdata: str | Unset | None = UNSET
    recurring: str | Unset | None = UNSET
    willrecur: str | Unset | None = UNSET
    split_type: str | Unset | None = UNSET
    split_content: str | Unset | None = UNSET
    split_offset: str | Unset | None = UNSET
    split_offset_type: str | Unset | None = UNSET
    split_winner_messageid: str | Unset | None = UNSET
    split_winner_awaiting: str | Unset | None = UNSET
    responder_offset: str | Unset | None = UNSET
    responder_type: str | Unset | None = UNSET
    responder_existing: str | Unset | None = UNSET
    reminder_field: str | Unset | None = UNSET
    reminder_format: str | Unset | None = UNSET
    reminder_type: str | Unset | None = UNSET
    reminder_offset: str | Unset | None = UNSET
    reminder_offset_type: str | Unset | None = UNSET
    reminder_offset_sign: str | Unset | None = UNSET
    reminder_last_cron_run: str | Unset | None = UNSET
    activerss_interval: str | Unset | None = UNSET
    activerss_url: str | Unset | None = UNSET
    activerss_items: str | Unset | None = UNSET
    ip4: str | Unset | None = UNSET
    """ Sender IPv4 address as an unsigned integer in a string. """
    laststep: str | Unset | None = UNSET
    managetext: str | Unset | None = UNSET
    schedule: str | Unset | None = UNSET
    scheduleddate: str | Unset | None = UNSET
    waitpreview: str | Unset | None = UNSET
    deletestamp: str | Unset | None = UNSET
    replysys: str | Unset | None = UNSET
    user: str | Unset | None = UNSET
    """ Id of the user who created the campaign. """
    automation: str | Unset | None = UNSET
    """ Id of the automation; null when none. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        segmentid: str | Unset | None
        if isinstance(self.segmentid, Unset):
            segmentid = UNSET
        else:
            segmentid = self.segmentid

        bounceid: str | Unset | None
        if isinstance(self.bounceid, Unset):
            bounceid = UNSET
        else:
            bounceid = self.bounceid

        realcid: str | Unset | None
        if isinstance(self.realcid, Unset):
            realcid = UNSET
        else:
            realcid = self.realcid

        sendid: str | Unset | None
        if isinstance(self.sendid, Unset):
            sendid = UNSET
        else:
            sendid = self.sendid

        threadid: str | Unset | None
        if isinstance(self.threadid, Unset):
            threadid = UNSET
        else:
            threadid = self.threadid

        seriesid: str | Unset | None
        if isinstance(self.seriesid, Unset):
            seriesid = UNSET
        else:
            seriesid = self.seriesid

        formid: str | Unset | None
        if isinstance(self.formid, Unset):
            formid = UNSET
        else:
            formid = self.formid

        basetemplateid: str | Unset | None
        if isinstance(self.basetemplateid, Unset):
            basetemplateid = UNSET
        else:
            basetemplateid = self.basetemplateid

        basemessageid: str | Unset | None
        if isinstance(self.basemessageid, Unset):
            basemessageid = UNSET
        else:
            basemessageid = self.basemessageid

        addressid: str | Unset | None
        if isinstance(self.addressid, Unset):
            addressid = UNSET
        else:
            addressid = self.addressid

        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

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

        sdate: str | Unset | None
        if isinstance(self.sdate, Unset):
            sdate = UNSET
        else:
            sdate = self.sdate

        ldate: str | Unset | None
        if isinstance(self.ldate, Unset):
            ldate = UNSET
        else:
            ldate = self.ldate

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

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        public: str | Unset | None
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        mail_transfer: str | Unset | None
        if isinstance(self.mail_transfer, Unset):
            mail_transfer = UNSET
        else:
            mail_transfer = self.mail_transfer

        mail_send: str | Unset | None
        if isinstance(self.mail_send, Unset):
            mail_send = UNSET
        else:
            mail_send = self.mail_send

        mail_cleanup: str | Unset | None
        if isinstance(self.mail_cleanup, Unset):
            mail_cleanup = UNSET
        else:
            mail_cleanup = self.mail_cleanup

        mailer_log_file: str | Unset | None
        if isinstance(self.mailer_log_file, Unset):
            mailer_log_file = UNSET
        else:
            mailer_log_file = self.mailer_log_file

        tracklinks: str | Unset | None
        if isinstance(self.tracklinks, Unset):
            tracklinks = UNSET
        else:
            tracklinks = self.tracklinks

        tracklinksanalytics: str | Unset | None
        if isinstance(self.tracklinksanalytics, Unset):
            tracklinksanalytics = UNSET
        else:
            tracklinksanalytics = self.tracklinksanalytics

        trackreads: str | Unset | None
        if isinstance(self.trackreads, Unset):
            trackreads = UNSET
        else:
            trackreads = self.trackreads

        trackreadsanalytics: str | Unset | None
        if isinstance(self.trackreadsanalytics, Unset):
            trackreadsanalytics = UNSET
        else:
            trackreadsanalytics = self.trackreadsanalytics

        analytics_campaign_name: str | Unset | None
        if isinstance(self.analytics_campaign_name, Unset):
            analytics_campaign_name = UNSET
        else:
            analytics_campaign_name = self.analytics_campaign_name

        tweet: str | Unset | None
        if isinstance(self.tweet, Unset):
            tweet = UNSET
        else:
            tweet = self.tweet

        facebook: str | Unset | None
        if isinstance(self.facebook, Unset):
            facebook = UNSET
        else:
            facebook = self.facebook

        survey: str | Unset | None
        if isinstance(self.survey, Unset):
            survey = UNSET
        else:
            survey = self.survey

        embed_images: str | Unset | None
        if isinstance(self.embed_images, Unset):
            embed_images = UNSET
        else:
            embed_images = self.embed_images

        htmlunsub: str | Unset | None
        if isinstance(self.htmlunsub, Unset):
            htmlunsub = UNSET
        else:
            htmlunsub = self.htmlunsub

        textunsub: str | Unset | None
        if isinstance(self.textunsub, Unset):
            textunsub = UNSET
        else:
            textunsub = self.textunsub

        htmlunsubdata: str | Unset | None
        if isinstance(self.htmlunsubdata, Unset):
            htmlunsubdata = UNSET
        else:
            htmlunsubdata = self.htmlunsubdata

        textunsubdata: str | Unset | None
        if isinstance(self.textunsubdata, Unset):
            textunsubdata = UNSET
        else:
            textunsubdata = self.textunsubdata

        recurring: str | Unset | None
        if isinstance(self.recurring, Unset):
            recurring = UNSET
        else:
            recurring = self.recurring

        willrecur: str | Unset | None
        if isinstance(self.willrecur, Unset):
            willrecur = UNSET
        else:
            willrecur = self.willrecur

        split_type: str | Unset | None
        if isinstance(self.split_type, Unset):
            split_type = UNSET
        else:
            split_type = self.split_type

        split_content: str | Unset | None
        if isinstance(self.split_content, Unset):
            split_content = UNSET
        else:
            split_content = self.split_content

        split_offset: str | Unset | None
        if isinstance(self.split_offset, Unset):
            split_offset = UNSET
        else:
            split_offset = self.split_offset

        split_offset_type: str | Unset | None
        if isinstance(self.split_offset_type, Unset):
            split_offset_type = UNSET
        else:
            split_offset_type = self.split_offset_type

        split_winner_messageid: str | Unset | None
        if isinstance(self.split_winner_messageid, Unset):
            split_winner_messageid = UNSET
        else:
            split_winner_messageid = self.split_winner_messageid

        split_winner_awaiting: str | Unset | None
        if isinstance(self.split_winner_awaiting, Unset):
            split_winner_awaiting = UNSET
        else:
            split_winner_awaiting = self.split_winner_awaiting

        responder_offset: str | Unset | None
        if isinstance(self.responder_offset, Unset):
            responder_offset = UNSET
        else:
            responder_offset = self.responder_offset

        responder_type: str | Unset | None
        if isinstance(self.responder_type, Unset):
            responder_type = UNSET
        else:
            responder_type = self.responder_type

        responder_existing: str | Unset | None
        if isinstance(self.responder_existing, Unset):
            responder_existing = UNSET
        else:
            responder_existing = self.responder_existing

        reminder_field: str | Unset | None
        if isinstance(self.reminder_field, Unset):
            reminder_field = UNSET
        else:
            reminder_field = self.reminder_field

        reminder_format: str | Unset | None
        if isinstance(self.reminder_format, Unset):
            reminder_format = UNSET
        else:
            reminder_format = self.reminder_format

        reminder_type: str | Unset | None
        if isinstance(self.reminder_type, Unset):
            reminder_type = UNSET
        else:
            reminder_type = self.reminder_type

        reminder_offset: str | Unset | None
        if isinstance(self.reminder_offset, Unset):
            reminder_offset = UNSET
        else:
            reminder_offset = self.reminder_offset

        reminder_offset_type: str | Unset | None
        if isinstance(self.reminder_offset_type, Unset):
            reminder_offset_type = UNSET
        else:
            reminder_offset_type = self.reminder_offset_type

        reminder_offset_sign: str | Unset | None
        if isinstance(self.reminder_offset_sign, Unset):
            reminder_offset_sign = UNSET
        else:
            reminder_offset_sign = self.reminder_offset_sign

        reminder_last_cron_run: str | Unset | None
        if isinstance(self.reminder_last_cron_run, Unset):
            reminder_last_cron_run = UNSET
        else:
            reminder_last_cron_run = self.reminder_last_cron_run

        activerss_interval: str | Unset | None
        if isinstance(self.activerss_interval, Unset):
            activerss_interval = UNSET
        else:
            activerss_interval = self.activerss_interval

        activerss_url: str | Unset | None
        if isinstance(self.activerss_url, Unset):
            activerss_url = UNSET
        else:
            activerss_url = self.activerss_url

        activerss_items: str | Unset | None
        if isinstance(self.activerss_items, Unset):
            activerss_items = UNSET
        else:
            activerss_items = self.activerss_items

        ip4: str | Unset | None
        if isinstance(self.ip4, Unset):
            ip4 = UNSET
        else:
            ip4 = self.ip4

        laststep: str | Unset | None
        if isinstance(self.laststep, Unset):
            laststep = UNSET
        else:
            laststep = self.laststep

        managetext: str | Unset | None
        if isinstance(self.managetext, Unset):
            managetext = UNSET
        else:
            managetext = self.managetext

        schedule: str | Unset | None
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        scheduleddate: str | Unset | None
        if isinstance(self.scheduleddate, Unset):
            scheduleddate = UNSET
        else:
            scheduleddate = self.scheduleddate

        waitpreview: str | Unset | None
        if isinstance(self.waitpreview, Unset):
            waitpreview = UNSET
        else:
            waitpreview = self.waitpreview

        deletestamp: str | Unset | None
        if isinstance(self.deletestamp, Unset):
            deletestamp = UNSET
        else:
            deletestamp = self.deletestamp

        replysys: str | Unset | None
        if isinstance(self.replysys, Unset):
            replysys = UNSET
        else:
            replysys = self.replysys

        user: str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if userid is not UNSET:
            field_dict["userid"] = userid
        if segmentid is not UNSET:
            field_dict["segmentid"] = segmentid
        if bounceid is not UNSET:
            field_dict["bounceid"] = bounceid
        if realcid is not UNSET:
            field_dict["realcid"] = realcid
        if sendid is not UNSET:
            field_dict["sendid"] = sendid
        if threadid is not UNSET:
            field_dict["threadid"] = threadid
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if formid is not UNSET:
            field_dict["formid"] = formid
        if basetemplateid is not UNSET:
            field_dict["basetemplateid"] = basetemplateid
        if basemessageid is not UNSET:
            field_dict["basemessageid"] = basemessageid
        if addressid is not UNSET:
            field_dict["addressid"] = addressid
        if source is not UNSET:
            field_dict["source"] = source
        if name is not UNSET:
            field_dict["name"] = name
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if mdate is not UNSET:
            field_dict["mdate"] = mdate
        if sdate is not UNSET:
            field_dict["sdate"] = sdate
        if ldate is not UNSET:
            field_dict["ldate"] = ldate
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
        if status is not UNSET:
            field_dict["status"] = status
        if public is not UNSET:
            field_dict["public"] = public
        if mail_transfer is not UNSET:
            field_dict["mail_transfer"] = mail_transfer
        if mail_send is not UNSET:
            field_dict["mail_send"] = mail_send
        if mail_cleanup is not UNSET:
            field_dict["mail_cleanup"] = mail_cleanup
        if mailer_log_file is not UNSET:
            field_dict["mailer_log_file"] = mailer_log_file
        if tracklinks is not UNSET:
            field_dict["tracklinks"] = tracklinks
        if tracklinksanalytics is not UNSET:
            field_dict["tracklinksanalytics"] = tracklinksanalytics
        if trackreads is not UNSET:
            field_dict["trackreads"] = trackreads
        if trackreadsanalytics is not UNSET:
            field_dict["trackreadsanalytics"] = trackreadsanalytics
        if analytics_campaign_name is not UNSET:
            field_dict["analytics_campaign_name"] = analytics_campaign_name
        if tweet is not UNSET:
            field_dict["tweet"] = tweet
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if survey is not UNSET:
            field_dict["survey"] = survey
        if embed_images is not UNSET:
            field_dict["embed_images"] = embed_images
        if htmlunsub is not UNSET:
            field_dict["htmlunsub"] = htmlunsub
        if textunsub is not UNSET:
            field_dict["textunsub"] = textunsub
        if htmlunsubdata is not UNSET:
            field_dict["htmlunsubdata"] = htmlunsubdata
        if textunsubdata is not UNSET:
            field_dict["textunsubdata"] = textunsubdata
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if willrecur is not UNSET:
            field_dict["willrecur"] = willrecur
        if split_type is not UNSET:
            field_dict["split_type"] = split_type
        if split_content is not UNSET:
            field_dict["split_content"] = split_content
        if split_offset is not UNSET:
            field_dict["split_offset"] = split_offset
        if split_offset_type is not UNSET:
            field_dict["split_offset_type"] = split_offset_type
        if split_winner_messageid is not UNSET:
            field_dict["split_winner_messageid"] = split_winner_messageid
        if split_winner_awaiting is not UNSET:
            field_dict["split_winner_awaiting"] = split_winner_awaiting
        if responder_offset is not UNSET:
            field_dict["responder_offset"] = responder_offset
        if responder_type is not UNSET:
            field_dict["responder_type"] = responder_type
        if responder_existing is not UNSET:
            field_dict["responder_existing"] = responder_existing
        if reminder_field is not UNSET:
            field_dict["reminder_field"] = reminder_field
        if reminder_format is not UNSET:
            field_dict["reminder_format"] = reminder_format
        if reminder_type is not UNSET:
            field_dict["reminder_type"] = reminder_type
        if reminder_offset is not UNSET:
            field_dict["reminder_offset"] = reminder_offset
        if reminder_offset_type is not UNSET:
            field_dict["reminder_offset_type"] = reminder_offset_type
        if reminder_offset_sign is not UNSET:
            field_dict["reminder_offset_sign"] = reminder_offset_sign
        if reminder_last_cron_run is not UNSET:
            field_dict["reminder_last_cron_run"] = reminder_last_cron_run
        if activerss_interval is not UNSET:
            field_dict["activerss_interval"] = activerss_interval
        if activerss_url is not UNSET:
            field_dict["activerss_url"] = activerss_url
        if activerss_items is not UNSET:
            field_dict["activerss_items"] = activerss_items
        if ip4 is not UNSET:
            field_dict["ip4"] = ip4
        if laststep is not UNSET:
            field_dict["laststep"] = laststep
        if managetext is not UNSET:
            field_dict["managetext"] = managetext
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if scheduleddate is not UNSET:
            field_dict["scheduleddate"] = scheduleddate
        if waitpreview is not UNSET:
            field_dict["waitpreview"] = waitpreview
        if deletestamp is not UNSET:
            field_dict["deletestamp"] = deletestamp
        if replysys is not UNSET:
            field_dict["replysys"] = replysys
        if user is not UNSET:
            field_dict["user"] = user
        if automation is not UNSET:
            field_dict["automation"] = automation
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            campaign = cls.__new__(cls)
            d = dict(src_dict)
            campaign.id = d.pop("id")

            campaign.type_ = d.pop("type", UNSET)

            campaign.userid = d.pop("userid", UNSET)

            campaign.segmentid = d.pop("segmentid", UNSET)

            campaign.bounceid = d.pop("bounceid", UNSET)

            campaign.realcid = d.pop("realcid", UNSET)

            campaign.sendid = d.pop("sendid", UNSET)

            campaign.threadid = d.pop("threadid", UNSET)

            campaign.seriesid = d.pop("seriesid", UNSET)

            campaign.formid = d.pop("formid", UNSET)

            campaign.basetemplateid = d.pop("basetemplateid", UNSET)

            campaign.basemessageid = d.pop("basemessageid", UNSET)

            campaign.addressid = d.pop("addressid", UNSET)

            campaign.source = d.pop("source", UNSET)

            campaign.name = d.pop("name", UNSET)

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

            campaign.cdate = cdate

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

            campaign.mdate = mdate

            campaign.sdate = d.pop("sdate", UNSET)

            campaign.ldate = d.pop("ldate", UNSET)

            campaign.send_amt = d.pop("send_amt", UNSET)

            campaign.total_amt = d.pop("total_amt", UNSET)

            campaign.opens = d.pop("opens", UNSET)

            campaign.uniqueopens = d.pop("uniqueopens", UNSET)

            campaign.linkclicks = d.pop("linkclicks", UNSET)

            campaign.uniquelinkclicks = d.pop("uniquelinkclicks", UNSET)

            campaign.subscriberclicks = d.pop("subscriberclicks", UNSET)

            campaign.forwards = d.pop("forwards", UNSET)

            campaign.uniqueforwards = d.pop("uniqueforwards", UNSET)

            campaign.hardbounces = d.pop("hardbounces", UNSET)

            campaign.softbounces = d.pop("softbounces", UNSET)

            campaign.unsubscribes = d.pop("unsubscribes", UNSET)

            campaign.unsubreasons = d.pop("unsubreasons", UNSET)

            campaign.updates = d.pop("updates", UNSET)

            campaign.socialshares = d.pop("socialshares", UNSET)

            campaign.replies = d.pop("replies", UNSET)

            campaign.uniquereplies = d.pop("uniquereplies", UNSET)

            campaign.status = d.pop("status", UNSET)

            campaign.public = d.pop("public", UNSET)

            campaign.mail_transfer = d.pop("mail_transfer", UNSET)

            campaign.mail_send = d.pop("mail_send", UNSET)

            campaign.mail_cleanup = d.pop("mail_cleanup", UNSET)

            campaign.mailer_log_file = d.pop("mailer_log_file", UNSET)

            campaign.tracklinks = d.pop("tracklinks", UNSET)

            campaign.tracklinksanalytics = d.pop("tracklinksanalytics", UNSET)

            campaign.trackreads = d.pop("trackreads", UNSET)

            campaign.trackreadsanalytics = d.pop("trackreadsanalytics", UNSET)

            campaign.analytics_campaign_name = d.pop("analytics_campaign_name", UNSET)

            campaign.tweet = d.pop("tweet", UNSET)

            campaign.facebook = d.pop("facebook", UNSET)

            campaign.survey = d.pop("survey", UNSET)

            campaign.embed_images = d.pop("embed_images", UNSET)

            campaign.htmlunsub = d.pop("htmlunsub", UNSET)

            campaign.textunsub = d.pop("textunsub", UNSET)

            campaign.htmlunsubdata = d.pop("htmlunsubdata", UNSET)

            campaign.textunsubdata = d.pop("textunsubdata", UNSET)

            campaign.recurring = d.pop("recurring", UNSET)

            campaign.willrecur = d.pop("willrecur", UNSET)

            campaign.split_type = d.pop("split_type", UNSET)

            campaign.split_content = d.pop("split_content", UNSET)

            campaign.split_offset = d.pop("split_offset", UNSET)

            campaign.split_offset_type = d.pop("split_offset_type", UNSET)

            campaign.split_winner_messageid = d.pop("split_winner_messageid", UNSET)

            campaign.split_winner_awaiting = d.pop("split_winner_awaiting", UNSET)

            campaign.responder_offset = d.pop("responder_offset", UNSET)

            campaign.responder_type = d.pop("responder_type", UNSET)

            campaign.responder_existing = d.pop("responder_existing", UNSET)

            campaign.reminder_field = d.pop("reminder_field", UNSET)

            campaign.reminder_format = d.pop("reminder_format", UNSET)

            campaign.reminder_type = d.pop("reminder_type", UNSET)

            campaign.reminder_offset = d.pop("reminder_offset", UNSET)

            campaign.reminder_offset_type = d.pop("reminder_offset_type", UNSET)

            campaign.reminder_offset_sign = d.pop("reminder_offset_sign", UNSET)

            campaign.reminder_last_cron_run = d.pop("reminder_last_cron_run", UNSET)

            campaign.activerss_interval = d.pop("activerss_interval", UNSET)

            campaign.activerss_url = d.pop("activerss_url", UNSET)

            campaign.activerss_items = d.pop("activerss_items", UNSET)

            campaign.ip4 = d.pop("ip4", UNSET)

            campaign.laststep = d.pop("laststep", UNSET)

            campaign.managetext = d.pop("managetext", UNSET)

            campaign.schedule = d.pop("schedule", UNSET)

            campaign.scheduleddate = d.pop("scheduleddate", UNSET)

            campaign.waitpreview = d.pop("waitpreview", UNSET)

            campaign.deletestamp = d.pop("deletestamp", UNSET)

            campaign.replysys = d.pop("replysys", UNSET)

            campaign.user = d.pop("user", UNSET)

            campaign.automation = d.pop("automation", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            campaign.links = links

            campaign.additional_properties = d
            return campaign
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
