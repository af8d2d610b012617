"""A resource ask the manager framed for the writer ('ok need to ask X for ...') is said once, as the ask."""

from __future__ import annotations

from tools.message import DraftInput, draft_message


def test_a_framed_ask_is_not_asked_twice():
    facts = {"today": "2026-12-04", "points": [
        {"kind": "point", "text": "I'm asking you for two more weeks of the annotation vendor in January, so the eval set covers Welsh"},
        {"kind": "point", "text": "the Welsh queries are 6% of traffic and our worst segment"},
    ]}  # fmt: skip
    body = draft_message(DraftInput.model_validate({"audience": "executive", "purpose": "ask_for_resources", "facts": facts, "recipient": "Bronwen"})).body
    assert "asking for: I'm asking" not in body and "I'm asking you for" not in body
    assert "two more weeks of the annotation vendor in January" in body


def test_the_terms_noted_right_after_the_ask_sit_in_its_line():
    facts = {"today": "2026-12-04", "cost": "about €900", "points": [
        {"kind": "ask", "text": "a freelance annotator for the parts catalogue"},
        {"kind": "point", "text": "8 weeks from jan 11, about €900 a day, so ~€36k all in"},
        {"kind": "reason", "text": "the catalogue backlog blocks the search relaunch"},
    ]}  # fmt: skip
    body = draft_message(DraftInput.model_validate({"audience": "executive", "purpose": "ask_for_resources", "facts": facts, "recipient": "Bronwen"})).body
    first = body.split("\n\n")[1]
    assert "a freelance annotator for the parts catalogue" in first and "€36k" in first, body
    assert "Why: 8 weeks" not in body
