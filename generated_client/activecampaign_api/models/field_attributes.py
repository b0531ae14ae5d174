from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.field_flag import FieldFlag, check_field_flag
from ..models.field_type import FieldType, check_field_type
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
    isrequired: FieldFlag | Unset = UNSET
    """ 1 (yes) or 0 (no). """
    perstag: str | Unset = UNSET
    """ Personalization tag; the API upper-cases it and replaces spaces. """
    defval: str | Unset = UNSET
    """ Default value, in the field type's format. """
    show_in_list: FieldFlag | Unset = UNSET
    """ 1 (yes) or 0 (no). """
    rows: int | Unset = UNSET
    """ Deprecated by the API (textarea height). """
    cols: int | Unset = UNSET
    """ Deprecated by the API (textarea width). """
    visible: FieldFlag | Unset = UNSET
    """ 1 (yes) or 0 (no). """
    service: str | Unset = UNSET
    """ Integration that owns the field, for example `salesforce`. """
    ordernum: int | Unset = UNSET
    """ Position in the account's field list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        descript = self.descript

        isrequired: int | Unset = UNSET
        if not isinstance(self.isrequired, Unset):
            isrequired = self.isrequired

        perstag = self.perstag

        defval = self.defval

        show_in_list: int | Unset = UNSET
        if not isinstance(self.show_in_list, Unset):
            show_in_list = self.show_in_list

        rows = self.rows

        cols = self.cols

        visible: int | Unset = UNSET
        if not isinstance(self.visible, Unset):
            visible = self.visible

        service = self.service

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

            _isrequired = d.pop("isrequired", UNSET)
            isrequired: FieldFlag | Unset
            if isinstance(_isrequired, Unset):
                isrequired = UNSET
            else:
                isrequired = check_field_flag(_isrequired)

            field_attributes.isrequired = isrequired

            field_attributes.perstag = d.pop("perstag", UNSET)

            field_attributes.defval = d.pop("defval", UNSET)

            _show_in_list = d.pop("show_in_list", UNSET)
            show_in_list: FieldFlag | Unset
            if isinstance(_show_in_list, Unset):
                show_in_list = UNSET
            else:
                show_in_list = check_field_flag(_show_in_list)

            field_attributes.show_in_list = show_in_list

            field_attributes.rows = d.pop("rows", UNSET)

            field_attributes.cols = d.pop("cols", UNSET)

            _visible = d.pop("visible", UNSET)
            visible: FieldFlag | Unset
            if isinstance(_visible, Unset):
                visible = UNSET
            else:
                visible = check_field_flag(_visible)

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
