"""The issue's own examples, as a manager typed them: what the Situation must hold."""

from __future__ import annotations

from datetime import date

import pytest

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def test_director_wants_lena_on_pricing(example_team):
    q = (
        "My director wants Lena on the pricing experiment from next week. She is about eight working days from done "
        "on the graph research; pricing is three to five weeks and they want it before the board meeting on 15 January. "
        "What do I say?"
    )
    s = parse_situation(q, example_team, TODAY)
    assert s.intents[:2] == ["reprioritization", "stakeholder_message"]
    assert s.get("person") == "Lena" and s.get("person_in_team") is True
    assert s.get("remaining_weeks") == pytest.approx([1.4, 1.6, 2.0])
    assert s.get("new_work_weeks") == pytest.approx([3.0, 4.0, 5.0])
    assert s.get("deadline") == "2027-01-15" and s.get("audience") == "director"
    assert s.fact("remaining_weeks").source == "question" and "eight working days" in s.fact("remaining_weeks").text


def test_cfo_churn_question_without_a_team_file():
    q = (
        "quick one - cfo asked if churn ships this qtr. cleanup 1-2 wks, training 2-4 wks maybe 60% first try works, "
        "then a week of integration. qtr ends in 7 weeks. what do i tell her"
    )
    s = parse_situation(q, None, TODAY)
    assert "stakeholder_message" in s.intents and "planning" in s.intents
    tasks = s.get("tasks")
    assert [t["weeks"][1] for t in tasks] == [1.5, 3.0, 1.0]
    assert tasks[1]["success_probability"] == pytest.approx(0.6)
    assert s.get("deadline") == "2027-01-22" and s.get("audience") == "cfo" and s.get("purpose") == "answer_question"
    assert "churn ships this quarter" in s.get("question_asked")


def test_one_on_one_with_someone_not_in_the_team_file(example_team):
    s = parse_situation("1:1 tomorrow with Dev, joined three weeks ago, hasn't asked one question", example_team, TODAY)
    assert s.intents == ["one_on_one"] and s.get("person") == "Dev" and s.get("person_in_team") is False
    assert {"new_hire", "quiet"} <= set(s.get("cues")) and s.clarifying_question is None


def test_a_missing_fact_without_default_gets_one_question():
    s = parse_situation("Who should I pull onto the new partnership work?", None, TODAY)
    assert s.missing == ["remaining_weeks"] and s.clarifying_question and "?" in s.clarifying_question
    assert not s.assumed()  # nothing is assumed when nothing can be compared yet


def test_the_question_beats_the_team_file(example_team):
    s = parse_situation("Priya is actually a week from done on fraud v3, could stretch to two. VP wants her on the summarizer.", example_team, TODAY)
    assert s.get("remaining_weeks")[1] == pytest.approx(1.0) and s.fact("remaining_weeks").source == "question"
    assert s.fact("done_weeks").source == "team_file"  # what the question leaves out comes from the file


def test_corrections_override_what_was_understood(example_team):
    s = parse_situation("My VP wants Priya off the fraud model on Monday", example_team, TODAY, corrections={"remaining_weeks": [3, 4, 5]})
    assert s.get("remaining_weeks") == [3, 4, 5] and s.fact("remaining_weeks").text == "corrected by you"


def test_greetings_get_the_capability_answer():
    assert parse_situation("hello, what can you do?", None, TODAY).intents == ["help"]
