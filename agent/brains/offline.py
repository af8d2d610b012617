"""The offline brain: deterministic, no network. It plans the same tool calls a model would, from the
turn's `Situation` (never from the raw question), one round at a time, then composes the answer.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from agent.brains.base import Step, TurnContext
from agent.compose import compose_answer
from agent.situation import Situation
from agent.tool_results import all_inputs, all_results, latest_result
from lead_core.errors import one_sentence
from lead_core.units import WORKDAYS_PER_WEEK, add_working_days, is_working_day, next_working_day, weeks_until, working_days_between
from tools.team import Person, Request, Team

if TYPE_CHECKING:
    from tools.simulate import Forecast
    from tools.whatif import WhatIfResult

TARGET_PROBABILITY = 0.8


def _call(name: str, arguments: dict[str, Any], n: int) -> dict[str, Any]:
    return {"id": f"offline_{n}_{name}", "name": name, "arguments": json.dumps(arguments, default=str)}


def _done(ctx: TurnContext, name: str) -> bool:
    return any(r["name"] == name for r in ctx.tool_calls)


def _triple(value: Any) -> tuple[float, float, float]:
    low, likely, high = (float(x) for x in value)
    return low, likely, high


class OfflineBrain:
    """Deterministic planner and composer; the default when no model endpoint is configured."""

    label = "offline"
    model: str | None = None
    remote = False

    def think(self, ctx: TurnContext) -> Step:
        """The next tool call for this situation, or the composed answer when the plan is done."""
        from pydantic import ValidationError

        from tools.errors import ToolInputError

        notices: list[str] = []
        try:
            calls = plan_next(ctx)
        except (ToolInputError, ValidationError, ValueError, KeyError) as exc:
            calls = []  # odd team-file data must not break the turn: answer with what we have and say why
            notices.append(f"Could not prepare the {ctx.situation.intent} tool input from your data: {one_sentence(exc)}")
        if calls:
            return Step(tool_calls=calls)
        text = compose_answer(ctx.situation, ctx.question, ctx.tool_calls, ctx.passages)
        return Step(content=text, notices=notices)


def plan_next(ctx: TurnContext) -> list[dict[str, Any]]:
    """The next tool calls for the main intent (empty when the plan is done)."""
    from agent.intent_specs import spec

    planner = spec(ctx.situation.intent).plan()
    calls = planner(ctx) if planner else []
    return calls or search_on_decision(ctx)


def search_on_decision(ctx: TurnContext) -> list[dict[str, Any]]:
    """Once the plan is done, look the guidance up again on the decision reached (a recommendation, a message,
    an agenda), so what is cited supports the decision and not only the question."""
    from agent.compose import decision_text

    if _done(ctx, "search_guidance") or not _has_tool("search_guidance"):
        return []
    query = decision_text(ctx.tool_calls, ctx.situation)
    if not query:
        return []
    return [_call("search_guidance", {"query": query[:500], "use_for": ctx.situation.intent}, 9)]


# Reprioritization ---------------------------------------------------------------------------------
def whatif_input(s: Situation, team: Team | None, today: date) -> dict[str, Any] | None:
    """The what-if from the situation: the person's current work against the new work (None without time left).

    The kind of request shapes it: a share of the week ('2 days a week for January') is a time share, a stretch with a
    start and a length ('two weeks starting the 14th') a fixed loan; the date goes to the current work for those (the
    new work is time-boxed) and to the new work otherwise; an assumed date never decides."""
    from tools.whatif import WhatIfInput

    if not s.has("remaining_weeks") or not s.has("new_work_weeks"):
        return None
    return WhatIfInput.model_validate(_whatif_args(s, team, today, _shares(s)[0])).model_dump(mode="json")


def _shares(s: Situation) -> list[float | None]:
    """The time shares the manager named ('2 days a week, or 1 day a week?'), each clamped; [None] without one."""
    value = s.get("time_share")
    values = value if isinstance(value, list) else [value] if value else []
    shares = [min(max(float(v), 0.05), 0.95) for v in values if isinstance(v, (int, float))]
    return list(dict.fromkeys(shares)) or [None]


SMALLER_YES_SHARE = 0.2  # one day a week: offered beside a single share of 40% or more ('a version of yes')


def _other_shares(s: Situation) -> list[float]:
    """The other shares to run: the ones the manager named after the first, else a smaller yes (one day a week) beside
    a large single share, so the answer can offer it, or twice a small one ('is 1 day a week realistic?')."""
    shares = _shares(s)
    if shares[0] is None:
        return []
    if len(shares) > 1:
        return [x for x in shares[1:] if x is not None]
    if shares[0] >= 2 * SMALLER_YES_SHARE:
        return [SMALLER_YES_SHARE]
    return [round(2 * shares[0], 3)] if shares[0] <= CREEP_SHARE else []  # a small share that creeps to twice itself


CREEP_SHARE = 0.25  # a single share up to this is also run at twice its size: shares of the week tend to grow


def _shape(s: Situation, share: float | None) -> str:
    """time_share for a share of the week; fixed_loan when the situation says the new work is a fixed stretch of full
    time (read defensively: the understanding layer may not give it); open_ended otherwise."""
    if share is not None:
        return "time_share"
    return "fixed_loan" if s.get("new_work_shape") == "fixed_loan" else "open_ended"


PERIOD_END_SLACK_DAYS = 7  # a date within a week of a share's or loan's end is that end, not a deadline


def _period_end(s: Situation, today: date, shape: str) -> bool:
    """True when the date the question gives is where a time share or a loan ends ('half time from monday until we break
    for xmas, so two and a half weeks'), not a date the current work must meet: a share's end says nothing about it."""
    if shape == "open_ended" or s.has("current_deadline") or not isinstance(s.get("deadline"), str):
        return False
    start = date.fromisoformat(s.get("start_date")) if isinstance(s.get("start_date"), str) else today
    length = _triple(s.get("new_work_weeks"))[1] * 7  # calendar days
    end = date.fromordinal(start.toordinal() + round(length))
    return abs((date.fromisoformat(s.get("deadline")) - end).days) <= PERIOD_END_SLACK_DAYS


def _current_due(s: Situation, team: Team | None) -> date | None:
    """The current work's own date: the team file's date for that project, if it has one."""
    project = team.project(s.get("project")) if team is not None and isinstance(s.get("project"), str) else None
    return project.deadline if project is not None else None


def _share_derived(s: Situation) -> bool:
    """True when the share's period was worked out from where it ends ('through end of jan'), not stated as a length."""
    size_fact, share_fact = s.fact("new_work_weeks"), s.fact("time_share")
    return bool(size_fact is not None and share_fact is not None and size_fact.text and size_fact.text == share_fact.text)


def _share_period(s: Situation) -> tuple[float, float, float]:
    """The new work's size as the period a share of the week runs for. The understanding gives either that period
    ('two days a week for three weeks') or, when it derived the size from the share and the period's end, the effort
    (share x period, said in the share's own words): read defensively, that effort is turned back into its period."""
    size = _triple(s.get("new_work_weeks"))
    size_fact, share_fact = s.fact("new_work_weeks"), s.fact("time_share")
    first = _shares(s)[0]
    derived = (size_fact is not None and share_fact is not None and first and size_fact.text and size_fact.text == share_fact.text)
    return tuple(round(x / first, 3) for x in size) if derived else size  # type: ignore[return-value]


def _whatif_args(s: Situation, team: Team | None, today: date, share: float | None) -> dict[str, Any]:
    low, likely, high = _triple(s.get("remaining_weeks"))
    n_low, n_likely, n_high = _share_period(s) if share is not None else _triple(s.get("new_work_weeks"))
    holidays = _holidays(s, team, today)
    shape = _shape(s, share)
    # A share for a stated length ('2 days a week for six weeks') runs that many working weeks, like a loan; a share
    # up to a stated end ('through end of jan', its size derived from that end) keeps its calendar end.
    counted = "fixed_loan" if shape == "fixed_loan" or (share is not None and not _share_derived(s)) else shape
    window = _fixed_window(s, today, holidays, n_likely, counted) if shape != "open_ended" else None
    if window is not None:  # a fixed stretch takes the working days inside it, days off not worked
        n_low = n_likely = n_high = round(max(working_days_between(*window, holidays), 1) / WORKDAYS_PER_WEEK, 3)
    if share is not None:  # the new work's effort is the share of the period: 40% of four weeks is 1.6 weeks of work
        n_low, n_likely, n_high = (round(x * share, 3) for x in (n_low, n_likely, n_high))
    start = weeks_until(today, s.get("start_date"), holidays, floor=None) if s.stated("start_date") else None
    real = s.has("deadline") and s.fact("deadline").source != "assumed" and not _period_end(s, today, shape)
    # An assumed date is kept as assumed (in plain weeks, as the answer states it) and never decides.
    due = weeks_until(today, s.get("deadline"), holidays if real else ()) if s.has("deadline") else None
    own = _current_due(s, team)
    stated = date.fromisoformat(s.get("deadline")) if real and isinstance(s.get("deadline"), str) else None
    # Whose date: the current work's when the situation says so (current_deadline), when it is that project's own
    # date in the team file, or when the new work is a time-boxed share or loan; the new work's otherwise.
    whose = "current" if shape != "open_ended" or (stated is not None and stated == own) else "new"
    if _new_works_own_date(s, team, stated):
        whose = "new"  # the team file's date of the new work ('the summarizer is due 29 jan') is never the current work's
    if isinstance(s.get("current_deadline"), str):
        own, whose = date.fromisoformat(s.get("current_deadline")), "new"  # then deadline, if any, is the new work's
    current_due = due if real and whose == "current" else weeks_until(today, own, holidays) if own is not None else None
    new_due = due if whose == "new" and due is not None else None
    current = {
        "person": s.get("person") or "the engineer",
        "project": s.get("project") or "current work",
        "weeks_invested": float(s.get("done_weeks") or 0),
        "remaining_low": low, "remaining_likely": likely, "remaining_high": high,
        "success_probability": float(s.get("success_probability", 0.9)),
        "success_assumed": not s.has("success_probability"),
        "deadline_weeks": current_due,
        "due_date": (stated if whose == "current" and stated is not None else own) if current_due is not None else None,
    }  # fmt: skip
    new_work = {
        "title": s.get("new_work") or "the new work",
        "estimate_low": max(n_low, 0.1), "estimate_likely": max(n_likely, 0.1), "estimate_high": max(n_high, 0.1),
        "deadline_weeks": new_due or _horizon(start, n_high, share),
        "deadline": "none" if new_due is None else "stated" if real else "assumed",
        "shape": shape, "start_weeks": min(max(start or 0.0, 0.0), 52.0),
        "due_date": stated if new_due is not None and whose == "new" else None,
        "urgent": s.get("urgency") in ("high", "critical"),
        "first_day": window[0] if window else None, "last_day": window[1] if window else None,
    }  # fmt: skip
    if window is not None and team is not None:
        current["other_commitments"] = _commitments(team, current["person"], current["project"], today)
    current.update(_block(s, team, current["person"]))
    current["owner_only"] = _owner_only(s, team)
    # Switching costs scale with the length of the pull: a day-and-a-half talk does not cost half a week to re-ramp.
    ramp = round(min(FULL_RAMP_WEEKS, RAMP_SHARE * n_likely), 3)
    args: dict[str, Any] = {"current": current, "new_work": new_work, "ramp_up_weeks": ramp, "re_ramp_weeks": ramp,
                            "today": today, "holidays": holidays,
                            "assumed_holidays": _calendar(s, team, today)["assumed_holidays"]}  # fmt: skip
    if shape == "time_share":
        args.update({"split_fraction": share, "strategies": ["split_capacity", "finish_first"], "ramp_up_weeks": 0.0})
    elif shape == "fixed_loan":
        # A loan is full time (no split), its start and length are fixed (ramp-up included): with it or without it.
        args.update({"strategies": ["switch_now", "finish_first"], "ramp_up_weeks": 0.0})
    elif n_high <= SHORT_PULL_WEEKS:
        # A pull of a few days is done in one go: half their time "until one piece is done" is no plan for it.
        args.update({"strategies": ["switch_now", "finish_first", "defer_new"], "decay_per_week": 0.0})  # nothing goes stale in days
    return args


def _new_works_own_date(s: Situation, team: Team | None, stated: date | None) -> bool:
    """The date that matters came from the team file as the new work's own deadline, not from the question."""
    fact = s.fact("deadline")
    project = team.project(s.get("new_work")) if team is not None and isinstance(s.get("new_work"), str) else None
    return (stated is not None and fact is not None and fact.source == "team_file" and project is not None
            and project.deadline == stated)


def _block(s: Situation, team: Team | None, person: str) -> dict[str, Any]:
    """What the person is blocked on (the question's words, else the team file's when it says they are blocked) and
    who on the team is free to clear it meanwhile; nothing when they are not blocked."""
    member = team.person(person) if team is not None else None
    said = s.get("blocker") if isinstance(s.get("blocker"), str) else ""
    filed = member.blockers[0] if member is not None and member.status == "blocked" and member.blockers else ""
    blocked = (said or filed)[:300]
    if not blocked:
        return {}
    free = team.free_people(besides=person) if team is not None else []
    return {"blocked_on": blocked, "free_teammates": free[:20]}


def _horizon(start: float | None, weeks: float, share: float | None) -> float:
    """A horizon for new work with no date of its own (never a date it is judged against): twice as long as it can take,
    at the pace a share of the week allows."""
    from tools.whatif import WhatIfInput

    pace = share * (1 - WhatIfInput.model_fields["split_overhead"].default) if share else 1.0
    return min(round((start or 0) + weeks / pace * 2 + 1, 1), 520.0)


RESEARCH_WORDS = re.compile(r"\bresearch\w*|\bresearcher\b|\bbet\b|\bexploration\b|\bexploratory\b|\bspike\b|\bprototype\b", re.I)


def _owner_only(s: Situation, team: Team | None) -> bool:
    """True when the current work is research its owner carries alone (a research bet, a researcher's or a staff or
    principal engineer's own line of work): nobody else keeps it moving while they are away."""
    person = team.person(str(s.get("person"))) if team is not None and isinstance(s.get("person"), str) else None
    role = " ".join(str(x) for x in (s.get("person_role") or "", person.role if person else ""))
    senior = person is not None and person.seniority in ("staff", "principal")
    return bool(RESEARCH_WORDS.search(f"{role} {s.get('project') or ''}")) or senior


def _instead_person(question: str, s: Situation, team: Team | None, today: date) -> dict[str, Any] | None:
    """Someone in the team file the manager offers in the person's place ('or give him tom instead?'), with their own
    work in flight from the team file: a local reading of the question until the understanding gives it as a fact."""
    if team is None:
        return None
    asked = str(s.get("person") or "").casefold()
    for p in team.people:
        name = re.escape(p.name)
        if p.name.casefold() == asked or not re.search(rf"\b{name}\s+instead\b|\binstead\b[^.?!]{{0,20}}\b{name}\b", question, re.I):
            continue
        work = p.current_work
        if work is None:
            return {"person": p.name, "project": "no project of their own", "remaining_low": 0, "remaining_likely": 0,
                    "remaining_high": 0}
        project = team.project(work.project)
        due = project.deadline if project is not None and project.deadline and project.deadline > today else None
        return {"person": p.name, "project": work.project[:120], "weeks_invested": work.weeks_invested,
                "remaining_low": work.remaining_weeks_low, "remaining_likely": work.remaining_weeks_likely,
                "remaining_high": work.remaining_weeks_high, "success_probability": work.success_probability,
                "deadline_weeks": weeks_until(today, due, _holidays(s, team, today)) if due else None, "due_date": due}
    return None


def _fixed_window(s: Situation, today: date, holidays: list[date], weeks: float, shape: str = "time_share") -> tuple[date, date] | None:
    """A loan's or a share's first and last working day, when its length was stated: from the stated start (else today).
    A share runs for that many calendar weeks ('two days a week for 4 weeks from the 14th' ends the Friday before the
    11th); a full-time loan is that many weeks of work, so days off inside it push its end out ('a 3 week loan from the
    14th' over the year-end break ends in mid January: whoever borrows asked for three weeks of work, and the current
    work waits that long)."""
    if not s.stated("new_work_weeks"):
        return None
    begin = date.fromisoformat(s.get("start_date")) if s.stated("start_date") and isinstance(s.get("start_date"), str) else today
    first = next_working_day(begin, holidays)
    if shape == "fixed_loan":
        return first, add_working_days(first, max(round(weeks * WORKDAYS_PER_WEEK) - 1, 0), holidays)
    last = begin + timedelta(days=round(weeks * 7) - 1)
    while last > first and not is_working_day(last, holidays):
        last -= timedelta(days=1)
    return first, last


def _commitments(team: Team, person: str, project: str, today: date) -> list[dict[str, Any]]:
    """What else the person owes by a date in the team file: asks that name them, and their tasks on other projects
    with a deadline (from today on)."""
    who = team.person(person)
    if who is None:
        return []
    out = [{"title": r.title[:200], "due_date": r.deadline, "requester": r.requester[:80], "effort_days": r.effort_days}
           for r in team.inbox if r.deadline is not None and r.deadline >= today and who.name in r.interrupts]
    for p in team.projects:
        if p.deadline is None or p.deadline < today or p.name.casefold() == project.casefold():
            continue
        out += [{"title": f"{t.name} ({p.name})"[:200], "due_date": p.deadline, "effort_days": p.days(t.most_likely)}
                for t in p.tasks if (t.assignee or "").casefold() == who.name.casefold()]
    return out[:50]


def decision_date(s: Situation) -> dict[str, Any]:
    """Whether the date that matters is a decision checkpoint (a go/no-go on the evidence so far, not the work
    finishing), and who was promised it, as the understanding read them."""
    if s.get("checkpoint") is not True:
        return {}
    who = s.get("promised_to")
    return {"due_is_decision": True, "promised_to": who[:80] if isinstance(who, str) else ""}


FULL_RAMP_WEEKS = 0.5  # ramp-up and re-ramp for a pull of two weeks or more (the what-if's own default)
RAMP_SHARE = 0.25  # a shorter pull costs about a quarter of its length to get into and back out of
SHORT_PULL_WEEKS = 1.0  # new work at most this long (its high estimate) is done in one go, never split


def plan_reprioritization(ctx: TurnContext) -> list[dict[str, Any]]:
    from tools.whatif import WhatIfInput

    s = ctx.situation
    if not _done(ctx, "compare_strategies"):
        args = whatif_input(s, ctx.team, ctx.today)
        if args is None:
            return []
        args["current"].update(decision_date(s))
        instead = _instead_person(ctx.question, s, ctx.team, ctx.today)
        if instead is not None:
            args["instead"] = instead
        calls = [_call("compare_strategies", args, 1)]
        for i, share in enumerate(_other_shares(s)):  # the other share the manager named (or a smaller yes), run the same way
            other = _whatif_args(s, ctx.team, ctx.today, share)
            calls.append(_call("compare_strategies", WhatIfInput.model_validate(other).model_dump(mode="json"), 5 + i))
        return calls + _owned_task_forecasts(s, ctx.team, ctx.today, args)
    result = next(iter(all_results(ctx.tool_calls, "compare_strategies")), None)  # the ask as made; later runs are offers
    if result is None or _done(ctx, "draft_message"):
        return []
    counters = _loan_counter_offers(ctx)
    if counters:
        return counters
    asked = all_inputs(ctx.tool_calls, "compare_strategies")[0].new_work
    if asked.shape == "fixed_loan" and asked.first_day is not None and s.stated("start_date") and result.basis in ("no_deadline", "current_deadline"):
        # A loan with its dates given: the answer's own line is the reply (yes with the dates and the cost, or the
        # counter-offers that keep the current work's date); a strategy draft would argue about when to switch.
        return []
    if result.basis == "no_deadline" and not s.stated("decision") and "stakeholder_message" not in s.intents:
        return []  # no real date, no recommendation to propose: the answer asks for the date first (a reply asked for asks it too)
    if "stakeholder_message" not in s.intents:
        return []  # the manager asked what to do, not for words to send: a draft nobody asked for only adds noise
    if not s.clarifying_question:
        return [_call("draft_message", draft_input(ctx, reprioritization=result), 2)]
    if s.stated("decision"):
        # The manager dictated the reply: draft their words, without odds computed on assumed numbers.
        return [_call("draft_message", draft_input(ctx), 2)]
    return []  # never a draft on assumed numbers


OWNED_TASK_IDS = (8, 9)  # call ids of the project forecast as planned and with the person's share taken out


def _owned_task_forecasts(s: Situation, team: Team | None, today: date, args: dict[str, Any]) -> list[dict[str, Any]]:
    """A share of the week asked of someone with no work of their own who owns a step of a team project ('sam does
    the shadow deployment for fraud v3'): that project forecast as planned and with the person at the rest of their
    week, so the answer says what the share does to the project's date. Nothing when they own no step of it."""
    from tools.simulate import PlanInput

    share = args.get("split_fraction")
    person = str(s.get("person") or "")
    project = _team_project(s, team)
    if (args["new_work"]["shape"] != "time_share" or not share or args["current"]["remaining_high"] > 0 or project is None
            or not any((t.assignee or "").casefold() == person.casefold() for t in project.tasks)):
        return []
    plan = plan_input(s, team, today)
    if plan is None:
        return []
    due = s.get("current_deadline")
    if isinstance(due, str) and s.stated("current_deadline"):
        plan.update({"deadline": due, "deadline_days": None})
    people = [p for p in plan.get("people", []) if p["name"].casefold() != person.casefold()]
    own = next((p for p in plan.get("people", []) if p["name"].casefold() == person.casefold()), {"name": person, "capacity": 1.0})
    shared = {**plan, "people": [*people, {"name": own["name"], "capacity": round(max(own["capacity"] * (1 - share), 0.05), 3)}]}
    return [_call("forecast_completion", PlanInput.model_validate(x).model_dump(mode="json"), n)
            for x, n in zip((plan, shared), OWNED_TASK_IDS)]


COUNTER_SHARE = 0.4  # two days a week: the part-time counter-offer to a full-time loan that costs the current work its date
COUNTER_IDS = (6, 7)  # call ids of the counter-offer re-runs, so the answer finds them


def _loan_counter_offers(ctx: TurnContext) -> list[dict[str, Any]]:
    """When a fixed full-time loan costs the current work its date (or the manager asks what to offer if it's a no),
    re-run the two counter-offers a manager can make: the same weeks at two days a week, and half the loan from the same
    start (a later start is the 'without' run)."""
    from tools.whatif import WhatIfInput

    s = ctx.situation
    runs = list(zip(all_inputs(ctx.tool_calls, "compare_strategies"), all_results(ctx.tool_calls, "compare_strategies")))
    if len(runs) != 1 or runs[0][0].new_work.shape != "fixed_loan" or runs[0][1].basis != "current_deadline":
        return []
    loan = next((o for o in runs[0][1].strategies if o.strategy == "switch_now"), None)
    if loan is None or ((loan.current_deadline_probability or 0.0) >= runs[0][0].deadline_threshold and s.get("fallback_asked") is not True):
        return []  # a loan that keeps the date needs no counter-offer, unless the manager asks what to offer if it's a no
    calls = [_call("compare_strategies", WhatIfInput.model_validate(_whatif_args(s, ctx.team, ctx.today, COUNTER_SHARE))
                   .model_dump(mode="json"), COUNTER_IDS[0])]
    weeks = _triple(s.get("new_work_weeks"))[1]
    if weeks > 1:
        half = s.model_copy(deep=True)
        said = s.fact("new_work_weeks")
        half.put("new_work_weeks", [round(weeks / 2, 2)] * 3, said.source, said.text)
        calls.append(_call("compare_strategies", WhatIfInput.model_validate(_whatif_args(half, ctx.team, ctx.today, None))
                           .model_dump(mode="json"), COUNTER_IDS[1]))
    return calls


# Forecasts ----------------------------------------------------------------------------------------
def _holidays(s: Situation, team: Team | None, today: date | None = None) -> list[date]:
    """Days nobody works: the team file's holidays, the break the question states, and (from `today`) an assumed
    year-end break for each year whose break neither gives (`_assumed_break`)."""
    return _calendar(s, team, today)["holidays"] if today is not None else sorted(_known_days_off(s, team))


def _known_days_off(s: Situation, team: Team | None) -> set[date]:
    """The team file's days off and the ones the question states (not an assumed break named without dates)."""
    stated = [date.fromisoformat(d) for d in s.get("days_off") or []] if not _days_off_assumed(s) else []
    return set(list(team.holidays if team else []) + stated)


def _days_off_assumed(s: Situation) -> bool:
    found = s.fact("days_off")
    return found is not None and found.source == "assumed"


def _calendar(s: Situation, team: Team | None, today: date) -> dict[str, list[date]]:
    """A plan's days off and which of them are assumed ('the usual xmas shutdown' read as 24 Dec to 1 Jan, or the
    default year-end break when no days off touch a year end)."""
    known = _known_days_off(s, team)
    named = [date.fromisoformat(d) for d in s.get("days_off") or []] if _days_off_assumed(s) else []
    own = {date.fromisoformat(d) for d in s.get("away_days") or []}  # one person's days off say nothing of the team's break
    through = s.get("no_year_end_break") is True  # 'we work through christmas': no break is assumed
    assumed = sorted(set(named) | (set() if through else set(_assumed_break((known - own) | set(named), today))))
    return {"holidays": sorted(known | set(assumed)), "assumed_holidays": assumed}


def _assumed_break(known: set[date], today: date | None) -> list[date]:
    """The default year-end break (24 Dec to 1 Jan) over the coming year ends, when none of the known days off
    (the team file's or the question's) touches a year end: those are the team's own calendar."""
    from tools.simulate import year_end_break

    if today is None or any((d.month == 12 and d.day >= 20) or (d.month == 1 and d.day <= 6) for d in known):
        return []
    return year_end_break(today, date(today.year + 1, 12, 31))



def _working_day_before(day: date, holidays: list[date]) -> date:
    """The last working day before `day` (weekends and days off skipped)."""
    from lead_core.units import is_working_day

    day -= timedelta(days=1)
    while not is_working_day(day, holidays):
        day -= timedelta(days=1)
    return day


def _stated_start(s: Situation, today: date) -> date:
    """The day the work starts: the one the manager stated ('kicking off mon the 7th') when it is still ahead, else today."""
    said = s.get("start_date") if s.stated("start_date") else None
    return max(today, date.fromisoformat(said)) if isinstance(said, str) else today


def plan_input(s: Situation, team: Team | None, today: date) -> dict[str, Any] | None:
    """A forecast plan: the tasks the question states, else the named team project (the stated deadline wins)."""
    from tools.simulate import MIN_RETRY_PROBABILITY, PlanInput, plan_from_project

    deadline = date.fromisoformat(s.get("deadline")) if s.get("deadline") else None
    if deadline is not None and s.get("ready_before"):
        deadline = _working_day_before(deadline, _holidays(s, team, today))  # 'live for the feb 1 emails': in place the working day before
    tasks = s.get("tasks")
    project = _team_project(s, team)
    if tasks and len(tasks) == 1 and project is not None and project.tasks and tasks[0].get("added_to_project"):
        return _project_plus_task(s, team, today, project, tasks[0], deadline)
    if tasks:
        items: list[dict[str, Any]] = []
        in_days = all(t.get("unit") == "day" for t in tasks)  # keep the unit the manager used
        scale = 5 if in_days else 1
        for i, t in enumerate(tasks):
            low, likely, high = (round(x * scale, 2) for x in _task_weeks(t.get("weeks")))
            item: dict[str, Any] = {"name": str(t.get("name") or f"Task {i + 1}")[:120], "optimistic": low, "most_likely": likely, "pessimistic": high}
            if t.get("success_probability") is not None and not t.get("risky_part"):  # a risk to one part: the step goes ahead without it
                item["success_probability"] = float(t["success_probability"])
                item["retry_until_success"] = bool(t.get("retry")) and float(t["success_probability"]) >= MIN_RETRY_PROBABILITY  # 'otherwise another round
                if item["retry_until_success"] and isinstance(t.get("retry_weeks"), (int, float)):
                    item["retry_duration"] = round(float(t["retry_weeks"]) * scale, 2)  # each further round as long as said
            if i and not s.get("parallel"):
                item["depends_on"] = [items[i - 1]["name"]]
            elif i and t.get("after_all"):
                item["depends_on"] = [x["name"] for x in items]  # parallel work, then a step after all of it
            items.append(item)
        plan = {"tasks": items, "unit": "days" if in_days else "weeks", "start": _stated_start(s, today), "today": today, "trials": 4000,
                **_calendar(s, team, today), **_confidence(s), **_part_time(s, items)}
        if deadline is not None:
            plan["deadline"] = deadline
        return PlanInput.model_validate(plan).model_dump(mode="json")
    project = _team_project(s, team)
    if project is None or not project.tasks:
        return _current_work_plan(s, team, today, deadline)
    plan = plan_from_project(project, team.people, trials=4000, today=today, holidays=_holidays(s, team, today))
    plan = plan.model_copy(update={"assumed_holidays": _calendar(s, team, today)["assumed_holidays"], **_confidence(s)})
    upto = _up_to(plan.tasks, s.get("milestone"))
    shipped = _release_on(plan.tasks, s.get("ships_on")) if s.stated("ships_on") else []
    if shipped:  # 'we launch on the prompted baseline': that step's plan, each step on its own estimate (never the owner's overall one)
        plan = plan.model_copy(update={"tasks": shipped})
    done = set(s.get("done_tasks") or []) if s.stated("done_tasks") else set()
    if done and any(t.name not in done for t in plan.tasks):  # 'the backfill wrapped, picks up at train and tune on monday': what is left, from then
        left = [t.model_copy(update={"depends_on": [d for d in t.depends_on if d not in done]}) for t in plan.tasks if t.name not in done]
        plan = plan.model_copy(update={"tasks": left, "start": _stated_start(s, today), "today": today})
        upto = _up_to(left, s.get("milestone"))
        plan = plan.model_copy(update={"tasks": upto}) if upto else plan
    elif shipped:  # the release's own steps; what the owner says is left still sizes their part, at those steps' chance
        plan = _from_owner_estimate(plan, project, team, today, chance_of_steps=True)
    elif upto:  # the date asked for one task: it and what it waits for, each on its own estimate (never the owner's overall one)
        last = s.get("milestone") == project.tasks[-1].name  # the project's date is not its step's, but is its last step's
        plan = plan.model_copy(update={"tasks": upto, "deadline": None, "deadline_days": None} if not (s.stated("deadline") or last) else {"tasks": upto})
        owner = team.current_work_owner(project.name)
        if owner is not None and next((t.assignee for t in upto if t.name == s.get("milestone")), None) != owner.name:
            plan = _from_owner_estimate(plan, project, team, today)  # a later step by someone else waits on all the owner says is left
    else:
        plan = _from_owner_estimate(plan, project, team, today)
    if "reprioritization" not in s.intents and _stated_start(s, today) > max(plan.start or today, today):  # in a move the start is the new work's
        plan = plan.model_copy(update={"start": _stated_start(s, today)})  # "tom can't start on it before w/c 11 jan": it runs from then
    if s.stated("deadline") and deadline is not None:
        plan = plan.model_copy(update={"deadline": deadline, "deadline_days": None, "start": plan.start or today})
    return PlanInput.model_validate(_share_to_its_person(_away_to_its_person(plan, s, team), s, team).model_dump()).model_dump(mode="json")


def _share_person(s: Situation, names: set[str]) -> str | None:
    """Whose share of time the question states ('tom's only on it about 60%'): a name of the plan said in those words,
    else the person the question is about."""
    fact = s.fact("work_share")
    said = fact.text if fact is not None else ""
    named = next((n for n in sorted(names) if re.search(rf"\b{re.escape(n)}\b", said, re.I)), None)
    person = s.get("person")
    return named or next((n for n in sorted(names) if isinstance(person, str) and n.casefold() == person.casefold()), None)


def _share_to_its_person(plan: Any, s: Situation, team: Team) -> Any:
    """A person's stated share of time on a team-file project ('tom's only on it about 60%, he's covering the support
    rota'): that person's tasks take longer (their capacity in the plan); a person with no task in it moves nothing."""
    from tools.simulate import Assignee

    share = s.get("work_share")
    assigned = {t.assignee for t in plan.tasks if t.assignee}
    who = _share_person(s, assigned) if isinstance(share, (int, float)) and 0.05 <= share < 1 else None
    if who is None:
        return plan
    mine = next((p for p in plan.people if p.name == who), Assignee(name=who))
    until = s.get("work_share_until")  # 'till mid jan': the share holds until then, full time after
    mine = mine.model_copy(update={"capacity": round(float(share), 2), "capacity_until": date.fromisoformat(until) if isinstance(until, str) else None})
    return plan.model_copy(update={"people": [p for p in plan.people if p.name != who] + [mine]})


def _away_to_its_person(plan: Any, s: Situation, team: Team) -> Any:
    """One person's own days off ('sam is off 14-18 dec') stop only that person's tasks when the plan says who does
    what: they leave the team's holidays and become that person's days off (a teammate with no task in the plan: they
    move nothing, and the forecast says so). A plan of one person's work, or days off of nobody the team file knows, keep
    them as the plan's."""
    from tools.simulate import Assignee

    whose, away = s.get("away_person"), {date.fromisoformat(d) for d in s.get("away_days") or []}
    assigned = {t.assignee for t in plan.tasks if t.assignee}
    known = assigned | {p.name for p in team.people}  # someone in the team file with no task here: their days off move nothing
    name = next((a for a in sorted(known) if isinstance(whose, str) and a.casefold() == whose.casefold()), None)
    if name is None or len(assigned) < 2 or not away:
        return plan
    keep = set(team.holidays) | set(plan.assumed_holidays)
    people = [p for p in plan.people if p.name != name]
    mine = next((p for p in plan.people if p.name == name), Assignee(name=name))
    people.append(mine.model_copy(update={"days_off": sorted(set(mine.days_off) | away)}))
    return plan.model_copy(update={"holidays": [d for d in plan.holidays if d not in away or d in keep], "people": people})


def _part_time(s: Situation, items: list[dict[str, Any]]) -> dict[str, Any]:
    """'he's only at 50% on it': the stated tasks are one person's at that share of their time (each takes longer); work
    said to run in parallel has more than one person, so no share is applied to it."""
    share = s.get("work_share")
    if not isinstance(share, (int, float)) or not 0.05 <= share < 1 or s.get("parallel"):
        return {}
    who = str(s.get("person") or "the person on it")
    for item in items:
        item["assignee"] = who
    return {"people": [{"name": who, "capacity": float(share), "capacity_until": s.get("work_share_until")}]}  # 'till mid jan': full time after


def _release_on(tasks: list[Any], step: Any) -> list[Any]:
    """The plan's tasks a release on the named step needs: the step, what it waits for, and each task that waits only on
    those (its launch review); [] when no task has that name."""
    keep = {t.name for t in _up_to(tasks, step)}
    grew = bool(keep)
    while grew:
        more = {t.name for t in tasks if t.name not in keep and t.depends_on and set(t.depends_on) <= keep}
        keep |= more
        grew = bool(more)
    return [t for t in tasks if t.name in keep]


def _up_to(tasks: list[Any], milestone: Any) -> list[Any]:
    """The plan's tasks that the named one waits on, and itself, in plan order; [] when no task has that name."""
    deps = {t.name: list(t.depends_on) for t in tasks}
    if not isinstance(milestone, str) or milestone not in deps:
        return []
    keep, todo = set(), [milestone]
    while todo:
        name = todo.pop()
        if name not in keep:
            keep.add(name)
            todo += deps.get(name, [])
    return [t for t in tasks if t.name in keep]


REMAINING_WORK = "{person}'s remaining work"  # the task that stands for what the owner of an under-way project says is left


def remaining_work_owner(task_name: str) -> str | None:
    """Whose remaining work a forecast task stands for (see `_from_owner_estimate`), or None for any other task."""
    m = re.fullmatch(re.escape(REMAINING_WORK).replace(re.escape("{person}"), r"(?P<person>.+)"), task_name)
    return m.group("person") if m else None


def _from_owner_estimate(plan: Any, project: Any, team: Team, today: date, chance_of_steps: bool = False) -> Any:
    """A project already under way (it started before today) whose owner's current work is this project: the task plan
    counted from its start says nothing about what is done, so the owner's own estimate of what is left replaces their
    tasks, counted from today, and the other people's tasks after them follow it. Otherwise the plan unchanged. With
    `chance_of_steps` (the manager said which steps the release goes out on), the chance it works is that of the owner's
    steps kept, not the owner's overall chance, which also carries the steps left out."""
    from tools.simulate import WorkItem

    owner = team.current_work_owner(project.name)
    if project.start is None or project.start >= today or owner is None or owner.current_work is None:
        return plan
    theirs = {t.name for t in plan.tasks if (t.assignee or "").casefold() == owner.name.casefold()}
    if not theirs or not _leads_the_plan(plan.tasks, theirs):
        return plan
    work, scale = owner.current_work, (WORKDAYS_PER_WEEK if plan.unit == "days" else 1)
    name = REMAINING_WORK.format(person=owner.name)
    chance = math.prod(t.success_probability for t in plan.tasks if t.name in theirs) if chance_of_steps else work.success_probability
    left = {"name": name, "optimistic": work.remaining_weeks_low * scale, "most_likely": work.remaining_weeks_likely * scale,
            "pessimistic": work.remaining_weeks_high * scale, "success_probability": chance,
            "assignee": owner.name}  # fmt: skip
    rest = [t.model_dump() for t in plan.tasks if t.name not in theirs]
    for t in rest:
        after = [d for d in t["depends_on"] if d not in theirs]
        t["depends_on"] = after + [name] if len(after) < len(t["depends_on"]) else after
    tasks = [WorkItem.model_validate(t) for t in (left, *rest)]
    return plan.model_copy(update={"tasks": tasks, "start": today, "today": today})


def _leads_the_plan(tasks: list[Any], theirs: set[str]) -> bool:
    """True when the owner's tasks are one block at the front of the plan: none of them waits on someone else's task,
    and every other task that waits on one of them waits on all of them (so one estimate for the block changes nothing
    else about the plan's shape)."""
    deps = {t.name: set(t.depends_on) for t in tasks}

    def before(name: str, seen: frozenset[str] = frozenset()) -> set[str]:
        out: set[str] = set()
        for d in deps.get(name, set()) - seen:
            out |= {d} | before(d, seen | {name})
        return out

    if any(deps[n] - theirs for n in theirs):
        return False
    return all(theirs <= before(t.name) for t in tasks if t.name not in theirs and deps[t.name] & theirs)


def _project_plus_task(s: Situation, team: Team, today: date, project: Any, task: dict[str, Any], deadline: date | None) -> dict[str, Any]:
    """A team project with one more task the question adds ('needs a red-team review first, 3-5 days'): the new
    task comes after the project's own tasks."""
    from tools.simulate import PlanInput, plan_from_project

    plan = plan_from_project(project, team.people, trials=4000, today=today, holidays=_holidays(s, team, today)).model_dump()
    plan.update({"assumed_holidays": _calendar(s, team, today)["assumed_holidays"], **_confidence(s)})
    scale = 5 if plan.get("unit") == "days" else 1
    low, likely, high = (round(x * scale, 2) for x in _task_weeks(task.get("weeks")))
    names = [t["name"] for t in plan["tasks"]]
    plan["tasks"].append({"name": str(task.get("name") or "added task")[:120], "optimistic": low, "most_likely": likely,
                          "pessimistic": high, "depends_on": names})  # fmt: skip
    if s.stated("deadline") and deadline is not None:
        plan.update({"deadline": deadline, "deadline_days": None, "start": plan.get("start") or today})
    return PlanInput.model_validate(plan).model_dump(mode="json")


def _current_work_plan(s: Situation, team: Team | None, today: date, deadline: date | None) -> dict[str, Any] | None:
    """Someone's current work named in the question ('the feature store migration'): one task with the
    team file's remaining estimate and chance, starting today or on the start the question states."""
    from tools.simulate import PlanInput

    project = s.get("project")
    owner = team.current_work_owner(project) if team is not None and isinstance(project, str) else None
    if owner is None or owner.current_work is None:
        return None
    work = owner.current_work
    task = {"name": work.project[:120], "optimistic": work.remaining_weeks_low, "most_likely": work.remaining_weeks_likely,
            "pessimistic": work.remaining_weeks_high, "success_probability": work.success_probability}  # fmt: skip
    plan: dict[str, Any] = {"tasks": [task], "unit": "weeks", "start": _stated_start(s, today), "today": today, "trials": 4000,
                            **_calendar(s, team, today), **_confidence(s)}  # 'unblocked from weds': what is left runs from then
    if deadline is not None:
        plan["deadline"] = deadline
    share = s.get("work_share")
    if isinstance(share, (int, float)) and 0.05 <= share < 1 and _share_person(s, {owner.name}):  # 'tom's only on it about 60%': his work takes longer
        task["assignee"] = owner.name
        plan["people"] = [{"name": owner.name, "capacity": round(float(share), 2), "capacity_until": s.get("work_share_until")}]
    return PlanInput.model_validate(plan).model_dump(mode="json")


def _confidence(s: Situation) -> dict[str, float]:
    """The confidence the manager asks a date for ('90% sure'), for the forecast's commitment date."""
    level = s.get("confidence_level")
    return {"confidence_level": min(max(float(level), 1.0), 99.9)} if isinstance(level, (int, float)) else {}


def _task_weeks(value: Any) -> tuple[float, float, float]:
    if isinstance(value, (int, float)):
        return float(value), float(value), float(value)
    values = [float(x) for x in value]
    if len(values) == 2:
        return values[0], (values[0] + values[1]) / 2, values[1]
    return values[0], values[1], values[2]


def _team_project(s: Situation, team: Team | None) -> Any:
    if team is None:
        return None
    for key in ("project", "new_work"):
        name = s.get(key)
        if isinstance(name, str) and team.project(name) is not None:
            return team.project(name)
    return None


def plan_forecast(ctx: TurnContext) -> list[dict[str, Any]]:
    s = ctx.situation
    if not _done(ctx, "forecast_completion"):
        projects = s.get("project")
        if isinstance(projects, list) and not s.has("tasks"):
            calls = []  # several projects named: forecast each one ("can we land both X and Y?")
            for i, name in enumerate(projects):
                one = s.model_copy(deep=True)
                one.put("project", name, "question", name)
                args = plan_input(one, ctx.team, ctx.today)
                if args is not None:
                    calls.append(_call("forecast_completion", args, i + 1))
            return calls
        args = plan_input(s, ctx.team, ctx.today)
        return [_call("forecast_completion", args, 1)] if args is not None else []
    forecast = latest_result(ctx.tool_calls, "forecast_completion")
    single = sum(1 for r in ctx.tool_calls if r["name"] == "forecast_completion") == 1
    if single and forecast is not None and _needs_prescription(forecast, _target(s), tail=True) and not _done(ctx, "suggest_plan_changes") and _has_tool("suggest_plan_changes"):
        plan = next(r["arguments"] for r in ctx.tool_calls if r["name"] == "forecast_completion")
        return [_call("suggest_plan_changes", _prescribe_input(plan, s), 2)]
    if "stakeholder_message" in s.intents and not _done(ctx, "draft_message"):
        return [_call("draft_message", draft_input(ctx, forecast=forecast), 3)]
    return []


def _prescribe_input(plan: dict[str, Any], s: Situation) -> dict[str, Any]:
    """What to re-simulate: the forecast's plan against the target; a chain we built ourselves is said to be assumed."""
    from tools.simulate import PrescribeInput

    args: dict[str, Any] = {"plan": plan, "target_probability": _target(s)}
    if "order_assumed" in PrescribeInput.model_fields:
        args["order_assumed"] = bool(s.get("tasks")) and not s.get("parallel") and "then" not in str(s.fact("tasks").text if s.has("tasks") else "").lower()
    if isinstance(s.get("project"), str) and s.has("tasks"):
        args["delivers"] = s.get("project")[:200]  # the stated tasks build this: the one named after it is its core
    if isinstance(s.get("milestone"), str):
        args["delivers"] = s.get("milestone")[:200]  # the task the date is asked for is the point of the plan, never deferred
    return args


def _target(s: Situation) -> float:
    """The chance a date must reach: the confidence the manager asked for, else 80%."""
    level = s.get("confidence_level")
    return min(max(float(level) / 100, 0.5), 0.99) if isinstance(level, (int, float)) else TARGET_PROBABILITY


def _needs_prescription(forecast: Forecast, target: float = TARGET_PROBABILITY, tail: bool = False) -> bool:
    """Plan changes are re-simulated when the date misses the target, or (with `tail`, for a forecast answer) meets it:
    then the change that shortens the bad case most is the one lever to name ('what would you cut?')."""
    p = forecast.deadline_probability
    return p is not None and not forecast.deadline_passed and (p < target or (tail and not forecast.single_point))


def _has_tool(name: str) -> bool:
    from tools.registry import TOOLS

    return name in TOOLS


# Stakeholder messages -----------------------------------------------------------------------------
def plan_stakeholder(ctx: TurnContext) -> list[dict[str, Any]]:
    from agent.drafting import PRESCRIBED_PURPOSES, team_post_too

    s = ctx.situation
    purpose = s.get("purpose", "progress_update")
    if purpose == "respond_to_reprioritization" and not _done(ctx, "compare_strategies"):
        args = whatif_input(s, ctx.team, ctx.today)  # the reply carries the what-if's numbers for the chosen plan
        if args is not None:
            return [_call("compare_strategies", args, 1)]
    whatif = latest_result(ctx.tool_calls, "compare_strategies")
    if whatif is not None and not _done(ctx, "draft_message"):
        return [_call("draft_message", draft_input(ctx, reprioritization=whatif), 2)]
    from agent.team_status import wants_team_status
    from agent.understanding.messages import gives_the_update

    given = purpose == "progress_update" and "planning" not in s.intents and gives_the_update(ctx.question)  # their notes are the update
    stated_tasks = s.has("tasks") and (not given or s.fact("tasks").source == "question")  # not the team file's, under their notes
    wants_forecast = (purpose not in ("decline_or_negotiate", "announce_change", "ask_for_resources", "respond_to_reprioritization", "rewrite") and not given) or stated_tasks
    wants_forecast = wants_forecast and not wants_team_status(s, ctx.team, ctx.question)  # a status of the whole team: no one project's forecast
    if wants_forecast and not _done(ctx, "forecast_completion"):
        args = plan_input(s, ctx.team, ctx.today)
        if args is not None:
            return [_call("forecast_completion", args, 1)]
    forecast = latest_result(ctx.tool_calls, "forecast_completion")
    if forecast is not None and _needs_prescription(forecast, _target(s)) and purpose in PRESCRIBED_PURPOSES and not _done(ctx, "suggest_plan_changes") and _has_tool("suggest_plan_changes"):
        plan = next(r["arguments"] for r in ctx.tool_calls if r["name"] == "forecast_completion")
        return [_call("suggest_plan_changes", _prescribe_input(plan, s), 2)]
    if not _done(ctx, "draft_message"):
        return [_call("draft_message", draft_input(ctx, forecast=forecast), 3)]
    if team_post_too(ctx.question) and sum(r["name"] == "draft_message" for r in ctx.tool_calls) == 1:
        return [_call("draft_message", draft_input(ctx, for_team=True), 4)]  # "a note to clara, and a short post for my team"
    return []


def draft_input(ctx: TurnContext, *, forecast: Forecast | None = None, reprioritization: WhatIfResult | None = None, for_team: bool = False) -> dict[str, Any]:
    """The drafting tool's input: the decision object of `agent.drafting`, for this turn."""
    from agent.drafting import draft_input as build

    return build(ctx.situation, ctx.question, ctx.today, ctx.tool_calls, forecast=forecast, reprioritization=reprioritization, for_team=for_team, team=ctx.team)


# 1-on-1s ------------------------------------------------------------------------------------------
def _days_stuck(blocker: str) -> float:
    """'2 days on a cuda issue' -> 2, '1 week on ...' -> 5 (working days); 0 when no time is said."""
    m = re.match(r"(\d+(?:\.\d+)?) (day|week|hour)", blocker)
    if not m:
        return 0
    return min(float(m.group(1)) * {"day": 1, "week": 5, "hour": 0.125}[m.group(2)], 365)



# Who the 1-on-1 is with, as the manager names the meeting: "1:1 monday w ifeoma", "ifeoma's 1:1", "prep for ifeoma
# tomorrow". A local reading, kept because the person fact can name someone else the story mentions (see the report).
_DAY = r"(?:on\s+)?(?:today|tonight|tomorrow|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|(?:next|this)\s+\w+|(?:at|@)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?|\d+\s*(?:min(?:ute)?s?|m)"
_MEETING = r"(?:1[: -]?on[: -]?1|1:1|1-1|one[- ]on[- ]one|1on1|check-?in|catch-?up|skip[- ]level(?: 1[:-]?1| meeting)?)"
_NAME = r"(?P<n>[^\W\d_][\w'’-]{1,20})"  # letters of any script ('Kristýna')
_ATTENDEE = re.compile(
    rf"\b{_MEETING}(?:\s*,?\s*(?:{_DAY})){{0,2}}\s+(?:with|w/|w)\s+{_NAME}"
    rf"|\b{_NAME.replace('n>', 'p>')}['’]s\s+(?:weekly\s+)?{_MEETING}"
    rf"|\bprep(?:are)?\s+(?:me\s+)?for\s+{_NAME.replace('n>', 'q>')}\s+(?=(?:{_DAY})\b)",
    re.I,
)
# Words that stand in for a person without naming one ("1:1 with you-know-who", "with someone on my team").
_PLACEHOLDER = re.compile(
    r"you[- ]know[- ]who|so[- ]and[- ]so|some(?:one|body)|any(?:one|body)|x|y|what'?s[- ]?(?:his|her|their)[- ]?name|[a-z]+(?:-[a-z]+){2,}",
    re.I,
)


# Who a meeting can be with that is not a person's name ("1:1 with product", "skip-level with my manager's reports").
_GROUP_WORDS = frozenset(
    """product design sales legal finance marketing ops engineering data research leadership management security support platform
    infra everyone everybody team teams manager boss director vp lead report reports skip ceo cto cfo coo cpo new each both all""".split()
)


def _placeholder(name: str) -> bool:
    """True for words that stand in for a person without naming one ('You-know-who', 'someone')."""
    return bool(_PLACEHOLDER.fullmatch(name.strip()))


def _attendee(question: str, team: Team | None, person: str) -> str:
    """The person the manager names as the 1-on-1's attendee, when that is someone other than `person` (the story can
    name a colleague first: "1:1 monday w ifeoma ... picked up tom's work"); else `person`."""
    from agent.understanding.people import LOWER_STOP, NOT_NAMES, common_words

    for m in _ATTENDEE.finditer(question):
        word = (m.group("n") or m.group("p") or m.group("q")).removesuffix("'s").removesuffix("’s")
        low = word.casefold()
        member = team.person(word) if team is not None else None
        if _placeholder(word) and low not in ("someone", "somebody", "anyone", "anybody"):
            return word.capitalize() if word[0].islower() else word
        loose = bool(re.match(r"(?i)check|catch", m.group(0)))  # "check-in with design" can be a team; "1:1 with juniper" is a person
        if _placeholder(word) or low in NOT_NAMES or low in LOWER_STOP or low in _GROUP_WORDS or (loose and member is None and not word[0].isupper() and low in common_words()):
            continue
        if low in (person.casefold(), person.split()[0].casefold()):
            return person
        return member.name if member is not None else word.capitalize()
    return person


def _clause_around(question: str, words: str, max_words: int = 14) -> str:
    """The clause of the question holding `words` (a cue read from the normalised text, 'missed two deadlines' for
    'missed 2 deadlines'), at most `max_words` words from its start; '' when the words are not there as written."""
    at = question.lower().find(words.lower()) if len(words) > 3 else -1
    if at < 0:
        return ""
    start = max(question.rfind(c, 0, at) for c in ".;!?\n") + 1
    ends = [i for i in (question.find(c, at + len(words)) for c in ".;!?\n") if i != -1]
    return " ".join(question[start : min(ends) if ends else len(question)].split()[:max_words]).strip(" ,:-")


def _named_work(person: Person, s: Situation, name: str) -> Person:
    """The work the question names for this person wins over the team file's current work ('the fine-tuned summarizer
    branch she's leading' when the file says Fraud model v3): the agenda is about it, and the file's status, which
    belonged to the other work (near the finish, deep work), no longer shapes the meeting. Work they are being moved to
    ('new_work') is not their current work."""
    from tools.team import CurrentWork

    named = s.get("project") if s.stated("project") and s.get("person") == name else None
    work = person.current_work
    if not isinstance(named, str) or work is None or work.project.casefold() == named.casefold() or named == s.get("new_work"):
        return person
    if set(named.casefold().split()) <= set(work.project.casefold().split()):  # 'the migration' for 'Feature store migration': the same work
        return person
    chance = s.get("success_probability")
    now = CurrentWork(project=named, remaining_weeks_low=0, remaining_weeks_likely=0, remaining_weeks_high=0,
                      **({"success_probability": chance} if isinstance(chance, float) and 0 <= chance <= 1 else {}))
    status = "available" if person.status in ("near_finish", "deep_work") else person.status
    return person.model_copy(update={"current_work": now, "status": status})


def plan_one_on_one(ctx: TurnContext) -> list[dict[str, Any]]:
    from tools.agenda import AgendaInput, agenda_input_from_team

    s = ctx.situation
    if _done(ctx, "build_agenda") or not isinstance(s.get("person"), str):
        return []
    name = _attendee(ctx.question, ctx.team, s.get("person"))
    if _placeholder(name):
        return []  # nobody named: the answer asks who, never an agenda for an invented person
    minutes = min(max(int(s.get("meeting_minutes") or 30), 15), 120)
    day = date.fromisoformat(s.get("meeting_date")) if s.get("meeting_date") else ctx.today  # the agenda is dated for the meeting
    if ctx.team is not None and ctx.team.person(name) is not None:
        inp = agenda_input_from_team(ctx.team, name, minutes=minutes, today=day)
        inp.person = _named_work(inp.person, s, name)
        inp.free = ctx.team.free_people(besides=name)[:12]
    else:
        role = (s.get("person_role") if name == s.get("person") else None) or "team member"  # the role read was the other person's
        stuck = "stuck" in (s.get("cues") or []) or s.has("blocker")
        blocker = f"Stuck {s.get('blocker')} (from your message)" if s.has("blocker") else "Stuck (from your message)"
        person = Person(name=name, role=role, status="blocked" if stuck else "available", blockers=[blocker] if stuck else [],
                        days_stuck=_days_stuck(str(s.get("blocker") or "")))  # fmt: skip
        inp = AgendaInput(person=person, minutes=minutes, today=day)
    if "reprioritized" in (s.get("cues") or []) and isinstance(s.get("new_work"), str):
        change = f"Being moved to {s.get('new_work')} (from your message)"
        inp.person.recent_reprioritizations = [change, *inp.person.recent_reprioritizations]
    data = inp.model_dump(mode="json")
    if "person_in_team" in AgendaInput.model_fields:
        data["person_in_team"] = ctx.team is not None and ctx.team.person(name) is not None
    if "cues" in AgendaInput.model_fields and s.get("cues"):
        data["cues"] = list(s.get("cues"))
        if s.stated("cues"):  # what the manager noticed, in their words, opens each cue's item
            from agent.understanding.cues import cue_clause

            said = {c: cue_clause(ctx.question, c, max_words=14) for c in data["cues"]}  # long enough not to stop mid-phrase
            heard = dict(zip(data["cues"], str(s.fact("cues").text).split("; ")))  # the words each cue was read from
            said = {c: clause or _clause_around(ctx.question, heard.get(c, "")) for c, clause in said.items()}
            data["observations"] = {c: clause for c, clause in said.items() if clause}
    if "notes" in AgendaInput.model_fields:
        data["notes"] = ctx.question[:2000]
    data["others"] = _others_named(ctx.question, ctx.team, name)
    if isinstance(s.get("relationship"), str) and name == s.get("person"):
        data["relationship"] = s.get("relationship")  # a peer or someone in another team: their own question set
    data["dated"] = bool(s.get("meeting_date"))
    if isinstance(s.get("deadline"), str) and s.stated("deadline"):
        data["due"] = s.get("deadline")  # the date the manager ties to this person's case (a packet due date)
        data["due_item"] = str(s.get("due_item") or "")[:120]  # what is due then, from the date's own clause (the dates reading)
    return [_call("build_agenda", AgendaInput.model_validate(data).model_dump(mode="json"), 1)]


# Words that only stand before a common noun, never before a name: 'a new grad', 'our intern'.
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|new|our|my|his|her|their|this|that|another|each|every|fresh|junior|senior|first)\s+$", re.I)


