"""A team project whose question says where it stands ('the backfill wrapped', 'picks up at train and tune on monday')
is forecast on the steps left, from when they start, not on the owner's overall estimate from today; the answer says
what it counted and what it left out as done."""

from __future__ import annotations

import json
from datetime import date

import pytest

from agent.brains.offline import plan_input
from agent.compose import compose_planning
from agent.understanding import parse_situation
from tools.simulate import PlanInput, forecast_completion
from tools.team import load_team

TODAY = date(2026, 12, 4)


@pytest.fixture
def team(repo_root):
    return load_team(repo_root / "examples" / "team.yaml")


@pytest.mark.parametrize(
    "q",
    [
        "fraud v3 update: the feature backfill finished yesterday. odds shadow deployment is done by the 18th?",
        "priya's got the backfill for fraud v3 done, so we're on train and tune from monday. chance we land by dec 18?",
        "fraud model v3 picks up at train and tune on monday (backfill wrapped today). what are the odds for the 18th",
    ],
)
def test_a_step_said_done_is_left_out_and_the_rest_is_counted_from_the_plan(q, team):
    s = parse_situation(q, team, TODAY)
    plan = plan_input(s, team, TODAY)
    names = [t["name"] for t in plan["tasks"]]
    assert "Finish feature backfill" not in names and names[0] == "Train and tune"
    assert not any("remaining work" in n for n in names)  # not the owner's overall estimate


def test_the_rest_starts_when_the_manager_says_it_picks_up(team):
    s = parse_situation("fraud model v3 picks up at offline evaluation on wednesday. odds for dec 18?", team, TODAY)
    plan = plan_input(s, team, TODAY)
    assert [t["name"] for t in plan["tasks"]] == ["Offline evaluation", "Shadow deployment"]
    assert plan["start"] == "2026-12-09"


def test_a_step_that_will_be_done_later_is_still_counted(team):
    s = parse_situation("once the backfill for fraud v3 is done, what are the odds we make the 18th?", team, TODAY)
    assert not s.has("done_tasks")


def test_the_answer_says_what_it_counted_and_what_it_left_out(team):
    s = parse_situation("fraud v3: backfill wrapped this afternoon, train and tune starts monday. odds for the 18th?", team, TODAY)
    plan = plan_input(s, team, TODAY)
    result = forecast_completion(PlanInput.model_validate(plan))
    records = [{"name": "forecast_completion", "arguments": json.loads(json.dumps(plan, default=str)),
                "result": result.model_dump(mode="json"), "error": None}]
    text = "\n".join(compose_planning(records, s))
    assert "Not counted, as you said it is done: Finish feature backfill" in text
    assert 0.2 < result.deadline_probability < 0.7  # about nine working days likely from Mon 7 Dec: near a coin flip, not 1%


def test_a_risk_to_one_part_keeps_the_date_and_names_the_part():
    s = parse_situation("90% date needed for the dock scheduler. in parallel: berth data 2-3 wks, optimiser 3-5 wks (60% the tide features "
                        "help at all), ops screens 2 wks. start mon 7 dec", None, TODAY)  # fmt: skip
    plan = plan_input(s, None, TODAY)
    assert all(t.get("success_probability", 1.0) == 1.0 for t in plan["tasks"])  # the optimiser ships with or without them
    result = forecast_completion(PlanInput.model_validate(plan))
    records = [{"name": "forecast_completion", "arguments": json.loads(json.dumps(plan, default=str)),
                "result": result.model_dump(mode="json"), "error": None}]
    text = "\n".join(compose_planning(records, s))
    assert "The 90% date:" in text and "risk to the tide features" in text and "no date reaches 90%" in text
