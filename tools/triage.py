"""Request triage: decide what a manager does with an incoming request (absorb it, hold it, pass it on,
negotiate, decline with an alternative, or escalate) and order a whole inbox under a weekly team
interruption budget. Rules follow "let them cook": absorb chaos rather than distribute it, protect
deep work and near-finished work, never decline incidents or compliance work. The decision is the first
matching rule of `RULES` (data, read top to bottom); replies are the `REPLIES` templates, which never promise a
date that has passed: an overdue request is called overdue and offered a new date. Working days are counted on the
team's calendar (weekends and its days off skipped, `lead_core.units`), as forecasts count them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable, Literal

from pydantic import BaseModel, ConfigDict, Field

from lead_core.units import WEEKS_PER_UNIT, WORKDAYS_PER_WEEK, add_working_days, next_working_day, working_days_between
from tools.errors import ToolInputError
from tools.team import MAX_HOLIDAYS, Request, Team, WorkStatus

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
JUNIOR_COST = 3.0  # juniors lose more to an interruption
SMALL_KINDS = ("question", "ad_hoc_analysis", "report", "demo", "meeting")  # kinds a manager can usually absorb
MEETING_DAYS = 0.25  # a conversation asked for costs the manager an hour or two, whatever size the ask left unsaid
SHORT_SLOT_DAYS = 0.5  # a demo or talk said in minutes ('a 30 min walkthrough'): the slot and half a day of prep
SLOT_IN_MINUTES = re.compile(r"\b\d+\s*(?:min|mins|minutes)\b|\b(?:an|one|half an) hour\b", re.I)
# A request whose own words say something is broken for someone is an incident whatever kind it was filed as: team-file
# inbox titles and pasted alerts reach this tool without anyone classifying them first.
SEVERE_WORDS = re.compile(
    r"\b(?:outage|incident|sev ?[0-2]|p[01]|(?:http|status|error|returning|throwing|got|getting)\s+5\d\d|5\d\d(?:s|\s+(?:errors?|responses?|status(?: codes?)?))|5xx|4xx|errors?|(?:is|are|went) down|(?<!heads )(?<!head )(?<!heads-)down for|failing|failed|broken(?!\s+(?:out|down)\b)|"
    r"pager ?duty|paged|data loss|breach|security (?:issue|hole|incident)|vulnerab\w*|leak(?:ed|ing)?|"
    r"(?:customers?|users?|teams?|clients?) (?:are |is )?(?:blocked|affected|impacted|down)|blocks? (?:customers?|users?|teams?)|"
    r"in prod(?:uction)?\b.{0,30}\b(?:wrong|bad|broken)|returning (?:nulls?|garbage|empty|wrong)\w*|"
    r"nulls? in prod\w*|timing out|timeouts|crash(?:ed|es|ing)?|degraded|stopped (?:working|updating|refreshing|syncing|loading|sending|running|responding|scoring|publishing)|"
    r"stuck (?:at|on) (?:yesterday|last (?:night|week))'?s?|(?:is|are) not working|(?:isn|aren)'t working|on fire|"
    r"support (?:is |are )?(?:flooded|swamped|overwhelmed)|(?:customers?|users?) (?:are )?(?:complaining|seeing errors))\b"
    # Output the product owes that never came: 'the overnight storm map didn't generate at all', 'the 6am scores never arrived'.
    r"|\b(?:didn'?t|did not|never|hasn'?t|has not|haven'?t|have not)\s+(?:generate|generated|arrive|arrived|go out|went out|load|loaded|publish|published|"
    r"refresh|refreshed|come through|update|updated)\b(?!\s+yet\b)"
    r"|\b(?:maps?|reports?|jobs?|batch(?:es)?|scores?|forecasts?|pipelines?|feeds?|exports?|dashboards?|predictions?|output|builds?|extracts?|tiles?)\b"
    r"[^.;]{0,40}?\b(?:didn'?t|did not|never|hasn'?t|has not)\s+(?:run|ran|complete|completed|finish|finished)\b(?!\s+yet\b)"
    # Something that has stopped and is blocking people now: a queue, job or pipeline that halted, access that lapsed.
    r"|\b(?:is|are|has|have|got)(?: been)? (?:stopped|stuck(?! (?:at|on|with|between)\b)|halted)\b"
    r"|\b(?:credentials?|tokens?|certs?|certificates?|api keys?|keys?|licen[cs]es?|passwords?|access|subscriptions?)\b"
    r"[^.;]{0,40}?\b(?:expired|has expired|have expired|lapsed|(?:was |were |got )?revoked)\b"
    r"|\b(?:can't|cannot|can not|unable to|nobody can|no one can|no-one can) (?:log ?in|sign in|access|deploy|label|train|ship|"
    r"run|push|merge|query|get in)\b"
    # The people the product serves hurt now: 'players raging on reddit', 'customers getting banned'.
    r"|\b(?:players?|users?|customers?|clients?|drivers?|riders?|merchants?|sellers?|buyers?|patients?|members?|gamers?|couriers?|retailers?|distributors?|stores?)\b"
    r"[^.;]{0,15}?\b(?:raging|furious|livid|angry|up in arms|revolting|rioting|getting (?:banned|blocked|declined|locked out|"
    r"charged twice|kicked)|(?:wrongly|falsely) (?:banned|blocked|flagged|declined)|"
    r"(?:already |have |has )?(?:rejected|rejecting|returned|returning|sent back|sending back|refused|refusing) (?:the |our |two |three |\d+ |a |an |some |several |)"
    r"(?:[\w-]+ )?(?:bales?|parcels?|packages?|boxes|goods|items|containers?|batch(?:es)?|shipments?|deliver(?:y|ies)|loads?|orders?|lots?|pallets?|output|parts?|units?|products?))\b"
    # The people it serves chasing someone right now: 'drivers are ringing me nonstop', 'phones ringing off the hook'.
    r"|\b(?:ringing|calling|phoning|messaging|emailing) (?:me|us|the (?:desk|office|line))? ?(?:non-?stop|constantly|all (?:day|morning)|every few minutes)\b"
    r"|\bphones? (?:are |is )?(?:ringing|going) off the hook\b"
    # Complaints being counted as they come in: '~60 complaints so far', '30 tickets since this morning'.
    r"|~?\d+\+? (?:complaints|angry (?:emails|calls)|support tickets|tickets|calls|refund requests)(?: in)? (?:so far|already|today|this morning|since)\b"
    # A model answering every case alike, now: 'flagging every transfer bag at T2', 'quoting zero for all rooms', 'the
    # forecast dashboard blank since the overnight refresh'.
    r"|\b(?:flagging|blocking|rejecting|declining|holding|stopping|marking|alerting on|routing|sending|quoting|pricing|scoring|returning)\s+"
    r"(?:(?:zero|nothing|0|null)\s+(?:for|on)\s+)?(?:every|all|each|everything|every single)\b"
    r"|\b(?:blank|empty|frozen|showing nothing)\s+(?:since|after|from)\b",
    re.I,
)
# Output that is wrong in the world, not a number on a dashboard: 'routing trucks to the old plant address', 'quoting
# last year's prices', 'sending orders to a closed depot'. An incident when it started with a change (AFTER_A_CHANGE).
WRONG_OUTPUT = re.compile(
    r"\b(?:routing|sending|dispatching|directing|pointing|showing|serving|quoting|charging|pricing|using|assigning|emailing)\b"
    r"[^.;]{0,50}?\b(?:old|wrong|stale|outdated|previous|former|closed|locked|incorrect|deleted|retired|last (?:year|month)'?s?)\b",
    re.I,
)
PASS_THRESHOLD = 30.0
HOLD_THRESHOLD = 12.0
PLANNING_WEEK_DAYS = 5  # work held for planning is scheduled in the week planning opens, not before it ends


class Owed(BaseModel):
    """Something a person owes by a date (another ask that names them)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str = Field(min_length=1, max_length=200, description="What is owed.")
    due: date = Field(description="When it is due.")


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
    blocker: str = Field(default="", max_length=300, description="What they are stuck on, when blocked.")
    owes: list[Owed] = Field(default_factory=list, max_length=20, description="Other asks they owe by a date.")


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
    holidays: list[date] = Field(
        default_factory=list, max_length=MAX_HOLIDAYS,
        description="The team's days off (ISO dates): skipped like weekends when counting working days and offering dates.",
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
    priority_explained: str = Field(
        description="The score in words: impact, urgency, deadline, effort and whom it interrupts, with their points."
    )
    overdue: bool = Field(default=False, description="True when the requested date has already passed.")
    reasons: list[Reason] = Field(description="Reasons, each with a guidance tag.")
    suggested_reply: str = Field(description="A short, polite reply to the requester.")
    suggested_date: date | None = Field(default=None, description="Date offered to the requester, if any.")
    assignee: str = Field(
        default="", description="Who takes it instead of the person asked for (someone free), when that is the call."
    )
    first_action: str = Field(
        default="", description="For an incident: the first concrete move that stops the damage (roll back, contain), before any reply."
    )
    question_back: bool = Field(
        default=False, description="True when the reply asks what they need (what they see, by when) before any work is done."
    )
    due: date | None = Field(
        default=None, description="The date the work must be done by: the one asked for, or the last working day before it when that is a day off."
    )
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
    holidays: list[date] = Field(
        default_factory=list, max_length=MAX_HOLIDAYS,
        description="The team's days off (ISO dates): skipped like weekends when counting working days and offering dates.",
    )
    budget_week: Literal["this week", "next week"] = Field(
        default="this week", description="The week the interruption budget is for, as the manager said it ('2 days next week')."
    )


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
    budget_left_days: float = Field(default=0.0, description="Team days of the budget left this week after what reached the team.")
    over_budget_incidents: list[str] = Field(description="Incidents passed on even though they exceeded the budget.")
    manager_days_used: float = Field(description="Days the manager took on.")


def _next_planning(today: date | None, holidays: frozenset[date]) -> date | None:
    """Next week's planning: the coming Monday, or the first working day after it when that Monday is a day off."""
    if today is None:
        return None
    return next_working_day(today + timedelta(days=(7 - today.weekday()) or 7), holidays)


def _working_days_until(today: date, deadline: date, holidays: frozenset[date]) -> int:
    """Working days after today up to and including the deadline (the team's days off do not count)."""
    return working_days_between(today + timedelta(days=1), deadline, holidays)


def _fmt(d: date) -> str:
    return d.strftime("%a %d %b %Y")


@dataclass
class _Case:
    """One request with everything the rules and templates read, worked out once."""

    req: Request
    hit: list[PersonContext]
    today: date | None
    parts: PriorityParts
    priority: float
    can_absorb: bool
    fits_budget: bool
    budget_tracked: bool
    days_left: int | None
    overdue: bool
    holidays: frozenset[date]
    free: list[PersonContext]
    budget_left: float | None = None
    week: str = "this week"  # the week the interruption budget is for

    @property
    def near(self) -> list[PersonContext]:
        return [p for p in self.hit if p.status == "near_finish"]

    @property
    def focused(self) -> bool:
        return any(p.status in ("near_finish", "deep_work") for p in self.hit)

    @property
    def ramping(self) -> bool:
        return any(p.status == "ramping_up" or p.seniority == "junior" for p in self.hit)

    @property
    def names(self) -> str:
        return ", ".join(p.name for p in self.hit) or "the team"

    @property
    def blocked(self) -> list[PersonContext]:
        return [p for p in self.hit if p.status == "blocked"]

    @property
    def asked_is_busy(self) -> bool:
        """True when everyone the request names is busy (focused, blocked, ramping up or away)."""
        return bool(self.hit) and all(p.status != "available" for p in self.hit)

    @property
    def planning(self) -> date | None:
        return _next_planning(self.today, self.holidays)

    @property
    def busy(self) -> PersonContext | None:
        """The first person asked for who is in the middle of their own work (focused, close to finishing, ramping up)."""
        return next((p for p in self.hit if p.status in ("deep_work", "near_finish", "ramping_up") and p.current_project), None)

    @property
    def busy_detail(self) -> str:
        """What the busy person is on, how long it has left and what else they owe by a date ('Aisha is in deep work on
        the migration, about 4 weeks left, and owes the lineage doc by Tue 15 Dec')."""
        p = self.busy
        if p is None:
            return ""
        left = f", about {p.remaining_weeks:g} week{'s' if p.remaining_weeks != 1 else ''} left" if p.remaining_weeks else ""
        owed = next((o for o in sorted(p.owes, key=lambda o: o.due) if o.title != self.req.title
                     and (self.today is None or o.due >= self.today)), None)
        also = f", and owes {owed.title} by {_fmt(owed.due)}" if owed else ""
        return f"{p.name} is {BUSY_WORDS[p.status]} {p.current_project}{left}{also}"

    @property
    def after_busy(self) -> date | None:
        """When the busy person's current work is likely done: a date to offer instead of a flat no."""
        p = self.busy
        if p is None or not p.remaining_weeks or self.today is None:
            return None
        return add_working_days(self.today, p.remaining_weeks * WORKDAYS_PER_WEEK, self.holidays)

    @property
    def near_weeks(self) -> float:
        return max((p.remaining_weeks or 2.0) for p in self.near) if self.near else 2.0


def _case(
    req: Request,
    people: list[PersonContext],
    manager_capacity: float,
    manager_can_do: bool,
    budget_left: float | None,
    today: date | None,
    holidays: frozenset[date],
) -> _Case:
    by_name = {p.name.casefold(): p for p in people}
    hit = [by_name.get(n.strip().casefold()) or PersonContext(name=n.strip() or "someone") for n in req.interrupts]
    days_left = _working_days_until(today, req.deadline, holidays) if (today and req.deadline) else None
    deadline_pts = 0.0
    if days_left is not None:
        deadline_pts = 15.0 if days_left <= 2 else 10.0 if days_left <= 5 else 5.0 if days_left <= 10 else 0.0
    parts = PriorityParts(
        impact=IMPACT_POINTS[req.impact],
        urgency=URGENCY_POINTS[req.urgency],
        deadline_pressure=deadline_pts,
        effort_cost=round(min(20.0, req.effort_days * 2.0), 2),
        interruption_cost=sum(_interruption(p) for p in hit),
    )
    priority = round(
        parts.impact + parts.urgency + parts.deadline_pressure - parts.effort_cost - parts.interruption_cost, 2
    )
    return _Case(
        req=req,
        hit=hit,
        today=today,
        parts=parts,
        priority=priority,
        can_absorb=manager_can_do and req.effort_days <= manager_capacity + 1e-9,
        fits_budget=budget_left is None or req.effort_days <= budget_left + 1e-9,
        budget_tracked=budget_left is not None,
        days_left=days_left,
        overdue=bool(today and req.deadline and req.deadline < today),
        holidays=holidays,
        free=[p for p in people if p.status == "available" and p not in hit] if hit else [],
        budget_left=budget_left,
    )


# A quality number in production that got much worse ('false positives doubled', 'complaints tripled'): urgent and
# high impact, though nothing is down, so it is weighed ahead of planned asks without being called an incident.
DEGRADED_WORDS = re.compile(
    r"\b(?:false[- ](?:positives?|negatives?|alarms?|bans?|blocks?|flags?|declines?|rejects?|rejections?)|fps?|errors?|"
    r"error rate|complaints?|chargebacks?|declines?|latency|churn|escalations?|tickets?|misses|miss rate|precision|recall|"
    r"crash(?:es| rate)?)\b[^.;]{0,40}?\b(?:doubled|tripled|quadrupled|spiked|jumped|shot up|went up \d|halved|dropped by half|"
    r"fell off a cliff|tanked)\b"
    # Output that collapsed ('reading almost no plates'), everything falling back to people, a queue growing by itself.
    r"|\b(?:reading|detecting|recogni[sz]ing|catching|matching|scoring|passing|classifying|finding|returning|sorting)\s+(?:almost |nearly |next to |virtually )?(?:no|nothing|zero|none)\b"
    r"|\beverything (?:is )?(?:going|falling back|routed|sent|being sent|kicked) (?:out )?to (?:manual|human|the fallback|a human)"
    r"|\b(?:queue|backlog)\b[^.;]{0,30}?\b(?:climbing|growing|exploding|backing up|piling up|ballooning)\b"
    # A quality a product is judged by, fallen to a stated level ('purity down to 81%', 'accuracy dropped 6 points').
    r"|\b(?:purity|accuracy|precision|recall|yield|quality|uptime|conversion|f1|auc|hit rate|pass rate|match rate|"
    r"detection rate|coverage)\b[^.;]{0,20}?\b(?:(?:is |are |went |has gone |)down|dropped|fell|fallen|sank|plunged|slipped|"
    r"collapsed|crashed)\s+(?:to |by |from )?(?:about |around |only |just )?\d",
    re.I,
)
# A change that just went out, said as the cause ('after yesterday's patch', 'since the release'): a number that got
# much worse right after it is a regression in production, to roll back now, not a trend to plan for.
AFTER_A_CHANGE = re.compile(
    r"\b(?:after|since|following)\s+(?:the\s+|our\s+|this\s+|that\s+|last\s+\w+'?s?\s+|(?:yesterday|today|this morning|"
    r"last night|\w+day)'?s?\s+)?(?:[\w-]+\s+)?(?:patch\w*|hotfix\w*|deploy\w*|release[ds]?|rollout|roll-out|update[ds]?|push|"
    r"upgrade[ds]?|migration|model (?:swap|update|change)|retrain\w*)\b",
    re.I,
)


# What a change that just went out is called when it is said as the start of the trouble ('since last night's release',
# 'after the firmware update', 'since the new model went live', 'since the overnight sync').
A_CHANGE_STARTED = re.compile(
    r"\b(?:since|after|following|ever since)\s+(?:the\s+|our\s+|their\s+|this\s+|that\s+|last\s+\w+'?s?\s+|(?:yesterday|today|tonight|"
    r"this morning|last night|overnight|\w+day)'?s?\s+)?(?:[\w:-]+\s+){0,2}?(?:patch\w*|hotfix\w*|deploy\w*|release[ds]?|rollout|roll-out|"
    r"update[ds]?|push|upgrade[ds]?|migration|sync|retrain\w*|config change|change(?: went (?:out|live))?|(?:model|version|firmware|build)"
    r"(?: swap| update| change)?(?: went live| was (?:deployed|released|pushed)| (?:shipped|landed))?|went live)\b"
    r"|\b(?:since|from)\s+(?:this morning|last night|overnight|(?:about |around )?\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)\b",
    re.I,
)
# What the system is doing wrong now, said in any words: acting on every or all of something, gone to zero, doing it
# twice, the wrong/old/another thing shown, people doing its job by hand, people queueing or phoning about it.
LIVE_SYMPTOM = re.compile(
    r"\b\w+(?:ing|s|ed)\b(?:\s+[\w-]+){0,3}?\s+(?:every|all(?: the)?|each|any)\b(?!\s+(?:week|month|quarter|year|time|day|morning|night)\b)"
    r"|\b(?:went|gone|go(?:ing|es)?|dropped|fell|fallen|down|cut)\s+to\s+(?:zero|0|nothing|none|nil)\b|\bzero\s+(?:alerts?|results?|orders?|detections?|matches?)\b"
    r"|\b(?:twice|double[- ]?\w+|duplicat\w+|triple[- ]\w+)\b"
    r"|\b(?:by hand|manually|one by one|on paper|hand[- ](?:check|sort|count|label|enter|key)\w*)\b"
    r"|\b(?:wrong|old|stale|another|different|last (?:week|month|year)'?s?|closed|oversize\w*|undersize\w*)\s+(?:\w+\s+){0,2}?\w+"
    r"|\bas\s+(?:unknown|0(?:\.0+)?|zero|null|blank|empty|spam|fraud|p1)\b"
    r"|\b(?:queue|line|queues|lines)\b[^.;]{0,20}?\b(?:out|onto|into|round|around|down)\s+(?:the\s+)?[\w-]*(?:street|door|block|road|corner)\b"
    r"|\bon the phone (?:to|with) (?:us|me|the)\b|\b(?:swamped|flooded|overwhelmed|can'?t see|cannot see|got no|getting no)\b"
    r"|\b(?:has been|have been|is|are|keeps?|been)\s+(?:\w+ly\s+)?\w{3,}ing\b",
    re.I,
)
# Words that something is off, however mildly ('look off', 'weird', 'way worse'); with a change named as the start.
TROUBLE = re.compile(r"\b(?:off|wrong|broken|bad|weird|odd|strange|worse|spik\w*|spiked|drop(?:ped|ping)?|fell|missing|stuck|slow(?:er)?|"
                     r"doubled|tripled|garbage|nonsense|junk|complain\w*|errors?|fail\w*|crash\w*|down|dead|silent|nothing|no longer)\b", re.I)
# An ask for something new, however it opens: with a change named it is no trouble ('since the release went well, could
# we add a dark mode?').
NEW_ASK = re.compile(r"\b(?:could|can|would|will)\s+(?:we|you|u|someone|somebody|the team|ml)\b|\bany chance\b|\b(?:we'?d|i'?d|would) like\b|\bwhat about\b|\bhow about\b", re.I)
# Harm already counted in complaints, or a regulator already involved: the people it serves were hurt, and it may recur.
COUNTED_HARM = re.compile(
    r"\b\d[\d,]*\s+(?:\w+\s+)?(?:complaints|angry (?:emails|calls)|refunds?|chargebacks)\b"
    r"|\b(?:complaints?|one|a complaint)\s+from\s+(?:the\s+)?(?:regulator|ofcom|ombudsman|inspector\w*|authority|watchdog)\b"
    r"|\b(?:regulator|ofcom|ombudsman|inspector\w*|watchdog|harbour ?master|police|fire service)\b[^.;]{0,20}?\b(?:complained|on the phone|is calling|called us|rang)\b"
    # People the service is for, turned away or queueing into the street now.
    r"|\b(?:queue|line)\b[^.;]{0,20}?\b(?:out|onto|into)\s+(?:the\s+)?[\w-]*(?:street|door|road)\b|\bturning (?:customers|people|patients|passengers|drivers) away\b"
    # What the model said against what people found today: 'said 0 tanks at risk ... but drivers found 6 customers with empty tanks'
    r"|\b(?:said|predicted|showed|flagged|forecast|scored|marked)\b[^.;]{0,60}\bbut\b[^.;]{0,30}\b(?:found|turned up|had|were|was|ran out|got)\b[^.;]{0,40}\b(?:\d+|several|dozens?|lots of|many)\s+(?:\w+\s+){0,2}(?:customers?|people|patients|users|sites|stores|homes|houses|cases|orders|tanks|machines)\b",
    re.I,
)
# A piece of writing asked for about an incident (a postmortem, a write-up of the incident data): the incident words say
# what it is about, not that something is broken now.
WRITE_UP = re.compile(
    r"\b(?:post-?mortem|retro(?:spective)?|write[- ]?up|written up|writing up|write up|report (?:on|about|of)|summary (?:of|on)|explain(?:er|ing)? (?:of|why)?|"
    r"incident (?:data|report|log|history|review|write-?up|stats|numbers|figures|records?))\b",
    re.I,
)


# When something started, as said after 'since' ('last night', 'this morning', '3am', 'tuesday'), and the change named
# as its start ('deploy', 'release', 'rule change'): two troubles said to start at the same time share a cause.
START_TIME = re.compile(r"\b(?P<t>last night|overnight|this morning|yesterday(?: evening| afternoon| morning)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)\b", re.I)
START_CHANGE = re.compile(r"\b(?P<c>patch|hotfix|deploy|release|rollout|roll-out|update|push|upgrade|migration|sync|retrain|config change|rule change|change)", re.I)
SAME_TIME = {"overnight": "last night", "yesterday evening": "last night"}


def started_when(text: str) -> tuple[str, str] | None:
    """(when, what change) a trouble is said to have started with ('since last night's deploy' is ('last night',
    'deploy')), either part '' when not said; None when no start is said."""
    m = A_CHANGE_STARTED.search(text)
    if m is None:
        return None
    t, c = START_TIME.search(m.group(0)), START_CHANGE.search(m.group(0))
    when = re.sub(r"\s+", " ", t.group("t").lower()) if t else ""
    return SAME_TIME.get(when, when), (c.group("c").lower() if c else "")


def shares_a_start(text: str, incident: str) -> bool:
    """Whether a request says its trouble started when a live incident did (the same time, or the same change named):
    'declines since last night' and 'alerts spiking since last night's deploy' are one fault seen from two sides."""
    a, b = started_when(text), started_when(incident)
    if a is None or b is None:
        return False
    return bool((a[0] and a[0] == b[0]) or (a[1] and a[1] == b[1] and not (a[0] and b[0])))


def live_regression(text: str) -> bool:
    """Whether a request says something went wrong in production now, in any words: a change or a start time named as
    the start of a symptom the system shows now (acting on every case, gone to zero, the wrong thing shown, people
    doing its job by hand), or harm already counted in complaints or a regulator's call. An ask for something new
    and a write-up about a past incident are not."""
    if WRITE_UP.search(text) and not LIVE_SYMPTOM.search(WRITE_UP.sub(" ", text)):
        return False
    started = A_CHANGE_STARTED.search(text)
    if started and (LIVE_SYMPTOM.search(text) or (TROUBLE.search(text) and not NEW_ASK.search(text))):
        return True
    return bool(COUNTED_HARM.search(text))


def severity_of(req: Request) -> Request:
    """The request as triage weighs it: one whose words say something is broken, failing or blocking people is an
    incident with critical urgency (severity ranks before every other kind), and so is a production number that got
    much worse, or output gone wrong in the world, right after a change went out (a regression to roll back); a
    production number that got much worse otherwise is urgent and high impact; a conversation asked for costs the
    manager an hour or two; anything else unchanged."""
    if req.kind == "meeting":
        return req.model_copy(update={"effort_days": min(req.effort_days, MEETING_DAYS)})
    if req.kind == "demo" and SLOT_IN_MINUTES.search(req.title) and not re.search(r"\b(?:days?|weeks?)\b", req.title, re.I):
        return req.model_copy(update={"effort_days": min(req.effort_days, SHORT_SLOT_DAYS)})  # 'a 30 min walkthrough': a slot and its prep
    if req.kind == "incident":
        return req
    changed = AFTER_A_CHANGE.search(req.title)
    if live_regression(req.title):
        return req.model_copy(update={"kind": "incident", "urgency": "critical", "impact": "high"})
    if (SEVERE_WORDS.search(req.title) and not only_written_about(req.title)) or ((DEGRADED_WORDS.search(req.title) or WRONG_OUTPUT.search(req.title)) and changed):
        return req.model_copy(update={"kind": "incident", "urgency": "critical", "impact": "high"})
    if DEGRADED_WORDS.search(req.title) and req.urgency in ("low", "normal"):
        return req.model_copy(update={"urgency": "high", "impact": "high"})
    return req


def only_written_about(text: str) -> bool:
    """'the incident data written up for the insurer', 'a postmortem for last week's outage': the severe words name what
    the writing is about."""
    return bool(WRITE_UP.search(text)) and not SEVERE_WORDS.search(WRITE_UP.sub(" ", re.sub(r"\b(?:incident|outage)\b", " ", text, flags=re.I)))


def reads_as_incident(text: str) -> bool:
    """Whether a request's full words (not just its short title) say something is broken now: the same test
    `severity_of` applies, for callers that hold more of the message than fits in a title."""
    return severity_of(Request(title=text or "-")).kind == "incident"


FIXED_DAYS_OFF = ((12, 25), (1, 1))  # days nearly every team is off, whatever its calendar says


def due_on_a_working_day(req: Request, holidays: frozenset[date]) -> Request:
    """A date that falls on a weekend, a day off or Christmas or New Year's Day means the working day before: the work
    has to be in hand before the office is closed ('end of january' on a Sunday is Friday the 29th)."""
    due = req.deadline
    if due is None:
        return req
    off = holidays | {date(due.year, m, d) for m, d in FIXED_DAYS_OFF}
    if req.kind == "meeting":  # 'let's chat in the new year': the first working day the office is open, not the day before
        return req.model_copy(update={"deadline": next_working_day(due, off)})
    while (due.weekday() >= 5 or due in off) and due > date.min + timedelta(days=7):  # 1 Jan of year 1 has no day before it
        due -= timedelta(days=1)
    return req if due == req.deadline else req.model_copy(update={"deadline": due})


# What an incident's own words say caused it, and the move that stops the damage first (the first match wins).
FIRST_ACTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:leak\w*|breach\w*|exposed|pasted|personal data|pii|credentials?|secrets?|security)\b", re.I),
     "contain it first: revoke the access or take the data down, and tell your security or data-protection lead today; "
     "find out how it happened after"),
    (re.compile(r"\b(?P<change>deploy\w*|patch(?:e[ds])?|hotfix\w*|release[ds]?|rolled out|roll-?out|rollout|push(?:ed)?|upgrade[ds]?|new (?:model|version)|"
                r"update[ds]?|config change|change[ds]? (?:went|was) (?:out|live))\b", re.I),
     "roll back the {change} it started with (or switch to the last good version) to stop the damage now; find the cause "
     "after, on a copy"),
)
CHANGE_NOUNS = {"deploy": "deploy", "patch": "patch", "hotfix": "hotfix", "release": "release", "roll": "rollout", "push": "push", "upgrade": "upgrade",
                "update": "update", "new": "new version", "config": "config change"}  # the change, as a noun
