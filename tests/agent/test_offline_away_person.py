"""One person's own days off in a team-project forecast stop only that person's tasks (agent/brains/offline.py,
`_away_to_its_person`), and a date inside them can still be the work's deadline."""

from __future__ import annotations

from datetime import date

from agent.brains.offline import plan_input
from agent.understanding import parse_situation
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def _plan(question: str) -> dict:
    return plan_input(parse_situation(question, TEAM, TODAY), TEAM, TODAY)


def test_the_shadow_deployers_leave_is_theirs_not_the_teams():
    plan = _plan("is fraud model v3 going to make jan 15? sam's on leave 14-16 dec")
    sam = next(p for p in plan["people"] if p["name"] == "Sam")
    assert sam["days_off"] == ["2026-12-14", "2026-12-15", "2026-12-16"]
    assert not {"2026-12-14", "2026-12-15", "2026-12-16"} & set(plan["holidays"])


def test_days_off_of_a_teammate_with_no_task_in_the_plan_move_nothing():
    plan = _plan("is fraud model v3 going to make jan 15? tom's on leave 14-16 dec")
    assert not {"2026-12-14", "2026-12-15", "2026-12-16"} & set(plan["holidays"])
    assert next(p for p in plan["people"] if p["name"] == "Tom")["days_off"] == ["2026-12-14", "2026-12-15", "2026-12-16"]


def test_days_off_of_someone_the_team_file_does_not_know_stay_the_plans():
    plan = _plan("is fraud model v3 going to make jan 15? wanjiru's on leave 14-16 dec")
    assert {"2026-12-14", "2026-12-15", "2026-12-16"} <= set(plan["holidays"])


def test_a_deadline_inside_one_persons_days_off_is_still_the_deadline():
    s = parse_situation("will fraud model v3 make dec 18? sam is off dec 14-18", TEAM, TODAY)
    assert s.intent == "planning" and s.get("deadline") == "2026-12-18" and s.get("away_person") == "Sam"


def test_a_team_closure_still_sets_aside_a_date_inside_it():
    s = parse_situation("will fraud model v3 make dec 30? we're closed dec 24 to jan 1", TEAM, TODAY)
    assert s.get("deadline") != "2026-12-30"


def test_stated_tasks_at_a_share_of_someones_time_are_theirs_at_that_capacity():
    s = parse_situation("odds the churn model is live by jan 29? 3-4 wks of work left and Wanjiru is only at 40% on it", None, TODAY)
    plan = plan_input(s, None, TODAY)
    assert plan["people"] == [{"name": "Wanjiru", "capacity": 0.4, "days_off": [], "capacity_until": None}]
    assert {t["assignee"] for t in plan["tasks"]} == {"Wanjiru"}


def test_work_said_to_run_in_parallel_gets_no_single_persons_share():
    s = parse_situation("odds for jan 29? labelling 2-3 wks and feature work 2 wks in parallel, ana is at 50% on it", None, TODAY)
    assert not plan_input(s, None, TODAY).get("people")


def test_stated_tasks_at_a_share_until_a_date_are_full_time_after_it():
    s = parse_situation("chance the pricing model is live by feb 26? 4-6 wks of work and Wanjiru is at 50% on it until jan 15 while she covers support", None, TODAY)
    assert plan_input(s, None, TODAY)["people"][0]["capacity_until"] == "2027-01-15"
    assert s.get("deadline") == "2027-02-26"
