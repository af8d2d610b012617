"""The manager's private notes (who the reader is, how they or the team feel, candour about our own tools, requests
to the drafter) shape a draft but are never sentences of it."""

from __future__ import annotations

import pytest

from agent.draft_content import content_points
from agent.understanding.writer_notes import describes_reader, is_writer_note


@pytest.mark.parametrize(
    "note",
    [
        "she's a designer not a data person",
        "he's an ops lead, not a numbers guy",
        "but he'll want the costs spelled out",
        "they're going to be furious",
        "he's nervous the press will pick it up",
        "the whole team is burnt out",
        "our parser butchers the footnotes",
        "need a quick message that lets her answer the board",
        "i need a one-line answer she can read out at the town hall",
    ],
)
def test_notes_about_the_reader_the_team_or_the_request_are_writer_notes(note: str):
    assert is_writer_note(note)


@pytest.mark.parametrize(
    "content",
    ["the parser drops footnotes on 3% of pages", "she approved the budget on monday", "the team ships the retrain on friday", "the vendor is a week late"],
)
def test_content_about_people_and_tools_is_no_note(content: str):
    assert not is_writer_note(content)


def test_a_mood_closing_a_sentence_of_content_is_cut_and_the_facts_stay():
    points = content_points("ask nadia for a second GPU node. training takes 9 days a run so everyone's exhausted", recipient="Nadia")
    said = " ".join(p.text for p in points)
    assert "9 days a run" in said
    assert "exhausted" not in said


def test_a_note_about_the_reader_never_becomes_a_sentence_to_them():
    points = content_points(
        "email to joss about the churn model. it retrains weekly now. he's a designer not a data person. he's nervous customers will notice",
        recipient="Joss",
    )
    said = " ".join(p.text for p in points).lower()
    assert "retrains weekly" in said
    assert "designer" not in said and "nervous" not in said


@pytest.mark.parametrize(
    "sentence",
    ["You're a designer not a data person.", "You're nervous the press will pick it up.", "You're going to be furious."],
)
def test_a_note_turned_into_you_is_caught_in_a_draft(sentence: str):
    assert describes_reader(sentence)


def test_a_plain_sentence_to_the_reader_is_no_description_of_them():
    assert not describes_reader("You'll have the figures by Thursday.")


def test_a_reader_planning_around_the_answer_and_a_grumble_with_no_object() -> None:
    from agent.understanding.writer_notes import note_constraints

    assert note_constraints("she asks if it lands by march. reply with what she should assume").assume
    assert note_constraints("can i put the savings into the 2027 budget? answer him").assume
    assert not note_constraints("reply to him: it lands in march").assume
    said = note_constraints("decided: we end the monday standups from next week. people will grumble. post it").grumble
    assert said == "losing the Monday standups"


def test_asking_to_turn_notes_into_a_message_is_a_note_to_the_writer() -> None:
    from agent.understanding.writer_notes import is_writer_note

    assert is_writer_note("turn these bullets into a weekly email for the plant director (odile)")
    assert is_writer_note("pls make my notes into an update for the trustees")
    assert not is_writer_note("the new model turns scanned notes into structured claims")