STOP_THE_DAMAGE = ("stop the damage first: switch to the last good version or a safe fallback (rules, manual review, a "
                   "paused job), then find the cause")


def first_action(req: Request) -> str:
    """The first move for an incident, read from its own words: roll back what a deploy broke, contain a leak, or stop
    the damage with the last good version; empty for anything that is not an incident."""
    if req.kind != "incident":
        return ""
    for words, move in FIRST_ACTIONS:
        hit = words.search(req.title)
        if hit:
            said = (hit.groupdict().get("change") or "").lower()
            return move.format(change=next((n for stem, n in CHANGE_NOUNS.items() if said.startswith(stem)), "change"))
    return STOP_THE_DAMAGE


def _interruption(person: PersonContext) -> float:
    return INTERRUPTION_COST[person.status] + (JUNIOR_COST if person.seniority == "junior" else 0.0)


# --- the rules: the first rule whose condition holds decides ------------------------------------------


@dataclass(frozen=True)
class _Why:
    text: str  # a template filled from _words()
    guidance: str
    when: Callable[[_Case], bool] | None = None


@dataclass(frozen=True)
class _Rule:
    name: str
    decision: str
    applies: Callable[[_Case], bool]
    reasons: tuple[_Why, ...]
    reply: str  # key into REPLIES
    suggest: Callable[[_Case], date | None] = lambda c: None


