"""Request triage: decide what a manager does with an incoming request (absorb it, hold it, pass it on,
negotiate, decline with an alternative, or escalate) and order a whole inbox under a weekly team
interruption budget. Rules follow "let them cook": absorb chaos rather than distribute it, protect
deep work and near-finished work, never decline incidents or compliance work.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.errors import ToolInputError
from tools.team import Request, Team, WorkStatus

Decision = Literal[
    "handle_yourself", "hold_for_planning", "pass_to_team", "negotiate", "decline_with_alternative", "escalate"
]
DECISIONS: tuple[str, ...] = (
    "handle_yourself",
    "hold_for_planning",
    "pass_to_team",
    "negotiate",
    "decline_with_alternative",
    "escalate",
)

IMPACT_POINTS = {"low": 10.0, "medium": 20.0, "high": 30.0}
URGENCY_POINTS = {"low": 0.0, "normal": 5.0, "high": 15.0, "critical": 25.0}
# Cost of pulling someone in, by where they are in their work (deep work and near-finish cost most).
INTERRUPTION_COST = {
    "near_finish": 20.0,
    "deep_work": 12.0,
    "on_leave": 25.0,
    "ramping_up": 8.0,
    "blocked": 4.0,
    "available": 0.0,
}
PASS_THRESHOLD = 30.0
HOLD_THRESHOLD = 12.0


class PersonContext(BaseModel):
    """Where someone the request would interrupt stands right now."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=80, description="Person's name.")
    status: WorkStatus = Field(
        default="available", description="deep_work, near_finish, blocked, ramping_up, available or on_leave."
    )
    seniority: Literal["junior", "mid", "senior", "staff", "principal"] = Field(default="mid", description="Seniority.")
    remaining_weeks: float | None = Field(
        default=None, ge=0, le=260, description="Likely weeks left on their current work."
    )
    current_project: str = Field(default="", description="What they are working on.")


class TriageInput(BaseModel):
    """One request plus context about the people it would interrupt and the manager's capacity."""

    model_config = ConfigDict(extra="forbid")

    request: Request = Field(description="The incoming request.")
    people: list[PersonContext] = Field(
        default_factory=list,
        max_length=200,
        description="Status of the people it would interrupt (and others on the team).",
    )
    manager_capacity_days: float = Field(
        default=1.0, ge=0, le=20, description="Working days the manager can absorb personally this week."
    )
    manager_can_do: bool = Field(default=True, description="Whether the manager has the skills to do it themselves.")
    team_budget_remaining_days: float | None = Field(
        default=None, ge=0, le=100, description="Team interruption budget left this week (null = not tracked)."
    )
    today: date | None = Field(
        default=None,
        ge=date(2000, 1, 1),
        le=date(2100, 12, 31),
        description="Today's date, for deadline pressure and suggested dates.",
    )


class PriorityParts(BaseModel):
    """The parts of the priority score (score = impact + urgency + deadline - effort - interruption)."""

    impact: float = Field(description="Points for business impact.")
    urgency: float = Field(description="Points for urgency.")
    deadline_pressure: float = Field(description="Points for a near deadline.")
    effort_cost: float = Field(description="Points subtracted for effort.")
    interruption_cost: float = Field(
        description="Points subtracted for interrupting people (deep work and near-finish cost most)."
    )


class Reason(BaseModel):
    """One reason for the decision, tied to a piece of guidance."""

    text: str = Field(description="The reason.")
    guidance: str = Field(description="Guidance tag, e.g. absorb-chaos, protect-near-finished-work, let-them-cook.")


class TriageDecision(BaseModel):
    """What to do with a request, why, and what to tell the requester."""

    title: str = Field(description="Request title.")
    kind: str = Field(description="Request kind.")
    decision: Decision = Field(description="The decision.")
    priority: float = Field(description="Priority score (higher = more important now).")
    parts: PriorityParts = Field(description="How the score was built.")
    reasons: list[Reason] = Field(description="Reasons, each with a guidance tag.")
    suggested_reply: str = Field(description="A short, polite reply to the requester.")
    suggested_date: date | None = Field(default=None, description="Date offered to the requester, if any.")
    team_days: float = Field(description="Team working days this decision sends to the team now.")
    manager_days: float = Field(description="Working days the manager takes on personally.")


