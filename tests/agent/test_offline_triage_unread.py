"""Triage survives one misread item: a pasted request that cannot be read is left out, named and asked about while the
others are triaged; a request whose stated size is really a period ('the last two years') is triaged on an assumed
size that the answer names, never a crash to 'tell me what is being asked'."""

from __future__ import annotations

import json
from datetime import date

from agent.brains.base import TurnContext
from agent.brains.offline import plan_triage
from agent.compose import compose_triage
from agent.situation import Situation
from tools.triage import InboxInput, TriageInput, triage_inbox, triage_request

TODAY = date(2026, 12, 4)


def _run(s: Situation) -> tuple[list[dict], list[str]]:
    ctx = TurnContext(question="triage these", intent="triage", situation=s, team=None, passages=[], messages=[],
                      tool_calls=[], history=[], today=TODAY)
    records = []
    for c in plan_triage(ctx):
        args = json.loads(c["arguments"])
        run = triage_inbox(InboxInput.model_validate(args)) if c["name"] == "triage_inbox" else triage_request(TriageInput.model_validate(args))
        records.append({"name": c["name"], "arguments": args, "result": run.model_dump(mode="json"), "error": None})
    return records, compose_triage(records, s)


def test_one_unreadable_item_does_not_sink_the_others():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": "retrain alert: churn scores stale", "kind": "incident", "urgency": "critical", "effort_days": 1},
        {"title": "audit every pricing decision since 2019", "kind": "compliance", "effort_days": 1500},
        {"title": "intern wants a code review", "kind": "question", "effort_days": 0.5},
    ], "question", "the three pasted messages")
    records, lines = _run(s)
    assert [r["name"] for r in records] == ["triage_inbox"]
    titles = [d["title"] for d in records[0]["result"]["decisions"]]
    assert titles and "audit every pricing decision since 2019" not in titles and len(titles) == 2
    text = "\n".join(lines)
    assert "**Not triaged:**" in text and "audit every pricing decision since 2019" in text


def test_a_size_that_is_really_a_period_is_replaced_by_a_stated_assumption():
    s = Situation(intents=["triage"])
    s.put("request_title", "export every churn decision for the last two years", "question", "export every churn decision")
    s.put("request_kind", "compliance", "question", "litigation hold")
    s.put("request_effort_weeks", [104.0, 104.0, 104.0], "question", "two years")
    records, lines = _run(s)
    assert records and records[0]["arguments"]["request"]["effort_days"] <= 5
    text = "\n".join(lines)
    assert text.startswith("**\"") and 'I did not take "two years" as the size of the job' in text


def test_every_named_requester_gets_an_answer_not_only_the_most_urgent():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": "payments alert: scoring latency over 2s", "kind": "incident", "urgency": "critical", "effort_days": 1},
        {"title": "can someone check our uplift numbers before the offsite", "requester": "Tove", "kind": "ad_hoc_analysis",
         "effort_days": 0.25},
        {"title": "let's chat about a shared embedding service some time", "requester": "Ilya", "kind": "feature",
         "effort_days": 3},
    ], "question", "the pasted messages")
    _, lines = _run(s)
    text = "\n".join(lines)
    assert "**What to say to each of them**" in text
    assert "To Tove (" in text and "To Ilya (" in text
    assert "> Thanks Ilya" in text


def test_an_inbox_item_the_manager_says_is_already_fixed_is_no_longer_triaged():
    from types import SimpleNamespace

    from agent.brains.offline import still_open

    items = [SimpleNamespace(title="Checkout model timing out since Tuesday's release"), SimpleNamespace(title="Churn numbers for the board deck")]
    left = still_open(items, "two more asks on top of the inbox. also nadia says the checkout model timeouts are already fixed, they rolled back. what gets done?")
    assert [x.title for x in left] == ["Churn numbers for the board deck"]
    assert still_open(items, "the checkout model keeps timing out, what do we do?") == items
