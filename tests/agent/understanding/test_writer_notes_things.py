"""A plural thing opening a clause ('outages like that aren't in the logs') is no note about the reader."""

from __future__ import annotations

from agent.understanding.writer_notes import is_writer_note


def test_a_plural_thing_before_like_is_no_reader():
    assert not is_writer_note("and outages like that aren't in the logs the model learns from")


def test_a_person_who_will_react_is_still_a_note_to_the_writer():
    assert is_writer_note("anselm will grumble")
    assert is_writer_note("she likes the short version")
