"""One unit table: a week is five working days and every duration word converts through it."""

from datetime import date

import pytest

from lead_core.units import WEEKS_PER_UNIT, WORKDAYS_PER_WEEK, weeks_until


def test_a_day_is_a_fifth_of_a_working_week():
    assert WEEKS_PER_UNIT["day"] * WORKDAYS_PER_WEEK == pytest.approx(1.0)


def test_longer_words_mean_more_weeks():
    order = ["hour", "day", "week", "sprint", "month", "quarter"]
    assert [WEEKS_PER_UNIT[u] for u in order] == sorted(WEEKS_PER_UNIT[u] for u in order)


TODAY = date(2026, 12, 4)


def test_weeks_to_a_date_and_its_floor():
    assert weeks_until(TODAY, "2027-01-15") == 6.0
    assert weeks_until(TODAY, date(2026, 12, 5)) == 0.5 and weeks_until(TODAY, date(2026, 12, 5), floor=None) == 0.1
    assert weeks_until(TODAY, "not a date") is None and weeks_until(TODAY, None) is None
    assert weeks_until(TODAY, "2026-12-01", floor=None) is None


def test_weekday_days_off_shorten_the_window():
    off = [date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1), date(2027, 2, 1)]  # 26 Dec is a Saturday, 1 Feb after
    assert weeks_until(TODAY, "2027-01-15", off) == round(42 / 7 - 3 / 5, 1)
