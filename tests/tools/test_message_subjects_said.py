"""A subject says what the message is and its key fact, from the purpose and the drafted body, never the first words
of the manager's notes (tools/message.content_subject)."""

from __future__ import annotations

from datetime import date

from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _subject(purpose: str, points: list[tuple[str, str]], **facts) -> str:
    facts = {"today": TODAY.isoformat(), "points": [{"kind": k, "text": t} for k, t in points], **facts}
    return draft_message(DraftInput.model_validate({"audience": "executive", "purpose": purpose, "facts": facts, "recipient": "Ottavio"})).subject


def test_a_committed_date_that_moved_names_the_work_and_both_dates():
    subject = _subject("forecast_risk", [("point", "We committed to delivering the soil moisture atlas on 12 January; it will now be 2 March.")])
    assert subject == "Soil moisture atlas: new date 2 Mar (was 12 Jan)"


def test_a_pasted_ask_never_heads_the_subject():
    subject = _subject("ask_for_resources", [("point", "so i want €12k now for a three-week trial, and €12k more if it clears the bar")], cost="€12k")
    assert not subject.lower().startswith(("ask: so", "so i want")) and "€12k now for a three-week trial" in subject
