"""One unit table: a week is five working days and every duration word converts through it; one calendar of working
days (weekends and the team's days off skipped)."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lead_core.units import (
    WEEKS_PER_UNIT,
    WORKDAYS_PER_WEEK,
    add_working_days,
    is_working_day,
    next_working_day,
    working_day_ending,
    working_days_between,
    weeks_until,
)


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


# Working-day arithmetic, the one calendar forecasts, what-ifs and triage count with.
XMAS = [date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 31), date(2027, 1, 1)]


def test_days_off_are_not_working_days_and_weekends_never_are():
    assert is_working_day(date(2026, 12, 23), XMAS)
    assert not is_working_day(date(2026, 12, 24), XMAS)
    assert not is_working_day(date(2026, 12, 26))  # a Saturday
    assert next_working_day(date(2026, 12, 24), XMAS) == date(2026, 12, 28)
    assert next_working_day(date(2026, 12, 23), XMAS) == date(2026, 12, 23)


def test_counting_working_days_leaves_out_the_days_off():
    assert working_days_between(date(2026, 12, 21), date(2027, 1, 1)) == 10
    assert working_days_between(date(2026, 12, 21), date(2027, 1, 1), XMAS) == 6
    assert working_days_between(date(2027, 1, 1), date(2026, 12, 21)) == 0


def test_adding_working_days_steps_over_weekends_and_days_off():
    wednesday = date(2026, 12, 23)
    assert add_working_days(wednesday, 1) == date(2026, 12, 24)
    assert add_working_days(wednesday, 1, XMAS) == date(2026, 12, 28)
    assert add_working_days(date(2026, 12, 26), 1) == date(2026, 12, 28)  # from a Saturday: the Monday
    assert add_working_days(wednesday, 0, XMAS) == wednesday


def test_work_begun_on_a_day_ends_on_a_working_day():
    friday = date(2026, 12, 4)
    assert working_day_ending(friday, 1) == friday and working_day_ending(friday, 2) == date(2026, 12, 7)
    assert working_day_ending(date(2026, 12, 24), 1, XMAS) == date(2026, 12, 28)
    assert working_day_ending(friday, 10**9) is None


@settings(max_examples=80, deadline=None)
@given(st.dates(date(2026, 1, 1), date(2028, 12, 31)), st.integers(0, 60), st.lists(st.integers(0, 90), max_size=20))
def test_adding_then_counting_working_days_agree_with_a_day_by_day_walk(start, n, offsets):
    off = {start + timedelta(days=k) for k in offsets}
    walked, left = start, n
    while left > 0:
        walked += timedelta(days=1)
        left -= is_working_day(walked, off)
    assert add_working_days(start, n, off) == walked
    assert working_days_between(start + timedelta(days=1), walked, off) == n


def test_every_month_name_and_its_first_three_letters_give_its_number():
    from lead_core.units import MONTHS

    assert MONTHS["jan"] == MONTHS["january"] == 1 and MONTHS["sept"] == MONTHS["sep"] == 9 and MONTHS["dec"] == 12
    assert all(MONTHS[name[:3]] == number for name, number in MONTHS.items())
