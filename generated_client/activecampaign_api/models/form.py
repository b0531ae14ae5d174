from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Form")


@_attrs_define
class Form:
    """A subscription form."""

    id: str
    name: str | Unset = UNSET
    action: str | Unset | None = UNSET
    actiondata: FormActionData | Unset = UNSET
    submit: str | Unset = UNSET
    """ What happens on submission, for example `show-thank-you`. """
    submitdata: FormSubmitData | Unset = UNSET
    url: str | Unset | None = UNSET
    layout: str | Unset = UNSET
    """ For example `inline-form`. """
    title: str | Unset | None = UNSET
    body: str | Unset | None = UNSET
    button: str | Unset = UNSET
    """ Submit button label. """
    thanks: str | Unset = UNSET
    """ Message shown after submission. """
    style: FormStyle | Unset = UNSET
    options: FormOptions | Unset = UNSET
    cfields: list[FormField] | Unset = UNSET
    parentformid: str | Unset | None = UNSET
    userid: str | Unset | None = UNSET
    addressid: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    entries: str | Unset = UNSET
    """ Number of submissions, as a string of digits. """
    aid: str | Unset | None = UNSET
    defaultscreenshot: str | Unset | None = UNSET
    recent: list[FormRecentItem] | Unset = UNSET
    contacts: int | Unset = UNSET
    """ Number of contacts that submitted the form (list view only). """
    deals: int | Unset = UNSET
    """ Number of deals created by the form (list view only). """
    address: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        action: str | Unset | None
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        actiondata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actiondata, Unset):
            actiondata = self.actiondata.to_dict()

        submit = self.submit

        submitdata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submitdata, Unset):
            submitdata = self.submitdata.to_dict()

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        layout = self.layout

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        body: str | Unset | None
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        button = self.button

        thanks = self.thanks

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        cfields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cfields, Unset):
            cfields = []
            for cfields_item_data in self.cfields:
                cfields_item = cfields_item_data.to_dict()
                cfields.append(cfields_item)

        parentformid: str | Unset | None
        if isinstance(self.parentformid, Unset):
            parentformid = UNSET
        else:
            parentformid = self.parentformid

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        addressid: int | str | Unset | None
        if isinstance(self.addressid, Unset):
            addressid = UNSET
        else:
            addressid = self.addressid

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

        entries = self.entries

        aid: str | Unset | None
        if isinstance(self.aid, Unset):
            aid = UNSET
        else:
            aid = self.aid

        defaultscreenshot: str | Unset | None
        if isinstance(self.defaultscreenshot, Unset):
            defaultscreenshot = UNSET
        else:
            defaultscreenshot = self.defaultscreenshot

        recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent, Unset):
            recent = []
            for recent_item_data in self.recent:
                recent_item = recent_item_data.to_dict()
                recent.append(recent_item)

        contacts = self.contacts

        deals = self.deals

        address: str | Unset | None
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

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
        if action is not UNSET:
            field_dict["action"] = action
        if actiondata is not UNSET:
            field_dict["actiondata"] = actiondata
        if submit is not UNSET:
            field_dict["submit"] = submit
        if submitdata is not UNSET:
            field_dict["submitdata"] = submitdata
        if url is not UNSET:
            field_dict["url"] = url
        if layout is not UNSET:
            field_dict["layout"] = layout
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if button is not UNSET:
            field_dict["button"] = button
        if thanks is not UNSET:
            field_dict["thanks"] = thanks
        if style is not UNSET:
            field_dict["style"] = style
        if options is not UNSET:
            field_dict["options"] = options
        if cfields is not UNSET:
            field_dict["cfields"] = cfields
        if parentformid is not UNSET:
            field_dict["parentformid"] = parentformid
        if userid is not UNSET:
            field_dict["userid"] = userid
        if addressid is not UNSET:
            field_dict["addressid"] = addressid
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if entries is not UNSET:
            field_dict["entries"] = entries
        if aid is not UNSET:
            field_dict["aid"] = aid
        if defaultscreenshot is not UNSET:
            field_dict["defaultscreenshot"] = defaultscreenshot
        if recent is not UNSET:
            field_dict["recent"] = recent
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if deals is not UNSET:
            field_dict["deals"] = deals
        if address is not UNSET:
            field_dict["address"] = address
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            form = cls.__new__(cls)
            d = dict(src_dict)
            form.id = d.pop("id")

            form.name = d.pop("name", UNSET)

            form.action = d.pop("action", UNSET)

            _actiondata = d.pop("actiondata", UNSET)
            actiondata: FormActionData | Unset
            if isinstance(_actiondata, Unset):
                actiondata = UNSET
            else:
                actiondata = FormActionData.from_dict(_actiondata)

            form.actiondata = actiondata

            form.submit = d.pop("submit", UNSET)

            _submitdata = d.pop("submitdata", UNSET)
            submitdata: FormSubmitData | Unset
            if isinstance(_submitdata, Unset):
                submitdata = UNSET
            else:
                submitdata = FormSubmitData.from_dict(_submitdata)

            form.submitdata = submitdata

            form.url = d.pop("url", UNSET)

            form.layout = d.pop("layout", UNSET)

            form.title = d.pop("title", UNSET)

            form.body = d.pop("body", UNSET)

            form.button = d.pop("button", UNSET)

            form.thanks = d.pop("thanks", UNSET)

            _style = d.pop("style", UNSET)
            style: FormStyle | Unset
            if isinstance(_style, Unset):
                style = UNSET
            else:
                style = FormStyle.from_dict(_style)

            form.style = style

            _options = d.pop("options", UNSET)
            options: FormOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = FormOptions.from_dict(_options)

            form.options = options

            _cfields = d.pop("cfields", UNSET)
            cfields: list[FormField] | Unset = UNSET
            if _cfields is not UNSET:
                cfields = []
                for cfields_item_data in _cfields:
                    cfields_item = FormField.from_dict(cfields_item_data)

                    cfields.append(cfields_item)

            form.cfields = cfields

            form.parentformid = d.pop("parentformid", UNSET)

            form.userid = d.pop("userid", UNSET)

            form.addressid = d.pop("addressid", UNSET)

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

            form.cdate = cdate

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

            form.udate = udate

            form.entries = d.pop("entries", UNSET)

            form.aid = d.pop("aid", UNSET)

            form.defaultscreenshot = d.pop("defaultscreenshot", UNSET)

            _recent = d.pop("recent", UNSET)
            recent: list[FormRecentItem] | Unset = UNSET
            if _recent is not UNSET:
                recent = []
                for recent_item_data in _recent:
                    recent_item = FormRecentItem.from_dict(recent_item_data)

                    recent.append(recent_item)

            form.recent = recent

            form.contacts = d.pop("contacts", UNSET)

            form.deals = d.pop("deals", UNSET)

            form.address = d.pop("address", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            form.links = links

            form.additional_properties = d
            return form
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


from ..models.form_action_data import FormActionData  # noqa: E402
from ..models.form_field import FormField  # noqa: E402
from ..models.form_options import FormOptions  # noqa: E402
from ..models.form_recent_item import FormRecentItem  # noqa: E402
from ..models.form_style import FormStyle  # noqa: E402
from ..models.form_submit_data import FormSubmitData  # noqa: E402
from ..models.links import Links  # noqa: E402
