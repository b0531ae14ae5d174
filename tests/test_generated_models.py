"""Generated models are parsed without their attrs `__init__`, and must come out the same.

generator/templates/model.py.jinja makes `from_dict` create the object with `__new__`
and set each attribute as it is parsed (the `__init__` pass cost as much as the parse).
That builds what `__init__` would only while `__init__` does nothing but assign: no
validators, converters or init hooks. And `from_dict` must set every attribute, or
the object breaks later (repr, ==, to_dict). The cassette tests check the parsed
responses field by field; these check every model, request bodies included. Last,
a body that does not fit raises `ParseError` naming the model at fault.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import activecampaign_api.models
import attrs
import pytest
from activecampaign_api.errors import ParseError
from activecampaign_api.models import ContactList


def _model_classes() -> list[type[Any]]:
    found = []
    for info in pkgutil.iter_modules(activecampaign_api.models.__path__):
        module = importlib.import_module(f"activecampaign_api.models.{info.name}")
        found += [value for value in vars(module).values() if attrs.has(value) and value.__module__ == module.__name__]
    return sorted(found, key=lambda model: model.__name__)


MODELS = _model_classes()


def test_models_are_found() -> None:
    names = {model.__name__ for model in MODELS}
    assert {"Contact", "ContactList", "Deal", "Links"} <= names


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_init_only_assigns(model: type[Any]) -> None:
    for field in attrs.fields(model):
        assert field.validator is None, (model.__name__, field.name)
        assert field.converter is None, (model.__name__, field.name)
    for hook in ("__attrs_pre_init__", "__attrs_post_init__"):
        assert not hasattr(model, hook), (model.__name__, hook)


OPTIONAL_ONLY = [model for model in MODELS if all(field.default is not attrs.NOTHING for field in attrs.fields(model))]


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


def test_a_body_that_does_not_fit_raises_parse_error_naming_the_innermost_model() -> None:
    contact = {"id": "1", "email": "ada@example.com"}
    assert ContactList.from_dict({"contacts": [contact], "meta": {"total": "1"}}).contacts[0].id == "1"
    with pytest.raises(ParseError, match=r"^Contact: required key 'id' is missing$") as missing:
        ContactList.from_dict({"contacts": [contact, {"email": "bo@example.com"}], "meta": {"total": "2"}})
    assert missing.value.model == "Contact"
    with pytest.raises(ParseError, match=r"^ContactList: TypeError: ") as wrong:
        ContactList.from_dict({"contacts": 5, "meta": {"total": "1"}})
    assert isinstance(wrong.value, ValueError)