class InboxInput(BaseModel):
    """A list of requests with team context and a weekly interruption budget."""

    model_config = ConfigDict(extra="forbid")

    requests: list[Request] = Field(max_length=200, description="Incoming requests.")
    people: list[PersonContext] = Field(
        default_factory=list, max_length=200, description="Where each team member stands."
    )
    interruption_budget_days: float = Field(
        default=3, ge=0, le=100, description="Working days of interrupts the team can absorb per week."
    )
    manager_capacity_days: float = Field(
        default=1.0, ge=0, le=20, description="Working days the manager can absorb personally this week."
    )
    today: date | None = Field(default=None, ge=date(2000, 1, 1), le=date(2100, 12, 31), description="Today's date.")


class InboxResult(BaseModel):
    """The triaged inbox in priority order with budget accounting."""

    decisions: list[TriageDecision] = Field(description="Decisions in priority order.")
    reached_team: list[str] = Field(description="Titles passed to the team now.")
    absorbed_by_manager: list[str] = Field(description="Titles the manager handles.")
    held: list[str] = Field(description="Titles held for planning.")
    negotiated: list[str] = Field(description="Titles being negotiated.")
    declined: list[str] = Field(description="Titles declined with an alternative.")
    escalated: list[str] = Field(description="Titles escalated.")
    budget_days: float = Field(description="Weekly team interruption budget.")
    budget_used_days: float = Field(description="Team days used by what reached the team.")
    over_budget_incidents: list[str] = Field(description="Incidents passed on even though they exceeded the budget.")
    manager_days_used: float = Field(description="Days the manager took on.")


def _add_working_days(start: date, days: float) -> date:
    current, left = start, int(round(days))
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def _next_planning(today: date | None) -> date | None:
    if today is None:
        return None
    return today + timedelta(days=(7 - today.weekday()) or 7)


def _working_days_until(today: date, deadline: date) -> int:
    if deadline <= today:
        return 0
    if (deadline - today).days > 60:  # far away: exact count is irrelevant to deadline pressure
        return 40
    days, current = 0, today
    while current < deadline:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days += 1
    return days


def _fmt(d: date | None) -> str:
    return d.strftime("%a %d %b %Y") if d else "our next planning cycle"


def triage_request(inp: TriageInput) -> TriageDecision:
    """Decide what a manager should do with one incoming request (handle it themselves, hold it for planning, pass it to the team, negotiate scope or date, decline with an alternative, or escalate), with a priority score, reasons tied to guidance and a suggested reply."""
    return _triage(
        inp.request,
        inp.people,
        inp.manager_capacity_days,
        inp.manager_can_do,
        inp.team_budget_remaining_days,
        inp.today,
    )


