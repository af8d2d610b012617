"""The manager's own answer to a request for one of their people is the decision of the reply: a share of the week they
give ('i'd rather give her two days a week of aisha') is said, with what it costs the current work from the what-if
(days later, its 8-in-10 date with and without it), and the reader is asked only whether that share is enough; a split
said as 'half of priya's time' is the plan the draft follows, never the what-if's own recommendation."""

from __future__ import annotations

import re

import pytest

SHARES = [
    ("grace from compliance wants aisha off the feature store migration for two weeks to help with the audit lineage doc. "
     "draft my reply to grace. i'd rather give her two days a week of aisha so the migration keeps going", "Grace", "two days a week"),
    ("Ines who runs the payments team asked to borrow marco for a month for their reconciliation model. write my reply to ines: "
     "i can give her one day a week of marco and keep the churn pipeline moving", "Ines", "one day a week"),
    ("victor wants tom off the llm summarizer for two weeks to help sam with a serving migration. reply to victor, "
     "i'd rather he gets one day a week of tom so the summarizer doesn't stall", "Victor", "one day a week"),
]


def _draft(answer: str, name: str) -> str:
    at = answer.find(f"**What to tell {name}**")
    assert at >= 0, answer
    return answer[at:].split("**What the guidance says**")[0]


@pytest.mark.parametrize(("question", "name", "share"), SHARES)
def test_the_share_the_manager_gives_leads_with_its_cost(offline_copilot, example_team, question, name, share):
    draft = _draft(offline_copilot.ask(question, team=example_team).answer, name)
    lead = [line for line in draft.splitlines() if line.strip("> ") and line.startswith(">")][1]  # after the greeting
    assert share in lead or "splits time" in lead  # their answer is the decision (with a date at stake, the split plan)
    assert re.search(r"costs? .{3,60} about \w+ working days?|keeps its dates|how likely it is to make that date", draft, re.I)  # what it costs, from the what-if
    assert "Before I can say yes or no" not in draft  # never asked back as if they had no answer
    assert "finishes" not in lead and "switches" not in lead  # never the what-if's own plan over theirs


def test_a_split_said_as_half_of_someones_time_is_the_plan_followed(offline_copilot, example_team):
    q = ("our head of product dana wants priya off fraud model v3 for three weeks to prototype a pricing model. "
         "reply to dana: i'd rather give her half of priya's time and keep v3 going")
    r = offline_copilot.ask(q, team=example_team)
    draft = _draft(r.answer, "Dana")
    assert "splits" in draft.lower() or "split" in draft.lower()
    assert "switches to pricing model now" not in draft
    assert "argues against the recommendation" not in r.answer
