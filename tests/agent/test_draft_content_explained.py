"""What the manager asks to have explained is written, not their note repeated: a stated range with its chance said
as how often it lands inside and why one number would mislead; the reader's own event says what the message is for;
the reader named in brackets after their role is 'you'; their suggestion is named as one."""

from __future__ import annotations

from agent.checks import numbers_given
from agent.draft_content import content_points, range_meaning, voice
from agent.understanding.addressee import addressee_in


def test_a_stated_range_is_explained_when_the_reader_wants_one_number():
    q = "our COO asks why we can't just give one number for next quarter's returns. we say 90% it lands between 3k and 5k parcels. explain the range"
    said = range_meaning(q)
    assert said.startswith("nobody can know the exact figure in advance") and "about 9 times out of 10 it lands between 3k and 5k parcels" in said
    assert range_meaning("we say 90% it lands between 3k and 5k parcels. write him a note") == ""
    assert {9.0, 10.0} <= numbers_given(q, [])


def test_the_readers_event_says_what_the_message_is_for():
    points = content_points("the finance lead (oona) reads the churn number as a forecast. she's presenting to the board thursday. "
                            "it is a 60-day average, not a forecast", recipient="Oona")  # fmt: skip
    assert points[0].text == "here's a short version you can reuse with the board on Thursday"


def test_a_reader_named_in_brackets_after_a_role_and_place_is_you():
    assert voice("the plant manager at the bottling site (oona) read that our model is 99% accurate", "Oona") == "you read that our model is 99% accurate"
    found = addressee_in("the plant manager at the bottling site (oona) read that our model is 99% accurate. explain it to her")
    assert found is not None and found.name == "Oona"


def test_the_managers_suggestion_is_named_as_one():
    points = content_points("write him a short note on the range and what we suggest: order 300 units now and hold 50 in reserve", recipient="Ivo")
    assert points[-1].text == "our suggestion: order 300 units now and hold 50 in reserve"


def test_a_message_request_full_of_content_gets_no_what_should_it_say_question():
    from datetime import date

    from agent.understanding import parse_situation

    full = ("the quality lead at the mill (tove) read that our crack detector flags 12% of sheets and thinks 12% are cracked. "
            "it flags for a second look, and 1 in 40 flagged sheets is really cracked. short note she can reuse")  # fmt: skip
    assert parse_situation(full, None, date(2026, 12, 4)).clarifying_question is None
    assert parse_situation("write something for the board about where we are with it", None, date(2026, 12, 4)).clarifying_question
