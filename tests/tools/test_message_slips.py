"""A slip told in order: the realistic date beside the one promised, each stated reason as its own sentence, then
the meantime; never a status list of the manager's notes."""

from __future__ import annotations

from datetime import date

from tools.message import DraftInput, draft_message, reason_sentences, slip_said

TODAY = date(2026, 12, 4)


def _draft(purpose: str, points: list[tuple[str, str]]) -> tuple[str, str]:
    facts = {"today": TODAY.isoformat(), "project": "route optimiser", "points": [{"kind": k, "text": t} for k, t in points]}
    msg = draft_message(DraftInput.model_validate({"audience": "peer_team", "purpose": purpose, "facts": facts, "recipient": "Wanjiru"}))
    return msg.subject, msg.body


def test_a_promise_and_its_new_date_in_one_note_lead_the_message():
    lead, rest = slip_said(["the route optimiser for your six depots was due for jan 8, now probably feb 12", "drivers keep the paper rotas"])
    assert lead == "We promised the route optimiser for your six depots for jan 8; the realistic date is now feb 12."
    assert rest == ["drivers keep the paper rotas"]


def test_a_promise_and_its_new_date_in_two_notes_lead_the_message():
    lead, rest = slip_said(["We promised the claims triage would be live by the 9th of January", "Realistically it's now the 20th of February", "x"])
    assert lead.startswith("We promised the claims triage would be live by the 9th of January; the realistic date is now the 20th of February")
    assert rest == ["x"]
    assert slip_said(["the pilot is going well", "no dates have moved"]) is None


def test_each_cause_is_its_own_sentence():
    said = reason_sentences("the depot GPS logs were sampled every ten minutes so we re-collected them, and we misjudged how long the union review takes")
    assert said == ["The depot GPS logs were sampled every ten minutes so we re-collected them.", "We also misjudged how long the union review takes."]
    assert reason_sentences("the vendor was slow") == ["the vendor was slow"]


def test_a_slip_update_keeps_both_reasons_and_names_the_new_date():
    subject, body = _draft("progress_update", [
        ("point", "the route optimiser was promised for jan 8, now realistically feb 12"),
        ("reason", "the depot GPS logs were sampled every ten minutes so we re-collected them, and we misjudged how long the union review takes"),
        ("point", "until then your planners keep the current spreadsheet"),
    ])  # fmt: skip
    paragraphs = body.split("\n\n")
    assert paragraphs[1] == "We promised the route optimiser for Friday 8 January; the realistic date is now Friday 12 February."
    assert "The depot GPS logs were sampled every ten minutes" in body and "We also misjudged how long the union review takes." in body
    assert "Where" not in body and "Until then your planners keep the current spreadsheet." in body
    assert subject == "Route optimiser: new date 12 Feb (was 8 Jan)"


def test_a_point_whose_date_the_draft_lost_is_put_back_before_the_closing():
    forecast = {"unit": "dates", "p50_date": "2027-02-01", "p80_date": "2027-02-10", "p95_date": "2027-02-19"}
    facts = {"today": TODAY.isoformat(), "project": "claims triage", "deadline": "2027-03-01", "deadline_probability": 0.97, "forecast": forecast,
             "question_asked": "will claims triage be live before the march 1 renewal?",
             "points": [{"kind": "point", "text": "we kick off on jan 6"}, {"kind": "ask", "text": "need your sign-off on the pilot scope by tues"}]}  # fmt: skip
    msg = draft_message(DraftInput.model_validate({"audience": "executive", "purpose": "answer_question", "facts": facts, "recipient": "Wanjiru"}))
    paragraphs = msg.body.split("\n\n")
    assert "We kick off on Wednesday 6 January." in msg.body
    assert "I need your sign-off on the pilot scope by Tuesday." in msg.body
    assert not paragraphs[-2].startswith("Hi") and paragraphs[-1] != paragraphs[-2]


def test_a_promise_of_it_names_the_work_and_a_bare_late_note_is_not_repeated():
    lead, rest = slip_said(["we promised it for feb 2, realistic new date is mar 9", "the route optimiser is late", "crews keep the paper rotas"], "route optimiser")
    assert lead == "We promised the route optimiser for feb 2; the realistic date is now mar 9."
    subject, body = _draft("forecast_risk", [("point", "we promised it for feb 2, realistic new date is mar 9"), ("point", "the route optimiser is late"),
                                             ("point", "crews keep the paper rotas")])  # fmt: skip
    assert "is late" not in body and "Crews keep the paper rotas." in body


def test_the_new_date_is_said_without_the_managers_going_to_be():
    lead, _ = slip_said(["the shelf-gap alerts for your stores were promised for jan 10, its now going to be feb 14"])
    assert lead == "We promised the shelf-gap alerts for your stores for jan 10; the realistic date is now feb 14."
