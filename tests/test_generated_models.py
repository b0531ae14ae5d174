"""The generated models: response models are msgspec Structs typed by the wire-tolerance policy.

Every response model derives from `activecampaign_api.decoding.Model`. Each attribute has one
Python type per kind (generator/wire_policy.py): ids `str`, counts `int`, money `float`, flags
`bool`, datetimes `datetime.datetime`, dates `datetime.date`, text `str`; it is `X | None`
(default None) unless the spec requires it and it cannot be null. `from_dict` (and the decoder
the operations use on the body's bytes) reads every form the policy allows and refuses the rest
with one `ParseError` naming the model and the attribute. The cassette tests check the parsed
answers value by value; these check the models themselves.

Request bodies are still attrs models, built without their `__init__` by `from_dict` (see
generator/templates/model.py.jinja): that builds what `__init__` would only while `__init__` does
nothing but assign, and `from_dict` must set every attribute, or the object breaks later.
"""

from __future__ import annotations

import datetime
import importlib
import json
import pickle
import pkgutil
import types
import typing
from typing import Any

import activecampaign_api.models
import attrs
import msgspec
import pytest
from activecampaign_api.api.tags import delete_tag
from activecampaign_api.decoding import Model, decode
from activecampaign_api.errors import ParseError
from activecampaign_api.models import Contact, ContactList, ContactPageMeta, Deal

CENTRAL = datetime.timezone(datetime.timedelta(hours=-5))


def _classes() -> list[type[Any]]:
    found = []
    for info in pkgutil.iter_modules(activecampaign_api.models.__path__):
        module = importlib.import_module(f"activecampaign_api.models.{info.name}")
        found += [value for value in vars(module).values() if getattr(value, "__module__", None) == module.__name__]
    return sorted((value for value in found if isinstance(value, type)), key=lambda model: model.__name__)


CLASSES = _classes()
RESPONSE_MODELS = [model for model in CLASSES if issubclass(model, Model)]
REQUEST_MODELS = [model for model in CLASSES if attrs.has(model)]


def test_models_are_found() -> None:
    assert {"Contact", "ContactList", "Deal", "PageMeta"} <= {model.__name__ for model in RESPONSE_MODELS}
    assert {"ContactCreateRequest", "DealCreateRequest"} <= {model.__name__ for model in REQUEST_MODELS}
    assert not set(RESPONSE_MODELS) & set(REQUEST_MODELS)


def _decode(model: type[Model], value: dict[str, Any]) -> Any:
    """`value` read as `model` both ways the SDK reads an answer: from decoded JSON and from the body's bytes."""
    parsed = model.from_dict(value)
    assert decode(json.dumps(value).encode(), model) == parsed
    return parsed


# -- the shape of every response model ---------------------------------------------------

_SCALARS = (str, int, float, bool, datetime.datetime, datetime.date)


def _allowed(annotation: Any) -> bool:
    """Whether an attribute type is built only of policy types, models, lists, maps, literals and Any."""
    if annotation is Any or annotation is types.NoneType or annotation in _SCALARS:
        return True
    if isinstance(annotation, type) and issubclass(annotation, Model):
        return True
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return all(isinstance(value, str | int) for value in typing.get_args(annotation))
    if origin is list:
        return _allowed(typing.get_args(annotation)[0])
    if origin is dict:
        key, value = typing.get_args(annotation)
        return key is str and _allowed(value)
    if origin in (types.UnionType, typing.Union):
        return all(_allowed(arg) for arg in typing.get_args(annotation))
    return False


@pytest.mark.parametrize("model", RESPONSE_MODELS, ids=lambda model: model.__name__)
def test_response_attributes_are_policy_types_and_none_when_not_required(model: type[Model]) -> None:
    hints = typing.get_type_hints(model)
    for field in msgspec.structs.fields(model):
        annotation = hints[field.name]
        assert _allowed(annotation), (model.__name__, field.name, annotation)
        if not field.required:
            assert field.default is None, (model.__name__, field.name, field.default)
            assert types.NoneType in typing.get_args(annotation), (model.__name__, field.name, annotation)


@pytest.mark.parametrize("model", RESPONSE_MODELS, ids=lambda model: model.__name__)
def test_a_response_model_reads_an_object_of_its_optional_attributes(model: type[Model]) -> None:
    required = [field for field in msgspec.structs.fields(model) if field.required]
    if required:
        with pytest.raises(ParseError, match=rf"^{model.__name__}: .*missing required field"):
            model.from_dict({})
        return
    parsed = model.from_dict({})
    assert parsed == model()
    assert all(getattr(parsed, field.name) is None for field in msgspec.structs.fields(model))
    assert parsed.to_dict() == {}
    assert repr(parsed) == f"{model.__name__}()"


