"""Forecast calendars: the team's days off are skipped like weekends, a P-date never lands on one, and a forecast
that spans the year-end holidays (or a listed day off) says in one sentence how its dates treat them."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools.simulate import (
    PlanInput,
    PrescribeInput,
    WorkItem,
    forecast_completion,
    plan_from_project,
    prescribe,
    working_days_until,
)
from tools.team import Project, Task, TeamFileError, parse_team

YEAR_END_OFF = [date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 28), date(2026, 12, 29),
                date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1)]


def fixed(name: str, days: float) -> WorkItem:
    return WorkItem(name=name, optimistic=days, most_likely=days, pessimistic=days)


def spread(name: str = "build") -> WorkItem:
    return WorkItem(name=name, optimistic=10, most_likely=15, pessimistic=30)


def test_dates_skip_the_days_off_and_the_working_days_stay_the_same():
    monday = date(2026, 12, 21)
    plain = forecast_completion(PlanInput(tasks=[fixed("x", 5)], start=monday, trials=100))
    off = forecast_completion(PlanInput(tasks=[fixed("x", 5)], start=monday, holidays=[date(2026, 12, 24), date(2026, 12, 25)], trials=100))
    assert plain.p50.date == date(2026, 12, 25)  # Monday to Friday, Christmas counted as a working day
    assert off.p50.date == date(2026, 12, 29)  # the two days off push the fifth working day to Tuesday
    assert off.p50.working_days == plain.p50.working_days == 5


def test_a_day_off_on_a_weekend_changes_nothing():
    plan = PlanInput(tasks=[spread()], start=date(2027, 3, 1), deadline=date(2027, 4, 1), trials=500)
    weekend = plan.model_copy(update={"holidays": [date(2027, 3, 6), date(2027, 3, 14)]})
    assert forecast_completion(weekend).model_dump() == forecast_completion(plan).model_dump()


def test_working_days_until_a_deadline_leave_out_the_days_off():
    monday, new_year = date(2026, 12, 21), date(2027, 1, 1)
    assert working_days_until(monday, new_year) == 10
    assert working_days_until(monday, new_year, YEAR_END_OFF) == 3
    start_on_a_day_off = working_days_until(date(2026, 12, 24), date(2027, 1, 4), YEAR_END_OFF)
    assert start_on_a_day_off == 1  # the first working day is Monday 4 January
    plan = PlanInput(tasks=[fixed("x", 4)], start=monday, deadline=new_year, holidays=YEAR_END_OFF, trials=100)
    f = forecast_completion(plan)
    assert f.deadline_days == 3 and f.deadline_probability == 0.0


@st.composite
def calendars(draw):
    start = draw(st.dates(date(2026, 1, 1), date(2028, 12, 31)))
    offs = draw(st.lists(st.integers(0, 120), max_size=40))
    a = draw(st.floats(0.5, 20))
    b = a + draw(st.floats(0, 20))
    c = b + draw(st.floats(0, 30))
    holidays = [start + timedelta(days=k) for k in offs]
    return PlanInput(tasks=[WorkItem(name="t", optimistic=a, most_likely=b, pessimistic=c)], start=start,
                     holidays=holidays, trials=200, seed=draw(st.integers(0, 99)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calendars())
def test_no_percentile_date_lands_on_a_weekend_or_a_day_off(plan):
    f = forecast_completion(plan)
    for p in (f.p50, f.p80, f.p95):
        assert p.date is not None and p.date >= plan.start
        assert p.date.weekday() < 5 and p.date not in plan.holidays, (p.level, p.date)


def test_the_moved_date_of_a_prescription_skips_the_days_off():
    plan = PlanInput(tasks=[spread()], start=date(2026, 12, 7), deadline=date(2026, 12, 18), holidays=YEAR_END_OFF,
                     trials=1000)
    moved = next(c for c in prescribe(PrescribeInput(plan=plan)).changes if c.kind == "move_date")
    assert moved.new_deadline_date is not None and moved.new_deadline_date.weekday() < 5
    assert moved.new_deadline_date not in YEAR_END_OFF
    assert working_days_until(plan.start, moved.new_deadline_date, YEAR_END_OFF) == moved.new_deadline_days


# --- the sentence about the holidays ------------------------------------------------------------------------------

def _calendar_notes(f) -> list[str]:
    return [n for n in f.notes if "holidays" in n or "day off" in n or "days off" in n]


def test_without_a_calendar_a_year_end_forecast_says_dates_count_monday_to_friday():
    f = forecast_completion(PlanInput(tasks=[spread()], start=date(2026, 12, 1), trials=2000))
    assert f.p50.date <= date(2026, 12, 31) <= f.p95.date  # the P50-P95 range crosses the year end
    (note,) = _calendar_notes(f)
    assert f.calendar_note == note
    assert "year-end holidays" in note and "Monday-Friday" in note and "(holidays:)" in note
    assert f"{f.p95.date:%a %d %b %Y}" in note


def test_with_a_calendar_the_sentence_counts_the_days_skipped():
    f = forecast_completion(PlanInput(tasks=[spread()], start=date(2026, 12, 1), holidays=YEAR_END_OFF, trials=2000))
    (note,) = _calendar_notes(f)
    skipped = [d for d in YEAR_END_OFF if d <= f.p95.date]
    assert f"skip the {len(skipped)} weekdays off" in note and "Monday-Friday" not in note
    assert f.p50.date.year == 2027  # the range itself moved past the break, and the sentence still explains why


def test_a_stated_closure_is_named_as_the_teams_own_stretch_not_an_assumed_break():
    shut = [date(2026, 12, 21) + timedelta(days=i) for i in range(15) if (date(2026, 12, 21) + timedelta(days=i)).weekday() < 5]
    f = forecast_completion(PlanInput(tasks=[spread()], start=date(2026, 12, 7), holidays=shut, trials=500))
    (note,) = _calendar_notes(f)
    assert "Mon 21 Dec 2026 to Mon 04 Jan 2027" in note and "own days off" in note and "no dates were given" not in note


def test_a_calendar_that_misses_the_year_end_is_called_out():
    f = forecast_completion(PlanInput(tasks=[spread()], start=date(2026, 12, 1), holidays=[date(2026, 11, 26)], trials=2000))
    (note,) = _calendar_notes(f)
    assert "do not cover 24 Dec to 1 Jan" in note and "working days" in note and "team file" not in note


def test_a_listed_day_off_outside_the_year_end_is_mentioned_and_a_plain_spring_plan_says_nothing():
    spring = PlanInput(tasks=[spread()], start=date(2027, 3, 22), trials=2000)
    assert _calendar_notes(forecast_completion(spring)) == [] and forecast_completion(spring).calendar_note is None
    easter = forecast_completion(spring.model_copy(update={"holidays": [date(2027, 3, 26), date(2027, 3, 29)]}))
    (note,) = _calendar_notes(easter)
    assert "2 weekdays off given" in note and easter.calendar_note == note


def test_no_sentence_without_a_start_or_when_nothing_succeeds():
    no_start = forecast_completion(PlanInput(tasks=[spread()], trials=500))
    never = forecast_completion(PlanInput(tasks=[spread().model_copy(update={"success_probability": 0.0})],
                                          start=date(2026, 12, 1), trials=500))
    assert _calendar_notes(no_start) == [] and _calendar_notes(never) == []


# --- the team file ----------------------------------------------------------------------------------------------

def test_the_team_file_lists_days_off_and_the_project_plan_carries_them():
    team = parse_team({"holidays": ["2026-12-25", "2026-12-24", "2026-12-25"], "projects": [
        Project(name="Churn", tasks=[Task(name="train", optimistic=3, most_likely=5, pessimistic=8)]).model_dump()]})
    assert team.holidays == [date(2026, 12, 24), date(2026, 12, 25)]  # sorted, each once
    plan = plan_from_project(team.project("Churn"), team.people, start=date(2026, 12, 21), holidays=team.holidays)
    assert plan.holidays == team.holidays


@pytest.mark.parametrize("value, expected", [
    ("2026-12-24", "a list of ISO dates"),
    (["christmas"], "ISO date like 2026-12-24 (got 'christmas')"),
    (["2026-13-01"], "got '2026-13-01'"),
    ([20261224], "got '20261224'"),
    (["2026-12-24T10:00"], "got '2026-12-24T10:00'"),
])
def test_bad_days_off_get_one_clear_sentence(value, expected):
    with pytest.raises(TeamFileError) as info:
        parse_team({"holidays": value})
    message = str(info.value)
    assert expected in message and "holidays" in message and message.count(".") <= 3 and "\n" not in message


def test_the_reader_caveat_goes_with_the_note_in_plain_words():
    monday = date(2026, 12, 14)
    bare = forecast_completion(PlanInput(tasks=[spread()], start=monday, trials=300))
    listed = forecast_completion(PlanInput(tasks=[spread()], start=monday, holidays=YEAR_END_OFF, trials=300))
    spring = forecast_completion(PlanInput(tasks=[fixed("x", 5)], start=date(2027, 3, 1), trials=100))
    one_off = forecast_completion(PlanInput(tasks=[fixed("x", 5)], start=date(2027, 3, 1), holidays=[date(2027, 3, 3)], trials=100))
    assert "working days" in bare.calendar_caveat and "move them later" in bare.calendar_caveat
    assert "already allow for the team's days off over the year-end holidays" in listed.calendar_caveat
    assert spring.calendar_note is None and spring.calendar_caveat is None
    assert one_off.calendar_caveat == "These dates already allow for the team's planned days off."
    for f in (bare, listed, one_off):
        assert f.calendar_note and not re.search(r"\d|P\d\d", f.calendar_caveat)
