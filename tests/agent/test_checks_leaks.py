"""The answer checker fails a draft that carries the manager's notes instead of writing to its reader
(agent/checks.leak_problems, voice_problems, subject_problems): the recipient in the third person, the manager's own
aside, their words to the tool, and a post to the team that says 'their' of its readers."""

from __future__ import annotations

from datetime import date

from agent.checks import draft_problems, leak_problems, subject_problems
from agent.situation import Situation

TODAY = date(2026, 12, 4)


def _checks(body: str, **facts) -> set[str]:
    s = Situation(intents=["stakeholder_message"])
    for name, value in facts.items():
        s.put(name, value, "question", str(value))
    return {p.check for p in draft_problems(body, s, "q", TODAY)}


def test_the_recipient_described_then_spoken_of_fails():
    body = "Hi Leopold,\n\nLeopold (our programme sponsor) read the pilot report and now says the model is 90% right. It ranks the right site higher 9 times in 10."
    assert "voice" in _checks(body, recipient="Leopold", audience="exec")
    body = "Hi Leopold,\n\nLeopold, the sponsor at Brenner Freight, asked why the pilot slipped. It slipped because the scans arrived late."
    assert "voice" in _checks(body, recipient="Leopold", audience="exec")
    assert "voice" not in _checks("Hi Leopold,\n\nYou asked why the pilot slipped: the scans arrived late.", recipient="Leopold", audience="exec")


def test_the_managers_aside_fails():
    body = "Hi Leopold,\n\nThe pilot moves to 18 January. It isn't ideal, and I'm dreading the steering call about it."
    assert "aside" in _checks(body, recipient="Leopold", audience="exec")
    assert [p.check for p in leak_problems("Hi Ines,\n\nI shouldn't have to ask twice for the logs.")] == ["aside"]


def test_words_to_the_tool_fail():
    assert [p.check for p in leak_problems("Hi Ines,\n\nMake it sound like a maybe. The rollout is paused until March.")] == ["instruction"]
    assert [p.check for p in leak_problems("Hi works council,\n\nThey mostly care whether the sensors record faces.")] == ["instruction"]
    assert leak_problems("Hi Ines,\n\nThe rollout is paused until March, and the sensors record no faces.") == []


def test_a_team_post_that_says_their_of_its_readers_fails():
    post = "Hi team,\n\nFrom Monday every deploy needs a second reviewer. I'd love their suggestions on the checklist by Friday."
    assert [p.check for p in leak_problems(post, team_post=True)] == ["voice"]
    assert leak_problems(post, team_post=False) == []  # to one reader, 'their' may be anyone's
    assert "voice" in _checks(post, audience="own_team")


def test_a_subject_pasted_from_the_notes_fails():
    assert [p.check for p in subject_problems("Ask: So I want $12k now for a trial")] == ["subject"]
    assert [p.check for p in subject_problems("Honest framing")] == ["subject"]
    assert [p.check for p in subject_problems("- Four of six sensors live")] == ["subject"]
    assert subject_problems("Ask: $12k now for a two-week trial") == []


def test_a_draft_to_nobody_that_opens_by_describing_a_titled_person_fails():
    body = "Hello,\n\nGwendolyn (head of clinical operations) read the audit summary and thinks the model failed. It did not."
    assert "voice" in _checks(body, audience="exec")
    body = "Hello,\n\nGwendolyn and I met on Monday. The model passed the audit."
    assert "voice" not in _checks(body, audience="exec")
