"""One unit table: a week is five working days and every duration word converts through it."""

import pytest

from lead_core.units import WEEKS_PER_UNIT, WORKDAYS_PER_WEEK


def test_a_day_is_a_fifth_of_a_working_week():
    assert WEEKS_PER_UNIT["day"] * WORKDAYS_PER_WEEK == pytest.approx(1.0)


def test_longer_words_mean_more_weeks():
    order = ["hour", "day", "week", "sprint", "month", "quarter"]
    assert [WEEKS_PER_UNIT[u] for u in order] == sorted(WEEKS_PER_UNIT[u] for u in order)