# -- each kind, as the policy says ---------------------------------------------------------


@pytest.mark.parametrize(("sent", "read"), [("12", 12), (12, 12), (12.0, 12), ("-1", -1), ("0", 0)])
def test_a_count_is_an_int(sent: object, read: int) -> None:
    contact = _decode(Contact, {"id": "1", "sentcnt": sent})
    assert type(contact.sentcnt) is int and contact.sentcnt == read


@pytest.mark.parametrize(
    ("sent", "read"),
    [("0", False), ("1", True), (0, False), (1, True), (False, False), (True, True), ("false", False), ("true", True)],
)
def test_a_flag_is_a_bool(sent: object, read: bool) -> None:
    contact = _decode(Contact, {"id": "1", "deleted": sent})
    assert contact.deleted is read


@pytest.mark.parametrize(("sent", "read"), [("156.24", 156.24), (156.24, 156.24), ("15624", 15624.0), (15624, 15624.0)])
def test_money_is_a_float(sent: object, read: float) -> None:
    deal = _decode(Deal, {"id": "1", "value": sent})
    assert type(deal.value) is float and deal.value == read


@pytest.mark.parametrize(("sent", "read"), [("12", "12"), (12, "12"), ("abc-1", "abc-1")])
def test_an_id_is_a_str_and_a_number_its_digits(sent: object, read: str) -> None:
    assert _decode(Contact, {"id": sent}).id == read


@pytest.mark.parametrize(("sent", "read"), [("ada@example.com", "ada@example.com"), (12, "12"), (1.5, "1.5")])
def test_text_is_a_str_and_a_number_its_json_text(sent: object, read: str) -> None:
    assert _decode(Contact, {"id": "1", "email": sent}).email == read


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        ("2024-05-01 10:11:12", datetime.datetime(2024, 5, 1, 10, 11, 12)),
        ("2024-05-01T10:11:12-05:00", datetime.datetime(2024, 5, 1, 10, 11, 12, tzinfo=CENTRAL)),
        ("0000-00-00 00:00:00", None),
        (None, None),
    ],
)
def test_a_datetime_is_a_datetime_and_the_zero_date_none(sent: object, read: datetime.datetime | None) -> None:
    contact = _decode(Contact, {"id": "1", "cdate": sent})
    assert contact.cdate == read
    if read is not None:
        assert type(contact.cdate) is datetime.datetime and contact.cdate.utcoffset() == read.utcoffset()


@pytest.mark.parametrize(
    ("sent", "read"), [("2024-05-01", datetime.date(2024, 5, 1)), ("0000-00-00", None), (None, None)]
)
def test_a_date_is_a_date_and_the_zero_date_none(sent: object, read: datetime.date | None) -> None:
    contact = _decode(Contact, {"id": "1", "bounced_date": sent})
    assert contact.bounced_date == read
    assert read is None or type(contact.bounced_date) is datetime.date


def test_an_absent_attribute_reads_as_none() -> None:
    contact = _decode(Contact, {"id": "1"})
    assert (contact.email, contact.sentcnt, contact.deleted, contact.cdate, contact.bounced_date) == (
        None,
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("model", "attribute", "sent"),
    [
        (Contact, "sentcnt", "abc"),
        (Contact, "sentcnt", 1.5),
        (Contact, "sentcnt", True),
        (Contact, "deleted", 2),
        (Contact, "deleted", "yes"),
        (Deal, "value", "abc"),
        (Deal, "value", True),
        (Contact, "cdate", "abc"),
        (Contact, "cdate", "2024-05-01"),
        (Contact, "bounced_date", "abc"),
        (Contact, "id", True),
        (Contact, "email", True),
    ],
)
def test_a_value_the_policy_refuses_is_a_parse_error_naming_model_and_attribute(
    model: type[Model], attribute: str, sent: object
) -> None:
    value = {"id": "1", attribute: sent}
    with pytest.raises(ParseError, match=rf"^{model.__name__}: .* - at `\$\.{attribute}`$") as parsed:
        model.from_dict(value)
    assert parsed.value.model == model.__name__ and isinstance(parsed.value, ValueError)
    with pytest.raises(ParseError, match=rf"^{model.__name__}: .* - at `\$\.{attribute}`$"):
        decode(json.dumps(value).encode(), model)


def test_a_parse_error_in_a_nested_model_names_the_model_parsed_and_the_path_to_the_attribute() -> None:
    contacts = [{"id": "1"}, {"id": "2", "sentcnt": "abc"}]
    with pytest.raises(ParseError, match=r"^ContactList: .* - at `\$\.contacts\[1\]\.sentcnt`$") as bad:
        ContactList.from_dict({"contacts": contacts, "meta": {"total": "2"}})
    assert bad.value.model == "ContactList"
    with pytest.raises(ParseError, match=r"^ContactList: .*missing required field `contacts`"):
        ContactList.from_dict({"meta": {"total": "1"}})
    with pytest.raises(ParseError, match=r"^ContactList: .*Expected `array`, got `int` - at `\$\.contacts`$"):
        ContactList.from_dict({"contacts": 5, "meta": {"total": "1"}})