def _common_noun_here(question: str, word: str) -> bool:
    """True when a lower-case word English has as a noun stands after an article or an adjective wherever it is
    written ('new grad, joined 3 wks ago'): a noun there, not someone's name."""
    from agent.understanding.word_classes import classes_of

    if word[0].isupper() or "NOUN" not in classes_of(word):
        return False
    spots = [m.start() for m in re.finditer(rf"(?<![\w'’]){re.escape(word)}\b", question)]
    return bool(spots) and all(_NOUN_BEFORE.search(question[max(0, at - 20) : at]) for at in spots)


def _others_named(question: str, team: Team | None, person: str) -> list[str]:
    """The other people the question names (a colleague in a conflict, who covered their work): team members, or
    known first names; read with the understanding's people finder, so the agenda can name them."""
    from agent.understanding.people import common_words, find_people, is_first_name, rare_word
    from agent.understanding.word_classes import classes_of

    found = [m.name.split()[0] for m in find_people(question, team) if m.in_team or is_first_name(m.name)]
    # A first name in lower case where the finder has no slot for it ("ines reverted kofi's PR"): one English does not have.
    words = {w.removesuffix("'s") for w in re.findall(r"[A-Za-z][a-z'’]+", question)}
    found += sorted(w.capitalize() for w in words if is_first_name(w) and (w[0].isupper() or w.casefold() not in common_words()) and not _common_noun_here(question, w))
    # A capitalised word mid-sentence that is no English word is a name the list lacks ("Wojtek took over her model").
    found += [m.group(1) for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})\b(?=\s+[a-z])", question)
              if m.group(1).casefold() not in common_words()]
    # A word English does not have, paired with a name ('matteo and odalys'): the other of the two.
    known = {n.casefold() for n in found} | {person.casefold(), person.split()[0].casefold()}
    for m in re.finditer(r"\b([A-Za-z][a-z'’-]{2,})\s+(?:and|&)\s+([A-Za-z][a-z'’-]{2,})\b", question):
        a, b = m.group(1), m.group(2)
        found += [x.capitalize() for x, y in ((a, b), (b, a)) if y.casefold() in known and rare_word(x) and not classes_of(x)]
    return list(dict.fromkeys(n for n in found if n.casefold() != person.casefold() and n.casefold() != person.split()[0].casefold()))[:12]


