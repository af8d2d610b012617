"""A person's stated share of time in a team-project forecast stretches only that person's tasks, for the whole plan or
until the day it ends (agent/brains/offline.py `_share_to_its_person`, tools/simulate.py `Assignee.capacity_until`)."""

from __future__ import annotations

from datetime import date

from agent.brains.offline import plan_input
from agent.understanding import parse_situation
from tools.simulate import PlanInput, forecast_completion
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def _plan(question: str) -> dict:
    return plan_input(parse_situation(question, TEAM, TODAY), TEAM, TODAY)


def _person(plan: dict, name: str) -> dict:
    return next(p for p in plan["people"] if p["name"] == name)


def test_a_share_said_of_the_owner_slows_only_their_part_of_the_project():
    plan = _plan("can fraud model v3 still land for dec 18? priya's only on it about 50% these days")
    assert _person(plan, "Priya")["capacity"] == 0.5 and _person(plan, "Priya").get("capacity_until") is None
    assert _person(plan, "Sam")["capacity"] == 1.0


def test_a_share_until_a_date_holds_until_then_and_that_date_is_no_deadline():
    s = parse_situation("odds the llm summarizer ships on time? tom's only on it around 40% because he's on interviews until jan 8", TEAM, TODAY)
    assert s.get("work_share") == 0.4 and s.get("work_share_until") == "2027-01-08"
    assert s.get("deadline") == "2027-01-29"  # the team file's, not the end of the interviews
    plan = plan_input(s, TEAM, TODAY)
    assert _person(plan, "Tom")["capacity_until"] == "2027-01-08"


def test_a_share_until_a_date_costs_less_than_the_same_share_for_the_whole_plan():
    bounded = forecast_completion(PlanInput.model_validate(_plan("will the llm summarizer make its date? tom's at 50% on it till dec 18")))
    whole = forecast_completion(PlanInput.model_validate(_plan("will the llm summarizer make its date? tom's at 50% on it")))
    full = forecast_completion(PlanInput.model_validate(_plan("will the llm summarizer make its date?")))
    assert full.p50.working_days < bounded.p50.working_days < whole.p50.working_days


def test_a_share_said_of_someone_with_no_task_in_the_plan_moves_nothing():
    plan = _plan("is fraud model v3 going to make dec 18? lena's only at 30% on it")
    assert all(p["capacity"] == 1.0 for p in plan["people"] if p["name"] != "Lena")
    assert not any(p["name"] == "Lena" and p["capacity"] < 1 for p in plan["people"])
