"""A team project forecast runs from the start the question states when it is ahead of today ('she can't start on it before
w/c 18 jan'), never from today; with no start said it keeps the team file's own."""

from __future__ import annotations

from datetime import date

from agent.brains.offline import plan_input
from agent.understanding import parse_situation
from tools.team import load_team

TODAY = date(2026, 12, 4)


def test_a_stated_later_start_is_the_forecasts_start(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = parse_situation("does the llm summarizer still make its date if tom only picks it up after the break?", team, TODAY)
    assert s.get("start_date") == "2027-01-04"
    assert plan_input(s, team, TODAY)["start"] == "2027-01-04"
    s.drop("start_date")
    assert plan_input(s, team, TODAY)["start"] == "2026-12-04"
