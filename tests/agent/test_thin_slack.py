"""A date that holds with a day or two of slack at P80 is said to hold only just, never as a plain 'holds'."""

from __future__ import annotations

from datetime import date

from agent.compose import compose_reprioritization
from agent.situation import Situation
from tests.support.plans import run_reprioritization

TODAY = date(2026, 12, 4)


def _loan(due: str) -> str:
    s = Situation(intents=["reprioritization"])
    s.put("person", "Kalani", "question", "kalani")
    s.put("project", "reef survey classifier", "question", "reef survey classifier")
    s.put("remaining_weeks", [1.5, 2, 3], "question", "2 more weeks, 1.5 if lucky, 3 if not")
    s.put("new_work", "storm damage triage", "question", "storm damage triage")
    s.put("new_work_weeks", [2, 2, 2], "question", "two weeks")
    s.put("new_work_shape", "fixed_loan", "question", "borrow kalani for two weeks")
    s.put("start_date", "2026-12-14", "question", "the 14th")
    s.put("current_deadline", due, "question", due)
    return "\n".join(compose_reprioritization(run_reprioritization(s, TODAY), s))


def test_a_date_a_day_past_the_p80_holds_only_just():
    p80 = _loan("2027-06-30").split("lands by ")[1].split(" (P80)")[0]  # the P80 with the loan, far from any date
    from datetime import datetime, timedelta

    day = datetime.strptime(p80, "%a %d %b %Y").date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    text = _loan(day.isoformat())
    assert "survive it? Only just:" in text and "but only just" in text and "of slack at P80" in text


def test_a_date_with_room_is_a_plain_yes():
    text = _loan("2027-03-26")
    assert "**You can say yes:**" in text and "only just" not in text.lower()