# Triage -------------------------------------------------------------------------------------------
def plan_triage(ctx: TurnContext) -> list[dict[str, Any]]:
    from tools.triage import TriageInput, inbox_from_team, triage_input_from_team

    if _done(ctx, "triage_inbox") or _done(ctx, "triage_request"):
        return []
    s, team = ctx.situation, ctx.team
    if s.has("requests"):
        return [_call("triage_inbox", _pasted_inbox(s, team, ctx.today), 1)]
    if "requests" in s.missing or any(u.fact == "request_title" for u in s.unclear):
        return []  # 'got 3 asks, all urgent': which asks? The answer asks for them (the understanding's question)
    single = s.has("request_title") or s.has("request_effort_weeks") or s.get("request_kind", "feature") != "feature"
    # The team file is background: its inbox is triaged only when the question is about the requests as a whole
    # (the understanding then reads no single request, not even an assumed kind).
    whole_inbox = not s.has("request_kind")
    if team is not None and team.inbox and not single and whole_inbox:
        inbox = inbox_from_team(team, today=ctx.today)
        return [_call("triage_inbox", inbox.model_copy(update={"requests": still_open(inbox.requests, ctx.question)}).model_dump(mode="json"), 1)]
    # an ask that is itself the fault ('alerts spiking since last night's deploy ... pull sam in?') is that incident,
    # answered alone; only a different ask that started with it ('declines since last night') is part of it
    live = _incident_it_started_with(team, ctx.question) if s.get("request_kind") != "incident" else ""
    weighed_with_inbox = s.get("with_inbox") is True or (s.has("request_title") and s.has("interrupt_budget_days")) or bool(live)
    if team is not None and team.inbox and weighed_with_inbox and match_inbox_request(team, s) is None:
        # A new ask weighed against the week's interruption budget, or said to come 'on top of what's in the inbox': it
        # competes with what is already in the inbox, so it is triaged with the inbox (added to it), not alone. One that
        # started when an incident in the inbox did is part of that incident.
        inbox = inbox_from_team(team, today=ctx.today)
        new = request_from_situation(s, team, ctx.question).model_copy(update={"part_of": live})
        new = _same_deadline_as_theirs(new, inbox.requests, ctx.question)
        budget = s.get("interrupt_budget_days")
        update = {"requests": [*still_open(inbox.requests, ctx.question), new], "budget_week": budget_week(s)} | ({"interruption_budget_days": float(budget)} if budget else {})
        return [_call("triage_inbox", inbox.model_copy(update=update).model_dump(mode="json"), 1)]
    if team is not None:
        matched = match_inbox_request(team, s)
        if matched is not None:
            matched = _as_asked_now(matched, s, team)
            return [_call("triage_request", triage_input_from_team(team, matched, today=ctx.today).model_dump(mode="json"), 1)]
    from agent.understanding.doubt import placeholder_work

    request = request_from_situation(s, team, ctx.question)
    if placeholder_work(request.title):
        return []  # 'stuff', 'a few things': nothing to weigh yet; the answer asks for the asks and gives the order
    stated = s.get("interrupt_budget_days") if s.stated("interrupt_budget_days") else None
    if team is not None:
        budget = stated if stated is not None else team.interruption_budget_days  # the budget it is weighed against, said back
        args = triage_input_from_team(team, request, today=ctx.today).model_copy(update={"holidays": _holidays(s, team, ctx.today), "team_budget_remaining_days": budget})
        return [_call("triage_request", args.model_dump(mode="json"), 1)]
    return [_call("triage_request", TriageInput(request=request, today=ctx.today, team_budget_remaining_days=stated).model_dump(mode="json"), 1)]


