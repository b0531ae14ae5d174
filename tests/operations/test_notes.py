from __future__ import annotations

import pytest
from activecampaign_api.models import ErrorResponse, NoteEnvelope, NoteFields, NoteList, NoteWriteRequest
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


def _note_body() -> NoteWriteRequest:
    return NoteWriteRequest(note=NoteFields(note="This is the text of the note", relid=2, reltype="Subscriber"))


@pytest.mark.operation("createNote")
def test_create_contact_note(ac: ActiveCampaign) -> None:
    created = expect(call(ac, ac.notes.create_note, body=_note_body()), NoteEnvelope, 201)
    assert (created.note.id, created.note.relid) == ("2", "2")
    assert created.contacts is not None and created.contacts[0].id == "2"


@pytest.mark.operation("listNotes")
def test_list_notes(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.notes.list_notes, limit=20), NoteList, 200)
    assert [n.reltype for n in page.notes] == ["Activity", "Deal"]
    assert page.meta is not None and page.meta.total == 2


@pytest.mark.operation("getNote")
def test_get_note(ac: ActiveCampaign) -> None:
    note = expect(call(ac, ac.notes.get_note, "2"), NoteEnvelope, 200).note
    assert (note.note, note.relid) == ("TEST NOTE", "2")


@pytest.mark.operation("updateNote")
def test_update_note(ac: ActiveCampaign) -> None:
    note = expect(call(ac, ac.notes.update_note, "1", body=_note_body()), NoteEnvelope, 200).note
    assert note.note == "This is the text of the note"


@pytest.mark.operation("updateNote", cassette="updateNote_missing_owner")
def test_update_note_of_missing_contact(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.notes.update_note, "1", body=_note_body()), ErrorResponse, 403)
    assert error.message == "No Result found for Subscriber with id 1"


@pytest.mark.operation("deleteNote")
def test_delete_note(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.notes.delete_note, "1"), 200)


@pytest.mark.operation("deleteNote", cassette="deleteNote_not_found")
def test_delete_missing_note(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.notes.delete_note, "1"), ErrorResponse, 403)
    assert error.message == "No Result found for Note with id 1"
