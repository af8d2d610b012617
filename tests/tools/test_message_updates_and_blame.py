"""An update whose ask leads carries the ask's why and ends there; a cause from the reader's side is said as what we
received; languages keep their capital."""

from __future__ import annotations

from datetime import date

from agent.understanding.writer_notes import note_constraints
from tools.message import DraftInput, draft_message, polish, without_blame

TODAY = date(2026, 12, 4)


def _body(purpose: str, points: list[tuple[str, str]], constraints: dict | None = None, **facts) -> str:
    inp = {"audience": "executive", "purpose": purpose, "recipient": "Oskar", "constraints": constraints or {},
           "facts": {"today": TODAY.isoformat(), "points": [{"kind": k, "text": t} for k, t in points], **facts}}  # fmt: skip
    return draft_message(DraftInput.model_validate(inp)).body


def test_an_update_leads_with_the_ask_and_its_why_and_names_no_single_project_for_several():
    points = [("point", "- pricing model: shadow run started monday, 3 of 4 stores"), ("point", "- search ranker: 2 of 5 markets live"),
              ("point", "- churn model: retrain 80% done"),
              ("ask", "can you move the steering review to the 15th?"), ("point", "that would give us one more week of shadow data")]  # fmt: skip
    body = _body("progress_update", points, project="pricing model")
    assert "One ask: can you move the steering review to Tuesday 15 December? That would give us one more week of shadow data." in body
    assert "Where things stand:" in body and body.rstrip().endswith("Thanks.") and "keep you posted" not in body


def test_a_cause_on_the_readers_side_is_what_we_received():
    assert without_blame("the call logs you sent had both speakers on one channel") == "the call logs we received had both speakers on one channel"
    assert note_constraints("don't want to throw their ops team under the bus").no_blame


def test_languages_keep_their_capital_and_polish_is_left_alone():
    assert polish("we keep english routing live and spanish calls on the menu") == "We keep English routing live and Spanish calls on the menu."
    assert polish("we polish the french model") == "We polish the French model."