SAME_DEADLINE = re.compile(r"\bsame (?:deadline|date|due date|cut-?off)\b", re.I)


def _same_deadline_as_theirs(new: Request, inbox: list[Request], question: str) -> Request:
    """A new ask said to have 'the same deadline' as its requester's ask already in the inbox ('grace: the audit now also
    wants the churn lineage, same deadline'): that ask's date, so both are weighed against one date."""
    if new.deadline is not None or not SAME_DEADLINE.search(question) or not new.requester:
        return new
    theirs = [r.deadline for r in inbox if r.deadline is not None and (r.requester or "").casefold() == new.requester.casefold()]
    return new.model_copy(update={"deadline": theirs[0]}) if len(set(theirs)) == 1 else new


def _incident_it_started_with(team: Team | None, question: str) -> str:
    """The title of the live incident in the team file's inbox that the question's trouble started with ('declines
    since last night' and 'alerts spiking since last night's deploy'), or ''."""
    from tools.triage import severity_of, shares_a_start

    live = [r for r in (team.inbox if team is not None else []) if severity_of(r).kind == "incident"]
    return next((r.title for r in live if shares_a_start(question, r.title)), "")


def _as_asked_now(req: Request, s: Situation, team: Team) -> Request:
    """An inbox request as the question restates it: the date, size and person the manager states now are newer than
    the team file's ('olivia now wants it by wednesday, from marco')."""
    update: dict[str, Any] = {}
    if isinstance(s.get("deadline"), str) and s.stated("deadline"):
        update["deadline"] = date.fromisoformat(s.get("deadline"))
    days = request_effort_days(s) if s.stated("request_effort_weeks") else None
    if days:
        update["effort_days"] = days
    person = s.get("person")
    if isinstance(person, str) and s.stated("person") and team.person(person) is not None:
        update["interrupts"] = [team.person(person).name]
    return req.model_copy(update=update) if update else req


