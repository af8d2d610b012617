"""The manager's content for a message: a pasted chat log's posts are no points, a dotted date ends no sentence, and
a joining word after a comma is never taken for a name."""

from __future__ import annotations

from agent.draft_content import content_points


def test_the_posts_of_a_pasted_chat_log_are_no_points_of_the_reply():
    question = (
        "reply to Philippa for me. the plant outage comes first, so the scorecard waits until next week.\n\n"
        "Osric (Plant Lead)  6:55 AM\nthe moisture readings on line 2 are stuck at zero since the restart\n\n"
        "Philippa (Procurement)  9:40 AM\ncould we get a supplier scorecard by the 14th? half a day i think\n"
    )
    texts = " ".join(p.text for p in content_points(question, recipient="Philippa"))
    assert "moisture" not in texts and "9:40" not in texts and "Osric" not in texts
    assert "scorecard" in texts  # the manager's own line stays


def test_a_date_written_with_dots_keeps_its_sentence_whole():
    points = content_points("the churn forecast moves from 12.1. to 2.3. because the billing export was late.")
    assert any("from 12.1. to 2.3." in p.text for p in points), points


def test_a_joining_word_after_a_comma_keeps_its_case():
    points = content_points("reason: the labels only arrived on 3.12., because the vendor changed their tool.")
    assert any(", because the vendor" in p.text for p in points), points


def test_a_next_step_is_our_plan_never_a_suggestion_to_them():
    from agent.draft_content import next_step

    points = content_points("Next step: switch the scoring to the new labels, planned for 14/01.")
    assert [p.text for p in points] == ["Next, we switch the scoring to the new labels, planned for 14/01"]
    assert next_step("Wenjun retrains the matcher in January") == "Next, Wenjun retrains the matcher in January"


def test_what_the_manager_needs_from_the_reader_is_the_ask():
    points = content_points("What I need from her: the ERP export by 18/12, otherwise the matcher slips.", recipient="Ines")
    assert [p.kind for p in points] == ["ask"]


def test_an_english_word_opening_a_clause_is_no_name():
    points = content_points("two of us are at 140%, backlog is about twenty weeks.")
    assert any(", backlog is about twenty weeks" in p.text for p in points), points