def _triage(
    req: Request,
    people: list[PersonContext],
    manager_capacity: float,
    manager_can_do: bool,
    budget_left: float | None,
    today: date | None,
) -> TriageDecision:
    by_name = {p.name.casefold(): p for p in people}
    hit = [by_name.get(n.strip().casefold()) or PersonContext(name=n.strip() or "someone") for n in req.interrupts]
    days_left = _working_days_until(today, req.deadline) if (today and req.deadline) else None
    deadline_pts = 0.0
    if days_left is not None:
        deadline_pts = 15.0 if days_left <= 2 else 10.0 if days_left <= 5 else 5.0 if days_left <= 10 else 0.0
    interruption = sum(INTERRUPTION_COST[p.status] + (3.0 if p.seniority == "junior" else 0.0) for p in hit)
    parts = PriorityParts(
        impact=IMPACT_POINTS[req.impact],
        urgency=URGENCY_POINTS[req.urgency],
        deadline_pressure=deadline_pts,
        effort_cost=round(min(20.0, req.effort_days * 2.0), 2),
        interruption_cost=interruption,
    )
    priority = round(
        parts.impact + parts.urgency + parts.deadline_pressure - parts.effort_cost - parts.interruption_cost, 2
    )
    near = [p for p in hit if p.status == "near_finish"]
    deep = [p for p in hit if p.status == "deep_work"]
    ramping = [p for p in hit if p.status in ("ramping_up",) or p.seniority == "junior"]
    names = ", ".join(p.name for p in hit) or "the team"
    thanks = f"Thanks {req.requester}," if req.requester else "Thanks,"
    reasons: list[Reason] = []
    planning = _next_planning(today)
    fits_budget = budget_left is None or req.effort_days <= budget_left + 1e-9
    can_absorb = manager_can_do and req.effort_days <= manager_capacity + 1e-9
    suggested: date | None = None

    if req.kind == "incident":
        if req.effort_days > 5 or (
            req.urgency == "critical" and not hit and req.impact == "high" and req.effort_days > 2
        ):
            decision: str = "escalate"
            reasons.append(
                Reason(
                    text="A large incident needs more than this team; bring in leadership and on-call support now.",
                    guidance="incidents-first",
                )
            )
            reply = f"{thanks} we're on it now. This needs more hands than my team alone, so I'm escalating it and will share updates as we go."
        else:
            decision = "pass_to_team"
            reasons.append(
                Reason(
                    text=f"Incidents go to the team immediately; {names} picks it up now.", guidance="incidents-first"
                )
            )
            if near or deep:
                reasons.append(
                    Reason(
                        text="It interrupts focused work, so keep the interruption to the incident itself and hand back afterwards.",
                        guidance="let-them-cook",
                    )
                )
            reply = f"{thanks} {names} is looking at it now. We'll share what we find and the fix as soon as we have it."
        return _decision(req, decision, priority, parts, reasons, reply, None)

    if req.kind == "compliance":
        reasons.append(
            Reason(
                text="Legal and compliance work is not optional; the question is when and by whom, never whether.",
                guidance="compliance-is-not-optional",
            )
        )
        if can_absorb:
            decision = "handle_yourself"
            reasons.append(
                Reason(
                    text="It is small enough for the manager to take on, keeping the team focused.",
                    guidance="absorb-chaos",
                )
            )
            reply = f"{thanks} I'll take this on myself and get it to you before the deadline. I'll reach out if I need anything from you."
        elif days_left is not None and days_left <= max(5, req.effort_days + 2):
            if fits_budget:
                decision = "pass_to_team"
                reasons.append(
                    Reason(text="The deadline is close, so it goes to the team now.", guidance="deadline-pressure")
                )
                reply = f"{thanks} {names} will start on this now so it is done by {_fmt(req.deadline)}. I'll confirm when it is with you."
            else:
                decision = "negotiate"
                suggested = _add_working_days(today, req.effort_days + 2) if today else None
                reasons.append(
                    Reason(
                        text="The team's interruption budget is spent this week; agree a realistic date rather than overload people.",
                        guidance="negotiate-realistic-expectations",
                    )
                )
                reply = f"{thanks} this will get done. Our capacity this week is committed, so could we agree on {_fmt(suggested)} for the full package, with anything urgent for the audit earlier?"
        else:
            decision = "hold_for_planning"
            suggested = planning
            if near or deep:
                reasons.append(
                    Reason(
                        text=f"{names} is in focused work; there is time to schedule it without an interruption.",
                        guidance="let-them-cook",
                    )
                )
            reasons.append(
                Reason(
                    text="There is time before the deadline, so schedule it in the next planning cycle.",
                    guidance="filter-the-noise",
                )
            )
            reply = f"{thanks} we'll do this. I'm scheduling it in our planning on {_fmt(planning)} so it is finished before {_fmt(req.deadline)}; I'll confirm the owner then."
        return _decision(req, decision, priority, parts, reasons, reply, suggested)

    big = req.effort_days > 5
    if near and (big or req.urgency in ("high", "critical")):
        decision = "negotiate"
        weeks = max((p.remaining_weeks or 2.0) for p in near)
        suggested = (today + timedelta(weeks=weeks)) if today else None
        reasons.append(
            Reason(
                text=f"{', '.join(p.name for p in near)} is close to finishing; switching now wastes the work invested and the ramp-up to the new priority is faster after closing it out.",
                guidance="protect-near-finished-work",
            )
        )
        reasons.append(
            Reason(
                text="Negotiate the start date or scope rather than passing the reprioritization straight down.",
                guidance="negotiate-realistic-expectations",
            )
        )
        when = f"on {_fmt(suggested)}" if suggested else f"in about {weeks:g} weeks"
        reply = (
            f"{thanks} I see why this matters. {near[0].name} is close to finishing {near[0].current_project or 'their current work'}, "
            f"so could we start {when} once it ships, or agree a smaller first step I can staff now?"
        )
    elif (
        req.impact == "high"
        and req.urgency == "critical"
        and interruption >= INTERRUPTION_COST["deep_work"]
        and not can_absorb
    ):
        decision = "escalate"
        reasons.append(
            Reason(
                text="A critical, high-impact request collides with focused work; leadership should choose which priority wins.",
                guidance="negotiate-realistic-expectations",
            )
        )
        reply = f"{thanks} this is important and it competes with committed work. I'm raising it with leadership today so we can decide together what moves."
    elif (
        can_absorb
        and req.kind in ("question", "ad_hoc_analysis", "report", "demo")
        or (can_absorb and interruption > 0)
    ):
        decision = "handle_yourself"
        reasons.append(
            Reason(
                text="It is small enough for the manager to take on; absorb chaos instead of distributing it.",
                guidance="absorb-chaos",
            )
        )
        if interruption > 0:
            reasons.append(Reason(text=f"Doing it yourself keeps {names} focused.", guidance="let-them-cook"))
        reply = f"{thanks} I'll handle this myself and get it to you{' by ' + _fmt(req.deadline) if req.deadline else ' this week'}. I'll let you know if I need anything."
    elif priority >= PASS_THRESHOLD and fits_budget:
        decision = "pass_to_team"
        reasons.append(
            Reason(
                text="High priority with an acceptable interruption cost, and it fits the team's interruption budget.",
                guidance="filter-the-noise",
            )
        )
        reply = f"{thanks} this is a priority, so {names} will pick it up now. I'll keep you posted on progress."
    elif req.impact == "low" and (ramping or deep or near) and req.urgency in ("high", "critical"):
        decision = "decline_with_alternative"
        suggested = planning
        reasons.append(
            Reason(text=f"Low impact but it would pull {names} off focused work or ramp-up.", guidance="let-them-cook")
        )
        reasons.append(
            Reason(
                text="Filter the noise: offer a lighter alternative instead of passing it on.",
                guidance="filter-the-noise",
            )
        )
        reply = (
            f"{thanks} we can't take this on right now without pulling {names} off committed work. "
            f"Could a recorded walkthrough or screenshots work instead, or could we revisit it at our planning on {_fmt(planning)}?"
        )
    elif priority >= HOLD_THRESHOLD or req.impact == "high":
        decision = "hold_for_planning"
        suggested = planning
        reasons.append(
            Reason(
                text="Worth doing, but not worth an interruption now; bring it to the next planning cycle.",
                guidance="filter-the-noise",
            )
        )
        if not fits_budget:
            reasons.append(
                Reason(text="The team's interruption budget for this week is used up.", guidance="let-them-cook")
            )
        reply = f"{thanks} this is useful. I'd like to schedule it properly at our planning on {_fmt(planning)}; I'll come back to you with a date then."
    else:
        decision = "decline_with_alternative"
        suggested = planning
        reasons.append(Reason(text="Low priority against the team's committed work.", guidance="filter-the-noise"))
        reply = (
            f"{thanks} we can't fit this in right now without slowing committed work. "
            f"Could a smaller version or existing material cover it, or shall we revisit it at our planning on {_fmt(planning)}?"
        )
    return _decision(req, decision, priority, parts, reasons, reply, suggested)


