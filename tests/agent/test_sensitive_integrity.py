"""A concern that evaluation numbers were made to look better (a test set trimmed before a review, tuning on held-out
data, results that look cooked) is its own sensitive case: thank and protect whoever raised it, preserve the evidence,
hear the colleague named before concluding, and keep numbers in doubt out of decisions. Fresh phrasings, written for
this test; plain data cleaning the manager describes is no such case."""

from __future__ import annotations

from datetime import date

import pytest

from agent.sensitive import topic_answer, topic_of, topic_passages
from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("text", [
    "ines pulled me aside: she thinks marco tuned the thresholds on the held-out set, so the recall we showed the client is inflated. what do i do",
    "one of my juniors told me his lead asked him to secretly remove the failing radiology scans from the benchmark before the submission",
    "kasia came to me worried. she says the churn results in last week's deck look too good and she suspects someone cherry-picked the runs",
    "my analyst mentioned that her lead keeps re-slicing the pricing experiment until it comes out significant, and the board meeting is on tuesday",
])
def test_a_report_that_numbers_were_made_to_look_better_is_an_integrity_case(text: str) -> None:
    topic = topic_of(text)
    assert topic is not None and topic.name == "integrity"


@pytest.mark.parametrize("text", [
    "we dropped exact duplicates from the test set and recall fell two points. can we still ship by march?",
    "the eval set is stale; should we refresh it before the quarterly review or after?",
    "my team cleaned the validation data last sprint and removed 300 mislabeled rows. how do I plan the retrain?",
])
def test_ordinary_eval_work_is_not_an_integrity_case(text: str) -> None:
    topic = topic_of(text)
    assert topic is None or topic.name != "integrity"


def _answer(text: str, person: str | None = None) -> str:
    answer = topic_answer(text, topic_passages(text), person, {})
    assert answer is not None
    return answer


def test_the_answer_protects_the_reporter_names_the_colleague_and_keeps_the_evidence() -> None:
    text = ("noor came to me after our retro, nervous. says dmitri told her to leave the worst OCR scans out of the eval set "
            "before the customer readout because the new model looks bad on them. she doesn't want him in trouble, he "
            "trained her. dmitri is my most senior engineer. how do i handle it?")
    answer = _answer(text)
    assert answer.startswith("**Thank Noor and keep her out of the line of fire")
    assert "hear Dmitri before you conclude anything" in answer
    assert "Noor doesn't want to get Dmitri in trouble" in answer
    assert "read-only copy or snapshot of the full test set" in answer  # the evidence, preserved
    assert "come from the complete, agreed data and method" in answer and "How much you rely on Dmitri" in answer
    # no reprioritisation or forecast vocabulary leaks in
    assert "switch now" not in answer and "P80" not in answer


def test_an_integrity_report_is_routed_to_the_sensitive_answer_not_a_reprioritisation() -> None:
    text = ("alma told me yesterday that joon asked her to quietly drop the 150 hardest claims from the fraud test set before "
            "the launch review since 'they skew the numbers'. how do i deal with this fairly?")
    assert parse_situation(text, None, TODAY).intent == "sensitive"