def _big_incident(c: _Case) -> bool:
    req = c.req
    return req.effort_days > 5 or (req.urgency == "critical" and not c.hit and req.impact == "high" and req.effort_days > 2)


def _far_feature(c: _Case) -> bool:
    """New work due weeks away ('a waste forecast on the dashboard, end of jan'): planning sizes and staffs it;
    nothing about it is small or urgent enough for the manager to take on personally."""
    return c.req.kind not in ("meeting", "question", "compliance", "incident") and c.days_left is not None and c.days_left > 15


def _compliance_soon(c: _Case) -> bool:
    return c.days_left is not None and c.days_left <= max(5, c.req.effort_days + 2)


def _negotiation_date(c: _Case) -> date | None:
    return add_working_days(c.today, c.req.effort_days + 2, c.holidays) if c.today else None


def _after_near_finish(c: _Case) -> date | None:
    return next_working_day(c.today + timedelta(weeks=c.near_weeks), c.holidays) if c.today else None


def _due_before_planning(c: _Case) -> bool:
    """True when holding it for the next planning meeting would be a silent no: the date falls before the end of the
    week planning opens, or too few working days would be left after planning to do the work."""
    if c.days_left is None or c.overdue or c.planning is None or c.req.deadline is None:
        return False
    after_planning = working_days_between(c.planning, c.req.deadline, c.holidays)
    return after_planning < max(PLANNING_WEEK_DAYS, c.req.effort_days + 1)


