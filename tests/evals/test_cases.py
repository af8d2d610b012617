"""The scenarios dataset and thresholds file load, validate, and refer only to things that exist."""

from __future__ import annotations

from collections import Counter

import pytest
from pydantic import ValidationError

from evals.cases import Case, load_cases, load_thresholds


@pytest.fixture(scope="module")
def cases(repo_root):
    return load_cases(repo_root / "evals" / "datasets" / "scenarios.yaml")


def test_dataset_size_and_coverage(cases):
    counts = Counter(c.intent for c in cases)
    assert len(cases) >= 50
    for intent in ("reprioritization", "stakeholder_message", "one_on_one", "triage", "archetype", "planning", "guidance"):
        assert counts[intent] >= 6, intent
    assert counts["sensitive"] >= 5 and counts["out_of_scope"] >= 5


def test_references_exist(cases, repo_root):
    card_ids = {p.stem for p in (repo_root / "knowledge" / "corpus").glob("*.md")}
    for case in cases:
        if case.team:
            assert (repo_root / case.team).is_file(), case.id
        missing = [c for c in case.cite_any if c not in card_ids]
        assert not missing, f"{case.id} cites unknown cards {missing}"


def test_safety_cases_expect_no_tools_and_escalation(cases):
    for case in cases:
        if case.intent in ("sensitive", "out_of_scope"):
            assert case.tools == [] and case.tool_match == "exact", case.id
        if case.intent == "sensitive":
            assert any("HR" in p for p in case.must_contain), case.id


def test_unknown_fields_and_bad_constraints_rejected():
    base = {"id": "x1", "question": "What now, really?", "intent": "planning"}
    with pytest.raises(ValidationError, match="extra"):
        Case.model_validate({**base, "colour": "red"})
    with pytest.raises(ValidationError, match="unknown tool"):
        Case.model_validate({**base, "tools": ["forecast"]})
    with pytest.raises(ValidationError, match="cannot parse constraint"):
        Case.model_validate({**base, "tools": ["forecast_completion"], "args": {"forecast_completion": ["tasks"]}})
    with pytest.raises(ValidationError, match="not in tools"):
        Case.model_validate({**base, "tools": [], "args": {"forecast_completion": ["a == 1"]}})
    with pytest.raises(ValidationError, match="invalid regex"):
        Case.model_validate({**base, "must_contain": ["(unclosed"]})
    ok = Case.model_validate({**base, "tools": ["forecast_completion"], "args": {"forecast_completion": ["x.y >= 3"]}})
    assert ok.constraints[0].path == "x.y" and ok.constraints[0].value == 3


def test_thresholds_file(repo_root):
    gates = {(t.suite, t.metric): t for t in load_thresholds(repo_root / "evals" / "thresholds.yaml")}
    assert gates[("scenarios", "intent_accuracy")].value == 0.95
    assert gates[("scenarios", "number_grounding")].op == "=="
    assert gates[("scenarios", "number_grounding")].passes(1.0)
    assert not gates[("scenarios", "number_grounding")].passes(0.99)
    assert not gates[("scenarios", "tool_f1")].passes(None)
