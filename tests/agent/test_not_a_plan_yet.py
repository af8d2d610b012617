"""An underperformance talk the manager says must not become a formal plan yet is a clear-expectations 1-on-1, never
the exit card: the plan ruled out is no exit, and a hard conversation on a day is a meeting to prepare."""

from __future__ import annotations

import pytest

from agent.sensitive import topic_of


@pytest.mark.parametrize(
    "question",
    [
        "talking to ada friday about her late notebooks, i really don't want this to become a PIP",
        "she keeps slipping on the eval harness. not a performance improvement plan yet, just a straight talk",
        "need to set expectations with kwame before it turns into a PIP (yet), what do i say",
    ],
)
def test_a_plan_the_manager_rules_out_is_no_exit(question):
    assert topic_of(question) is None


@pytest.mark.parametrize("question", ["should i put kwame on a PIP?", "ada is on a performance improvement plan and it ends friday"])
def test_a_plan_asked_about_or_running_is_still_the_exit_card(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "exit"


def test_a_missed_deliverable_and_copied_work_get_an_expectations_agenda_not_an_exit_playbook(offline_copilot, example_team):
    r = offline_copilot.ask(
        "aisha has missed the data audit writeup two weeks in a row and the draft she sent was mostly copied from a vendor "
        "whitepaper. i have to have the frank conversation friday but i don't want a PIP. 30 min",
        team=example_team,
    )
    assert r.intent == "one_on_one"
    assert "end your employment" not in r.answer and "exit conversation" not in r.answer
    assert "credited" in r.answer and "data audit writeup lands on the day agreed" in r.answer
    assert "not a formal plan" in r.answer and "follow-up date" in r.answer
