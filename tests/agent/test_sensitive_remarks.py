"""Remarks about who someone is (their faith, accent, skin, name), passed off as humour, are a harassment report told in
prose, with no word like 'harassment' in it: they route to the harassment card before any triage of the deadline around
them, and a pairing with the person named is changed without the reporter losing the work. A grievance filed is a
complaint."""

from __future__ import annotations

from datetime import date

import pytest

from agent.sensitive import topic_answer, topic_of, topic_passages
from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "question",
    [
        "Tariq says a teammate keeps making comments about his turban in standup, always framed as banter",
        "one of my analysts told me the lead jokes about her accent in every design review and calls it just kidding",
        "Noor came to me: a colleague has been mocking her headscarf in our team chat, laughed off as humour",
    ],
)
def test_remarks_about_who_someone_is_are_a_harassment_report(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "harassment"


@pytest.mark.parametrize(
    "question",
    [
        "the reviewer left comments about her code style in every PR, mostly nitpicks",
        "we joke about the name of the old pipeline, nobody remembers who picked it",
    ],
)
def test_remarks_about_work_or_things_are_not(question):
    topic = topic_of(question)
    assert topic is None or topic.name != "harassment"


def test_a_disclosure_with_a_deadline_routes_to_care_not_triage():
    question = ("Quick one. Ayesha, a data scientist on my team, told me today that Bram has been making remarks about her "
                "hijab in our slack channel for a month, passed off as jokes. She kept screenshots and doesn't want him to "
                "know she came to me. They co-own the claims model due at the regulator on 3 February. What do I do?")
    assert parse_situation(question, None, TODAY).intent == "sensitive"
    answer = topic_answer(question, topic_passages(question), "Ayesha")
    assert answer is not None
    assert "HR" in answer and "screenshot" in answer.lower()
    assert "work together" in answer and "not the one who loses the work" in answer


def test_a_grievance_filed_is_a_complaint():
    topic = topic_of("Jonas filed a grievance against his tech lead last week and HR asked me for context")
    assert topic is not None and topic.name in ("complaint", "conduct", "harassment")


def test_data_leakage_in_a_model_is_no_data_incident_but_a_public_repo_of_customer_data_is():
    leakage = "her churn model had a target leakage problem, and the one before had data leakage we caught in review"
    assert topic_of(leakage) is None or topic_of(leakage).name != "data_incident"
    pushed = ("a contractor pushed his notebook to a public github repo, and the folder had a csv sample of patient "
              "records with home addresses in it")
    assert topic_of(pushed) is not None and topic_of(pushed).name == "data_incident"
