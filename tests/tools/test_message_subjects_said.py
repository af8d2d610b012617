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


def _drafted(purpose: str, points: list[tuple[str, str]], audience: str = "executive", recipient: str = "Ottavio", **facts):
    facts = {"today": TODAY.isoformat(), "points": [{"kind": k, "text": t} for k, t in points], **facts}
    return draft_message(DraftInput.model_validate({"audience": audience, "purpose": purpose, "facts": facts, "recipient": recipient}))


def test_a_slip_told_in_its_first_sentence_is_headed_by_the_work_and_its_date_never_by_the_sentence():
    said = "The berth scheduler slips from 15/12 to 2/2 because the crane feed only arrived this week."
    drafted = _drafted("forecast_risk", [("point", said)], project="berth scheduler", deadline="2026-12-15")
    assert drafted.subject == "Berth scheduler: the 15 December date moves"
    assert "crane feed only arrived this week" in drafted.body  # the stated fact still reaches the reader


def test_a_date_at_risk_with_no_move_said_is_headed_as_at_risk():
    drafted = _drafted("forecast_risk", [("point", "The tariff classifier needs another labelling round before it is trustworthy.")], project="tariff classifier", deadline="2027-01-20")
    assert drafted.subject == "Tariff classifier: 20 January at risk"


def test_a_question_that_names_nothing_is_replied_to_by_its_topic():
    drafted = _drafted(
        "answer_question", [("point", "Only 2 in 100 invoices are duplicates, so a model that flags none is 98% right.")],
        question_asked="why, in that case, we are still sending most of the flagged invoices back to the accounts team by hand", project="duplicate-invoice model",
    )
    assert drafted.subject == "Re: your question on the duplicate-invoice model"


def test_a_question_that_names_its_topic_still_heads_the_reply():
    drafted = _drafted("answer_question", [("point", "The churn model ranks by risk, not by value.")], question_asked="why the churn model ignores big accounts")
    assert drafted.subject == "Re: Why the churn model ignores big accounts"


def test_an_announcement_is_headed_as_a_change_from_its_start_never_by_its_first_sentence():
    said = "From Wednesday the sixth of January we stop deploying after 3pm and deploy in the morning slot only."
    drafted = _drafted("announce_change", [("point", said)], audience="own_team", recipient="", starts="2027-01-06")
    assert drafted.subject == "A change to our plans, from Wednesday 6 January"
    assert "3pm" in drafted.body


def test_a_readers_question_reworded_against_echo_never_turns_its_will_into_is_going_to():
    from tools.message import restate

    asked = "Will the depot forecast be ready before the Leeds site opens?"
    said = restate(asked, f"{asked} I need a yes or no.")
    assert not said.lower().startswith("is going to")
    assert restate("the feed will be back by Friday for all depots", "the feed will be back by Friday for all depots") == "the feed is going to be back by Friday for all depots"


def test_a_label_of_the_managers_notes_is_never_the_subjects_topic():
    from tools.message import _subject_worthy

    assert not _subject_worthy("Honest picture") and not _subject_worthy("the bottom line")
    assert _subject_worthy("Stamp valuation model")
