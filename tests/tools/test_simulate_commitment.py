"""Forecast honesty: a commitment date counts the trials that fail outright, single-number plans are flagged, and the
default year-end break is marked as an assumption."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from tools.simulate import PlanInput, WorkItem, forecast_completion, year_end_break

TODAY = date(2026, 12, 4)


def _plan(success: float = 1.0, **kw) -> PlanInput:
    tasks = [WorkItem(name="Data", optimistic=2, most_likely=3, pessimistic=5),
             WorkItem(name="Train", optimistic=3, most_likely=4, pessimistic=8, success_probability=success, depends_on=["Data"])]
    return PlanInput(tasks=tasks, start=TODAY, today=TODAY, trials=4000, **kw)


def test_no_date_reaches_a_confidence_above_the_share_of_trials_that_succeed():
    f = forecast_completion(_plan(success=0.85, confidence_level=90))
    assert f.commitment is not None and not f.commitment.reachable
    assert f.commitment.date is None and f.commitment.best_probability == pytest.approx(0.85, abs=0.02)


def test_a_reachable_commitment_is_later_than_the_same_percentile_of_the_successful_trials_only():
    f = forecast_completion(_plan(success=0.95, confidence_level=80))
    assert f.commitment.reachable
    # 80% of ALL trials needs about the 84th percentile of the ones that succeed: never earlier than their P80.
    assert f.commitment.working_days >= f.p80.working_days
    ok_by_then = f.commitment.working_days
    assert ok_by_then <= f.p95.working_days


def test_without_failures_the_commitment_is_the_plain_percentile():
    f = forecast_completion(_plan(confidence_level=80))
    assert f.commitment.reachable and f.commitment.working_days == pytest.approx(f.p80.working_days, abs=0.2)


def test_a_plan_of_single_numbers_is_flagged_and_says_its_chances_are_not_odds():
    tasks = [WorkItem(name="A", optimistic=5, most_likely=5, pessimistic=5)]
    f = forecast_completion(PlanInput(tasks=tasks, start=TODAY, today=TODAY, deadline=date(2027, 1, 29), trials=500))
    assert f.single_point and f.p50.working_days == f.p80.working_days
    assert any("not real odds" in n for n in f.notes)
    assert not forecast_completion(_plan()).single_point


def test_the_year_end_break_is_the_weekdays_from_24_dec_to_1_jan():
    days = year_end_break(TODAY, date(2027, 3, 1))
    assert days[0] == date(2026, 12, 24) and days[-1] == date(2027, 1, 1)
    assert all(d.weekday() < 5 for d in days) and date(2026, 12, 26) not in days and len(days) == 7


def test_an_assumed_break_is_skipped_and_said_to_be_assumed():
    brk = year_end_break(TODAY, date(2027, 12, 31))
    f = forecast_completion(_plan(holidays=brk, assumed_holidays=brk, unit="weeks"))
    assert "assumed break from 24 Dec to 1 Jan" in (f.calendar_note or "")
    assert all(getattr(f, p).date not in brk for p in ("p50", "p80", "p95"))


def test_assumed_days_off_must_be_days_off():
    with pytest.raises(ValidationError, match="assumed_holidays"):
        _plan(assumed_holidays=[date(2026, 12, 24)])


def test_an_unreachable_level_still_gives_the_date_to_give_if_the_risky_step_works():
    f = forecast_completion(_plan(success=0.7, confidence_level=85))
    c = f.commitment
    assert not c.reachable and c.date is None
    assert c.if_works_date is not None and c.if_works_working_days is not None
    # 85% of the trials that succeed: between their P80 and their P95, never a date from the failed ones.
    assert f.p80.working_days - 0.5 <= c.if_works_working_days <= f.p95.working_days + 0.5


def test_a_summary_never_says_a_rough_plan_is_certain():
    f = forecast_completion(_plan(deadline_days=80))
    assert f.deadline_probability is not None and f.deadline_probability > 0.995
    assert "100%" not in f.summary and "over 99%" in f.summary


def _side_by_side(**kw) -> PlanInput:
    tasks = [WorkItem(name="Model", optimistic=10, most_likely=12, pessimistic=15, success_probability=0.6),
             WorkItem(name="Vendor app", optimistic=18, most_likely=22, pessimistic=28),
             WorkItem(name="Docs", optimistic=4, most_likely=5, pessimistic=6)]
    return PlanInput(tasks=tasks, start=TODAY, today=TODAY, trials=4000, **kw)


def test_parallel_work_names_the_step_that_ends_last_and_the_ones_with_slack():
    f = forecast_completion(_side_by_side())
    assert f.drivers[0].name == "Vendor app" and f.drivers[0].share > 0.95
    note = next(n for n in f.notes if n.startswith("What decides the date"))
    assert "'Vendor app'" in note and "'Docs'" in note and "slack" in note


def test_a_chain_has_no_driver_to_name():
    f = forecast_completion(_plan())
    assert f.drivers == [] and not any("decides the date" in n for n in f.notes)


def test_an_unreachable_confidence_says_when_the_risky_step_is_known():
    f = forecast_completion(_side_by_side(confidence_level=85))
    c = f.commitment
    assert not c.reachable and c.known_by_date is not None and c.if_works_date is not None
    assert c.known_by_date < c.if_works_date  # the model's outcome is known well before the vendor finishes
