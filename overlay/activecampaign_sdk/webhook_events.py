"""What ActiveCampaign posts to a webhook, read into typed events (`parse`).

ActiveCampaign posts events form-encoded, with bracketed keys for nested data:

    type=subscribe&date_time=2026-11-23T10:00:00-06:00&list=1&contact[id]=42&contact[email]=ada@example.com

`parse(body, content_type)` nests those keys (`{"contact": {"id": "42", ...}}`; JSON bodies are read as
they are) and returns a typed event: `ContactEvent` (subscribe, unsubscribe, update, tags, notes),
`CampaignEvent` (sent, open, click, forward, share, reply, bounce), `DealEvent` (deal_*), or
`GenericEvent` for any other type. Every event keeps the whole nested payload in `data`, so
nothing the API sent is lost. Values stay strings, as the API sends them.

`ac.register_webhook(...)` creates a webhook; this module is for the receiving end, and loads
only when `activecampaign_sdk.webhook_events` is first used.

A webhook URL is public by nature: anyone can post to it. `parse` refuses, with one
`WebhookParseError` and before building anything, a body larger than `max_bytes`, one with more
than `max_fields` fields (keys and list items, counted at every level) or nested deeper than
`max_depth`. The defaults are far above what ActiveCampaign posts (a few kilobytes, a few
levels); the checks cost time and memory in proportion to the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from .bodies import decode_json
from .errors import BodyDecodeError, WebhookParseError

# Far above any payload ActiveCampaign posts (a few KiB, a few levels, a few hundred fields at most).
MAX_WEBHOOK_BYTES = 1024 * 1024
MAX_WEBHOOK_FIELDS = 10_000
MAX_WEBHOOK_DEPTH = 32

CONTACT_EVENTS = frozenset(
    {"subscribe", "unsubscribe", "update", "contact_tag_added", "contact_tag_removed", "subscriber_note"}
)
CAMPAIGN_EVENTS = frozenset({"sent", "open", "click", "forward", "share", "reply", "bounce"})
DEAL_EVENT_PREFIX = "deal_"

_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")


@dataclass(frozen=True)
class WebhookContact:
    id: str | None
    email: str | None
    first_name: str | None
    last_name: str | None
    phone: str | None
    tags: list[str]
    fields: dict[str, Any]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> WebhookContact:
        tags = data.get("tags")
        fields = data.get("fields")
        return cls(
            id=_text(data.get("id")),
            email=_text(data.get("email")),
            first_name=_text(data.get("first_name")),
            last_name=_text(data.get("last_name")),
            phone=_text(data.get("phone")),
            tags=[t.strip() for t in tags.split(",") if t.strip()] if isinstance(tags, str) else [],
            fields=dict(fields) if isinstance(fields, Mapping) else {},
        )


@dataclass(frozen=True)
class WebhookDeal:
    id: str | None
    title: str | None
    value: str | None
    currency: str | None
    status: str | None
    stage_id: str | None
    pipeline_id: str | None
    owner_id: str | None

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> WebhookDeal:
        return cls(
            id=_text(data.get("id")),
            title=_text(data.get("title")),
            value=_text(data.get("value")),
            currency=_text(data.get("currency")),
            status=_text(data.get("status")),
            stage_id=_text(data.get("stageid", data.get("stage"))),
            pipeline_id=_text(data.get("pipelineid", data.get("pipeline"))),
            owner_id=_text(data.get("owner")),
        )


@dataclass(frozen=True)
class WebhookEvent:
    """What every event has: its type, when, who caused it and from where, and the whole payload."""

    type: str
    date_time: str | None
    initiated_by: str | None
    initiated_from: str | None
    data: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class ContactEvent(WebhookEvent):
    """subscribe, unsubscribe, update, contact_tag_added/removed, subscriber_note."""

    contact: WebhookContact
    list_id: str | None
    tag: str | None
    note: str | None


@dataclass(frozen=True)
class CampaignEvent(WebhookEvent):
    """A campaign reached, or was acted on by, a contact: sent, open, click, forward, share, reply, bounce."""

    contact: WebhookContact
    campaign_id: str | None
    link: str | None


@dataclass(frozen=True)
class DealEvent(WebhookEvent):
    """deal_add, deal_update, deal_note_add, deal_task_add, ...; `updated_fields` names what deal_update changed."""

    deal: WebhookDeal
    contact: WebhookContact | None
    updated_fields: list[str]


@dataclass(frozen=True)
class GenericEvent(WebhookEvent):
    """Any other event type (list_add, sms_*, ...): everything is in `data`."""


def parse(
    body: bytes | str,
    content_type: str,
    *,
    max_bytes: int = MAX_WEBHOOK_BYTES,
    max_fields: int = MAX_WEBHOOK_FIELDS,
    max_depth: int = MAX_WEBHOOK_DEPTH,
) -> WebhookEvent:
    """The event in a webhook request's body, typed by its `type`.

    `WebhookParseError` (an `InvalidInputError`, a ValueError) when it is no webhook payload: larger than
    `max_bytes`, more than `max_fields` fields, nested deeper than `max_depth`, not UTF-8, JSON that is
    invalid or no object, another content type, or no text `type`. Answer it with a 400.
    """
    if not isinstance(content_type, str):
        raise WebhookParseError(f"webhook bodies are form-encoded or JSON, not {content_type!r}")
    if isinstance(body, str):
        if len(body) > max_bytes:  # a character is at least one byte: refused before encoding
            raise WebhookParseError(f"a webhook body is at most {max_bytes} bytes")
        try:
            body = body.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise WebhookParseError(f"a webhook body is UTF-8 text: {exc.reason} at position {exc.start}") from None
    if not isinstance(body, bytes | bytearray):
        raise WebhookParseError(f"a webhook body is bytes or text, not {type(body).__name__}")
    if len(body) > max_bytes:
        raise WebhookParseError(f"a webhook body is at most {max_bytes} bytes, got {len(body)}")
    try:
        text = bytes(body).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WebhookParseError(f"a webhook body is UTF-8 text: {exc.reason} at position {exc.start}") from None
    media_type = content_type.split(";")[0].strip().lower()
    if media_type == "application/json" or media_type.endswith("+json"):
        try:
            data = decode_json(body, max_depth=max_depth)
        except BodyDecodeError as exc:
            raise WebhookParseError(f"unreadable webhook body: {exc}") from None
        if not isinstance(data, dict):
            raise WebhookParseError("a JSON webhook body is an object")
        _check_fields(data, max_fields)
    elif media_type == "application/x-www-form-urlencoded":
        try:
            pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=max_fields)
        except ValueError:
            raise WebhookParseError(f"a webhook body has at most {max_fields} fields") from None
        for key, _ in pairs:
            if key.count("[") > max_depth:
                raise WebhookParseError(f"a webhook field nests at most {max_depth} levels deep")
        data = nest(pairs)
    else:
        raise WebhookParseError(f"webhook bodies are form-encoded or JSON, not {content_type[:100]!r}")
    return event_from(data)


def _check_fields(data: dict[str, Any], max_fields: int) -> None:
    """`WebhookParseError` once the keys and list items of decoded JSON, at every level, pass `max_fields`."""
    count = 0
    pending: list[object] = [data]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            count += len(node)
            pending.extend(node.values())
        elif isinstance(node, list):
            count += len(node)
            pending.extend(node)
        if count > max_fields:
            raise WebhookParseError(f"a webhook body has at most {max_fields} fields")


def nest(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """`contact[fields][1]=x` -> `{"contact": {"fields": {"1": "x"}}}`; `a[]=1&a[]=2` -> `{"a": ["1", "2"]}`."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        match = _KEY.match(key)
        if match is None:
            data[key] = value
            continue
        parts = [match.group(1), *re.findall(r"\[([^\[\]]*)\]", match.group(2))]
        if not _put(data, parts, value):
            data[key] = value  # a key that clashes with another's shape stays as it came
    return data


