"""A status update of the whole team's work, built from the team file when the manager asks for one and names no
piece of work ('a status for his staff meeting, five bullets max'): one typed item per piece of work
(`tools.message_brief.StatusItem`) with who is on it, how much is left, its date and where it stands against it, or
what blocks it; the most pressing first, and no more items than the manager allows.
"""

from __future__ import annotations

import re
from datetime import date

from agent.situation import Situation
from agent.understanding.messages import gives_the_update
from lead_core.number_words import number
from lead_core.units import weeks_until
from tools.message import human_day
from tools.message_brief import StatusItem
from tools.team import Person, Team

# 'five bullets max', 'at most 4 points', 'no more than three lines', '3 bullets'.
_HOW_MANY = re.compile(
    r"\b(?:max(?:imum)?|at most|no more than|up to)\s+(?P<a>\d+|[a-z]+)\s+(?:bullets?|points?|lines?|items?)\b"
    r"|\b(?P<b>\d+|[a-z]+)\s+(?:bullets?|points?|lines?|items?)(?:\s+(?:max(?:imum)?|at most|tops|or fewer|or less))?\b",
    re.I,
)
_ORDER = {"blocked": 0, "at_risk": 1, "tight": 2, "on_course": 3, "research": 4, "undated": 5}
_VALUE = {"high": 0, "medium": 1, "low": 2}
TIGHT_WEEKS = 0.5  # a likely finish within half a week of the date: on time only if nothing slips


def items_allowed(question: str) -> int | None:
    """How many items the manager allows ('five bullets max' -> 5), or None."""
    m = _HOW_MANY.search(question)
    n = number(m.group("a") or m.group("b")) if m else None
    return int(n) if n is not None and 1 <= n <= 10 else None


def wants_team_status(s: Situation, team: Team | None, question: str) -> bool:
    """True for a status update of the team's work: a team file with two or more pieces of work in flight, and no
    work, plan or notes of the manager's own for the update to be about."""
    in_flight = [p for p in team.people if p.current_work is not None] if team is not None else []
    if len(in_flight) < 2 or s.get("purpose") != "progress_update":
        return False
    return not (s.stated("project") or s.stated("tasks") or s.stated("decision") or gives_the_update(question))


def _state(p: Person, avail: float | None) -> str:
    work = p.current_work
    assert work is not None
    if p.status == "blocked" or (p.blockers and p.days_stuck > 0):
        return "blocked"
    if avail is not None:
        if work.remaining_weeks_likely > avail:
            return "at_risk"
        if work.remaining_weeks_high <= avail:
            return "on_course"
        return "tight" if avail - work.remaining_weeks_likely < TIGHT_WEEKS else "on_course"
    return "research" if work.success_probability < 0.5 or "research" in p.role.lower() else "undated"


def _item(p: Person, team: Team, today: date) -> StatusItem:
    work = p.current_work
    assert work is not None
    project = team.project(work.project)
    due = project.deadline if project is not None and project.deadline is not None and project.deadline >= today else None
    from tools.simulate import year_end_break  # numpy only when a status is built

    holidays = list(team.holidays) or (year_end_break(today, due) if due is not None else [])
    avail = weeks_until(today, due, holidays, floor=None) if due is not None else None
    state = _state(p, avail)
    return StatusItem(work=work.project, who=p.name, state=state, due=human_day(due, today) if due else "",
                      left_low=work.remaining_weeks_low, left_likely=work.remaining_weeks_likely, left_high=work.remaining_weeks_high,
                      worst_misses=avail is not None and work.remaining_weeks_high > avail, blocker=p.blockers[0] if p.blockers else "",
                      days_stuck=p.days_stuck, success=work.success_probability if state == "research" else None)


def team_status(team: Team, today: date, allowed: int | None = None) -> list[StatusItem]:
    """One item per piece of work in flight, the most pressing first (blocked, at risk, tight, on course, research,
    undated; higher value first), at most `allowed`."""
    people = [p for p in team.people if p.current_work is not None]
    people.sort(key=lambda p: _VALUE.get(p.current_work.value, 1))  # type: ignore[union-attr]
    items = sorted((_item(p, team, today) for p in people), key=lambda i: _ORDER[i.state])
    return items[: allowed or 10]


# Who the status is for, as the manager names them: 'Victor wants a status for ...', 'for Oona's Monday review'.
_FOR_WHOM = re.compile(
    r"\b(?P<a>[A-Z][a-z]+)\s+(?:wants|needs|asked (?:me )?for|would like|has asked for)\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:status|update|progress)\b"
    r"|\b(?:status|update)\s+(?:for|to)\s+(?P<b>[A-Z][a-z]+)\b(?!\s+(?:team|meeting|review))"
)


def status_reader(question: str, team: Team) -> str:
    """The name of who the status is for, when the manager names them ('Victor wants a status ...'), else ''."""
    m = _FOR_WHOM.search(question)
    name = (m.group("a") or m.group("b")) if m else ""
    return "" if not name or team.person(name) is not None or name in ("I", "We", "She", "He", "They") else name
