from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FormFields")


@_attrs_define
class FormFields:
    """The writable attributes of a form (inferred from what the form reads return)."""

    name: str | Unset = UNSET
    layout: str | Unset = UNSET
    action: str | Unset = UNSET
    actiondata: FormActionData | Unset = UNSET
    submit: str | Unset = UNSET
    submitdata: FormSubmitData | Unset = UNSET
    url: str | Unset = UNSET
    title: str | Unset = UNSET
    body: str | Unset = UNSET
    button: str | Unset = UNSET
    thanks: str | Unset = UNSET
    style: FormStyle | Unset = UNSET
    options: FormOptions | Unset = UNSET
    cfields: list[FormField] | Unset = UNSET
    addressid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        layout = self.layout

        action = self.action

        actiondata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actiondata, Unset):
            actiondata = self.actiondata.to_dict()

        submit = self.submit

        submitdata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submitdata, Unset):
            submitdata = self.submitdata.to_dict()

        url = self.url

        title = self.title

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

        addressid: int | str | Unset
        if isinstance(self.addressid, Unset):
            addressid = UNSET
        else:
            addressid = self.addressid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if layout is not UNSET:
            field_dict["layout"] = layout
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
        if addressid is not UNSET:
            field_dict["addressid"] = addressid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            form_fields = cls.__new__(cls)
            d = dict(src_dict)
            form_fields.name = d.pop("name", UNSET)

            form_fields.layout = d.pop("layout", UNSET)

            form_fields.action = d.pop("action", UNSET)

            _actiondata = d.pop("actiondata", UNSET)
            actiondata: FormActionData | Unset
            if isinstance(_actiondata, Unset):
                actiondata = UNSET
            else:
                actiondata = FormActionData.from_dict(_actiondata)

            form_fields.actiondata = actiondata

            form_fields.submit = d.pop("submit", UNSET)

            _submitdata = d.pop("submitdata", UNSET)
            submitdata: FormSubmitData | Unset
            if isinstance(_submitdata, Unset):
                submitdata = UNSET
            else:
                submitdata = FormSubmitData.from_dict(_submitdata)

            form_fields.submitdata = submitdata

            form_fields.url = d.pop("url", UNSET)

            form_fields.title = d.pop("title", UNSET)

            form_fields.body = d.pop("body", UNSET)

            form_fields.button = d.pop("button", UNSET)

            form_fields.thanks = d.pop("thanks", UNSET)

            _style = d.pop("style", UNSET)
            style: FormStyle | Unset
            if isinstance(_style, Unset):
                style = UNSET
            else:
                style = FormStyle.from_dict(_style)

            form_fields.style = style

            _options = d.pop("options", UNSET)
            options: FormOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = FormOptions.from_dict(_options)

            form_fields.options = options

            _cfields = d.pop("cfields", UNSET)
            cfields: list[FormField] | Unset = UNSET
            if _cfields is not UNSET:
                cfields = []
                for cfields_item_data in _cfields:
                    cfields_item = FormField.from_dict(cfields_item_data)

                    cfields.append(cfields_item)

            form_fields.cfields = cfields

            form_fields.addressid = d.pop("addressid", UNSET)

            form_fields.additional_properties = d
            return form_fields
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
from ..models.form_style import FormStyle  # noqa: E402
from ..models.form_submit_data import FormSubmitData  # noqa: E402