def _someone_free_instead(c: _Case) -> bool:
    """It has to go to the team now (high priority, or due before planning could act) and matters (not low impact),
    everyone asked for is busy, and
    someone free on the team can take it within the budget (and in time, when it has a date)."""
    # A dated ask that fits this week's budget is done now (_fits_this_week) by whoever is free, not refused because the
    # person named is busy; its worth is weighed without their interruption cost, which the free person does not carry.
    worth = c.priority + c.parts.interruption_cost >= HOLD_THRESHOLD
    fits_now = c.budget_tracked and worth and _dated_soon_after_planning(c) and not c.blocked
    now = c.priority >= PASS_THRESHOLD or (_due_before_planning(c) and _fits_before_due(c)) or fits_now
    return now and c.req.impact != "low" and c.asked_is_busy and bool(c.free) and c.fits_budget


DATED_WITHIN_DAYS = 20  # a date within about a month of planning is a commitment to answer now; a later one is a window


def _dated_soon_after_planning(c: _Case) -> bool:
    """A dated ask (not urgent-low) whose date falls within about a month of the next planning: planning can fit it, so
    the requester can hear yes for that date now."""
    if c.req.deadline is None or c.overdue or c.planning is None or c.req.urgency == "low":
        return False
    return working_days_between(c.planning, c.req.deadline, c.holidays) <= DATED_WITHIN_DAYS


