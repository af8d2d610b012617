"""What a model can and cannot do, read from the manager's words and written to the reader: the rate it catches and
how early, the rest it does not (worked out, never guessed), its false alarms, the belief that it replaces a check
corrected, where it is weaker and why, and what happens next; nothing of the manager's notes to the writer."""

from __future__ import annotations

import re
from datetime import date

import pytest

from agent.draft_limits import model_limits
from agent.drafting import draft_input
from agent.understanding import parse_situation
from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)

SEPSIS = ("write to our head of nursing, dr okafor. she believes the sepsis alert means nurses can stop doing the hourly obs. it doesn't. "
          "in the pilot it caught 41 of 50 sepsis cases about 6 hours before the ward team spotted them, and roughly 1 in 4 of its alerts were "
          "false alarms. it's weaker on children because we had very few paediatric cases to train on. we're adding the children's ward data in "
          "the spring. keep it plain")
POTHOLES = ("need to explain to councillor brandreth what our pothole predictor can and can't do. in testing it found about 70% of the potholes "
            "that formed two weeks before the road crews reported them; about 3 in 10 of its warnings were false alarms; it's less reliable on "
            "rural roads (few sensor records there).")
INVOICES = ("my cfo thinks the invoice fraud model will replace the finance team's spot checks. in testing it flagged 8 out of 10 fraudulent "
            "invoices before payment went out and 1 in 20 flags were false positives. it's worse on new suppliers because we have no history "
            "on them. write her a short note.")
FLOOD = ("i need to tell our trustee lady pennington what the river flood alert can and cant do she thinks it replaces the wardens patrol it "
         "doesnt so over the winter it warned of about three out of four floods two days before the wardens saw the water rise and about one "
         "in eight of its alerts came to nothing and its worse on the small streams because we only have two gauges there she is not "
         "technical keep it gentle")


def _draft(question: str):
    s = parse_situation(question, None, TODAY)
    inp = DraftInput.model_validate(draft_input(s, question, TODAY, []))
    return inp, draft_message(inp)


def test_the_rates_the_rest_and_the_belief_are_read_from_a_run_on_note():
    got = model_limits(FLOOD)
    assert got["caught"] == "about three out of four" and got["missed"] == "one in four"
    assert got["early"].startswith("two days before the wardens") and got["who"] == "the wardens"
    assert got["not_replaced"] == "the wardens patrol"
    assert got["weaker_on"] == "the small streams" and got["weaker_why"] == "we only have two gauges there"
    assert got["thing"] == "the river flood alert"


@pytest.mark.parametrize("question,rest", [(SEPSIS, "9 of 50"), (POTHOLES, "30%"), (INVOICES, "2 in 10")])
def test_the_rest_it_does_not_catch_is_worked_out_in_the_form_it_was_said(question, rest):
    assert model_limits(question)["missed"] == rest


def test_no_limits_without_an_explanation_asked_or_without_a_rate():
    assert model_limits("in testing it flagged 8 out of 10 fraudulent invoices. write the weekly update for my director.") == {}
    assert model_limits("explain to my chair what the churn model can and can't do. she thinks it replaces the survey.") == {}


@pytest.mark.parametrize("question,greeting", [
    (SEPSIS, "Dear Dr Okafor,"),
    (POTHOLES, "Dear Councillor Brandreth,"),
    (INVOICES, "Hello,"),
    (FLOOD, "Dear Lady Pennington,"),
])
def test_the_draft_says_what_it_can_and_cannot_do_to_each_reader(question, greeting):
    inp, msg = _draft(question)
    assert inp.brief.limits is not None
    paragraphs = msg.body.split("\n\n")
    assert paragraphs[0] == greeting
    assert paragraphs[1].startswith("In short:")
    assert "What it can do:" in msg.body and "What it can't do:" in msg.body and "false alarms" in msg.body
    assert "It is less reliable on" in msg.body
    assert not re.search(r"(?i)keep it|not technical|she (?:thinks|believes)|write her|range|one date", msg.body)
    assert "can and can't do" in msg.subject


def test_the_belief_it_replaces_a_check_is_corrected_and_the_check_stays():
    _, msg = _draft(FLOOD)
    assert "does not replace the wardens patrol" in msg.body and "we still need the wardens patrol" in msg.body
    assert "other one in four" in msg.body and "about one in eight of its alerts were false alarms" in msg.body


def test_what_happens_next_is_said_when_the_manager_gives_it():
    _, msg = _draft(SEPSIS)
    assert "What happens next: we're adding the children's ward data in the spring." in msg.body
