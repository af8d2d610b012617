"""The offline gate: every scenario runs once on the offline brain with the real retriever, and each
metric in evals/thresholds.yaml is its own test, failing with the cases that pulled it down."""

from __future__ import annotations

import pytest

from evals.cases import load_cases, load_thresholds
from evals.runner import (
    SCENARIOS,
    THRESHOLDS,
    apply_gates,
    build_copilot,
    default_relint,
    failures_for,
    run_intents,
    run_scenarios,
)

SCENARIO_GATES = [t for t in load_thresholds(THRESHOLDS) if t.suite == "scenarios"]
INTENT_GATES = [t for t in load_thresholds(THRESHOLDS) if t.suite == "intents"]


@pytest.fixture(scope="session")
def offline_scenarios(tmp_path_factory):
    """One shared run of every scenario on the offline brain."""
    from lead_core.settings import load_settings
    from knowledge.retrieval import open_retriever

    retriever = open_retriever(load_settings())
    copilot = build_copilot("offline", retriever=retriever, checkpoint_dir=tmp_path_factory.mktemp("eval-ckpt"))
    report = run_scenarios(copilot, load_cases(SCENARIOS), retriever=retriever, relint=default_relint())
    return apply_gates(report, SCENARIO_GATES)


@pytest.mark.parametrize("gate", SCENARIO_GATES, ids=lambda t: t.metric)
def test_scenario_metric_meets_gate(offline_scenarios, gate):
    actual = offline_scenarios.metrics.get(gate.metric)
    assert actual is not None, f"{gate.metric} was not measured"
    why = "\n".join(failures_for(offline_scenarios, gate.metric)[:25])
    assert gate.passes(actual), f"{gate.metric} = {actual:.3f}, needs {gate.op} {gate.value}:\n{why}"


@pytest.mark.parametrize("gate", INTENT_GATES, ids=lambda t: t.metric)
def test_intent_classifier_meets_gate(gate):
    report = run_intents()
    actual = report.metrics[gate.metric]
    misses = "\n".join(f"{m['text']!r}: expected {m['expected']}, got {m['got']}" for m in report.extra["misses"][:25])
    assert gate.passes(actual), f"{gate.metric} = {actual:.3f} ({report.label}), needs {gate.op} {gate.value}:\n{misses}"
