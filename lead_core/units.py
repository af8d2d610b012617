"""Units of work, defined once: working days per week and how many working weeks each duration word means."""

from __future__ import annotations

WORKDAYS_PER_WEEK = 5
WEEKS_PER_UNIT: dict[str, float] = {
    "hour": 1 / 40,
    "day": 1 / WORKDAYS_PER_WEEK,
    "week": 1.0,
    "sprint": 2.0,
    "month": 4.33,
    "quarter": 13.0,
}

