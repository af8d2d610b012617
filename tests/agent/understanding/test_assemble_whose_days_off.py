"""Whose days off they are, and how long: one person's leave is theirs (away_person), a week said as a week is the whole
week, and days off are never read as a loan or a reason to set the deadline aside (agent/understanding/assemble.py)."""

from datetime import date

import pytest

from agent.understanding import parse_situation
from tools.team import load_team

TODAY = date(2026, 12, 4)  # a Friday
TEAM = load_team("examples/team.yaml")
NEXT_WEEK = ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"]


@pytest.mark.parametrize("said", ["is out next week", "is away all of next week", "is off the whole of next week"])
def test_a_week_said_as_a_week_is_all_five_days(said):
    s = parse_situation(f"can the fraud model v3 make jan 15? sam {said}", TEAM, TODAY)
    assert s.get("away_days") == NEXT_WEEK and s.get("away_person") == "Sam"


def test_the_week_after_next_starts_on_its_monday():
    s = parse_situation("is fraud model v3 still on for jan 15? priya is off the week after next", TEAM, TODAY)
    assert s.get("away_days") == ["2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18"]


def test_a_leave_said_by_its_length_belongs_to_the_person_named_before_it():
    s = parse_situation("can fraud model v3 make jan 15? sam is out for two weeks from the 14th", TEAM, TODAY)
    assert s.get("away_person") == "Sam" and len(s.get("away_days")) == 10


def test_days_off_with_no_name_before_them_are_nobodys_in_particular():
    s = parse_situation("can fraud model v3 make jan 15? 14-18 dec is off for everyone", TEAM, TODAY)
    assert s.get("away_person") is None


def test_the_team_off_for_a_whole_week_is_days_off_not_a_loan_and_the_question_stays_a_forecast():
    s = parse_situation("will the churn model be done by jan 8? we're all off the whole of next week", TEAM, TODAY)
    assert s.intent == "planning" and s.get("days_off") == NEXT_WEEK
    assert s.get("new_work_shape") is None and s.get("new_work_weeks") is None


def test_a_loan_of_next_week_is_still_a_loan():
    s = parse_situation("ops wants to borrow ana full time all next week, ok?", TEAM, TODAY)
    assert s.get("new_work_shape") == "fixed_loan" and s.get("away_days") is None


def test_a_persons_share_of_time_on_the_work_is_no_chance_of_success():
    s = parse_situation("how likely is the new ranker live by end of jan? ifeoma reckons 4-6 wks of work, but she's only at 50% on it", None, TODAY)
    assert s.get("work_share") == 0.5 and s.get("success_probability") is None
    assert all("success_probability" not in t for t in s.get("tasks"))


def test_a_team_running_at_a_load_is_no_share_of_one_persons_time():
    s = parse_situation("backfill 2-3 wks then retrain 1 wk, we're at 120% capacity. odds for jan 22?", None, TODAY)
    assert s.get("work_share") is None
