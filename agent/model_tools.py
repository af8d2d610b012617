"""The tools as a language model sees them: compact schemas that take names and numbers, never whole
team objects, and `resolve`, which turns a model's call into the registry tool's full validated input by
looking people, projects and requests up in the loaded team file and, for people not in it, in the
Situation. A model only names "Priya"; her current work, estimates and inbox requests come from data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.situation import Situation
from agent.tool_results import latest_input, latest_result
from lead_core.units import weeks_until
from tools.errors import ToolInputError
from tools.team import Person, Request, Team

Weeks = list[float] | float
MAX_TASKS = 20
DEFAULT_TRIALS = 4000
# 1-on-1 cues mapped to the team file's work status and, where it helps the agenda, a blocker line.
CUE_STATUS = {
    "new_hire": "ramping_up", "returning_from_leave": "ramping_up", "stuck": "blocked", "near_finish": "near_finish",
}  # fmt: skip
CUE_NOTES = {
    "stuck": "Stuck (from your message)",
    "burnout": "Signs of burnout (from your message)",
    "conflict": "A conflict with a colleague (from your message)",
    "conduct": "How they treat others was raised with you (from your message)",
    "quiet": "Rarely speaks up or asks questions (from your message)",
    "underperforming": "Performance concerns (from your message)",
    "disengaged": "Seems disengaged (from your message)",
    "retention_risk": "May leave: talking to other companies or holding an offer (from your message)",
    "research_go_no_go": "A research go/no-go decision is due (from your message)",
}


class _Args(BaseModel):
    # Small models add stray keys; ignoring them beats refusing an otherwise good call.
    model_config = ConfigDict(extra="ignore")


class CompareStrategiesArgs(_Args):
    """What-if for moving a person to new work: switch now, finish first, split time or defer. Their current work comes from the team file."""

    person: str
    new_work: str = ""
    new_work_weeks: Weeks | None = Field(default=None, description="[low, likely, high] weeks, or one number.")
    deadline: str | float | None = Field(default=None, description="When the new work is due: ISO date or weeks from now.")


class BuildAgendaArgs(_Args):
    """Build a 1-on-1 agenda for a person (team file or what the user said)."""

    person: str
    minutes: int = 30


class TaskArg(_Args):
    name: str
    weeks: Weeks = Field(description="[low, likely, high] or one number.")
    success_probability: float | None = None


class ForecastArgs(_Args):
    """Forecast when work finishes (ranges with probabilities): a team-file project by name, or tasks from the message."""

    project: str = ""
    tasks: list[TaskArg] = Field(default_factory=list, description="In order.")
    parallel: bool = False
    deadline: str | float | None = Field(default=None, description="ISO date or weeks from now.")


class PlanChangesArgs(_Args):
    """Suggest plan changes (defer, cut, fallback, extra person, new date) that raise the chance of meeting the deadline, for a team-file project or the plan just forecast."""

    project: str = ""
    deadline: str | float | None = Field(default=None, description="ISO date or weeks from now.")
    target_probability: float | None = Field(default=None, description="Chance to aim for, e.g. 0.8.")


class TriageInboxArgs(_Args):
    """Triage the whole team inbox under the weekly interruption budget."""


class TriageRequestArgs(_Args):
    """Decide what to do with one incoming request (an inbox title or one the user describes)."""

    title: str
    requester: str = ""
    kind: Literal["feature", "ad_hoc_analysis", "question", "incident", "compliance", "demo", "report"] = "feature"
    effort_days: float | None = None
    urgency: Literal["low", "normal", "high", "critical"] = "normal"
    deadline: str | None = Field(default=None, description="ISO date.")
    interrupts: list[str] = Field(default_factory=list, description="Names of people it would pull in.")


class DraftMessageArgs(_Args):
    """Draft a stakeholder message; this turn's forecast and what-if numbers are filled in for you."""

    purpose: str = Field(
        description="answer_question, forecast_risk, decline_or_negotiate, ask_for_resources, explain_uncertainty, "
        "announce_change, respond_to_reprioritization or progress_update."
    )
    audience: str = Field(description="vp, cto, cfo, director, head_of_product, peer_team, own_team...")
    recipient: str = ""
    decision: str = Field(default="", description="The decision or recommendation.")
    reason: str = ""
    ask: str = Field(default="", description="What you need from the reader.")
    project: str = ""


