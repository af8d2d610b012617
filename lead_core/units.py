"""Units of work, defined once: working days per week and how many working weeks each duration word means."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

WORKDAYS_PER_WEEK = 5
WEEKS_PER_UNIT: dict[str, float] = {
    "hour": 1 / 40,
    "day": 1 / WORKDAYS_PER_WEEK,
    "week": 1.0,
    "sprint": 2.0,
    "month": 4.33,
    "quarter": 13.0,
}



def weeks_until(today: date, when: date | str | None, holidays: Iterable[date] = (), floor: float | None = 0.5) -> float | None:
    """Weeks from today to a date (a date or ISO text), less the weekday holidays in between (each a fifth of
    a week); at least `floor` weeks, or None for a date that is unknown, unreadable or (without a floor) not
    in the future."""
    if isinstance(when, str):
        try:
            when = date.fromisoformat(when)
        except ValueError:
            return None
    if not isinstance(when, date):
        return None
    days = (when - today).days
    off = sum(1 for h in set(holidays) if today <= h < when and h.weekday() < 5)
    weeks = days / 7 - off / WORKDAYS_PER_WEEK
    if floor is None:
        return round(weeks, 1) if days > 0 else None
    return round(max(weeks, floor), 1)
