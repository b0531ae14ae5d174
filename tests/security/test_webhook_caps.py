"""`webhook_events.parse` on a public endpoint: every hostile body is one typed `WebhookParseError`, refused
cheaply (before the work, in time and memory proportional to the body), and the caps are configurable."""

from __future__ import annotations

import json
import time
import tracemalloc

import pytest
from activecampaign_sdk import errors, webhook_events
from activecampaign_sdk.webhook_events import MAX_WEBHOOK_BYTES, parse

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("list=1&contact[id]=42", FORM),  # no type
        ("type=&contact[id]=42", FORM),  # an empty type
        ("type[a]=subscribe", FORM),  # a type that is an object
        ("type[]=subscribe", FORM),  # a type that is a list
        ('{"contact": {"id": "1"}}', JSON),
        ('{"type": {"a": 1}}', JSON),
        ('{"type": ["subscribe"]}', JSON),
        ('{"type": 5}', JSON),
        ('{"type": null}', JSON),
        ("type=subscribe&x=\ud800", FORM),  # a lone surrogate in a str body
        ('{"type": "subscribe", "x": "\ud800"}', JSON),
        (b'{"type": "\\ud800"}', JSON),  # an escaped lone surrogate
        (b"type=subscribe&x=\xff", FORM),  # bytes that are no UTF-8
        ("[1, 2]", JSON),
        ("type=subscribe", "text/plain"),
    ],
)
def test_ill_shaped_payloads_are_one_typed_error(body: str | bytes, content_type: str) -> None:
    with pytest.raises(errors.WebhookParseError):
        parse(body, content_type)


def test_a_webhook_parse_error_is_an_invalid_input_error_and_a_value_error() -> None:
    assert issubclass(errors.WebhookParseError, errors.InvalidInputError)
    assert issubclass(errors.WebhookParseError, ValueError)


def test_a_key_of_thousands_of_digits_is_read() -> None:
    digits = "9" * 5000
    body = f"type=deal_update&deal[id]=1&updated_fields[{digits}]=title&updated_fields[2]=value"
    event = parse(body, FORM)
    assert isinstance(event, webhook_events.DealEvent)
    assert event.updated_fields == ["value", "title"], "numbered keys in numeric order, however long"


@pytest.mark.parametrize("depth", [1000, 100_000])
def test_deep_brackets_are_refused(depth: int) -> None:
    with pytest.raises(errors.WebhookParseError, match="nest"):
        parse('{"type": "x", "a": ' + "[" * depth + "]" * depth + "}", JSON)
    with pytest.raises(errors.WebhookParseError, match="nest"):
        parse("type=x&a" + "[b]" * depth + "=1", FORM)


def test_what_is_accepted_can_be_dumped_again() -> None:
    event = parse('{"type": "x", "a": ' + "[" * 30 + "]" * 30 + "}", JSON)
    assert json.dumps(event.data)  # no RecursionError: depth is capped well below it


def test_a_huge_body_is_refused_before_any_work() -> None:
    body = "type=x&" + "&".join(f"k{i}=v" for i in range(1_000_000))  # about 10 MB, a million fields
    assert len(body) > MAX_WEBHOOK_BYTES
    tracemalloc.start()
    started = time.process_time()
    with pytest.raises(errors.WebhookParseError, match="at most"):
        parse(body.encode(), FORM)
    with pytest.raises(errors.WebhookParseError, match="at most"):
        parse(body, FORM)
    cpu = time.process_time() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert cpu < 0.2, f"refused cheaply: {cpu:.3f}s of CPU"
    assert peak < 2 * len(body), f"no copy grows past the body: peak {peak} bytes"


def test_too_many_fields_within_the_size_cap_are_refused() -> None:
    form = "type=x&" + "&".join(f"k{i}=v" for i in range(20_000))
    with pytest.raises(errors.WebhookParseError, match="fields"):
        parse(form, FORM)
    document = json.dumps({"type": "x", "a": list(range(20_000))})
    with pytest.raises(errors.WebhookParseError, match="fields"):
        parse(document, JSON)
    nested = json.dumps({"type": "x", "a": [{"b": i} for i in range(6_000)]})  # counted at every level
    with pytest.raises(errors.WebhookParseError, match="fields"):
        parse(nested, JSON)


def test_the_caps_are_configurable() -> None:
    body = "type=subscribe&contact[id]=1&contact[email]=ada@example.com"
    assert parse(body, FORM).type == "subscribe"
    with pytest.raises(errors.WebhookParseError, match="at most 10 bytes"):
        parse(body, FORM, max_bytes=10)
    with pytest.raises(errors.WebhookParseError, match="fields"):
        parse(body, FORM, max_fields=2)
    with pytest.raises(errors.WebhookParseError, match="nest"):
        parse(body, FORM, max_depth=0)
    big = "type=x&" + "&".join(f"k{i}=v" for i in range(50_000))
    assert parse(big, FORM, max_fields=60_000, max_bytes=10 * MAX_WEBHOOK_BYTES).type == "x"


def test_a_real_payload_is_far_below_the_caps() -> None:
    fields = "&".join(f"contact[fields][{i}]=value{i}" for i in range(200))
    body = f"type=update&date_time=2026-11-23T10:00:00-06:00&contact[id]=42&contact[email]=a@example.com&{fields}"
    event = parse(body, FORM)
    assert isinstance(event, webhook_events.ContactEvent) and len(event.contact.fields) == 200
