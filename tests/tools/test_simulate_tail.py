"""A stated worst case that misses the date keeps a high chance honest: the forecast names that task, gives the date it
would land on, and never says more than 'over 95%' for the deadline."""

from __future__ import annotations

from datetime import date

from tools.simulate import PlanInput, WorkItem, forecast_completion

MONDAY = date(2027, 3, 1)


def _plan(worst: float, deadline_days_after: int = 0) -> PlanInput:
    tasks = [
        WorkItem(name="feature pipeline", optimistic=2, most_likely=3, pessimistic=4),
        WorkItem(name="ranker retrain", optimistic=3, most_likely=5, pessimistic=worst, depends_on=["feature pipeline"]),
        WorkItem(name="rollout", optimistic=1, most_likely=1, pessimistic=1, depends_on=["ranker retrain"]),
    ]
    return PlanInput(tasks=tasks, unit="weeks", start=MONDAY, today=MONDAY, deadline=date(2027, 5, 28), trials=4000)


def test_a_worst_case_that_misses_the_date_caps_the_chance_and_names_the_task():
    f = forecast_completion(_plan(worst=10))  # 3 + 10 + 1 weeks = 14 > 13 weeks to 28 May
    assert f.deadline_probability is not None and f.deadline_probability >= 0.95
    assert f.tail is not None and f.tail.task == "ranker retrain" and f.tail.pessimistic == 10
    assert f.tail.date is not None and f.tail.date > date(2027, 5, 28)
    assert f.deadline_chance == "over 95%"
    assert "over 95%" in f.summary and "over 99%" not in f.summary


def test_no_tail_when_every_single_worst_case_still_meets_the_date():
    f = forecast_completion(_plan(worst=8))  # 3 + 8 + 1 = 12 weeks, inside 13
    assert f.tail is None
    assert f.deadline_chance == "over 99%"


def test_work_only_a_side_branch_needs_is_off_the_release_path():
    from tools.simulate import off_release_path

    tasks = [
        WorkItem(name="labelled set", optimistic=1, most_likely=2, pessimistic=3),
        WorkItem(name="gradient boosted baseline", optimistic=1, most_likely=2, pessimistic=3, depends_on=["labelled set"]),
        WorkItem(name="graph model spike", optimistic=2, most_likely=4, pessimistic=8, depends_on=["labelled set"]),
        WorkItem(name="spike write-up", optimistic=1, most_likely=1, pessimistic=1, depends_on=["graph model spike"]),
        WorkItem(name="go-live", optimistic=1, most_likely=1, pessimistic=1, depends_on=["gradient boosted baseline"]),
    ]
    assert off_release_path(tasks) == ["graph model spike", "spike write-up"]
    chain = [tasks[0], tasks[1], tasks[4]]
    assert off_release_path(chain) == []  # one last step: nothing is off the path