class LintMessageArgs(_Args):
    """Lint a message: single-date promises, hype, certainty, blame, missing ask, length."""

    text: str
    audience: str = ""


class ScoreArchetypeArgs(_Args):
    """Score which ML organization archetype a description fits."""

    description: str = Field(description="The user's words.")


class SearchGuidanceArgs(_Args):
    """Search the leadership guidance; returns numbered passages to cite as [n]."""

    query: str


class TeamContextArgs(_Args):
    """A person's or project's record from the team file."""

    name: str = ""


MODEL_TOOLS: dict[str, type[_Args]] = {
    "compare_strategies": CompareStrategiesArgs,
    "build_agenda": BuildAgendaArgs,
    "forecast_completion": ForecastArgs,
    "suggest_plan_changes": PlanChangesArgs,
    "triage_inbox": TriageInboxArgs,
    "triage_request": TriageRequestArgs,
    "draft_message": DraftMessageArgs,
    "lint_message": LintMessageArgs,
    "score_archetype": ScoreArchetypeArgs,
    "search_guidance": SearchGuidanceArgs,
    "get_team_context": TeamContextArgs,
}
DROPPED_KEYS = frozenset({"title", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
                          "minLength", "maxLength", "minItems", "maxItems", "additionalProperties"})  # fmt: skip


def compact_schema(node: Any, defs: dict[str, Any]) -> Any:
    """A JSON schema without titles, bounds, defaults and $refs; optional values lose their `null` branch."""
    if isinstance(node, list):
        return [compact_schema(v, defs) for v in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = defs[node["$ref"].split("/")[-1]]
        return compact_schema({**target, **{k: v for k, v in node.items() if k != "$ref"}}, defs)
    if "anyOf" in node:
        branches = [b for b in node["anyOf"] if b.get("type") != "null"]
        rest = {k: v for k, v in node.items() if k != "anyOf"}
        node = {**rest, **branches[0]} if len(branches) == 1 else {**rest, "anyOf": branches}
    return {k: compact_schema(v, defs) for k, v in node.items() if k not in DROPPED_KEYS and k != "$defs"}


def model_tool_schemas() -> list[dict[str, Any]]:
    """Function-calling schemas for every model-facing tool, compact and identical on every call."""
    out = []
    for name, model in MODEL_TOOLS.items():
        schema = model.model_json_schema()
        params = compact_schema(schema, schema.get("$defs", {}))
        params.pop("description", None)
        params.setdefault("properties", {})
        out.append({"type": "function", "function": {"name": name, "description": model.__doc__ or name, "parameters": params}})
    return out


@dataclass
class Resolved:
    """A model's call turned into the registry tool's full input, with anything assumed along the way."""

    arguments: dict[str, Any]
    assumptions: list[str] = field(default_factory=list)


def resolve(
    call: dict[str, Any],
    team: Team | None,
    situation: Situation | None,
    today: date,
    results: list[dict[str, Any]] | None = None,
) -> Resolved:
    """Turn `{"name", "arguments": dict}` into the registry tool's validated input.

    `results` are this turn's earlier tool records ({"name", "result"}); drafts use them for their numbers.
    Raises ToolInputError with one sentence the model can act on.
    """
    name = call["name"]
    model = MODEL_TOOLS.get(name)
    if model is None:
        raise ToolInputError(f"Unknown tool {name!r}; known tools: {', '.join(MODEL_TOOLS)}.")
    try:
        args = model.model_validate(call.get("arguments") or {})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}" for e in exc.errors()[:3])
        raise ToolInputError(f"Invalid arguments for {name}: {problems}.") from None
    ctx = _Lookup(team, situation or Situation(), today, results or [])
    try:
        return RESOLVERS[name](args, ctx)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ToolInputError(f"{name} could not be prepared: {first['msg']}.") from None