def _put(node: dict[str, Any], parts: list[str], value: str) -> bool:
    for depth, part in enumerate(parts[:-1]):
        if parts[depth + 1] == "":
            if depth + 2 != len(parts):
                return False
            items = node.setdefault(part, [])
            if not isinstance(items, list):
                return False
            items.append(value)
            return True
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            return False
        node = child
    if isinstance(node.get(parts[-1]), dict | list):
        return False
    node[parts[-1]] = value
    return True


def event_from(data: dict[str, Any]) -> WebhookEvent:
    kind = data.get("type") if isinstance(data, dict) else None
    if not isinstance(kind, str) or not kind.strip():
        raise WebhookParseError("a webhook payload has a 'type', the name of its event")
    common: dict[str, Any] = {
        "type": kind,
        "date_time": _text(data.get("date_time")),
        "initiated_by": _text(data.get("initiated_by")),
        "initiated_from": _text(data.get("initiated_from")),
        "data": data,
    }
    contact = data.get("contact")
    contact_data = contact if isinstance(contact, Mapping) else None
    if kind in CONTACT_EVENTS and contact_data is not None:
        note = data.get("note")
        return ContactEvent(
            **common,
            contact=WebhookContact.from_data(contact_data),
            list_id=_text(data.get("list")),
            tag=_text(data.get("tag")),
            note=_text(note.get("note") if isinstance(note, Mapping) else note),
        )
    if kind in CAMPAIGN_EVENTS and contact_data is not None:
        campaign = data.get("campaign")
        link = data.get("link")
        return CampaignEvent(
            **common,
            contact=WebhookContact.from_data(contact_data),
            campaign_id=_text(campaign.get("id")) if isinstance(campaign, Mapping) else None,
            link=_text(link.get("url")) if isinstance(link, Mapping) else _text(link),
        )
    deal = data.get("deal")
    if kind.startswith(DEAL_EVENT_PREFIX) and isinstance(deal, Mapping):
        updated = data.get("updated_fields")
        if isinstance(updated, Mapping):
            # Numbered keys in numeric order, without int(): a key of thousands of digits is no error.
            updated = [updated[k] for k in sorted(updated, key=_position)]
        return DealEvent(
            **common,
            deal=WebhookDeal.from_data(deal),
            contact=WebhookContact.from_data(contact_data) if contact_data is not None else None,
            updated_fields=[str(item) for item in updated] if isinstance(updated, list) else [],
        )
    return GenericEvent(**common)


def _position(key: object) -> tuple[int, str]:
    """The sort key of `updated_fields[N]`: by N as a number (digits compared by length, then as text)."""
    text = str(key)
    digits = text.lstrip("0") if text.isascii() and text.isdigit() else None
    return (len(digits), digits) if digits is not None else (0, "")


def _text(value: object) -> str | None:
    if value is None or isinstance(value, Mapping | list):
        return None
    return str(value)
