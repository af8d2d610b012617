"""Units of work and working time, defined once: working days per week, how many working weeks each duration word
means, the month names, and the calendar arithmetic (weekends and the team's days off skipped) that forecasts, what-ifs
and triage share."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # NumPy is imported inside the functions that need it, so the plumbing loads fast
    import numpy as np

WORKDAYS_PER_WEEK = 5
WEEKS_PER_UNIT: dict[str, float] = {
    "hour": 1 / 40,
    "day": 1 / WORKDAYS_PER_WEEK,
    "week": 1.0,
    "sprint": 2.0,
    "month": 4.33,
    "quarter": 13.0,
}
# Month names and their usual abbreviations (every one's first three letters are a key too) -> month number.
MONTHS: dict[str, int] = {name: i + 1 for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december"))) for name in names}  # fmt: skip
MAX_WORKING_DAYS = 2_000_000  # an offset beyond this would pass year 9999


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


def _days_off(holidays: Iterable[date]) -> np.ndarray:
    import numpy as np

    return np.array(sorted(set(holidays)), dtype="datetime64[D]")


def is_working_day(day: date, holidays: Iterable[date] = ()) -> bool:
    """True for a Monday-Friday that is not one of the days off."""
    return day.weekday() < WORKDAYS_PER_WEEK and day not in set(holidays)


def next_working_day(day: date, holidays: Iterable[date] = ()) -> date:
    """The day itself when it is a working day, else the first working day after it."""
    off = set(holidays)
    while not is_working_day(day, off):
        day += timedelta(days=1)
    return day


def working_days_between(first: date, last: date, holidays: Iterable[date] = ()) -> int:
    """Working days from `first` through `last`, both included (0 when `last` is before `first`)."""
    import numpy as np

    if last < first:
        return 0
    end = np.datetime64(last, "D") + np.timedelta64(1, "D")
    return int(np.busday_count(np.datetime64(first, "D"), end, holidays=_days_off(holidays)))


def add_working_days(start: date, days: float, holidays: Iterable[date] = ()) -> date:
    """The date `days` working days after `start` (rounded; `start` itself not counted); `start` for 0 or less."""
    import numpy as np

    n = min(int(round(days)), MAX_WORKING_DAYS)
    if n <= 0:
        return start
    # Roll a day off back to the working day before it, so the first step lands on the next working day.
    out = np.busday_offset(np.datetime64(start, "D"), n, roll="backward", holidays=_days_off(holidays))
    return out.astype("datetime64[D]").item()


def working_day_ending(start: date, days: float, holidays: Iterable[date] = ()) -> date | None:
    """The working day on which work of `days` working days begun on `start` ends (`start` counts when it is a
    working day); None when that would pass year 9999."""
    import math

    import numpy as np

    offset = max(math.ceil(days - 1e-9) - 1, 0)
    if offset > MAX_WORKING_DAYS:
        return None
    off = _days_off(holidays)
    rolled = np.busday_offset(np.datetime64(start, "D"), 0, roll="forward", holidays=off)
    out = np.busday_offset(rolled, offset, roll="forward", holidays=off)
    if out > np.datetime64("9999-12-31"):
        return None
    return out.astype("datetime64[D]").item()