def budget_week(s: Situation) -> str:
    """The week the stated interruption budget is for: 'next week' when the manager said so ('2 days of slack next
    week'), else this week."""
    said = s.fact("interrupt_budget_days")
    return "next week" if said is not None and re.search(r"\b(?:next|the coming) week\b", said.text, re.I) else "this week"


# 'raj says the fraud alert spike is already fixed, they rolled back last night': an inbox item the manager says is done.
_DONE_SAID = re.compile(r"\b(?:already (?:been )?(?:fixed|resolved|done|sorted|handled|closed|rolled back|shipped|sent|delivered)|(?:is|was|got|has been|have been|are) (?:now )?(?:fixed|resolved|sorted(?: out)?|handled|closed|done and dusted)|rolled (?:it |that |them )?back|no longer (?:needed|an issue|a problem))\b", re.I)
_STOP = frozenset("the a an of for to on in at by from with and or since last night this that our their his her its new".split())


def still_open(requests: list[Any], question: str) -> list[Any]:
    """The inbox without the items the manager says are already done ('the fraud alert spike is already fixed'): an item
    is done when a sentence saying so shares two of its title's words (by their first five letters)."""
    done = [x for x in re.split(r"(?<=[.!?;])\s+|\n+", question) if _DONE_SAID.search(x)]
    if not done:
        return requests

    def stems(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}

    return [r for r in requests if not any(len(stems(r.title) & stems(x)) >= 2 for x in done)]


