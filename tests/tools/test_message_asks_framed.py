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


def _resource_draft(points, **facts):
    from datetime import date

    from tools.message import DraftInput, draft_message

    data = {"today": date(2026, 12, 4).isoformat(), "points": [{"kind": k, "text": t} for k, t in points], **facts}
    return draft_message(DraftInput.model_validate({"audience": "executive", "purpose": "ask_for_resources", "facts": data, "recipient": "Sunniva"}))


def test_the_request_for_the_document_is_never_the_ask():
    doc = _resource_draft([("point", "I need a short note for you, our plant director, asking for three more quality analysts for the press line"),
                           ("point", "the two of us are at about 150%")], headcount=3, resource="quality analysts")
    assert "What I'm asking for: three more quality analysts for the press line." in doc.body and "note for you" not in doc.body


def test_people_named_one_by_one_stand_beside_the_ask():
    msg = _resource_draft([("point", "a platform engineer and a statistician on a six-month contract"), ("point", "the team runs at about 120%")],
                          headcount=2, resource="people")
    assert msg.body.split("\n\n")[1] == "I'm asking for two more people: a platform engineer and a statistician on a six-month contract."