@dataclass
class _Lookup:
    team: Team | None
    situation: Situation
    today: date
    results: list[dict[str, Any]]

    def person(self, name: str) -> Person | None:
        return self.team.person(name) if self.team is not None and name.strip() else None

    def about(self, name: str) -> bool:
        """True when the Situation is about this person (or names nobody)."""
        said = str(self.situation.get("person") or "")
        return not said or said.casefold() == name.strip().casefold()

    def known_people(self) -> str:
        return ", ".join(p.name for p in self.team.people) if self.team is not None and self.team.people else "none"

    def last_result(self, tool: str) -> Any:
        """The last successful result of `tool` this turn, as the tool's output model (None when none)."""
        return latest_result(self.results, tool)


def three_point(value: Weeks | None) -> tuple[float, float, float] | None:
    """[low, likely, high] from a list of one to three numbers or one number (one number: -25%/+50%)."""
    if value is None:
        return None
    values = [float(v) for v in (value if isinstance(value, list) else [value]) if v is not None]
    if not values or any(v < 0 for v in values):
        return None
    if len(values) == 1:
        x = values[0]
        return round(x * 0.75, 2), x, round(x * 1.5, 2)
    if len(values) == 2:
        low, high = sorted(values)
        return low, round((low + high) / 2, 2), high
    low, likely, high = sorted(values[:3])
    return low, likely, high


