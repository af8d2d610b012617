"""Schedule simulation: statistical properties, portfolio modes, calendars, determinism and input errors."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tools.errors import ToolInputError
from tools.registry import TOOLS
from tools.simulate import Assignee, PlanInput, Portfolio, WorkItem, forecast_completion, plan_from_project
from tools.team import Person, Project, Task, load_team

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def task(name: str, a: float, b: float, c: float, **kw) -> WorkItem:
    return WorkItem(name=name, optimistic=a, most_likely=b, pessimistic=c, **kw)


def fixed(name: str, days: float, **kw) -> WorkItem:
    return task(name, days, days, days, **kw)


def all_floats_finite(obj) -> bool:
    if isinstance(obj, float):
        return math.isfinite(obj)
    if isinstance(obj, dict):
        return all(all_floats_finite(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return all(all_floats_finite(v) for v in obj)
    return True


estimates = st.tuples(
    st.floats(0.5, 10, allow_nan=False), st.floats(0, 10, allow_nan=False), st.floats(0, 15, allow_nan=False)
).map(lambda t: (t[0], t[0] + t[1], t[0] + t[1] + t[2]))


@st.composite
def small_plans(draw, max_tasks: int = 5):
    n = draw(st.integers(1, max_tasks))
    tasks = []
    for i in range(n):
        a, b, c = draw(estimates)
        deps = sorted(draw(st.sets(st.integers(0, i - 1), max_size=2))) if i else []
        tasks.append(
            task(
                f"t{i}", a, b, c,
                success_probability=draw(st.sampled_from([1.0, 1.0, 0.9, 0.6])),
                depends_on=[f"t{d}" for d in deps],
                assignee=draw(st.sampled_from([None, "Ann", "Bo"])),
            )
        )
    return PlanInput(tasks=tasks, people=[Assignee(name="Bo", capacity=0.5)], trials=4000, seed=draw(st.integers(0, 99)))


# --- statistical properties -------------------------------------------------------------------


@FAST
@given(small_plans())
def test_percentiles_are_ordered_and_outputs_finite(plan):
    f = forecast_completion(plan)
    if f.success_probability > 0:
        assert f.p50.working_days <= f.p80.working_days <= f.p95.working_days
        assert sum(f.histogram.counts) == round(f.success_probability * plan.trials)
    assert all_floats_finite(f.model_dump())


@FAST
@given(small_plans(), estimates)
def test_an_extra_task_at_the_end_never_finishes_earlier(plan, est):
    last = plan.tasks[-1].name
    bigger = plan.model_copy(update={"tasks": [*plan.tasks, task("extra", *est, depends_on=[last], assignee="Ann")]})
    before, after = forecast_completion(plan), forecast_completion(PlanInput.model_validate(bigger.model_dump()))
    assert after.success_probability == before.success_probability  # common random numbers: same success draws
    if before.success_probability:
        for level in ("p50", "p80", "p95"):
            assert getattr(after, level).working_days >= getattr(before, level).working_days - 1e-9
        assert after.mean_days >= before.mean_days - 1e-9


@FAST
@given(small_plans(), st.data(), st.floats(0.1, 20))
def test_a_longer_pessimistic_estimate_never_finishes_earlier(plan, data, extra):
    k = data.draw(st.integers(0, len(plan.tasks) - 1))
    tasks = list(plan.tasks)
    tasks[k] = tasks[k].model_copy(update={"pessimistic": tasks[k].pessimistic + extra})
    longer = PlanInput.model_validate({**plan.model_dump(), "tasks": [t.model_dump() for t in tasks]})
    before, after = forecast_completion(plan), forecast_completion(longer)
    if before.success_probability:
        for level in ("p50", "p80", "p95"):
            assert getattr(after, level).working_days >= getattr(before, level).working_days - 1e-9


@settings(max_examples=15, deadline=None)
@given(estimates)
def test_one_triangular_task_has_the_textbook_mean(est):
    f = forecast_completion(PlanInput(tasks=[task("t", *est)], trials=200_000))
    assert f.mean_days == pytest.approx(sum(est) / 3, rel=0.01)


@settings(max_examples=15, deadline=None)
@given(st.floats(0.2, 1.0), estimates)
def test_retries_until_success_take_one_over_p_attempts_on_average(p, est):
    plan = PlanInput(tasks=[task("t", *est, success_probability=p, retry_until_success=True)], trials=100_000)
    f = forecast_completion(plan)
    assert f.success_probability == 1.0
    assert f.mean_days == pytest.approx(sum(est) / 3 / p, rel=0.03)
    # Everything but the final attempt is wasted: mean/p - mean.
    assert f.expected_wasted_days == pytest.approx(sum(est) / 3 * (1 / p - 1), rel=0.05, abs=0.05)


@settings(max_examples=15, deadline=None)
@given(st.lists(estimates, min_size=2, max_size=4))
def test_variances_of_independent_sequential_tasks_add(ests):
    tasks = [task(f"t{i}", *e, depends_on=[f"t{i - 1}"] if i else []) for i, e in enumerate(ests)]
    f = forecast_completion(PlanInput(tasks=tasks, trials=20_000))
    var = sum((a * a + b * b + c * c - a * b - a * c - b * c) / 18 for a, b, c in ests)
    if var < 1e-6:
        assert f.std_days == pytest.approx(0, abs=1e-6)
    else:
        assert f.std_days**2 == pytest.approx(var, rel=0.06)


# --- portfolios, people, calendars ------------------------------------------------------------


def test_portfolio_modes_success_and_completion():
    alts = [task("fine-tune", 4, 6, 10, success_probability=0.5), task("prompting", 2, 3, 5, success_probability=0.5)]
    out = {}
    for mode in ("parallel", "sequential", "all"):
        plan = PlanInput(tasks=alts, portfolios=[Portfolio(name="model", mode=mode, tasks=["fine-tune", "prompting"])])
        out[mode] = forecast_completion(plan)
    assert out["parallel"].success_probability == pytest.approx(0.75, abs=0.02)
    assert out["sequential"].success_probability == out["parallel"].success_probability  # same draws, same odds
    assert out["all"].success_probability == pytest.approx(0.25, abs=0.02)
    assert out["parallel"].mean_days < out["sequential"].mean_days
    assert out["parallel"].portfolios[0].name == "model" and out["parallel"].portfolios[0].mode == "parallel"


def test_sequential_portfolio_accumulates_until_first_success():
    plan = PlanInput(
        tasks=[fixed("a", 2, success_probability=0.5), fixed("b", 3), fixed("ship", 1, depends_on=["alts"])],
        portfolios=[Portfolio(name="alts", mode="sequential", tasks=["a", "b"])],
        trials=20_000,
    )
    f = forecast_completion(plan)
    assert f.success_probability == 1.0
    assert f.mean_days == pytest.approx(0.5 * 3 + 0.5 * 6, abs=0.05)  # a works (2+1) or a fails then b (2+3+1)
    assert f.expected_wasted_days == pytest.approx(0.5 * 2, abs=0.05)


def test_parallel_portfolio_stops_the_loser_when_the_winner_lands():
    plan = PlanInput(
        tasks=[fixed("a", 2, success_probability=0.5, assignee="Ann"), fixed("b", 3, assignee="Bo"),
               fixed("after", 1, depends_on=["b"], assignee="Bo")],
        portfolios=[Portfolio(name="alts", mode="parallel", tasks=["a", "b"])],
        trials=20_000,
    )
    f = forecast_completion(plan)
    assert f.mean_days == pytest.approx(0.5 * 3 + 0.5 * 4, abs=0.05)  # depending on a member waits for the portfolio
    assert f.expected_wasted_days == pytest.approx(2.0, abs=1e-9)  # a fails (2 days) or b stops after 2 days


def test_capacity_stretches_and_one_person_works_serially():
    two = [fixed("x", 3, assignee="Ann"), fixed("y", 3, assignee="Ann")]
    assert forecast_completion(PlanInput(tasks=two, trials=100)).p50.working_days == 6
    apart = [fixed("x", 3, assignee="Ann"), fixed("y", 3, assignee="Bo")]
    assert forecast_completion(PlanInput(tasks=apart, trials=100)).p50.working_days == 3
    half = PlanInput(tasks=[fixed("x", 4, assignee="Ann")], people=[Assignee(name="Ann", capacity=0.5)], trials=100)
    assert forecast_completion(half).p50.working_days == 8


def test_calendar_dates_skip_weekends_and_deadline_dates_count_inclusively():
    monday = date(2026, 11, 23)
    f = forecast_completion(PlanInput(tasks=[fixed("x", 5)], start=monday, deadline=date(2026, 11, 27), trials=100))
    assert f.p50.date == date(2026, 11, 27) and f.deadline_days == 5 and f.deadline_probability == 1.0
    late = forecast_completion(PlanInput(tasks=[fixed("x", 6)], start=monday, deadline=date(2026, 11, 27), trials=100))
    assert late.p50.date == date(2026, 11, 30) and late.deadline_probability == 0.0
    weeks = forecast_completion(PlanInput(tasks=[fixed("x", 2)], unit="weeks", trials=100))
    assert weeks.p50.working_days == 10 and weeks.p50.date is None


def test_deadline_in_working_days_gives_a_probability_between_the_percentiles():
    plan = PlanInput(tasks=[task("x", 2, 5, 12)], trials=20_000)
    median = forecast_completion(plan).p50.working_days
    f = forecast_completion(plan.model_copy(update={"deadline_days": median}))
    assert f.deadline_probability == pytest.approx(0.5, abs=0.01)
    assert "50% chance" in f.summary


def test_a_plan_that_never_succeeds_reports_nulls_not_nan():
    f = forecast_completion(PlanInput(tasks=[task("x", 1, 2, 3, success_probability=0)], deadline_days=5, trials=500))
    assert f.success_probability == 0 and f.deadline_probability == 0
    assert f.p50.working_days is None and f.mean_days is None and f.histogram.counts == []
    assert f.notes and "no trial succeeded" in f.summary.lower()
    assert f.expected_wasted_days == pytest.approx(2, abs=0.1)


def test_same_seed_same_forecast_and_different_seed_differs():
    plan = PlanInput(tasks=[task("a", 1, 3, 9, success_probability=0.8), task("b", 2, 4, 7, depends_on=["a"])], trials=2000)
    first, again = forecast_completion(plan), forecast_completion(plan)
    assert first.model_dump() == again.model_dump()
    other = forecast_completion(plan.model_copy(update={"seed": 8}))
    assert other.model_dump() != first.model_dump()


def test_standard_errors_shrink_with_more_trials():
    small = forecast_completion(PlanInput(tasks=[task("x", 1, 3, 9)], trials=1000))
    big = forecast_completion(PlanInput(tasks=[task("x", 1, 3, 9)], trials=100_000))
    assert 0 < big.p80.std_error < small.p80.std_error


# --- team file and registry ------------------------------------------------------------------


def test_plan_from_project_uses_team_capacity_and_deadline(team_file):
    team = load_team(team_file)
    plan = plan_from_project(team.project("Fraud model v3"), team.people, trials=2000)
    assert [t.name for t in plan.tasks][0] == "Finish feature backfill"
    assert plan.deadline == date(2026, 12, 18) and plan.start == date(2026, 11, 23)
    f = forecast_completion(plan)
    assert 0 < f.deadline_probability <= f.success_probability == pytest.approx(0.85, abs=0.03)


def test_plan_from_project_rejects_assignees_with_no_capacity():
    project = Project(name="p", tasks=[Task(name="t", optimistic=1, most_likely=2, pessimistic=3, assignee="Kim")])
    with pytest.raises(ToolInputError, match="Kim has capacity 0"):
        plan_from_project(project, [Person(name="Kim", role="ML engineer", capacity=0)])


def test_registry_runs_the_tool_from_plain_arguments():
    spec = TOOLS["forecast_completion"]
    result = spec.run({"tasks": [{"name": "x", "optimistic": 1, "most_likely": 2, "pessimistic": 4}], "trials": 500})
    assert result.p50.working_days > 0
    assert "P50/P80/P95" in spec.description()
    schema = PlanInput.model_json_schema()
    assert schema["properties"]["trials"]["description"]


# --- invalid input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, where, rule",
    [
        ({"tasks": [{"name": "x", "optimistic": 5, "most_likely": 3, "pessimistic": 4}]}, "tasks.0", "optimistic <= most_likely"),
        ({"tasks": [{"name": "x", "optimistic": 1, "most_likely": 2, "pessimistic": 3, "success_probability": 1.5}]},
         "tasks.0.success_probability", "less than or equal to 1"),
        ({"tasks": [{"name": "x", "optimistic": 1, "most_likely": 2, "pessimistic": 3, "depends_on": ["ghost"]}]},
         "", "tasks[0].depends_on: 'ghost'"),
        ({"tasks": [{"name": "x", "optimistic": 1, "most_likely": 1, "pessimistic": 1, "depends_on": ["y"]},
                    {"name": "y", "optimistic": 1, "most_likely": 1, "pessimistic": 1, "depends_on": ["x"]}]},
         "", "cycle"),
        ({"tasks": [{"name": "x", "optimistic": 1, "most_likely": 1, "pessimistic": 1, "success_probability": 0,
                     "retry_until_success": True}]}, "tasks.0", "retry_until_success"),
        ({"tasks": [{"name": "x", "optimistic": 1, "most_likely": 1, "pessimistic": 1}],
          "portfolios": [{"name": "p", "tasks": ["nope"]}]}, "", "portfolios[0].tasks"),
        ({"tasks": [{"name": "x", "optimistic": 1, "most_likely": 1, "pessimistic": 1}], "deadline": "2026-12-01"},
         "", "needs a start date"),
        ({"tasks": [{"name": "x", "optimistic": 1, "most_likely": 1, "pessimistic": 1}], "trials": 10}, "trials", "greater"),
        ({"tasks": [{"name": "x", "optimistic": 1, "most_likely": 1, "pessimistic": float("nan")}]}, "tasks.0.pessimistic", "finite"),
    ],
)
def test_invalid_plans_name_the_field_and_rule(data, where, rule):
    with pytest.raises(ValidationError) as info:
        PlanInput.model_validate(data)
    err = info.value.errors()[0]
    assert ".".join(str(p) for p in err["loc"]) == where
    assert rule in err["msg"]


# --- fuzzing ---------------------------------------------------------------------------------

odd_numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(-10, 10**6), st.sampled_from([0, 1, 1e-12, 1e300, -0.0])
)
names = st.sampled_from(["a", "b", "c", "p", "", " ", "x" * 130])


@st.composite
def raw_plans(draw):
    """A mostly plausible plan as plain data, with one field often replaced by an odd value."""
    pool = draw(st.permutations(["a", "b", "c", "d", "p"]))
    tasks = []
    for i in range(draw(st.integers(1, 4))):
        nums = sorted(draw(st.lists(st.floats(0, 50), min_size=3, max_size=3)))
        retry = draw(st.booleans())
        tasks.append({
            "name": pool[i],
            "optimistic": nums[0], "most_likely": nums[1], "pessimistic": nums[2],
            "success_probability": draw(st.floats(0.01 if retry else 0, 1)),
            "retry_until_success": retry,
            "depends_on": draw(st.lists(st.sampled_from(pool[:i]), max_size=2, unique=True)) if i else [],
            "assignee": draw(st.sampled_from([None, "Ann", "Bo"])),
        })
    data = {"tasks": tasks, "trials": draw(st.sampled_from([100, 300])), "seed": draw(st.integers(0, 2**32 - 1))}
    members = [t["name"] for t in tasks if not t["depends_on"]]
    if draw(st.booleans()) and members:
        data["portfolios"] = [{"name": "port", "mode": draw(st.sampled_from(["parallel", "sequential", "all"])),
                               "tasks": draw(st.lists(st.sampled_from(members), min_size=1, max_size=3, unique=True))}]
    if draw(st.booleans()):
        data["people"] = [{"name": "Bo", "capacity": draw(st.floats(0.05, 1))}]
    if draw(st.booleans()):
        data["deadline_days"] = draw(st.floats(0, 100))
    elif draw(st.booleans()):
        data["start"] = draw(st.dates()).isoformat()
        data["deadline"] = draw(st.dates()).isoformat()
    data["unit"] = draw(st.sampled_from(["days", "weeks"]))
    if draw(st.booleans()):  # corrupt one field
        target = draw(st.sampled_from(["task", "top", "port"]))
        odd = draw(st.one_of(odd_numbers, names, st.none(), st.lists(names, max_size=2)))
        if target == "task":
            field = draw(st.sampled_from(sorted(tasks[0])))
            tasks[draw(st.integers(0, len(tasks) - 1))][field] = odd
        elif target == "top":
            data[draw(st.sampled_from(["trials", "seed", "deadline_days", "unit", "start", "people"]))] = odd
        else:
            data["portfolios"] = [{"name": draw(names), "mode": draw(st.sampled_from(["parallel", "x"])),
                                   "tasks": draw(st.lists(names, max_size=3))}]
    return data


@pytest.mark.filterwarnings("error::RuntimeWarning")
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_plans())
def test_fuzzed_plans_validate_and_forecast_or_fail_cleanly(data):
    try:
        plan = PlanInput.model_validate(data)
        result = forecast_completion(plan)
    except (ValidationError, ToolInputError):
        return
    dumped = result.model_dump()
    assert all_floats_finite(dumped)
    assert 0 <= result.success_probability <= 1
    assert result.summary


@settings(max_examples=10, deadline=None)
@given(st.floats(0.3, 0.9), estimates, st.floats(1.0, 15.0))
def test_a_stated_round_length_is_what_each_further_attempt_costs(p, est, round_days):
    plan = PlanInput(tasks=[task("t", *est, success_probability=p, retry_until_success=True, retry_duration=round_days)], trials=100_000)
    f = forecast_completion(plan)
    # First attempt from the estimate, then on average (1/p - 1) rounds of the stated length.
    assert f.mean_days == pytest.approx(sum(est) / 3 + round_days * (1 / p - 1), rel=0.03, abs=0.05)