def _decision(
    req: Request,
    decision: str,
    priority: float,
    parts: PriorityParts,
    reasons: list[Reason],
    reply: str,
    suggested: date | None,
) -> TriageDecision:
    team_days = req.effort_days if decision == "pass_to_team" else 0.0
    manager_days = req.effort_days if decision == "handle_yourself" else 0.0
    return TriageDecision(
        title=req.title,
        kind=req.kind,
        decision=decision,
        priority=priority,
        parts=parts,
        reasons=reasons,
        suggested_reply=reply,
        suggested_date=suggested,
        team_days=team_days,
        manager_days=manager_days,
    )


def triage_inbox(inp: InboxInput) -> InboxResult:
    """Triage a whole inbox: order requests by priority (incidents first), respect the team's weekly interruption budget and the manager's own capacity, and report what reached the team, what the manager absorbs, and what was held, negotiated, declined or escalated."""
    scored = [(req, _triage(req, inp.people, inp.manager_capacity_days, True, None, inp.today)) for req in inp.requests]
    order = sorted(range(len(scored)), key=lambda i: (scored[i][0].kind != "incident", -scored[i][1].priority, i))
    budget_left = inp.interruption_budget_days
    manager_left = inp.manager_capacity_days
    decisions: list[TriageDecision] = []
    over: list[str] = []
    for i in order:
        req = scored[i][0]
        d = _triage(req, inp.people, manager_left, True, budget_left, inp.today)
        if d.decision == "pass_to_team" and req.effort_days > budget_left + 1e-9:
            over.append(req.title)  # only incidents reach here: other kinds are held when over budget
        budget_left = max(0.0, budget_left - d.team_days)
        manager_left = max(0.0, manager_left - d.manager_days)
        decisions.append(d)

    def titles(kind: str) -> list[str]:
        return [d.title for d in decisions if d.decision == kind]

    return InboxResult(
        decisions=decisions,
        reached_team=titles("pass_to_team"),
        absorbed_by_manager=titles("handle_yourself"),
        held=titles("hold_for_planning"),
        negotiated=titles("negotiate"),
        declined=titles("decline_with_alternative"),
        escalated=titles("escalate"),
        budget_days=inp.interruption_budget_days,
        budget_used_days=round(sum(d.team_days for d in decisions), 3),
        over_budget_incidents=over,
        manager_days_used=round(sum(d.manager_days for d in decisions), 3),
    )


