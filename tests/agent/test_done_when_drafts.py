"""Issue 11's done-when examples, end to end through the offline Copilot as a manager would type them: a
headcount ask to the VP in the manager's numbers, a plain explanation for the CFO (a range and when it narrows,
not a decline), an announcement to the team that asks no approval, and a forecast that misses its deadline
listing at least two re-simulated plan changes."""

from __future__ import annotations

import re

APPROVAL = re.compile(r"\b(?:can you confirm|please confirm|approve|sign off|your approval|does this work for you)\b", re.I)
JARGON = re.compile(r"\bp(?:50|80|95)\b|percentile|monte carlo|confidence interval", re.I)


def _draft(turn):
    (call,) = [t for t in turn.tool_calls if t.name == "draft_message"]
    return call


def test_headcount_request_to_the_vp_in_the_managers_numbers(offline_copilot):
    turn = offline_copilot.ask(
        "Can you help me ask my VP for two more ML engineers? We're at about 120% of capacity and the fraud backlog is nine weeks."
    )
    call = _draft(turn)
    assert call.arguments["purpose"] == "ask_for_resources" and call.arguments["recipient_role"] == "VP"
    body = call.result["body"]
    assert body.split("\n\n")[1].startswith("I'm asking for two more ML engineers")  # leads with the ask, after the greeting
    assert "120% of capacity" in body and re.search(r"\b(?:9|nine) weeks\b", body)
    assert "Draft for your VP" in turn.answer


def test_cfo_gets_a_plain_explanation_with_a_range_and_when_it_narrows(offline_copilot):
    turn = offline_copilot.ask("Explain to our CFO, no jargon, why I can't give her one date for the churn model")
    call = _draft(turn)
    assert call.arguments["purpose"] == "explain_uncertainty"
    body = call.result["body"]
    assert "range" in body and "narrow" in body
    assert not re.search(r"can't take on|as asked|smaller version", body)  # not a decline
    assert not JARGON.search(body)


def test_team_announcement_asks_for_no_approval(offline_copilot, example_team):
    turn = offline_copilot.ask("Tell my team Priya moves to the summarizer after fraud v3 ships", team=example_team)
    call = _draft(turn)
    assert call.arguments["purpose"] == "announce_change" and call.arguments["audience"] == "own_team"
    body = call.result["body"]
    assert body.startswith("Hi team,") and "Priya" in body and "summarizer" in body
    assert not APPROVAL.search(body)
    assert not any("ask-fit" in n for n in turn.notices)


def test_a_forecast_that_misses_its_deadline_lists_two_plan_changes_with_their_odds(offline_copilot):
    turn = offline_copilot.ask(
        "data cleanup 1-2 weeks, training 2-4 weeks with maybe a 60% chance it works first time, integration 1 week. "
        "The deadline is in 4 weeks. Will we make it?"
    )
    assert "suggest_plan_changes" in [t.name for t in turn.tool_calls]
    block = turn.answer.split("**What would change the odds**")[1]
    changes = [line for line in block.splitlines() if line.startswith("- ") and re.search(r"\d+%|almost no chance", line)]
    assert len(changes) >= 2, block
