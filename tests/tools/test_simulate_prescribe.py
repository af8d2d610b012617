"""Prescriptions and honest numbers: plan changes are re-simulated with the same seed and ranked, cutting or
deferring work never lowers the chance, a moved date always reaches the target and is never in the past, and
forecasts state the share of trials that fail outright and flag deadlines that have passed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tools.errors import ToolInputError
from tools.registry import TOOLS
from tools.simulate import PlanInput, PrescribeInput, WorkItem, forecast_completion, prescribe

FAST = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MONDAY, FRIDAY = date(2026, 12, 7), date(2026, 12, 4)


def task(name: str, a: float, b: float, c: float, **kw) -> WorkItem:
    return WorkItem(name=name, optimistic=a, most_likely=b, pessimistic=c, **kw)


def churn_plan(**kw) -> PlanInput:
    """Cleanup, a risky training step, docs and a shadow deployment, one after another, due in six weeks."""
    tasks = [
        task("Data cleanup", 5, 7, 10),
        task("Train model", 10, 15, 20, success_probability=0.9, depends_on=["Data cleanup"]),
        task("Write docs", 3, 4, 6, depends_on=["Train model"]),
        task("Shadow deployment", 5, 6, 9, depends_on=["Write docs"]),
    ]
    return PlanInput(tasks=tasks, start=MONDAY, deadline=date(2027, 1, 15), today=FRIDAY, trials=4000, **kw)


def by_kind(result):
    out = {}
    for change in result.changes:
        out.setdefault(change.kind, change)
    return out


def test_a_missed_deadline_gets_several_concrete_changes_with_their_new_chance():
    result = prescribe(PrescribeInput(plan=churn_plan(), target_probability=0.8))
    assert result.baseline_probability < 0.8
    assert len(result.changes) >= 2
    kinds = by_kind(result)
    assert "defer_task" not in kinds, "the shadow deployment is a gate: the release does not ship without it"
    assert result.gates == ["Shadow deployment"]
    assert kinds["cut_task"].task in ("Train model", "Write docs")
    assert kinds["cut_task"].deadline_probability > result.baseline_probability
    assert "Train model" in kinds["add_person"].description
    probabilities = [c.deadline_probability for c in result.changes]
    assert probabilities == sorted(probabilities, reverse=True)
    assert all(c.assumptions for c in result.changes)
    assert set(result.reaches_target) == {c.kind for c in result.changes if c.reaches_target}
    assert result.reaches_target, "moving the date at least reaches the target"
    assert "target of 80%" in result.summary


def test_moved_date_reaches_the_target_on_the_same_trials():
    result = prescribe(PrescribeInput(plan=churn_plan(), target_probability=0.8, max_changes=10))
    move = by_kind(result)["move_date"]
    assert move.reaches_target and move.deadline_probability >= 0.8
    assert move.new_deadline_date > date(2027, 1, 15)
    check = forecast_completion(churn_plan().model_copy(update={"deadline": move.new_deadline_date}))
    assert check.deadline_probability == pytest.approx(move.deadline_probability)


def test_fallback_states_its_assumed_range_and_success():
    result = prescribe(PrescribeInput(plan=churn_plan(), max_changes=10))
    fallback = by_kind(result)["parallel_fallback"]
    assert fallback.task == "Train model"
    assert any("10-20 working days" in a and "95% success" in a for a in fallback.assumptions)
    assert fallback.deadline_probability > result.baseline_probability


def test_add_person_states_the_speed_up_as_an_assumption():
    change = by_kind(prescribe(PrescribeInput(plan=churn_plan(), max_changes=10)))["add_person"]
    assert any("about a third" in a and "ramp-up" in a for a in change.assumptions)
    assert change.new_p80 is not None and change.new_p80_date is not None


def test_parallel_work_is_only_suggested_when_the_order_was_assumed():
    stated = prescribe(PrescribeInput(plan=churn_plan(), max_changes=10))
    assumed = prescribe(PrescribeInput(plan=churn_plan(), max_changes=10, order_assumed=True))
    assert "run_in_parallel" not in by_kind(stated)
    change = by_kind(assumed)["run_in_parallel"]
    assert "'Write docs'" in change.description and "Train model" not in change.description
    assert any("assumed from the names" in a for a in change.assumptions)


def test_a_plan_already_on_target_gets_no_date_move():
    plan = churn_plan().model_copy(update={"deadline": date(2027, 3, 31)})
    result = prescribe(PrescribeInput(plan=plan))
    assert result.baseline_probability >= 0.8
    assert "move_date" not in by_kind(result)
    assert "already reaches it" in result.summary


def test_a_passed_deadline_only_offers_a_new_date_and_never_one_in_the_past():
    plan = churn_plan().model_copy(update={"start": date(2026, 10, 1), "deadline": date(2026, 11, 27)})
    result = prescribe(PrescribeInput(plan=plan))
    assert result.deadline_passed and result.baseline_probability is None
    assert [c.kind for c in result.changes] == ["move_date"]
    assert result.changes[0].new_deadline_date >= FRIDAY
    assert "overdue" in result.summary


def test_no_date_reaches_a_target_above_the_chance_the_plan_works():
    plan = churn_plan(seed=3).model_copy(
        update={"tasks": [t.model_copy(update={"success_probability": 0.5}) if t.name == "Train model" else t
                          for t in churn_plan().tasks]}
    )
    result = prescribe(PrescribeInput(plan=plan, max_changes=10))
    assert "move_date" not in by_kind(result)
    assert "fails outright" in result.summary


def test_a_plan_without_a_deadline_is_refused_in_one_sentence():
    with pytest.raises(ValidationError, match="deadline"):
        PrescribeInput(plan=PlanInput(tasks=[task("x", 1, 2, 3)]))


def test_registry_runs_suggest_plan_changes_from_plain_arguments():
    spec = TOOLS["suggest_plan_changes"]
    result = spec.run({"plan": churn_plan().model_dump(mode="json"), "target_probability": 0.7})
    assert result.target_probability == 0.7 and result.changes
    assert "plan changes" in spec.description()


estimates = st.tuples(st.floats(0.5, 8), st.floats(0, 8), st.floats(0, 12)).map(
    lambda t: (t[0], t[0] + t[1], t[0] + t[1] + t[2])
)


@st.composite
def plans_with_deadlines(draw):
    n = draw(st.integers(2, 5))
    tasks = []
    for i in range(n):
        deps = sorted(draw(st.sets(st.integers(0, i - 1), max_size=2))) if i else []
        tasks.append(task(
            f"t{i}", *draw(estimates), success_probability=draw(st.sampled_from([1.0, 1.0, 0.95, 0.8])),
            depends_on=[f"t{d}" for d in deps], assignee=draw(st.sampled_from([None, "Ann", "Bo"])),
        ))
    return PlanInput(tasks=tasks, deadline_days=draw(st.floats(2, 40)), trials=1000, seed=draw(st.integers(0, 50)))


@FAST
@given(plans_with_deadlines(), st.sampled_from([0.5, 0.7, 0.8, 0.9]))
def test_cutting_or_deferring_never_lowers_the_chance_and_a_moved_date_reaches_the_target(plan, target):
    result = prescribe(PrescribeInput(plan=plan, target_probability=target, max_changes=10))
    for change in result.changes:
        if change.kind in ("cut_task", "defer_task"):
            assert change.deadline_probability >= result.baseline_probability - 1e-12
        if change.kind == "move_date":
            assert change.reaches_target and change.deadline_probability >= target
    assert prescribe(PrescribeInput(plan=plan, target_probability=target, max_changes=10)) == result


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({
    "plan": st.one_of(st.just(churn_plan().model_dump(mode="json")), st.dictionaries(st.text(max_size=5), st.integers())),
    "target_probability": st.one_of(st.floats(allow_nan=True), st.integers(-1, 2)),
    "max_changes": st.integers(-1, 12),
    "order_assumed": st.booleans(),
}))
def test_fuzz_prescribe_input(data):
    try:
        inp = PrescribeInput.model_validate(data)
    except (ValidationError, ToolInputError):
        return
    result = prescribe(inp)
    assert len(result.changes) <= inp.max_changes and result.summary


# --- honest numbers ------------------------------------------------------------------------------


def test_the_share_that_fails_outright_is_stated_plainly():
    f = forecast_completion(churn_plan())
    assert f.failure_share == pytest.approx(0.1, abs=0.02)
    assert f.failure_share == pytest.approx(1 - f.success_probability)
    assert [c.name for c in f.failure_causes] == ["Train model"]
    assert "of 4,000 trials 'Train model' fails outright and the project does not finish without a new plan" in f.summary
    assert "when it" not in f.summary
    assert f.histogram.failed_trials == round(f.failure_share * 4000)
    assert "fails outright" in f.histogram.caption


def test_a_plan_that_cannot_fail_says_so_without_failure_wording():
    plan = churn_plan().model_copy(update={"tasks": [t.model_copy(update={"success_probability": 1.0}) for t in churn_plan().tasks]})
    f = forecast_completion(plan)
    assert f.failure_share == 0 and f.failure_causes == []
    assert "fails outright" not in f.summary and "none fails outright" in f.histogram.caption


def test_a_deadline_before_today_is_overdue_not_forecast():
    plan = churn_plan().model_copy(update={"start": date(2026, 11, 2), "deadline": date(2026, 11, 27)})
    f = forecast_completion(plan)
    assert f.deadline_passed and f.deadline_probability is None
    assert "has already passed" in f.summary and "overdue" in f.summary and "chance of finishing by" not in f.summary
    ahead = forecast_completion(churn_plan())
    assert not ahead.deadline_passed and ahead.deadline_probability is not None


def test_a_team_file_project_past_its_deadline_is_overdue_when_today_is_given(team_file):
    from tools.simulate import plan_from_project
    from tools.team import load_team

    team = load_team(team_file)
    project = team.project("Fraud model v3")
    late = forecast_completion(plan_from_project(project, team.people, today=date(2026, 12, 21), trials=1000))
    assert late.deadline_passed and "overdue" in late.summary
    on_time = forecast_completion(plan_from_project(project, team.people, today=date(2026, 12, 4), trials=1000))
    assert not on_time.deadline_passed and on_time.deadline_probability is not None


def test_one_person_doing_unlinked_tasks_may_hand_the_independent_ones_to_someone_else():
    tasks = [task("Label data", 5, 6, 8, assignee="Kim"), task("Train model", 8, 10, 14, assignee="Kim"),
             task("Build dashboard", 4, 5, 7, assignee="Kim")]
    plan = PlanInput(tasks=tasks, deadline_days=20, trials=2000)
    result = prescribe(PrescribeInput(plan=plan, max_changes=10))
    change = by_kind(result)["run_in_parallel"]
    assert change.task == "Build dashboard" and change.deadline_probability > result.baseline_probability + 0.2
    assert any("Someone other than" in a for a in change.assumptions)
    linked = plan.model_copy(update={"tasks": [tasks[0], tasks[1].model_copy(update={"depends_on": ["Label data"]}), tasks[2]]})
    assert "run_in_parallel" not in by_kind(prescribe(PrescribeInput(plan=linked, max_changes=10)))


def test_when_failures_cap_every_date_a_fallback_with_the_earliest_date_it_reaches_is_offered():
    plan = PlanInput(tasks=[task("Labels", 4, 5, 8), task("New ranker", 8, 12, 18, success_probability=0.55, depends_on=["Labels"]),
                            task("Rollout", 3, 4, 5, depends_on=["New ranker"])],
                     start=MONDAY, today=FRIDAY, deadline=date(2026, 12, 23), trials=3000)
    result = prescribe(PrescribeInput(plan=plan, max_changes=10))
    assert "move_date" not in by_kind(result)  # no date alone reaches 80% while 45% of trials fail
    combined = next(c for c in result.changes if c.kind == "parallel_fallback" and c.new_deadline_date is not None)
    assert combined.reaches_target and combined.new_deadline_date > date(2026, 12, 23)
    assert "New ranker" in combined.description and "move the date to" in combined.description
    earlier = forecast_completion(plan.model_copy(update={"deadline": combined.new_deadline_date}))
    assert earlier.deadline_probability < 0.8  # the date alone is not enough: the fallback is what makes it work


def test_a_fallback_and_date_change_never_moves_the_date_earlier():
    """A risky step whose fallback alone reaches the target by the current date: no 'and move the date to' an earlier day."""
    tasks = [task("Prep", 2, 3, 4), task("Risky model", 5, 8, 12, success_probability=0.55, depends_on=["Prep"])]
    plan = PlanInput(tasks=tasks, start=MONDAY, deadline=date(2027, 2, 26), today=FRIDAY, trials=4000)
    result = prescribe(PrescribeInput(plan=plan, target_probability=0.8, max_changes=10))
    for change in result.changes:
        if change.new_deadline_date is not None:
            assert change.new_deadline_date > date(2027, 2, 26), change.description
