from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.field_type import FieldType, check_field_type
from ..models.flag_input_type_1 import FlagInputType1, check_flag_input_type_1
from ..models.flag_input_type_2 import FlagInputType2, check_flag_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FieldAttributes")


@_attrs_define
class FieldAttributes:
    """The writable attributes of a custom field."""

    title: str | Unset = UNSET
    type_: FieldType | Unset = UNSET
    """ Kind of custom contact field to create. """
    descript: str | Unset = UNSET
    isrequired: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    perstag: str | Unset = UNSET
    """ Personalization tag; the API upper-cases it and replaces spaces. """
    defval: str | Unset = UNSET
    """ Default value, in the field type's format. """
    show_in_list: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    rows: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    cols: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    visible: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    service: str | Unset = UNSET
    """ Integration that owns the field, for example `salesforce`. """
    ordernum: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        descript = self.descript

        isrequired: bool | int | str | Unset
        if isinstance(self.isrequired, Unset):
            isrequired = UNSET
        elif isinstance(self.isrequired, int) or isinstance(self.isrequired, str):
            isrequired = self.isrequired
        else:
            isrequired = self.isrequired

        perstag = self.perstag

        defval = self.defval

        show_in_list: bool | int | str | Unset
        if isinstance(self.show_in_list, Unset):
            show_in_list = UNSET
        elif isinstance(self.show_in_list, int) or isinstance(self.show_in_list, str):
            show_in_list = self.show_in_list
        else:
            show_in_list = self.show_in_list

        rows: int | str | Unset
        if isinstance(self.rows, Unset):
            rows = UNSET
        else:
            rows = self.rows

        cols: int | str | Unset
        if isinstance(self.cols, Unset):
            cols = UNSET
        else:
            cols = self.cols

        visible: bool | int | str | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        elif isinstance(self.visible, int) or isinstance(self.visible, str):
            visible = self.visible
        else:
            visible = self.visible

        service = self.service

        ordernum: int | str | Unset
        if isinstance(self.ordernum, Unset):
            ordernum = UNSET
        else:
            ordernum = self.ordernum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if descript is not UNSET:
            field_dict["descript"] = descript
        if isrequired is not UNSET:
            field_dict["isrequired"] = isrequired
        if perstag is not UNSET:
            field_dict["perstag"] = perstag
        if defval is not UNSET:
            field_dict["defval"] = defval
        if show_in_list is not UNSET:
            field_dict["show_in_list"] = show_in_list
        if rows is not UNSET:
            field_dict["rows"] = rows
        if cols is not UNSET:
            field_dict["cols"] = cols
        if visible is not UNSET:
            field_dict["visible"] = visible
        if service is not UNSET:
            field_dict["service"] = service
        if ordernum is not UNSET:
            field_dict["ordernum"] = ordernum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            field_attributes = cls.__new__(cls)
            d = dict(src_dict)
            field_attributes.title = d.pop("title", UNSET)

            _type_ = d.pop("type", UNSET)
            type_: FieldType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_field_type(_type_)

            field_attributes.type_ = type_

            field_attributes.descript = d.pop("descript", UNSET)

            def _parse_isrequired(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            isrequired = _parse_isrequired(d.pop("isrequired", UNSET))

            field_attributes.isrequired = isrequired

            field_attributes.perstag = d.pop("perstag", UNSET)

            field_attributes.defval = d.pop("defval", UNSET)

            def _parse_show_in_list(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            show_in_list = _parse_show_in_list(d.pop("show_in_list", UNSET))

            field_attributes.show_in_list = show_in_list

            field_attributes.rows = d.pop("rows", UNSET)

            field_attributes.cols = d.pop("cols", UNSET)

            def _parse_visible(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            visible = _parse_visible(d.pop("visible", UNSET))

            field_attributes.visible = visible

            field_attributes.service = d.pop("service", UNSET)

            field_attributes.ordernum = d.pop("ordernum", UNSET)

            field_attributes.additional_properties = d
            return field_attributes
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
