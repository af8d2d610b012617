"""Drafts in the reader's terms: a list when the reader likes bullets, the price beside what is asked for, an answer
that says what it answers, and a recommendation that names the date it protects."""

from __future__ import annotations

from datetime import date

from agent.understanding.writer_notes import note_constraints
from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _body(purpose: str, points: list[tuple[str, str]] = (), constraints: dict | None = None, **facts) -> str:
    inp = {"audience": "executive", "purpose": purpose, "recipient": "Rhea", "constraints": constraints or {},
           "facts": {"today": TODAY.isoformat(), "points": [{"kind": k, "text": t} for k, t in points], **facts}}  # fmt: skip
    return draft_message(DraftInput.model_validate(inp)).body


def test_bullets_are_asked_for_in_the_managers_notes():
    assert note_constraints("keep it short, he likes bullets").bullets
    assert note_constraints("bullet points pls").bullets and not note_constraints("keep it short").bullets


def test_a_reader_who_likes_bullets_gets_the_why_as_a_list():
    points = [("ask", "one more data engineer"), ("point", "the two of us run 9 pipelines"), ("point", "the stores wait 3 days for every late feed")]
    listed = _body("ask_for_resources", points, {"bullets": True})
    assert "Why:\n- The two of us run 9 pipelines\n- The stores wait 3 days for every late feed" in listed
    assert "\n- " not in _body("ask_for_resources", points)


def test_the_price_stands_beside_the_ask():
    body = _body("ask_for_resources", [("ask", "one more data engineer"), ("point", "salary plus overhead is about $140k")], cost="about $140k")
    assert "What I'm asking for: one more data engineer, about $140k (salary plus overhead)." in body


def test_an_answer_in_odds_says_what_it_answers():
    body = _body("explain_uncertainty", question_asked="whether the ranker ships this quarter", deadline_probability=0.5, deadline="2026-12-31")
    assert "On whether the ranker ships this quarter, the honest answer is roughly a coin flip" in body


def test_a_recommendation_to_switch_names_the_date_it_protects():
    body = _body("respond_to_reprioritization", strategy="switch_now", new_work="the pricing model", project="the churn model", deadline="2027-01-15")
    assert "the most time before its date, Friday 15 January" in body