def _pasted_inbox(s: Situation, team: Team | None, today: date) -> dict[str, Any]:
    """The requests the manager pasted, triaged together against the stated (or the team file's) interruption budget;
    an item that cannot be read is left out (the answer names it and asks) instead of sinking the whole triage."""
    from tools.triage import InboxInput, inbox_from_team, people_context

    reqs = [req for req in (readable_request(r) for r in s.get("requests")) if req is not None]
    budget = s.get("interrupt_budget_days") or (team.interruption_budget_days if team is not None else 3)
    if s.get("with_inbox") is True and team is not None:
        # 'two more just landed on top of the inbox': the new asks compete with the team file's inbox, triaged together
        return inbox_from_team(team, today=today).model_copy(update={"requests": [*team.inbox, *reqs], "interruption_budget_days": budget, "budget_week": budget_week(s)}).model_dump(mode="json")
    # What the manager pasted is the inbox: the team file's own inbox is not owed on top of it.
    people = [p.model_copy(update={"owes": []}) for p in people_context(team)] if team is not None else []
    return InboxInput(requests=reqs, people=people, interruption_budget_days=budget, budget_week=budget_week(s),
                      today=today, holidays=team.holidays if team is not None else []).model_dump(mode="json")  # fmt: skip


def readable_request(item: Any) -> Request | None:
    """One pasted request as a Request, or None when it cannot be one (no title, an effort beyond a year...)."""
    from pydantic import ValidationError

    if not isinstance(item, dict):
        return None
    try:
        return Request.model_validate({k: v for k, v in item.items() if v not in ("", None)})
    except ValidationError:
        return None


