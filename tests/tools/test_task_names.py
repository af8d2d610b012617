"""Task names and levers: a gate (sign-off, review, testing, go-live) is never cut, deferred or given a fallback; a
name that reads as a date phrase or a verb gets no lever and is reported as a doubt; more people are only offered on
work that more people can speed up."""

from __future__ import annotations

from datetime import date

import pytest

from tools.simulate import PlanInput, PrescribeInput, WorkItem, prescribe
from tools.task_names import helped_by_people, is_core, is_gate, name_problem

FRIDAY = date(2026, 12, 4)


def chain(*tasks: tuple[str, float, float, float, float], deadline: date = date(2027, 1, 8)) -> PlanInput:
    items = []
    for i, (name, a, b, c, p) in enumerate(tasks):
        items.append(WorkItem(name=name, optimistic=a, most_likely=b, pessimistic=c, success_probability=p,
                              depends_on=[tasks[i - 1][0]] if i else []))
    return PlanInput(tasks=items, unit="weeks", start=FRIDAY, today=FRIDAY, deadline=deadline, trials=2000)


@pytest.mark.parametrize("name", ["approval from the model risk board", "UAT with the claims team", "pen test",
                                  "go-live", "rollout to all regions", "the cut-over", "QA pass", "legal check",
                                  "canary at 5%", "validation on holdout stores", "integration by the app vendor",
                                  "deploy to the edge devices", "handover to the ops team"])
def test_steps_a_release_cannot_ship_without_are_gates(name):
    assert is_gate(name)


@pytest.mark.parametrize("name", ["label backfill", "feature rework", "retrain", "quantization work", "dashboard"])
def test_ordinary_work_is_not_a_gate(name):
    assert not is_gate(name)


def test_waiting_on_a_committee_is_not_sped_up_by_more_people_but_testing_is():
    assert not helped_by_people("board approval")
    assert helped_by_people("integration testing")


@pytest.mark.parametrize("name,why", [("got", "verb"), ("wants", "verb"), ("finance team needs", "verb"),
                                      ("ship it by friday", "date"), ("done before the holidays", "date")])
def test_names_that_are_not_tasks_are_flagged(name, why):
    assert name_problem(name) == why


def test_a_slow_sign_off_is_never_offered_as_deferred_cut_or_given_a_fallback():
    plan = chain(("retrain on new labels", 1, 1.5, 2, 1.0), ("offline comparison", 1, 1.5, 2, 1.0),
                 ("approval by the pricing board", 1, 2, 3, 0.85))
    result = prescribe(PrescribeInput(plan=plan, target_probability=0.8, max_changes=10))
    assert result.baseline_probability < 0.8
    touched = [c for c in result.changes if c.task == "approval by the pricing board"]
    assert touched == [], [c.description for c in touched]
    assert result.gates == ["approval by the pricing board"]
    assert any(c.kind == "move_date" for c in result.changes)


def test_a_misread_task_name_gets_no_lever_and_is_reported():
    plan = chain(("schema migration", 2, 3, 4, 1.0), ("got", 2, 3, 5, 1.0), deadline=date(2027, 1, 4))
    result = prescribe(PrescribeInput(plan=plan, target_probability=0.8, max_changes=10))
    assert all(c.task != "got" for c in result.changes)
    assert any("'got'" in d for d in result.doubtful_tasks)


@pytest.mark.parametrize("name", ["eval", "offline evaluation", "backtest against last season"])
def test_an_evaluation_is_a_step_the_release_cannot_skip(name):
    assert is_gate(name)


def test_the_task_named_after_what_the_plan_delivers_is_its_core():
    assert is_core("churn scorer", "the churn scorer refresh")
    assert is_core("route optimiser", "depot route optimiser pilot")
    assert not is_core("ops dashboard", "depot route optimiser pilot")
    assert not is_core("label model", "fraud model v3")  # 'model' alone says nothing about which task is the heart


def test_the_core_task_is_never_offered_as_deferred_in_parallel_streams():
    plan = PlanInput(tasks=[WorkItem(name="sensor ingest", optimistic=2, most_likely=2.5, pessimistic=3),
                            WorkItem(name="tide forecaster", optimistic=3, most_likely=4.5, pessimistic=6, success_probability=0.5),
                            WorkItem(name="harbour map", optimistic=2, most_likely=2, pessimistic=2)],
                     unit="weeks", start=FRIDAY, deadline=date(2027, 1, 15), trials=2000)
    kept = prescribe(PrescribeInput(plan=plan, delivers="tide forecaster go-live", max_changes=10))
    assert not any(c.kind == "defer_task" and c.task == "tide forecaster" for c in kept.changes)
    loose = prescribe(PrescribeInput(plan=plan, max_changes=10))
    assert any(c.kind == "defer_task" and c.task == "tide forecaster" for c in loose.changes)


@pytest.mark.parametrize(
    "name, prep",
    [
        ("model risk committee sign-off", "approvers"),
        ("peer review of the ranking change", "reviewers"),
        ("hook into the warehouse portal integration", "access and the interface"),
        ("two weeks of shadow deployment", "the window"),
        ("offline backtest", "test data"),
    ],
)
def test_each_kind_of_gate_gets_its_own_preparation(name, prep):
    from tools.task_names import gate_preparation

    assert prep in gate_preparation(name)
    assert "reviewers" not in gate_preparation(name) or "review" in name
