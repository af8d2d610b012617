"""A promised date said missed and the realistic one put sentences later ('we told her it would be with her on the 9th
of january, and it's not going to happen. ... realistically that puts it at the 2nd of march') is a slip to tell, never
a reprioritization to weigh."""

from __future__ import annotations

from datetime import date

import pytest

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("question", "new"),
    [
        ("I have to write to Ottilie, she runs the ferry timetable. We told her the demand model would be with her on the 9th of January "
         "so she could plan the winter sailings, and it's not going to happen. The ticket data from the old system came over with half the "
         "dates missing, so we're rebuilding it by hand. Realistically that puts the model at the 2nd of March. Can you draft it?", "2027-03-02"),
        ("need a note to the head of planning. we promised the pothole ranking for 20 jan and it won't make it: the council's road survey "
         "files are unreadable and they are re-sending them. realistically it's the 24th of february now. draft it for me", "2027-02-24"),
        ("write to our client Bertil. we told him the fraud scores would be ready by jan 22, that's not going to happen. the card "
         "network changed its feed format last week. now we're looking at the 5th of march.", "2027-03-05"),
    ],
)
def test_a_missed_date_put_later_is_a_slip(question, new):
    s = parse_situation(question, None, TODAY)
    assert s.get("purpose") == "forecast_risk"
    assert s.get("new_date") == new
