"""The numbers behind a rehearsal: who the situation is about (the lead's situation parser when it is
available, else a lookup of team names), their current work from the team file, the new work, and the
what-if (`tools.whatif.compare_strategies`) that gives each strategy's chance of meeting the deadline and
the working days it loses. Anything assumed is listed in `Case.assumptions`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from agent.rehearse.models import Case, StrategyFigures
from lead_core.units import weeks_until
from tools.team import Person, Team
from tools.whatif import LABELS, NewWork, compare_strategies, whatif_from_team

WHATIF_TRIALS = 4000
ASSUMED_NEW_WORK = (2.0, 3.0, 4.0)
ASSUMED_DEADLINE_WEEKS = 6.0
GENERIC_WORDS = frozenset({"model", "models", "project", "research", "pipeline", "migration", "platform"})


def build_case(situation: str, team: Team | None, today: date) -> Case:
    """The case for a situation: team-file facts about the person named, and the what-if when it can run."""
    facts = _facts(situation, team, today)
    person = team.person(facts["person"]) if team is not None and facts.get("person") else None
    case = Case(person=person.name if person else facts.get("person"))
    if person is None or person.current_work is None or team is None:
        if facts.get("person") and team is not None and person is None:
            case.assumptions.append(f"{facts['person']} is not in the team file, so no what-if was run.")
        return case
    work = person.current_work
    case.project = work.project
    case.weeks_invested = work.weeks_invested
    case.remaining_weeks = [work.remaining_weeks_low, work.remaining_weeks_likely, work.remaining_weeks_high]
    case.switches_this_quarter = len(person.recent_reprioritizations)
    new_work = _new_work(facts, person, team, today, case)
    case.new_work = new_work.title
    case.new_work_weeks = [new_work.estimate_low, new_work.estimate_likely, new_work.estimate_high]
    case.deadline_weeks = new_work.deadline_weeks
    result = compare_strategies(whatif_from_team(team, person.name, new_work, trials=WHATIF_TRIALS))
    case.strategies = [
        StrategyFigures(
            strategy=o.strategy,
            label=LABELS[o.strategy],
            deadline_probability=round(o.deadline_probability, 3),
            lost_days=round(o.lost_days, 1),
            current_p80_weeks=round(o.current_work.p80, 1),
            new_p80_weeks=round(o.new_work.p80, 1),
        )
        for o in result.strategies
    ]
    case.recommendation = result.recommendation
    case.deadline_at_risk = result.deadline_at_risk
    return case


def _facts(situation: str, team: Team | None, today: date) -> dict[str, Any]:
    """person, new_work, new_work_weeks, deadline and requester. What the lead's situation parser read from
    the question wins; the team-file facts are worked out here (the new work's tasks for this person), and
    nothing the parser assumed is taken, so `Case.assumptions` stays the one list of assumptions."""
    found = _lookup(situation, team)
    try:
        from agent.understanding import parse_situation
    except ImportError:
        return found
    parsed = parse_situation(situation, team, today)
    for name in ("person", "new_work_weeks", "deadline", "requester"):
        fact = parsed.fact(name)
        if fact is not None and fact.source == "question" and fact.value not in ("", []):
            found[name] = fact.value
    title = parsed.get("new_work")
    if isinstance(title, str) and title and team is not None and not found.get("new_work"):
        current = _current_project(team, found.get("person"))
        found["new_work"] = _find_project(title, team, current) or title
    return found


def _lookup(situation: str, team: Team | None) -> dict[str, Any]:
    """A small lookup of team-file names in the text: the first person with current work, a project, a requester."""
    if team is None:
        return {}
    found: dict[str, Any] = {}
    people = [p for p in team.people if _mentions(situation, p.name)]
    person = next((p for p in people if p.current_work), people[0] if people else None)
    if person is not None:
        found["person"] = person.name
    project = _find_project(situation, team, _current_project(team, found.get("person")))
    if project:
        found["new_work"] = project
    requester = next((r.requester for r in team.inbox if r.requester and _mentions(situation, r.requester)), None)
    if requester:
        found["requester"] = requester
    return found


def _current_project(team: Team, name: object) -> str | None:
    person = team.person(str(name)) if name else None
    return person.current_work.project if person is not None and person.current_work else None


def _find_project(text: str, team: Team, current: str | None) -> str | None:
    """The team project the text names first, other than the person's current work: by full name or by a
    distinctive word of five letters or more that the current work's name does not share ('the summarizer')."""
    taken = set(re.findall(r"[a-z]+", (current or "").lower())) | GENERIC_WORDS
    hits: list[tuple[int, str]] = []
    for project in team.projects:
        if project.name == current:
            continue
        words = [w for w in re.findall(r"[a-z]+", project.name.lower()) if len(w) >= 5 and w not in taken]
        spots = [m.start() for w in [project.name, *words] for m in [_search(text, w)] if m is not None]
        if spots:
            hits.append((min(spots), project.name))
    return min(hits)[1] if hits else None


def _search(text: str, name: str) -> re.Match[str] | None:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)


def _mentions(text: str, name: str) -> bool:
    return _search(text, name) is not None


def _new_work(facts: dict[str, Any], person: Person, team: Team, today: date, case: Case) -> NewWork:
    """The new work: a team project's tasks for this person, stated weeks, the inbox request, or an assumption."""
    title = str(facts.get("new_work") or "")
    project = team.project(title) if title else None
    days_off = tuple(getattr(team, "holidays", ()))
    deadline = _weeks_until(today, facts.get("deadline"), days_off)
    request = next((r for r in team.inbox if person.name in r.interrupts), None)
    if facts.get("requester"):
        case.requester = str(facts["requester"])
    elif request is not None and (project is None or _find_project(request.title, team, None) == project.name):
        case.requester = request.requester or None  # the request that asks for this very work
    stated = facts.get("new_work_weeks")
    if isinstance(stated, list) and len(stated) == 3:
        low, likely, high = (float(x) for x in stated)
    elif project is not None:
        low, likely, high = project.weeks_for(person.name)
        deadline = deadline or _weeks_until(today, project.deadline, days_off)
    elif request is not None:
        low, likely, high = request.effort_weeks()
        title = title or request.title
        deadline = deadline or _weeks_until(today, request.deadline, days_off)
    else:
        low, likely, high = ASSUMED_NEW_WORK
        case.assumptions.append(f"The new work's size is assumed: {low:g}-{high:g} weeks, most likely {likely:g}.")
    if deadline is None:
        deadline = ASSUMED_DEADLINE_WEEKS
        case.assumptions.append(f"The new work's deadline is assumed: {deadline:g} weeks from today.")
    return NewWork(title=title or "the new work", estimate_low=max(low, 0.1), estimate_likely=max(likely, 0.1),
                   estimate_high=max(high, 0.1), deadline_weeks=deadline)


def _weeks_until(today: date, when: object, holidays: tuple[date, ...] = ()) -> float | None:
    """Weeks from today to a date (a date or ISO text), less the team's days off; None when unknown or past."""
    return weeks_until(today, when if isinstance(when, (date, str)) else None, holidays, floor=None)
