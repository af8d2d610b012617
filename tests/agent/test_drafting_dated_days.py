"""A slip told the way the manager asked: 'no grovelling' or "don't apologise" means no stock apology is added; a day
the manager names by its weekday ('by next thurs') reaches the reader with its date, while 'on a sunday' stays a kind of day."""

from __future__ import annotations

from datetime import date

import pytest

from agent.drafting import dated_days, draft_input
from agent.understanding import parse_situation
from tools.message import DraftInput, Point, draft_message

TODAY = date(2026, 12, 4)


def _draft(question: str):
    s = parse_situation(question, None, TODAY)
    inp = DraftInput.model_validate(draft_input(s, question, TODAY, []))
    return inp, draft_message(inp)


SLIPS = [
    ("write to marguerite (our ceo). the pricing model moves from 22 jan to 26 feb. reason: the 2019 till data is on tapes at the archive "
     "and needs restoring, about 3 weeks. she has to decide by next thurs whether we launch with last year's prices or wait. no grovelling",
     "Thursday 10 December"),
    ("draft a note to Fenwick at Calder Mills, our customer. the defect detector slips from 15 jan to 12 feb: the new camera mounts arrive late. "
     "he needs to tell us by next tuesday whether we pilot on line 2 instead. don't apologise, just be straight",
     "Tuesday 8 December"),
    ("message to Priyanka who leads the data platform team: the churn scores slip from 8 jan to 29 jan because the feature backfill failed twice. "
     "she needs to decide by next wednesday if her team keeps the old scores in the dashboard. no sorries",
     "Wednesday 9 December"),
]


@pytest.mark.parametrize(("question", "day"), SLIPS)
def test_a_slip_told_without_grovelling_has_no_stock_apology_and_a_dated_decision(question, day):
    inp, msg = _draft(question)
    assert inp.constraints.no_apology
    assert "sorry" not in msg.body.lower() and "apolog" not in msg.body.lower()
    assert day in msg.body
    assert "next thurs" not in msg.body.lower() and "next tues" not in msg.body.lower() and "next wed" not in msg.body.lower()


def test_a_slip_with_no_note_on_tone_still_owns_the_delay():
    q = ("write to marguerite (our ceo). the pricing model moves from 22 jan to 26 feb. reason: the 2019 till data is on tapes "
         "at the archive and needs restoring, about 3 weeks.")
    inp, msg = _draft(q)
    assert not inp.constraints.no_apology
    assert "sorry" in msg.body.lower()


def test_a_kind_of_day_is_no_date():
    s = parse_situation("tell the team: from monday nobody deploys alone, after a solo deploy broke search on a sunday.", None, TODAY)
    points = dated_days([Point(kind="reason", text="a solo deploy broke search on a sunday")], s)
    assert points[0].text == "a solo deploy broke search on a sunday"
