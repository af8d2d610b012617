"""The manager's own notes are not a message they pasted: a bulleted list under 'update for X, keep it tight:' is written
from, and an 'ask:' line in it is their ask, not the reader's question."""

from __future__ import annotations

from agent.drafting import pasted_to_shorten
from agent.understanding.messages import pasted_question

NOTES = "monday update for ines, keep it tight:\n- search: 3 markets live\n- ask: can we get two more annotators for january?"


def test_a_list_of_notes_under_a_request_for_an_update_is_not_a_paste_to_shorten():
    assert pasted_to_shorten(NOTES) == ""
    assert pasted_to_shorten("shorten this, keep it tight:\nHi Ines, just wanted to give you a quick update on search, we now have three markets live and") != ""


def test_an_ask_line_is_not_the_readers_question():
    assert pasted_question(NOTES) is None