def _fits_before_due(c: _Case) -> bool:
    return c.days_left is not None and c.req.effort_days <= c.days_left and c.fits_budget


FAR_DAYS = 60  # a date more than about a quarter after planning: it waits for that quarter's planning, not next Monday's


def _far(c: _Case) -> bool:
    """True when the ask is for a date a quarter or more away ('sometime in Q2'): next week's planning is too early."""
    return (c.req.deadline is not None and c.planning is not None and not c.overdue
            and working_days_between(c.planning, c.req.deadline, c.holidays) > FAR_DAYS)


# An ask with no date whose words give nothing to size ('can we "look at" X', 'thoughts on Y', 'no detail').
VAGUE_ASK = re.compile(r"\b(?:look(?:s|ing)? (?:at|into)|(?:take|have|give it) a (?:quick |brief |fast )?look|(?:a )?quick look|a look at|thoughts on|poke at|check (?:on|out)|"
                       r"no detail\w*|not sure what)\b", re.I)
# A technology asked for instead of a problem: 'add AI to the pricing page', '"AI" on the pricing page asap'.
TECH_FIRST_ASK = re.compile(r"(?:\b(?:add|put|sprinkle|bolt|stick|get|use|some|more|with)\s+(?:some\s+|an?\s+)?|^\W*)['\"“‘]?(?:ai|genai|gen[- ]ai|llms?|an llm|chatgpt|gpt|machine learning|a chatbot)['\"”’]?\s+(?:on|in|into|to|for|onto)\b"
                       r"|\bmake (?:it|(?:the|our) (?:[\w-]+ ){0,2}[\w-]+) (?:smarter|more intelligent|ai[- ](?:powered|driven|enabled))\b", re.I)


def _vague(c: _Case) -> bool:
    """True for an ask with no date whose own words leave nothing to size: a question back comes before any work."""
    return c.req.deadline is None and c.req.kind not in ("incident", "compliance") and bool(VAGUE_ASK.search(c.req.title))


def _tech_first(c: _Case) -> bool:
    """True for an ask that names a technology rather than a problem ('AI on the pricing page'), whatever its date:
    what it should solve comes before anyone sizes it."""
    return c.req.kind not in ("incident", "compliance") and bool(TECH_FIRST_ASK.search(c.req.title))


def _fits_this_week(c: _Case) -> bool:
    """A dated ask, worth doing, that fits what is left of this week's interruption budget (tracked across an inbox)
    without pulling anyone off focused work: doing it now beats queuing it for planning."""
    return (c.budget_tracked and c.fits_budget and c.req.impact != "low" and c.priority >= HOLD_THRESHOLD
            and not c.focused and not c.blocked and _dated_soon_after_planning(c))


_COMPLIANCE = _Why(
    "Legal and compliance work is not optional; the question is when and by whom, never whether.",
    "compliance-is-not-optional",
)
_ABSORB = _Why("It is small enough for the manager to take on; absorb chaos instead of distributing it.", "absorb-chaos")
_UNBLOCK = _Why("{blocked_names} is blocked{blocker_words}: escalate that today; lending {blocked_names} out leaves it stuck.",
                "unblock-first", lambda c: bool(c.blocked))

SURE_SIZE_DAYS = 1.0  # an ask this small can be promised for its date before planning sizes it; a bigger one is an aim


def _unsure_size(c: _Case) -> bool:
    """Its date is an aim until planning sizes it: the work is bigger than can be promised unseen, or nobody said its
    size ('no idea how big that is')."""
    return c.req.effort_days > SURE_SIZE_DAYS or not c.req.size_given