MAX_REQUEST_DAYS = 365.0  # a size beyond this is a misread (a period, not the work) and is not used


def request_effort_days(s: Situation) -> float | None:
    """The request's effort in working days as the situation states it, or None when none is given or it cannot be
    the size of one request (then the answer says so and asks)."""
    effort = s.get("request_effort_weeks")
    if not effort:
        return None
    days = round(float(effort[1]) * WORKDAYS_PER_WEEK, 1)
    return days if 0 < days <= MAX_REQUEST_DAYS else None


MATCH_STOPWORDS = frozenset("with from that this they them since last into over about model models data team".split())


def match_inbox_request(team: Team, s: Situation) -> Request | None:
    """The team-inbox request the situation is about, when the match is clear (title words, requester, kind)."""
    title = str(s.get("request_title") or "")
    words = set(re.findall(r"[a-z]{4,}", title.lower()))
    requester = str(s.get("requester") or "")
    best, best_score = None, 0.0
    for req in team.inbox:
        title_words = set(re.findall(r"[a-z]{4,}", req.title.lower())) - MATCH_STOPWORDS
        overlap = sum(1 for w in title_words if w in words or w.rstrip("s") in words)
        named = bool(req.requester) and req.requester.casefold() == requester.casefold()
        if overlap < 2 and (not named or (s.stated("request_title") and len(words) >= 3)):
            continue  # the question says what the new ask is ('now she wants a churn by product line cut'): not her older inbox item
        score = overlap + (2.0 if req.kind == s.get("request_kind") and req.kind != "feature" else 0.0) + (2.0 if named else 0.0)
        if score > best_score:
            best, best_score = req, score
    return best if best_score >= 4 else None


