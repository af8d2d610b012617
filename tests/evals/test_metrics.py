"""Agent metrics against hand-computed values."""

from __future__ import annotations

import pytest

from agent.types import Citation
from evals.cases import Constraint
from evals.metrics import (
    ToolCounts,
    check_constraint,
    citation_checks,
    citation_problems,
    cites_any,
    escalates,
    extract_numbers,
    intent_accuracy,
    micro_tool_scores,
    pattern_failures,
    percentile,
    quote_fit,
    quoted_guidance,
    resolve_path,
    tool_counts,
    trajectory_matches,
    ungrounded_numbers,
)


def test_intent_accuracy_counts_agreements():
    pairs = [("triage", "triage"), ("planning", "guidance"), ("sensitive", "sensitive"), ("a", "a")]
    assert intent_accuracy(pairs) == 0.75
    assert intent_accuracy([]) == 0.0


def test_tool_counts_per_mode():
    assert tool_counts(["a", "b"], ["a", "c"], "exact") == ToolCounts(tp=1, fp=1, fn=1)
    assert tool_counts(["a", "b"], ["a", "c"], "superset") == ToolCounts(tp=1, fp=0, fn=1)
    assert tool_counts(["a", "b"], ["a", "c"], "subset") == ToolCounts(tp=1, fp=1, fn=0)
    assert tool_counts([], [], "exact") == ToolCounts(0, 0, 0)


def test_micro_average_hand_computed():
    # case 1: tp2 fp0 fn0; case 2: tp1 fp1 fn0; case 3: tp0 fp0 fn1 -> tp3 fp1 fn1
    total = micro_tool_scores([ToolCounts(2, 0, 0), ToolCounts(1, 1, 0), ToolCounts(0, 0, 1)])
    assert (total.tp, total.fp, total.fn) == (3, 1, 1)
    assert total.precision == pytest.approx(0.75)
    assert total.recall == pytest.approx(0.75)
    assert total.f1 == pytest.approx(0.75)
    assert ToolCounts().f1 == 1.0  # nothing expected, nothing called: perfect


def test_trajectory_modes():
    assert trajectory_matches(["a"], ["a", "b"], "superset")
    assert not trajectory_matches(["a"], ["a", "b"], "exact")
    assert trajectory_matches(["a", "b"], ["b"], "subset")
    assert not trajectory_matches(["a"], ["c"], "subset")
    assert trajectory_matches([], [], "exact")


def test_resolve_path_with_index_and_wildcard():
    args = {"current": {"remaining_weeks_likely": 2}, "options": [{"name": "x"}, {"name": "y"}]}
    assert resolve_path(args, "current.remaining_weeks_likely") == [2]
    assert resolve_path(args, "options.1.name") == ["y"]
    assert resolve_path(args, "options.*.name") == ["x", "y"]
    assert resolve_path(args, "missing.path") == []


def test_constraint_parsing_and_checking():
    c = Constraint.parse("compare_strategies", "current.remaining_weeks_likely == 2")
    calls = [("compare_strategies", {"current": {"remaining_weeks_likely": 2.0}})]
    assert check_constraint(c, calls) is None
    wrong = [("compare_strategies", {"current": {"remaining_weeks_likely": 3}})]
    assert "got 3" in check_constraint(c, wrong)
    assert "was not called" in check_constraint(c, [("draft_message", {})])
    approx = Constraint.parse("t", "p approx 0.85 +- 0.01")
    assert approx.tolerance == 0.01
    assert check_constraint(approx, [("t", {"p": 0.855})]) is None
    assert check_constraint(approx, [("t", {"p": 0.87})]) is not None
    contains = Constraint.parse("t", "audience contains vp")
    assert check_constraint(contains, [("t", {"audience": "VP Engineering"})]) is None
    listed = Constraint.parse("t", "names contains Priya")
    assert check_constraint(listed, [("t", {"names": ["Marco", "priya"]})]) is None
    ge = Constraint.parse("t", "n >= 3")
    assert check_constraint(ge, [("t", {"n": 2}), ("t", {"n": 3})]) is None  # any call may satisfy it


def test_constraint_rejects_garbage():
    with pytest.raises(ValueError):
        Constraint.parse("t", "no operator here")
    with pytest.raises(ValueError):
        Constraint.parse("t", "x >= high")


def _cite(n, pid):
    return Citation(n=n, id=pid, card_id=pid.split("#")[0], title="t", source="s")