RULES: tuple[_Rule, ...] = (
    _Rule("part of a live incident", "pass_to_team", lambda c: bool(c.req.part_of),
          (_Why("It started when {part_of} did, so it is most likely the same fault seen from another side: it is part of "
                "that incident, not a separate ask. Whoever is on {part_of} takes it with it, today, and its answer "
                "goes back to {requester_or_them} with the incident's updates.", "incidents-first"),),
          "part_of_incident"),
    _Rule("incident too big for the team", "escalate",
          lambda c: c.req.kind == "incident" and _big_incident(c),
          (_Why("A large incident needs more than this team; bring in leadership and on-call support now.", "incidents-first"),),
          "escalate_incident"),
    _Rule("incident", "pass_to_team", lambda c: c.req.kind == "incident",
          (_Why("It is broken or blocking people now, so it comes before every planned ask: {pick_up}.", "incidents-first"),
           _Why("It interrupts focused work, so keep the interruption to the incident itself and hand back afterwards.",
                "let-them-cook", lambda c: c.focused)),
          "incident"),
    _Rule("small compliance task", "handle_yourself", lambda c: c.req.kind == "compliance" and c.can_absorb,
          (_COMPLIANCE, _Why("It is small enough for the manager to take on, keeping the team focused.", "absorb-chaos")),
          "compliance_absorb"),
    _Rule("compliance due soon", "pass_to_team",
          lambda c: c.req.kind == "compliance" and _compliance_soon(c) and c.fits_budget,
          (_COMPLIANCE, _Why("The deadline is close, so it goes to the team now.", "deadline-pressure")),
          "compliance_now"),
    _Rule("compliance due soon, budget spent", "pass_to_team", lambda c: c.req.kind == "compliance" and _compliance_soon(c) and not c.overdue
          and c.days_left is not None and c.req.effort_days <= c.days_left,  # it can still be done by its date
          (_COMPLIANCE,
           _Why("Its date is close and is not yours to move, so it goes to the team now even though {week}'s interruption "
                "budget is spent: take the difference from the planned work and tell whoever waits on that.", "deadline-pressure")),
          "compliance_now"),
    _Rule("compliance too late to do in time, budget spent", "negotiate", lambda c: c.req.kind == "compliance" and _compliance_soon(c),
          (_COMPLIANCE,
           _Why("The team's interruption budget is spent for {week}; agree a realistic date rather than overload people.",
                "negotiate-realistic-expectations")),
          "compliance_negotiate", _negotiation_date),
    _Rule("compliance with time to plan", "hold_for_planning", lambda c: c.req.kind == "compliance",
          (_COMPLIANCE,
           _Why("{names} is in focused work; there is time to schedule it without an interruption.", "let-them-cook",
                lambda c: c.focused),
           _Why("There is time before the deadline, so schedule it in the next planning cycle.", "filter-the-noise"),
           _Why("{over_budget} Saying yes to its date means taking it from planned work at planning: name what moves, or "
                "agree a smaller first part.", "negotiate-realistic-expectations", lambda c: c.budget_tracked and not c.fits_budget)),
          "compliance_hold", lambda c: c.planning),
    _Rule("a technology asked for, not a problem", "hold_for_planning", _tech_first,
          (_Why("It names a technology, not a problem: ask what it should change, for whom, and how you would know it "
                "worked, before anyone sizes or builds it.", "filter-the-noise"),),
          "clarify_problem"),
    _Rule("vague ask, no date", "hold_for_planning", _vague,
          (_Why("It has no date and nothing to size it by: ask what they are seeing and by when they need it before "
                "anyone spends time on it.", "filter-the-noise"),),
          "clarify"),
    _Rule("a conversation to book", "handle_yourself", lambda c: c.req.kind == "meeting",
          (_Why("It asks for a conversation, not work: book it{meet_when} and bring what it would take (data, rough size); "
                "nothing reaches the team before you have talked.", "filter-the-noise"),),
          "meeting"),
    _Rule("pulls someone off near-finished work", "negotiate",
          lambda c: bool(c.near) and (c.req.effort_days > 5 or c.req.urgency in ("high", "critical")),
          (_Why("{near_names} is close to finishing; switching now wastes the work invested and the ramp-up to the new "
                "priority is faster after closing it out.", "protect-near-finished-work"),
           _Why("Negotiate the start date or scope rather than passing the reprioritization straight down.",
                "negotiate-realistic-expectations")),
          "protect_near_finish", _after_near_finish),
    _Rule("critical work colliding with focus", "escalate",
          lambda c: c.req.impact == "high" and c.req.urgency == "critical"
          and c.parts.interruption_cost >= INTERRUPTION_COST["deep_work"] and not c.can_absorb,
          (_Why("A critical, high-impact request collides with focused work; leadership should choose which priority wins.",
                "negotiate-realistic-expectations"),),
          "escalate_collision"),
    _Rule("small enough to absorb", "handle_yourself",
          lambda c: c.can_absorb and (c.req.kind in SMALL_KINDS or c.parts.interruption_cost > 0) and not _far_feature(c),
          (_ABSORB, _Why("Doing it yourself leaves {names} on their own work.", "let-them-cook", lambda c: c.parts.interruption_cost > 0)),
          "absorb"),
    _Rule("someone free instead of someone busy", "pass_to_team", _someone_free_instead,
          (_Why("It is due {due}, too soon to wait for planning on {planning_day}, so decide now.", "deadline-pressure",
                _due_before_planning),
           _Why("Not {names}, who is {busy_words}: {free_first} is free and can take its {effort} now.", "let-them-cook"),
           _UNBLOCK),
          "redirect"),
    _Rule("high priority within budget", "pass_to_team", lambda c: c.priority >= PASS_THRESHOLD and c.fits_budget,
          (_Why("High priority with an acceptable interruption cost, and it fits the team's interruption budget.",
                "filter-the-noise"),),
          "pass"),
    _Rule("low impact pulling people off focus", "decline_with_alternative",
          lambda c: c.req.impact == "low" and (c.ramping or c.focused) and c.req.urgency in ("high", "critical"),
          (_Why("Low impact but it would pull {names} off focused work or ramp-up.", "let-them-cook"),
           _Why("Filter the noise: offer a lighter alternative instead of passing it on.", "filter-the-noise")),
          "decline_focus", lambda c: c.planning),
    _Rule("nice to have, no date", "decline_with_alternative",
          lambda c: c.req.urgency == "low" and c.req.deadline is None and c.req.impact != "high",
          (_Why("No date and no rush: say not now, rather than leave it waiting on a list, and offer to look at it again "
                "when you plan the next quarter.", "filter-the-noise"),),
          "decline_later"),
    _Rule("due before planning, fits", "pass_to_team", lambda c: _due_before_planning(c) and _fits_before_due(c),
          (_Why("It is due {due}; waiting for planning on {planning_day} would leave too little time, so decide now: its "
                "{effort} fit in the {days_left} working days left and the team's interruption budget.", "deadline-pressure"),),
          "due_now"),
    _Rule("due before planning, does not fit", "negotiate", _due_before_planning,
          (_Why("It is due {due}; waiting for planning on {planning_day} would leave too little time, and its {effort} do not "
                "fit in the {days_left} working days left (or {week}'s budget): agree now what moves or a smaller scope.",
                "negotiate-realistic-expectations"),),
          "due_negotiate", _negotiation_date),
    _Rule("dated, fits this week", "pass_to_team", _fits_this_week,
          (_Why("It is due {due} and its {effort} fit what is left of {week}'s interruption budget, so do it now "
                "rather than queue it for planning.", "filter-the-noise"),),
          "fits_now"),
    _Rule("worth doing, dated after planning", "hold_for_planning",
          lambda c: (c.priority >= HOLD_THRESHOLD or c.req.impact == "high") and _dated_soon_after_planning(c),
          (_Why("It is due {due}, after planning on {planning_day}: schedule it there and tell the requester now that it "
                "will be ready for that date, rather than leave them waiting for an answer.", "filter-the-noise",
                lambda c: not _unsure_size(c)),
           _Why("It is due {due}, after planning on {planning_day}: size it there, and tell the requester now the date is "
                "the aim and the day they hear whether it holds; {effort} is a guess until the team has looked.",
                "negotiate-realistic-expectations", _unsure_size),
           _Why("{over_budget}", "let-them-cook", lambda c: not c.fits_budget)),
          "hold_dated", lambda c: c.planning),  # the reply is hold_dated_unsized for work of an unsure size (_reply_key)
    _Rule("worth doing, not now", "hold_for_planning", lambda c: c.priority >= HOLD_THRESHOLD or c.req.impact == "high",
          (_Why("Worth doing, but not worth an interruption now; bring it to the next planning cycle.", "filter-the-noise",
                lambda c: not _far(c)),
           _Why("Worth doing, and it is wanted by {due_month}: it can sit until you plan that quarter; no interruption now.",
                "filter-the-noise", _far),
           _Why("{over_budget}", "let-them-cook", lambda c: not c.fits_budget)),
          "hold", lambda c: c.planning),
    _Rule("low priority, the person asked for is busy", "decline_with_alternative", lambda c: c.busy is not None,
          (_Why("{busy_detail}: {when_asked} is not possible without slowing that.", "let-them-cook"),
           _Why("Offer a date that works rather than a flat no: about {after_busy}, once that lands.", "negotiate-realistic-expectations",
                lambda c: c.after_busy is not None)),
          "decline_busy", lambda c: c.after_busy or c.planning),
    _Rule("low priority", "decline_with_alternative", lambda c: True,
          (_Why("Low priority against the team's committed work.", "filter-the-noise"),),
          "decline", lambda c: c.planning),
)