def people_context(team: Team) -> list[PersonContext]:
    """Everyone on the team as triage context."""
    return [
        PersonContext(
            name=p.name,
            status=p.status,
            seniority=p.seniority,
            remaining_weeks=p.current_work.remaining_weeks_likely if p.current_work else None,
            current_project=p.current_work.project if p.current_work else "",
        )
        for p in team.people
    ]


def triage_input_from_team(
    team: Team, request: Request, *, today: date | None = None, manager_capacity_days: float = 1.0
) -> TriageInput:
    """Build a TriageInput for one request with the team's people as context."""
    unknown = [n for n in request.interrupts if team.person(n) is None]
    if unknown:
        raise ToolInputError(f"Request '{request.title}' interrupts unknown team member(s): {', '.join(unknown)}.")
    return TriageInput(
        request=request, people=people_context(team), manager_capacity_days=manager_capacity_days, today=today
    )


def inbox_from_team(team: Team, *, today: date | None = None, manager_capacity_days: float = 1.0) -> InboxInput:
    """Build an InboxInput from the team file's inbox, people and interruption budget."""
    for req in team.inbox:
        triage_input_from_team(team, req)
    return InboxInput(
        requests=list(team.inbox),
        people=people_context(team),
        interruption_budget_days=team.interruption_budget_days,
        manager_capacity_days=manager_capacity_days,
        today=today,
    )