def request_from_situation(s: Situation, team: Team | None, question: str) -> Request:
    """A Request built from the situation: title, kind, effort, who it interrupts, urgency."""
    days = request_effort_days(s) or 2.0
    person = s.get("person")
    interrupts = [person] if isinstance(person, str) and team is not None and team.person(person) is not None else []
    requester = s.get("requester") if isinstance(s.get("requester"), str) and re.match(r"^[A-Z]", s.get("requester")) else ""
    if not requester and isinstance(person, str) and not interrupts and person == s.get("recipient"):
        requester = person  # 'valeska (head of collections) now wants ... what do i tell her': someone outside the team asked
    kind = s.get("request_kind", "feature")
    level = s.get("urgency") or ("critical" if kind == "incident" else "normal")
    title = str(s.get("request_title") or re.split(r"(?<=[.!?])\s+", question.strip())[0])[:200]
    deadline = date.fromisoformat(s.get("deadline")) if isinstance(s.get("deadline"), str) and s.stated("deadline") else None
    return Request(title=title, requester=requester, kind=kind, urgency=level, effort_days=max(days, 0.1), interrupts=interrupts,
                   deadline=deadline)  # fmt: skip


# Org archetypes -----------------------------------------------------------------------------------
def plan_archetype(ctx: TurnContext) -> list[dict[str, Any]]:
    if _done(ctx, "score_archetype"):
        return []
    return [_call("score_archetype", {"description": ctx.question[:5000]}, 1)]