def deadline_date(value: str | float | None, today: date) -> date | None:
    """An ISO date, or a number of weeks from today, as a date."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:w|wk|wks|weeks?)?", text, re.I)
    if m:
        return today + timedelta(days=round(float(m.group(1)) * 7))
    raise ToolInputError(f"Could not read the deadline {text!r}; give an ISO date (2027-01-15) or a number of weeks.")


def _compare(args: CompareStrategiesArgs, ctx: _Lookup) -> Resolved:
    from tools.whatif import WhatIfInput, WorkInFlight

    notes: list[str] = []
    person = ctx.person(args.person)
    s = ctx.situation
    stated_left = three_point(s.get("remaining_weeks")) if ctx.about(args.person) and s.stated("remaining_weeks") else None
    if person is not None and person.current_work is not None:
        cw = person.current_work
        low, likely, high = stated_left or (cw.remaining_weeks_low, cw.remaining_weeks_likely, cw.remaining_weeks_high)
        invested = s.get("done_weeks") if ctx.about(args.person) and s.stated("done_weeks") else cw.weeks_invested
        current = WorkInFlight(person=person.name, project=cw.project, weeks_invested=float(invested), remaining_low=low,
                               remaining_likely=likely, remaining_high=high, success_probability=cw.success_probability,
                               value=cw.value)  # fmt: skip
    elif ctx.about(args.person) and three_point(s.get("remaining_weeks")) is not None:
        low, likely, high = three_point(s.get("remaining_weeks"))  # type: ignore[misc]
        current = WorkInFlight(person=args.person.strip()[:80], project=str(s.get("project") or "current work")[:120],
                               weeks_invested=float(s.get("done_weeks") or 0), remaining_low=low, remaining_likely=likely,
                               remaining_high=high)  # fmt: skip
    else:
        raise ToolInputError(
            f"No current work known for {args.person!r}: they are not in the team file with current_work (known people: "
            f"{ctx.known_people()}) and the user gave no remaining weeks; ask the user how much work is left."
        )
    new = _new_work(args, ctx, current.person, notes)
    return Resolved(WhatIfInput(current=current, new_work=new, trials=DEFAULT_TRIALS).model_dump(mode="json"), notes)


def _new_work(args: CompareStrategiesArgs, ctx: _Lookup, person: str, notes: list[str]) -> Any:
    from tools.whatif import NewWork

    s, team = ctx.situation, ctx.team
    title = (args.new_work or str(s.get("new_work") or "")).strip()
    # What the model passes or the question states beats the team file; the team file beats an assumption.
    estimate = three_point(args.new_work_weeks) or (three_point(s.get("new_work_weeks")) if s.stated("new_work_weeks") else None)
    due = deadline_date(args.deadline, ctx.today) or (deadline_date(s.get("deadline"), ctx.today) if s.stated("deadline") else None)
    project = team.project(title) if team is not None and title else None
    request = None
    if team is not None and project is None:
        request = next((r for r in team.inbox if title and title.casefold() in r.title.casefold()), None)
        request = request or next((r for r in team.inbox if any(n.casefold() == person.casefold() for n in r.interrupts)), None)
    if estimate is None and project is not None and project.tasks:
        estimate = project.weeks_for(person)
    if estimate is None and request is not None:
        estimate = request.effort_weeks()
        title = title or request.title
    if estimate is None and s.has("new_work_weeks"):
        estimate = three_point(s.get("new_work_weeks"))
        notes.append(f"The new work's effort ({s.get('new_work_weeks')} weeks) is assumed; give the real estimate for a sharper comparison.")
    if estimate is None:
        raise ToolInputError(
            "The new work's effort is unknown: pass new_work_weeks from the user's message, or ask the user how big it is."
        )
    due = due or (project.deadline if project is not None else None) or (request.deadline if request is not None else None)
    if due is None and s.has("deadline"):
        due = deadline_date(s.get("deadline"), ctx.today)
        notes.append(f"The new work's deadline ({s.get('deadline')}) is assumed; tell me the real one.")
    if due is None:
        weeks = round(max(estimate[2] * 2, 1), 1)
        notes.append(f"Assumed a deadline {weeks:g} weeks out for the new work (none was given).")
        due_weeks = weeks
    else:
        due_weeks = weeks_until(ctx.today, due, getattr(ctx.team, "holidays", ()))
    low, likely, high = (max(v, 0.1) for v in estimate)
    return NewWork(title=(title or "the new request")[:200], estimate_low=low, estimate_likely=likely, estimate_high=high,
                   deadline_weeks=due_weeks)  # fmt: skip


def _agenda(args: BuildAgendaArgs, ctx: _Lookup) -> Resolved:
    from tools.agenda import AgendaInput

    minutes = min(max(int(args.minutes or 30), 15), 120)
    person = ctx.person(args.person)
    notes: list[str] = []
    if person is None:
        s = ctx.situation
        cues = [c for c in (s.get("cues") or []) if isinstance(c, str)] if ctx.about(args.person) else []
        status = next((CUE_STATUS[c] for c in cues if c in CUE_STATUS), "available")
        role = str(s.get("person_role") or "team member") if ctx.about(args.person) else "team member"
        person = Person(name=args.person.strip()[:80] or "them", role=role, status=status,
                        blockers=[CUE_NOTES[c] for c in cues if c in CUE_NOTES])  # fmt: skip
        notes.append(f"{person.name} is not in the team file, so the agenda uses only what the message says.")
    return Resolved(AgendaInput(person=person, minutes=minutes, today=ctx.today).model_dump(mode="json"), notes)


def _forecast(args: ForecastArgs, ctx: _Lookup) -> Resolved:
    from tools.simulate import PlanInput, plan_from_project

    due = deadline_date(args.deadline, ctx.today)
    tasks = list(args.tasks) or [TaskArg.model_validate(t) for t in (ctx.situation.get("tasks") or []) if isinstance(t, dict)]
    project = ctx.team.project(args.project) if ctx.team is not None and args.project else None
    if project is not None and project.tasks and not args.tasks:
        plan = plan_from_project(project, ctx.team.people, deadline=due, start=None, holidays=ctx.team.holidays, trials=DEFAULT_TRIALS)  # type: ignore[union-attr]
        return Resolved(plan.model_dump(mode="json"))
    if not tasks:
        known = ", ".join(p.name for p in ctx.team.projects if p.tasks) if ctx.team is not None else ""
        raise ToolInputError(
            f"Nothing to forecast: {'no project named ' + repr(args.project) if args.project else 'no project named'}"
            f"{' (team projects: ' + known + ')' if known else ''} and no tasks given; pass tasks with [low, likely, high] weeks."
        )
    due = due or deadline_date(ctx.situation.get("deadline"), ctx.today)
    parallel = args.parallel or bool(ctx.situation.get("parallel"))
    items: list[dict[str, Any]] = []
    for i, t in enumerate(tasks[:MAX_TASKS]):
        est = three_point(t.weeks)
        if est is None:
            raise ToolInputError(f"Task {t.name!r} needs weeks as [low, likely, high].")
        item: dict[str, Any] = {"name": t.name[:120] or f"task {i + 1}", "optimistic": est[0], "most_likely": est[1], "pessimistic": est[2]}
        if t.success_probability is not None:
            p = t.success_probability / 100 if t.success_probability > 1 else t.success_probability
            item["success_probability"] = min(max(p, 0.0), 1.0)
        if i and not parallel:
            item["depends_on"] = [items[i - 1]["name"]]
        items.append(item)
    holidays = ctx.team.holidays if ctx.team is not None else []
    plan = PlanInput.model_validate({"tasks": items, "unit": "weeks", "start": ctx.today, "deadline": due, "holidays": holidays, "trials": DEFAULT_TRIALS})
    return Resolved(plan.model_dump(mode="json"))


def _plan_changes(args: PlanChangesArgs, ctx: _Lookup) -> Resolved:
    from tools.simulate import PrescribeInput

    forecast = latest_input(ctx.results, "forecast_completion")
    if args.project or forecast is None:
        plan = _forecast(ForecastArgs(project=args.project, deadline=args.deadline), ctx).arguments
    else:
        plan = forecast.model_dump(mode="json")
        due = deadline_date(args.deadline, ctx.today)
        if due is not None:
            plan.update(deadline=due.isoformat(), deadline_days=None, start=plan.get("start") or ctx.today.isoformat())
    if plan.get("deadline") is None and plan.get("deadline_days") is None:
        raise ToolInputError("suggest_plan_changes needs a deadline: pass one from the user's message, or ask for it.")
    target = args.target_probability
    if target is not None and target > 1:
        target /= 100
    options: dict[str, Any] = {"target_probability": min(max(target, 0.05), 0.99)} if target else {}
    # Plans from the message are built in weeks with an assumed one-after-another order; team projects state theirs.
    order_assumed = plan.get("unit") == "weeks" and any(t.get("depends_on") for t in plan["tasks"])
    return Resolved(PrescribeInput(plan=plan, order_assumed=order_assumed, **options).model_dump(mode="json"))


def _triage_inbox(args: TriageInboxArgs, ctx: _Lookup) -> Resolved:
    from tools.triage import inbox_from_team

    if ctx.team is None or not ctx.team.inbox:
        raise ToolInputError("No team inbox is loaded; use triage_request with the request the user describes.")
    return Resolved(inbox_from_team(ctx.team, today=ctx.today).model_dump(mode="json"))


def _triage_request(args: TriageRequestArgs, ctx: _Lookup) -> Resolved:
    from tools.triage import TriageInput, triage_input_from_team

    team, notes = ctx.team, []
    words = set(re.findall(r"[a-z]{4,}", args.title.lower()))
    match = None
    if team is not None:
        match = next((r for r in team.inbox if r.title.casefold() == args.title.strip().casefold()), None)
        match = match or max(
            (r for r in team.inbox if len(words & set(re.findall(r"[a-z]{4,}", r.title.lower()))) >= 2),
            key=lambda r: len(words & set(re.findall(r"[a-z]{4,}", r.title.lower()))),
            default=None,
        )
    if match is None:
        known = [n for n in args.interrupts if ctx.person(n) is not None]
        if len(known) < len(args.interrupts):
            notes.append("People not in the team file were left out of the triage.")
        effort = args.effort_days
        if effort is None:
            effort = 2.0
            notes.append("Assumed an effort of 2 working days for the request (none was given).")
        match = Request(title=args.title[:200], requester=args.requester[:80], kind=args.kind, urgency=args.urgency,
                        deadline=deadline_date(args.deadline, ctx.today), effort_days=max(effort, 0.1),
                        interrupts=[ctx.person(n).name for n in known])  # type: ignore[union-attr]  # fmt: skip
    if team is not None:
        return Resolved(triage_input_from_team(team, match, today=ctx.today).model_dump(mode="json"), notes)
    return Resolved(TriageInput(request=match, today=ctx.today).model_dump(mode="json"), notes)


def audience_role(value: str) -> str:
    """An audience the model names ('VP', 'head of product', 'executive', 'team') in the Situation's role words."""
    role = re.sub(r"[\s-]+", "_", value.strip().lower())
    return "exec" if role == "executive" else "own_team" if role == "team" else role


