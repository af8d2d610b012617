"""The understanding gate: every labelled question is parsed once and each situations metric in
evals/thresholds.yaml is its own test, failing with the questions that pulled it down."""

from __future__ import annotations

import pytest

from evals.cases import load_thresholds
from evals.runner import THRESHOLDS, run_situations
from evals.situations import score_case, SituationCase, summarize, value_matches
from agent.situation import Situation

GATES = [t for t in load_thresholds(THRESHOLDS) if t.suite == "situations"]


@pytest.fixture(scope="module")
def report():
    return run_situations()


@pytest.mark.parametrize("gate", GATES, ids=lambda t: t.metric)
def test_situation_metric_meets_gate(report, gate):
    actual = report.metrics[gate.metric]
    why = "\n".join(f"{m['id']}: {m['question'][:80]} missed={m['missed'][:2]} extra={m['extra'][:2]}" for m in report.extra["misses"][:15])
    assert gate.passes(actual), f"{gate.metric} = {actual:.3f}, needs {gate.op} {gate.value}:\n{why}"


def test_the_dataset_is_large_and_covers_every_intent(report):
    assert report.metrics["cases"] >= 200


def test_scoring_rules():
    assert value_matches("remaining_weeks", 1.6, [1.4, 1.6, 2.0])
    assert not value_matches("remaining_weeks", 3, [1.4, 1.6, 2.0])
    assert value_matches("new_work_weeks", [3, 5], [3.0, 4.0, 5.0])
    assert value_matches("deadline", "2027-01-15", "2027-01-15") and not value_matches("deadline", "2027-01-15", "2027-01-16")
    assert value_matches("new_work", "pricing experiment", "the pricing work")


def test_a_case_counts_misses_and_extras():
    case = SituationCase(id="x", question="Lena?", intents=["reprioritization"], facts={"person": "Lena", "remaining_weeks": 2})
    s = Situation(intents=["reprioritization"])
    s.put("person", "Lena", "question", "Lena")
    s.put("deadline", "2027-01-15", "question", "15 Jan")
    score = score_case(case, s)
    assert score.matched == ["person"] and len(score.missed) == 1 and score.extra == ["deadline: '2027-01-15'"]
    assert summarize([score])["fact_recall"] == 0.5 and not score.exact


def test_a_task_count_label_is_compared_with_how_many_tasks_were_read():
    from evals.situations import value_matches

    assert value_matches("tasks", 2, [{"name": "a", "weeks": [1, 1, 1]}, {"name": "b", "weeks": [2, 2, 2]}])
    assert not value_matches("tasks", 3, [{"name": "a", "weeks": [1, 1, 1]}])
