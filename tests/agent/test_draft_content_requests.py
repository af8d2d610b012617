"""The manager's request to the writer is never a sentence of the message ('need to email X at Y', 'need the ask to
our CFO for ...'), a demand they report ('the stores keep asking for X') is content, and a note's missing 'are' is
put back ('2 of us covering ...')."""

from __future__ import annotations

from agent.draft_content import content_points, whole_sentence


def _kinds(question: str, recipient: str = "") -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in content_points(question, recipient=recipient)]


def test_a_request_to_email_someone_is_not_said_to_them():
    points = _kinds("need to email bruno at the port authority. the berth model slips to march because the AIS feed was down for 2 weeks", "Bruno")
    assert all("email" not in t.lower() for _, t in points)
    assert any("slips to march" in t for _, t in points)


def test_the_ask_named_in_the_request_leads_and_the_request_is_dropped():
    points = _kinds("need the ask to our CFO for two more annotators. we label 4k images a week and need 9k")
    assert points[0] == ("ask", "two more annotators")
    assert all("need the ask" not in t for _, t in points)


def test_a_demand_the_manager_reports_is_content_not_a_relayed_question():
    points = _kinds("the ask to our CTO for one more MLE. 2 of us covering 5 models, the regions keep asking for new forecasts (weekly, by store)")
    assert any("keep asking for new forecasts" in t for _, t in points)


def test_a_note_missing_its_are_gets_it_back():
    assert whole_sentence("2 of us covering five models") == "the 2 of us are covering five models"
    assert whole_sentence("all of us working weekends") == "all of us are working weekends"
    assert whole_sentence("2 of us agree") == "2 of us agree"