def test_an_undeclared_key_is_no_error() -> None:
    assert _decode(Contact, {"id": "1", "not_in_the_spec": "kept?"}) == Contact(id="1")


def test_a_map_only_answer_is_a_plain_dict() -> None:
    # `EmptyObject`, the `{}` that deletions answer, has no attributes of its own: a dict, not a model.
    assert delete_tag._parse_response(200, b"{}") == {}
    assert type(delete_tag._parse_response(200, b"{}")) is dict
    assert delete_tag._parse_response(200, b"[]") == {}  # PHP's empty array where the spec has an object
    assert delete_tag._parse_response(200, b'{"extra": [1]}') == {"extra": [1]}


# -- what a model is as a Python object ----------------------------------------------------


def _contact() -> Contact:
    return Contact(
        id="1",
        first_name="Ada",
        sentcnt=3,
        deleted=False,
        cdate=datetime.datetime(2024, 5, 1, 10, 11, 12, tzinfo=CENTRAL),
        bounced_date=datetime.date(2024, 5, 2),
    )


def test_attributes_are_python_names_and_to_dict_the_api_names_without_the_none_ones() -> None:
    contact = _contact()
    assert (contact.first_name, contact.last_name) == ("Ada", None)
    assert contact.to_dict() == {
        "id": "1",
        "firstName": "Ada",
        "sentcnt": 3,
        "deleted": False,
        "cdate": "2024-05-01T10:11:12-05:00",
        "bounced_date": "2024-05-02",
    }
    json.dumps(contact.to_dict())  # JSON-ready builtins


def test_from_dict_reads_back_what_to_dict_writes() -> None:
    contact = _contact()
    assert Contact.from_dict(contact.to_dict()) == contact
    page = ContactList(contacts=[contact], meta=ContactPageMeta(total=1))
    assert ContactList.from_dict(page.to_dict()) == page


def test_repr_shows_the_attributes_that_are_set() -> None:
    assert repr(Contact(id="1", deleted=False)) == "Contact(id='1', deleted=False)"
    page = ContactList(contacts=[Contact(id="1")], meta=ContactPageMeta(total=1))
    assert repr(page) == "ContactList(contacts=[Contact(id='1')], meta=ContactPageMeta(total=1))"


def test_models_compare_by_value() -> None:
    assert _contact() == _contact()
    assert _contact() != Contact(id="1")
    assert Contact(id="1") != Contact(id="2")
    as_dict: object = {"id": "1"}
    assert Contact(id="1") != as_dict


def test_models_pickle() -> None:
    page = ContactList(contacts=[_contact()], meta=ContactPageMeta(total=1))
    copied = pickle.loads(pickle.dumps(page))
    assert copied == page and type(copied.contacts[0]) is Contact
    assert copied.contacts[0].cdate == _contact().cdate


def test_models_are_built_by_keyword_only() -> None:
    with pytest.raises(TypeError):
        Contact("1")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Contact(ide="1")  # type: ignore[call-arg]


# -- request bodies (attrs) ----------------------------------------------------------------


@pytest.mark.parametrize("model", REQUEST_MODELS, ids=lambda model: model.__name__)
def test_init_only_assigns(model: type[Any]) -> None:
    for field in attrs.fields(model):
        assert field.validator is None, (model.__name__, field.name)
        assert field.converter is None, (model.__name__, field.name)
    for hook in ("__attrs_pre_init__", "__attrs_post_init__"):
        assert not hasattr(model, hook), (model.__name__, hook)


OPTIONAL_ONLY = [
    model for model in REQUEST_MODELS if all(field.default is not attrs.NOTHING for field in attrs.fields(model))
]


@pytest.mark.parametrize("model", OPTIONAL_ONLY, ids=lambda model: model.__name__)
def test_from_dict_sets_every_attribute(model: type[Any]) -> None:
    # An unknown key lands in additional_properties, when its values may be strings.
    extra = {"not_in_the_spec": "kept"} if _takes_strings(model) else {}
    parsed = model.from_dict(extra)
    built = model()
    if extra:
        built.additional_properties.update(extra)
    assert parsed == built
    assert repr(parsed) == repr(built)


def _takes_strings(model: type[Any]) -> bool:
    annotation = model.__annotations__.get("additional_properties")
    return annotation in ("dict[str, Any]", "dict[str, str]")