# Reply bodies, after "Thanks NAME," and any overdue sentence. Fields come from _words().
REPLIES: dict[str, str] = {
    "part_of_incident": "this looks like part of an issue we are already working on, which started at the same time, so "
    "it is in hand today: we'll go through it as part of that and come back to you with what we find as we go.",
    "escalate_incident": "we're on it now. This needs more hands than my team alone, so I'm escalating it and will "
    "share updates as we go.",
    "incident": "{on_it}, today{first_step}. We'll share what we find as we go and tell you as soon as it's back to normal.",
    "compliance_absorb": "I'll take this on myself and get it to you {by_when}. I'll reach out if I need anything from you.",
    "compliance_now": "{names} will start on this now so it is done {by_when}. I'll confirm when it is with you.",
    "compliance_negotiate": "this will get done. Our capacity {week} is committed, so could we {agree_date} for the "
    "full package, with anything urgent for the audit earlier?",
    "compliance_hold": "we'll do this. I'm scheduling it {at_planning}{before_due}, and I'll tell you if anything changes.",
    "protect_near_finish": "I see why this matters. {near_first} is close to finishing {near_project}, so could we start "
    "{start_when} once it ships, or agree a smaller first step I can staff now?",
    "escalate_collision": "this is important and it competes with committed work. I'm raising it with leadership today "
    "so we can decide together what moves.",
    "absorb": "I'll handle this myself and get it to you {by_when}. I'll let you know if I need anything.",
    "absorb_undated": "I'll take this on myself. When do you need it by? I'll make sure it is with you before then.",
    "absorb_talk": "{busy_so}I'll take it on myself{on_day}. Send me the outline and who will be there, and I'll prepare "
    "my part{follow_up}.",
    "meeting": "happy to talk it through. I'll put 30 minutes in our calendars{meet_when}, and bring a first view of what "
    "it would take (the data we'd need and a rough size) so we can decide quickly then.",
    "pass": "this is a priority, so {names} will pick it up now. I'll keep you posted on progress.",
    "decline_focus": "we can't take this on right now without pulling {names} off committed work. Could a recorded "
    "walkthrough or screenshots work instead, or could we revisit it {at_planning}?",
    "redirect": "{tied_up}, but {free_first} can take this: {free_first} will start on it now{done_by}. I'll keep you "
    "posted.",
    "due_now": "this is due {due}, so it can't wait for our planning: {names} will start on it now and I'll keep you posted.",
    "due_negotiate": "I want this to work, so to be straight: it is about {effort} and there are {days_left} working "
    "days before {due}. Can we agree today on a smaller version for {due}, or on what moves to make room?",
    "hold_dated": "yes, we can have this for {due_short}. I'll put it into our next planning and confirm who is doing it "
    "then.",
    "hold_dated_unsized": "we'll aim for {due_short}. It goes into our next planning, where we size it, and I'll "
    "confirm that day that {due_short} holds, or which smaller version does.",
    "clarify_problem": "happy to help. Before we choose how to build it: what should it change, and for whom, and how "
    "would we know it worked (a number that moves, or a decision it makes easier)? With that I can size it and tell "
    "you when we could start.",
    "clarify": "happy to help. Before we put time on it: what are you seeing (an example or a number), what would "
    "you decide with the answer, and by when do you need it? Then I can tell you when we can look.",
    "fits_now": "yes: we have room for this {week}, so we'll start on it now and aim to have it with you well before "
    "{due_short}. If it turns out bigger than {effort}, I'll tell you straight away.",
    "hold": "this is useful. I'd like to schedule it properly {at_planning}; I'll come back to you with a date then.",
    "hold_far": "this is useful, and there is time before {due_month}: I'll bring it to our planning for that quarter "
    "and come back to you then with a yes or no and a date.",
    "decline_later": "it's a good idea, but we can't take it on now: the team's time is committed to work with dates on "
    "it. Let's look at it again when we plan next quarter, if it still matters then.",
    "decline_busy": "{busy_detail}, so {when_asked} isn't possible without slowing that. We could pick it up {after_busy_words}; "
    "or could a smaller version or existing material cover what you need sooner?",
    "decline": "we can't fit this in right now without slowing committed work. Could a smaller version or existing "
    "material cover it, or shall we revisit it {at_planning}?",
}


HOURS_PER_DAY = round(WEEKS_PER_UNIT["day"] / WEEKS_PER_UNIT["hour"])


def effort_words(days: float) -> str:
    """A request's size as a manager says it: '2 days', '1 day', 'half a day', 'about 2 hours' (under a day, in hours)."""
    if days == 0.5:
        return "half a day"
    if days < 1:
        hours = max(1.0, round(days * HOURS_PER_DAY * 2) / 2)
        return f"about {hours:g} hour{'s' if hours != 1 else ''}"
    return f"{days:g} day{'s' if days != 1 else ''}"


def _promise(c: _Case) -> date | None:
    """The date the manager can promise: the deadline if it is still ahead, else a realistic one from today."""
    if c.req.deadline is not None and not c.overdue:
        return c.req.deadline
    if c.overdue and c.today is not None:
        return add_working_days(c.today, max(1, math.ceil(c.req.effort_days)), c.holidays)
    return None


def _words(c: _Case, suggested: date | None) -> dict[str, str]:
    promise = _promise(c)
    near = c.near[0] if c.near else None
    return {
        "names": c.names,
        "busy_detail": c.busy_detail,
        "when_asked": f"{c.req.deadline:%a %d %b}" if c.req.deadline and not c.overdue else "now",
        "after_busy": _fmt(c.after_busy) if c.after_busy else "",
        "after_busy_words": f"around {_fmt(c.after_busy)}, once {c.busy.current_project} lands" if c.after_busy and c.busy
        else "at our next planning meeting",
        "on_it": f"{c.names} is on it now" if c.hit else "we're on it now",
        "first_step": f": first we're rolling back the {m.group(1)}, then we'll find the cause" if (m := re.match(r"roll back the (.+?) it started with", first_action(c.req))) else "",
        "pick_up": f"{c.names} picks it up now" if c.hit else "put someone on it now, ahead of planned work",
        "near_names": ", ".join(p.name for p in c.near),
        "near_first": near.name if near else "",
        "near_project": (near.current_project if near else "") or "their current work",
        "by_when": f"by {_fmt(promise)}" if promise else "this week",
        "busy_so": (f"{c.busy.name} is {BUSY_WORDS[c.busy.status]} {c.busy.current_project}"
                    f"{f', about {c.busy.remaining_weeks:g} weeks left' if c.busy.remaining_weeks else ''}, so ") if c.busy else "",
        "on_day": f" on {c.req.deadline:%a %d %b}" if c.req.deadline and not c.overdue else "",
        "follow_up": (f"; {c.busy.name} can join a follow-up session once {c.busy.current_project} lands, around {_fmt(c.after_busy)}"
                      if c.busy and c.after_busy else ""),
        "meet_when": (f" for the week of {_fmt(c.req.deadline - timedelta(days=c.req.deadline.weekday()))}" if c.req.deadline
                      and not c.overdue else " in the next two weeks"),
        "at_planning": "at our next planning meeting",  # the day is assumed (the coming Monday): a reply never states it
        "before_due": f" so it is finished before {_fmt(c.req.deadline)}" if c.req.deadline and not c.overdue else "",
        "agree_date": f"agree on {_fmt(suggested)}" if suggested else "agree a date at our next planning meeting",
        "start_when": f"on {_fmt(suggested)}" if suggested else f"in about {c.near_weeks:g} weeks",
        "due": _fmt(c.req.deadline) if c.req.deadline else "soon",
        "due_short": c.req.deadline.strftime("%a %d %b") if c.req.deadline else "then",
        "due_month": c.req.deadline.strftime("%B %Y") if c.req.deadline else "later",
        "planning_day": f"{_fmt(c.planning)} (assumed: the coming Monday)" if c.planning else "the next planning meeting",
        "effort": f"{effort_words(c.req.effort_days)} of work",
        "part_of": f"'{c.req.part_of}'" if c.req.part_of else "the incident",
        "requester_or_them": c.req.requester or "them",
        "days_left": f"{c.days_left}" if c.days_left is not None else "few",
        "week": c.week,
        "over_budget": (f"The team's interruption budget for {c.week} is used up." if not c.budget_left or c.budget_left < 0.5 else
                        f"Its {effort_words(c.req.effort_days)} {'is' if c.req.effort_days <= 1 else 'are'} more than the {c.budget_left:g} day{'s' if c.budget_left != 1 else ''} left "
                        f"of {c.week}'s interruption budget."),
        "free_first": c.free[0].name if c.free else "someone else",
        "busy_words": " and ".join(STATUS_WORDS[p.status] + (f" on {p.current_project}" if p.current_project and p.status
                                                              in ("deep_work", "near_finish", "ramping_up") else "")
                                   for p in c.hit),
        "tied_up": (f"{c.names} is stuck on something I need to clear first" if c.hit and all(p.status == "blocked" for p in c.hit)
                    else f"{c.names} is tied up with "
                    f"{' and '.join(p.current_project for p in c.hit if p.current_project) or 'their own work'} right now"),
        "done_by": f" so it is done by {_fmt(c.req.deadline)}" if c.req.deadline and not c.overdue else "",
        "blocked_names": " and ".join(p.name for p in c.blocked),
        "blocker_words": f" ({c.blocked[0].blocker[0].lower()}{c.blocked[0].blocker[1:].rstrip('.')})"
        if c.blocked and c.blocked[0].blocker else "",
    }