def _audience(value: str) -> str:
    """The message tools' audience for a role the model names (the drafting decision's one table)."""
    from agent.drafting import COARSE_AUDIENCE

    return COARSE_AUDIENCE.get(audience_role(value), "executive")


def _draft(args: DraftMessageArgs, ctx: _Lookup) -> Resolved:
    """The drafting tool's input built the way the offline brain builds it (`agent.drafting`, one decision
    object from the Situation and this turn's results); what the model names fills what the Situation leaves
    out, and its purpose, audience and ask win when it gives them."""
    from agent.drafting import COARSE_AUDIENCE, draft_input
    from tools.message import PURPOSES, DraftInput

    s = ctx.situation.model_copy(deep=True)
    if args.purpose in PURPOSES:
        s.put("purpose", args.purpose, "question", "(named by the model)")
    role = audience_role(args.audience)
    if role in COARSE_AUDIENCE:
        s.put("audience", role, "question", "(named by the model)")
    for name, value in (("recipient", args.recipient), ("decision", args.decision), ("reason", args.reason), ("project", args.project)):
        if value.strip() and not s.stated(name):
            s.put(name, value.strip()[:300], "question", value.strip()[:300])
    source = "\n".join(f.text for f in ctx.situation.facts if f.source == "question" and f.text)  # the manager's words
    draft = draft_input(s, source, ctx.today, ctx.results, forecast=ctx.last_result("forecast_completion"),
                        reprioritization=ctx.last_result("compare_strategies"), team=ctx.team)  # fmt: skip
    if args.ask.strip():
        draft["facts"]["ask"] = args.ask.strip()[:300]
    return Resolved(DraftInput.model_validate(draft).model_dump(mode="json"))


def _lint(args: LintMessageArgs, ctx: _Lookup) -> Resolved:
    out: dict[str, Any] = {"text": args.text}
    if args.audience:
        out["audience"] = _audience(args.audience)
    return Resolved(out)


def _archetype(args: ScoreArchetypeArgs, ctx: _Lookup) -> Resolved:
    return Resolved({"description": args.description[:5000]})


def _search(args: SearchGuidanceArgs, ctx: _Lookup) -> Resolved:
    return Resolved({"query": args.query})


def _team_context(args: TeamContextArgs, ctx: _Lookup) -> Resolved:
    return Resolved({"name": args.name} if args.name else {})


RESOLVERS: dict[str, Any] = {
    "compare_strategies": _compare,
    "build_agenda": _agenda,
    "forecast_completion": _forecast,
    "suggest_plan_changes": _plan_changes,
    "triage_inbox": _triage_inbox,
    "triage_request": _triage_request,
    "draft_message": _draft,
    "lint_message": _lint,
    "score_archetype": _archetype,
    "search_guidance": _search,
    "get_team_context": _team_context,
}
