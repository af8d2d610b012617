"""The offline brain end to end with the real retriever and real tools on the headline questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.agent.numbers import numbers, unsupported_numbers
from tools.message import LintInput, lint_message

ROOT = Path(__file__).resolve().parents[2]
Q_REPRIORITIZE = (
    "My VP wants Priya off the fraud model on Monday and onto the LLM summarizer. "
    "She has two weeks left on a six-week model. How should I respond?"
)
Q_MESSAGE = "Draft a message to my head of product: the launch may slip; here is our forecast."
Q_ONE_ON_ONE = "Prepare my 1-on-1 with Marco: he is stuck and wants to grow toward tech lead."
Q_TRIAGE = "Which of these five incoming requests should reach my team at all?"
Q_ARCHETYPE = "What kind of ML organization are we, and what does that mean for how we staff?"


def _tool(result, name):
    return next(t for t in result.tool_calls if t.name == name)


def _numbers_ok(result, question):
    team_yaml = (ROOT / "examples" / "team.yaml").read_text(encoding="utf-8")
    calls = [{"name": t.name, "arguments": t.arguments, "result": t.result} for t in result.tool_calls]
    assert numbers(result.answer), "expected numbers in the answer"
    assert unsupported_numbers(result.answer, question, team_yaml, calls) == []


def test_reprioritization_headline(offline_copilot, example_team):
    r = offline_copilot.ask(Q_REPRIORITIZE, team=example_team)
    assert r.intent == "reprioritization" and r.brain == "offline" and r.privacy == "local"
    what = _tool(r, "compare_strategies")
    cur = what.arguments["current"]
    assert (cur["person"], cur["remaining_low"], cur["remaining_likely"], cur["remaining_high"]) == ("Priya", 1.5, 2, 3)
    assert r.answer.startswith("**Can LLM summarizer make ")  # the answer to the date first, then the recommendation
    assert "\n**Recommendation:" in r.answer
    assert "%" in r.answer
    draft = _tool(r, "draft_message")
    assert draft.arguments["audience"] == "executive" and draft.arguments["purpose"] == "respond_to_reprioritization"
    assert lint_message(LintInput(text=draft.result["body"])).clean
    assert "What to tell Victor" in r.answer  # "my VP" is the one VP the team file names
    assert "protect-near-finished-work" in {c.card_id for c in r.citations}
    assert all(c.id in r.retrieved_ids for c in r.citations)
    _numbers_ok(r, Q_REPRIORITIZE)


def test_stakeholder_message_headline(offline_copilot, example_team):
    r = offline_copilot.ask(Q_MESSAGE, team=example_team)
    assert r.intent == "stakeholder_message"
    assert [t.name for t in r.tool_calls] == ["forecast_completion", "draft_message", "search_guidance"]  # then guidance on the message
    draft = _tool(r, "draft_message")
    assert draft.arguments["audience"] == "product"
    assert draft.result["lint"]["clean"] and lint_message(LintInput(text=draft.result["body"])).clean
    assert draft.result["body"].strip().splitlines()[-1].strip("> ") in r.answer
    assert not any("lint" in n for n in r.notices)
    _numbers_ok(r, Q_MESSAGE)


def test_one_on_one_headline(offline_copilot, example_team):
    r = offline_copilot.ask(Q_ONE_ON_ONE, team=example_team)
    assert r.intent == "one_on_one"
    agenda = _tool(r, "build_agenda").result
    assert agenda["person"] == "Marco"
    assert agenda["items"][0]["title"].lower().startswith("unblock")
    assert r.answer.lower().startswith("**start with unblock")
    _numbers_ok(r, Q_ONE_ON_ONE)


def test_triage_headline(offline_copilot, example_team):
    r = offline_copilot.ask(Q_TRIAGE, team=example_team)
    assert r.intent == "triage"
    inbox = _tool(r, "triage_inbox")
    assert len(inbox.arguments["requests"]) == 5
    assert len(inbox.result["decisions"]) == 5
    assert "of the five requests should reach your team" in r.answer
    _numbers_ok(r, Q_TRIAGE)


def test_archetype_headline_asks_for_details(offline_copilot):
    r = offline_copilot.ask(Q_ARCHETYPE)
    assert r.intent == "archetype"
    assert _tool(r, "score_archetype").arguments["description"] == Q_ARCHETYPE
    assert "To sharpen this, tell me:" in r.answer


def test_archetype_uses_the_description(offline_copilot):
    q = "What archetype are we? We have a central research lab of PhDs who publish papers; models rarely reach production."
    r = offline_copilot.ask(q)
    assert _tool(r, "score_archetype").result["top"] == "rnd"
    assert "Research and development ML" in r.answer


def test_without_team_file_assumptions_are_explicit(offline_copilot):
    r = offline_copilot.ask(Q_REPRIORITIZE)
    cur = _tool(r, "compare_strategies").arguments["current"]
    assert cur["remaining_likely"] == 2 and cur["weeks_invested"] == 4
    assert "**Assumed**" in r.answer and "the size of the new work was not given" in r.answer
    _numbers_ok(r, Q_REPRIORITIZE)


@pytest.mark.parametrize(
    "question,intent",
    [("Someone on my team is being sexually harassed by a director.", "sensitive"), ("Write me a poem about autumn.", "out_of_scope")],
)
def test_sensitive_and_out_of_scope(offline_copilot, question, intent):
    r = offline_copilot.ask(question)
    assert r.intent == intent and not r.tool_calls
    assert ("HR" in r.answer) if intent == "sensitive" else ("Lead Copilot is for" in r.answer)


def test_guidance_cites_only_retrieved_passages(offline_copilot):
    r = offline_copilot.ask("How do I build a culture where people admit failed experiments early?")
    assert r.intent == "guidance" and r.citations
    assert {c.id for c in r.citations} <= set(r.retrieved_ids)


@pytest.mark.parametrize(
    "question",
    [
        "When will the fraud model v3 realistically be done?",
        "Should Marco pause the churn pipeline for 3 days to help Tom with the LLM summarizer?",
        "Sales wants a live demo of the summarizer by Wednesday. Should my team take it?",
        "Give me a 45-minute 1:1 agenda for Tom.",
    ],
)
def test_numbers_come_from_sources_on_more_questions(offline_copilot, example_team, question):
    r = offline_copilot.ask(question, team=example_team)
    team_yaml = (ROOT / "examples" / "team.yaml").read_text(encoding="utf-8")
    calls = [{"name": t.name, "arguments": t.arguments, "result": t.result} for t in r.tool_calls]
    assert unsupported_numbers(r.answer, question, team_yaml, calls) == []
    assert all(t.ok for t in r.tool_calls), [t.error for t in r.tool_calls]


def test_odd_team_data_does_not_break_the_turn(offline_copilot, example_team):
    team = example_team.model_copy(deep=True)
    team.people[0].current_work = None  # Priya without current work
    r = offline_copilot.ask(Q_REPRIORITIZE, team=team)
    assert r.intent == "reprioritization" and r.answer


def test_an_announcement_missing_its_why_asks_the_manager_for_it_before_sending(offline_copilot):
    r = offline_copilot.ask("post for the team: from jan 18 every model review uses the shared checklist, no more ad-hoc review docs")
    assert "**Before you send, add**" in r.answer and "why the change" in r.answer
    body = _tool(r, "draft_message").result["body"]
    assert "Before you send" not in body and "[add" not in body


def test_a_compute_ask_leads_with_what_is_asked_for_not_its_label(offline_copilot):
    r = offline_copilot.ask("compute ask to ines (vp eng). nightly scoring takes 6h and the window is 4h. 3 more L4s fixes it, about $4k a month. 4 sentences tops")
    draft = _tool(r, "draft_message")
    assert "What I'm asking for: 3 more L4s" in draft.result["body"] and "ask to you" not in draft.result["body"]


def test_a_softer_rewrite_that_would_change_nothing_says_so_in_one_sentence_and_shows_the_closest_version(offline_copilot):
    r = offline_copilot.ask('make this kinder, it goes to Joe on the infra team:\n"The nightly backup ran 40 minutes over its window. Could we look at the schedule together on Thursday?"')
    assert "the closest softer version is your message as it is" in r.answer and "**Draft to Joe**" in r.answer
    assert "> The nightly backup ran 40 minutes over its window." in r.answer and "**What changed**" not in r.answer
    assert not any("lint findings" in n for n in r.notices)
