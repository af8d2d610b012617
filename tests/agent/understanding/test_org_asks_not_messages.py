"""The kind of answer is not decided by a message word in a description: 'two analysts who email the
weekly forecast to the depots' says how the work travels, not that a message is wanted; a boss's question 'whether we
should form one data team' is a reading of the org; a board that wants a data team set up, asked 'who do we hire
first', gets the team's shape and the hire, with no question back. Phrasings of our own, written for this test. 'Please note that the works is closed' points something out; it asks for no note, so a
switch-or-finish question that says it is still a move to weigh."""

from __future__ import annotations

from datetime import date

import pytest

from agent.understanding import parse_situation
from agent.understanding.messages import wants_words

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("text", [
    "our two forecasters who email the weekly demand numbers to the stores",
    "the analyst that emails the board pack every month",
    "two engineers who message the ops lead whenever the model drifts",
])
def test_a_message_verb_said_of_others_asks_for_no_message(text: str) -> None:
    assert not wants_words(text)


@pytest.mark.parametrize("text", [
    "Kindly note that the lab is shut over new year",
    "please note the vendor estimates four weeks",
    "note that he is nine weeks in",
])
def test_to_note_something_is_no_note_to_write(text: str) -> None:
    assert not wants_words(text)


@pytest.mark.parametrize("text", ["email the stores pls", "can you draft an email to the board", "need a note to ops", "note to the cfo: we slip"])
def test_a_message_asked_for_still_is(text: str) -> None:
    assert wants_words(text)


RELAYED = ("We're a seed company. Data work today: three agronomists in R&D who email trial results to marketing each month, "
           "and an analyst in sales who keeps the yield forecast in a notebook. Our CEO asks whether we should create a single "
           "data team. What's your recommendation?")
FIRST = ("I handle IT at a small theatre group, 25 staff. A volunteer built a ticket-demand model that runs off her own laptop; "
         "box office keep the rest in spreadsheets. The directors want us to set up a data team. Who do we hire first?")


def test_a_relayed_question_about_one_team_is_an_org_reading() -> None:
    s = parse_situation(RELAYED, None, TODAY)
    assert s.intent == "archetype"
    assert not s.clarifying_question  # the change floated is answered from what was said


def test_a_first_team_asked_for_is_an_org_reading_without_a_question_back() -> None:
    s = parse_situation(FIRST, None, TODAY)
    assert s.intent == "archetype" and "stakeholder_message" not in s.intents
    assert not s.clarifying_question


def test_a_switch_or_finish_question_with_please_note_is_a_move_to_weigh() -> None:
    text = ("Good morning. Our Director of Customer Success, Ms Varga, has asked me to release Ilse to build a churn dashboard "
            "for a client review on 20/01. Ilse is six weeks into the returns classifier and estimates three weeks remaining, "
            "possibly four. That classifier must be live before the spring catalogue launch on 08/02. The dashboard is, she "
            "thinks, two weeks. Please note that the office is closed from 24/12 to 03/01. Should she switch now, finish first, "
            "or is there a third option?")
    assert parse_situation(text, None, TODAY).intent == "reprioritization"
