"""Someone's current work forecast from the team file starts on the day the question says it is unblocked, not today."""

from __future__ import annotations

from datetime import date

from agent.brains.offline import plan_input
from agent.understanding import parse_situation
from tools.team import load_team


def test_current_work_blocked_until_a_stated_day_is_forecast_from_that_day(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = parse_situation("the snapshot job fix ships tuesday, so marco is free from then. will the churn retraining be live by "
                        "jan 25?", team, date(2026, 12, 4))
    assert s.get("start_date") == "2026-12-08"
    plan = plan_input(s, team, date(2026, 12, 4))
    assert plan["start"] == "2026-12-08" and plan["deadline"] == "2027-01-25"
    s.drop("start_date")
    assert plan_input(s, team, date(2026, 12, 4))["start"] == "2026-12-04"
