"""An org question stays an org question when a message word sits in the description: 'two analysts who email the
weekly forecast to the depots' says how the work travels, not that a message is wanted; a boss's question 'whether we
should form one data team' is a reading of the org; a board that wants a data team set up, asked 'who do we hire
first', gets the team's shape and the hire, with no question back. Phrasings of our own, written for this test."""

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


@pytest.mark.parametrize("text", ["email the stores pls", "can you draft an email to the board", "need a note to ops"])
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