def _reply_key(c: _Case, rule: _Rule) -> str:
    """The reply template: a dated ask bigger than a day is an aim confirmed at planning, never a promise before sizing;
    an ask for a far quarter waits for that quarter's planning."""
    if rule.reply == "hold_dated" and _unsure_size(c):
        return "hold_dated_unsized"
    if rule.reply == "absorb" and c.req.kind == "demo":
        return "absorb_talk"  # something to stand up and give: the manager presents it, on its day
    if rule.reply == "absorb" and _promise(c) is None:
        return "absorb_undated"  # no date was asked: ask for it rather than promise one nobody needed
    return "hold_far" if rule.reply == "hold" and _far(c) else rule.reply


def _reply(c: _Case, rule: _Rule, suggested: date | None) -> str:
    thanks = f"Thanks {c.req.requester}," if c.req.requester else "Thanks,"
    body = REPLIES[_reply_key(c, rule)].format(**_words(c, suggested))
    if not c.overdue:
        return f"{thanks} {body}"
    late = f"I know this was due on {_fmt(c.req.deadline)} and is already overdue."
    return f"{thanks} {late} {body[0].upper()}{body[1:]}"


def _reasons(c: _Case, rule: _Rule) -> list[Reason]:
    words = _words(c, None)
    out = [Reason(text=w.text.format(**words), guidance=w.guidance) for w in rule.reasons if w.when is None or w.when(c)]
    if c.overdue:
        out.append(Reason(
            text=f"The requested date ({_fmt(c.req.deadline)}) has already passed, so it is overdue; agree a new date "
            "rather than promise the old one.",
            guidance="negotiate-realistic-expectations",
        ))
    return out


# Where someone is in their work, as a requester hears it.
BUSY_WORDS = {"deep_work": "heads-down on", "near_finish": "finishing", "ramping_up": "getting up to speed on"}
STATUS_WORDS = {
    "near_finish": "close to finishing",
    "deep_work": "in deep work",
    "on_leave": "on leave",
    "ramping_up": "ramping up",
    "blocked": "blocked",
    "available": "available",
}


def explain_priority(c: _Case) -> str:
    """The priority score in words: what adds to it and what takes away."""
    p, req = c.parts, c.req
    if c.overdue:
        due = f"overdue since {_fmt(req.deadline)}"
    elif c.days_left is not None:
        due = f"due in {c.days_left} working day{'s' if c.days_left != 1 else ''}"
    else:
        due = "no deadline given"
    adds = f"{req.impact} impact (+{p.impact:g}), {req.urgency} urgency (+{p.urgency:g}) and {due} (+{p.deadline_pressure:g})"
    capped = ", capped" if req.effort_days * 2.0 > p.effort_cost else ""
    effort = f"{effort_words(req.effort_days)} of work (-{p.effort_cost:g}{capped})"
    if c.hit:
        who = ", and ".join(
            f"{q.name}, who is {STATUS_WORDS[q.status]}{' and junior' if q.seniority == 'junior' else ''} (-{_interruption(q):g})"
            for q in c.hit
        )
        interrupts = f"interrupting {who}"
    else:
        interrupts = "it interrupts nobody on the team (-0)"
    return f"Priority {c.priority:g}: {adds}, minus {effort} and {interrupts}."


def triage_request(inp: TriageInput) -> TriageDecision:
    """Decide what a manager should do with one incoming request (handle it themselves, hold it for planning, pass it to the team, negotiate scope or date, decline with an alternative, or escalate), with a priority score explained in words, reasons tied to guidance and a suggested reply."""
    return _triage(
        inp.request,
        inp.people,
        inp.manager_capacity_days,
        inp.manager_can_do,
        inp.team_budget_remaining_days,
        inp.today,
        frozenset(inp.holidays),
    )


def _triage(
    req: Request,
    people: list[PersonContext],
    manager_capacity: float,
    manager_can_do: bool,
    budget_left: float | None,
    today: date | None,
    holidays: frozenset[date] = frozenset(),
    week: str = "this week",
) -> TriageDecision:
    asked = severity_of(req)
    req = due_on_a_working_day(asked, holidays)
    c = replace(_case(req, people, manager_capacity, manager_can_do, budget_left, today, holidays), week=week)
    rule = next(r for r in RULES if r.applies(c))
    suggested = rule.suggest(c)
    moved = ([Reason(text=f"The date asked for ({_fmt(asked.deadline)}) falls on a day off, so it has to be done by the last working "
                          f"day before it: {_fmt(req.deadline)}.", guidance="negotiate-realistic-expectations")]
             if asked.deadline != req.deadline and not c.overdue and req.kind != "meeting" else [])
    return TriageDecision(
        title=req.title,
        kind=req.kind,
        decision=rule.decision,
        priority=c.priority,
        parts=c.parts,
        priority_explained=explain_priority(c),
        overdue=c.overdue,
        reasons=moved + _reasons(c, rule),
        suggested_reply=_reply(c, rule, suggested),
        suggested_date=suggested,
        assignee=c.free[0].name if rule.reply == "redirect" else "",
        first_action=first_action(req),
        due=req.deadline,
        question_back=rule.reply in ("clarify", "clarify_problem"),
        team_days=req.effort_days if rule.decision == "pass_to_team" else 0.0,
        manager_days=req.effort_days if rule.decision == "handle_yourself" and req.kind != "meeting" else 0.0,  # a chat is booked, not worked
    )


def _linked(requests: list[Request]) -> list[Request]:
    """The inbox with each request that started when a live incident in it did marked as part of that incident (of the
    first such one; of two incidents, the later is part of the earlier)."""
    live = [k for k, r in enumerate(requests) if severity_of(r).kind == "incident"]
    out = []
    for k, req in enumerate(requests):
        source = next((requests[i] for i in live if i != k and (k not in live or i < k) and shares_a_start(req.title, requests[i].title)), None)
        out.append(req.model_copy(update={"part_of": source.title}) if source is not None and not req.part_of else req)
    return out


def _queue_priority(d: TriageDecision, someone_free: bool) -> float:
    """Where a request queues for the week's budget: one that names a busy person but someone free can take does not
    pay that person's interruption cost (it goes to the free person), so it is not pushed behind undated asks."""
    return d.priority + (d.parts.interruption_cost if someone_free else 0.0)


def triage_inbox(inp: InboxInput) -> InboxResult:
    """Triage a whole inbox: order requests by priority (incidents first), respect the team's weekly interruption budget and the manager's own capacity, and report what reached the team, what the manager absorbs, and what was held, negotiated, declined or escalated."""
    off = frozenset(inp.holidays)
    scored = [(req, _triage(req, inp.people, inp.manager_capacity_days, True, None, inp.today, off)) for req in _linked(inp.requests)]
    free = any(p.status == "available" for p in inp.people)
    order = sorted(range(len(scored)), key=lambda i: (scored[i][1].kind != "incident", -_queue_priority(scored[i][1], free), i))
    budget_left = inp.interruption_budget_days
    manager_left = inp.manager_capacity_days
    decisions: list[TriageDecision] = []
    over: list[str] = []
    for i in order:
        req = scored[i][0]
        d = _triage(req, inp.people, manager_left, True, budget_left, inp.today, off, inp.budget_week)
        if d.decision == "pass_to_team" and d.kind == "incident" and req.effort_days > budget_left + 1e-9:
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
        budget_left_days=round(max(0.0, inp.interruption_budget_days - sum(d.team_days for d in decisions)), 3),
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
            blocker=p.blockers[0][:300] if p.blockers else "",
            owes=[Owed(title=r.title[:200], due=r.deadline) for r in team.inbox if r.deadline and p.name in r.interrupts][:20],
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
        request=request, people=people_context(team), manager_capacity_days=manager_capacity_days, today=today,
        holidays=team.holidays,
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
        holidays=team.holidays,
    )
