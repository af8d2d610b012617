"""The common date phrases read without dateparser resolve exactly as dateparser resolves them, from every
kind of 'today' (each weekday, month ends, the turn of the year, a 29 February)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import dateparser
import pytest

from agent.understanding.dates import MONTHS, WEEKDAYS, _calendar, find_dates

TODAYS = [date(2026, 12, 7) + timedelta(days=i) for i in range(8)] + [
    date(2026, 1, 1), date(2026, 1, 7), date(2026, 1, 8), date(2026, 1, 9), date(2026, 2, 28), date(2026, 6, 30),
    date(2026, 12, 31), date(2027, 3, 1), date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1),
]
DAY_MONTH_PHRASES = [
    "8 jan", "jan 8", "8th of january", "January 15th", "15th of January", "1 march", "march 1", "31 dec", "dec 31st",
    "29 feb", "30 June", "sept 3", "3 sept.", "Sep 3", "may 1", "jan 8, 2025", "8 January 2027", "feb 30", "jan 32",
]
# Managers write "thurs"; dateparser reads no date in it (nor in "thur"), we read Thursday.
OURS_ONLY = frozenset({"thur", "thurs"})
OTHER_PHRASES = ["today", "tonight", "tomorrow", "2027-01-15", "2025-03-01", "2027-02-30"]


def _dateparser(text: str, today: date) -> date | None:
    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": datetime(today.year, today.month, today.day)}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_phrases_read_without_dateparser_agree_with_it(today):
    weekdays = [w for name in WEEKDAYS for w in (name, f"next {name}", name.capitalize())]
    months = [f"2 {name}" for name in MONTHS] + [f"{name} 20" for name in MONTHS]
    for phrase in weekdays + months + DAY_MONTH_PHRASES + OTHER_PHRASES:
        ours = _calendar(phrase, today)
        theirs = _dateparser(phrase, today)
        if ours is not None and theirs is None:
            assert phrase.lower().removeprefix("next ") in OURS_ONLY, (phrase, today)  # where dateparser reads nothing
        elif ours is not None:
            assert ours == theirs, (phrase, today)


def test_the_common_phrases_are_read_without_dateparser():
    today = date(2026, 12, 4)
    for phrase in ["Monday", "next friday", "tomorrow", "2027-01-15", "8 Jan", "January 15th", "the 15th of January"]:
        assert _calendar(phrase.removeprefix("the "), today) is not None, phrase


def test_phrases_it_does_not_know_are_left_to_dateparser():
    today = date(2026, 12, 4)
    for phrase in ["the 8th", "feb 30", "jan 32", "monday week", "in a fortnight", "2027-02-30", "next wed"]:
        assert _calendar(phrase, today) is None, phrase


def test_find_dates_resolves_weekdays_and_days_of_months():
    today = date(2026, 12, 4)  # a Friday
    found = find_dates("she moves on monday and the launch is by 8 jan", today)
    assert [(d.value, d.role) for d in found] == [(date(2026, 12, 7), "start"), (date(2027, 1, 8), "deadline")]


def _off_days(text: str, today: date) -> list[date]:
    return [d.value for d in find_dates(text, today) if d.role in ("off", "until")]


def test_a_day_said_with_its_weekday_is_the_one_that_falls_on_it():
    friday_the_fourth = date(2026, 12, 4)
    assert [d.value for d in find_dates("can we have the demo ready by tuesday the 5th?", friday_the_fourth)] == [date(2027, 1, 5)]


def test_a_stretch_of_two_bare_days_ends_after_it_starts():
    assert _off_days("lab closed 23rd to 2nd for the holidays", date(2026, 12, 4)) == [date(2026, 12, 23), date(2027, 1, 2)]