def test_citation_validity():
    cites = [_cite(1, "a#x"), _cite(2, "b#y")]
    answer = "Do it [1]. Also this [2][3]."
    problems = citation_problems(answer, cites, ["a#x", "c#z"])
    assert problems == ["citation [2] b#y was not retrieved this turn", "marker [3] has no matching citation"]
    # 2 citations + 3 distinct markers = 5 checks, 2 failed
    assert citation_checks(answer, cites, ["a#x", "c#z"]) == (3, 5)
    assert citation_problems("Fine [1].", [_cite(1, "a#x")], ["a#x"]) == []


def test_cites_any():
    cites = [_cite(1, "protect-near-finished-work#what-to-do")]
    assert cites_any(cites, ["plan-probabilistically", "protect-near-finished-work"])
    assert not cites_any(cites, ["plan-probabilistically"])
    assert cites_any([], [])


def test_extract_numbers_skips_markup_and_names():
    text = "1. Keep Priya on Fraud model v3 [1] for 2 weeks.\n2) Hold a 1-on-1 and a 1:1; 85% at p85 of 1,000 runs; 3.25"
    values = [t.value for t in extract_numbers(text)]
    assert values == [2, 85, 1000, 3.25]
    assert extract_numbers("85 %")[0].percent


def test_number_grounding_rules():
    sources = ['{"success_probability": 0.85, "p85_weeks": 14.6, "runs": 1000}', "deadline 2026-12-18"]
    assert ungrounded_numbers("85% chance, about 15 weeks (14.6), over 1,000 runs, by 2026-12-18", sources) == []
    assert ungrounded_numbers("a 0.85 chance", ["85% likely"]) == []
    assert ungrounded_numbers("roughly 85.2% of cases", ['{"p": 0.8523}']) == []
    assert ungrounded_numbers("It will take 7 weeks and 1 person", sources) == ["7"]
    assert ungrounded_numbers("cut 40% of the backlog", sources) == ["40%"]


def test_escalation_and_patterns():
    assert escalates("Please bring in HR before you talk to him.")
    assert escalates("Point her to the employee assistance programme.")
    assert not escalates("Have a chat with them.")  # "chat" must not match "HR"
    assert pattern_failures("Let her finish; 85% chance.", [r"finish", r"\d+\s?%"], [r"blame"]) == []
    fails = pattern_failures("You should blame Priya.", [r"finish"], [r"blame"])
    assert fails == ["answer lacks /finish/", "answer contains forbidden /blame/ ('blame')"]


def test_percentile_hand_computed():
    assert percentile([10, 20, 30, 40], 50) == 25
    assert percentile([10, 20, 30, 40, 50], 95) == pytest.approx(48)
    assert percentile([], 50) == 0.0


ANSWER = """**Recommendation: finish first.** Priya finishes the fraud model before she moves to the summarizer.

**What the guidance says**
- Letting someone finish the model they are close to is often better than moving them now. [1]
- To the IC: "Priorities are shifting, but I want you to finish the fraud model first." [2]
- Keep a one-page FAQ that sales can reuse. [3]

Sources"""


def test_quoted_guidance_reads_the_lines_under_the_heading_with_their_numbers():
    body, quotes = quoted_guidance(ANSWER)
    assert "Recommendation" in body and "What the guidance" not in body
    assert [n for _, n in quotes] == [1, 2, 3] and quotes[2][0] == "Keep a one-page FAQ that sales can reuse."
    assert quoted_guidance("No guidance here.") == ("No guidance here.", [])


def test_a_quote_fits_when_its_card_is_labelled_it_is_no_script_and_it_backs_the_answer():
    cites = [_cite(1, "protect-near-finished-work#the-principle"), _cite(2, "protect-near-finished-work#what-to-say"),
             _cite(3, "translate-ml-for-stakeholders#what-to-do")]  # fmt: skip
    labelled = ["protect-near-finished-work", "translate-ml-for-stakeholders"]
    assert quote_fit(ANSWER, cites, "reprioritization", lambda card: (), labelled) == (1, 3)  # the script and the FAQ fail
    assert quote_fit(ANSWER, cites, "reprioritization", lambda card: (), ["translate-ml-for-stakeholders"]) == (0, 3)
    use_for = {"protect-near-finished-work": ("reprioritization",)}
    assert quote_fit(ANSWER, cites, "reprioritization", lambda card: use_for.get(card, ())) == (1, 3)  # unlabelled case: use_for
