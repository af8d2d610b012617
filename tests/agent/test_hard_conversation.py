"""A hard conversation asked about before the person is named still gets how to run one: the issue first, never a
regular 1-on-1's 'their topics first'."""

from __future__ import annotations


def test_a_hard_conversation_with_no_person_yet_opens_with_the_issue(offline_copilot):
    r = offline_copilot.ask("1:1 monday with one of my engineers and it's going to be a tough conversation about their code reviews. how should i open it?")
    assert r.intent == "one_on_one"
    assert "Say the issue in your first two minutes" in r.answer and "Their topics first" not in r.answer


def test_an_ordinary_1_on_1_with_no_person_yet_keeps_the_regular_structure(offline_copilot):
    r = offline_copilot.ask("what should a good 1:1 look like with one of my reports tomorrow?")
    assert "Say the issue in your first two minutes" not in r.answer


def test_a_conduct_complaint_with_no_person_yet_gets_the_conduct_structure_not_their_topics(offline_copilot):
    r = offline_copilot.ask("1:1 thursday with one of my leads, two analysts say she belittles them in standup. 30 min, help me plan it")
    assert r.intent == "one_on_one"
    assert "without naming who raised it" in r.answer and "Bring in HR before the meeting if it is a pattern" in r.answer
    assert "Their topics first" not in r.answer
