"""The offline brain: deterministic, no network. It plans the same tool calls a model would (from the
intent, the extracted details and the team file), one round at a time, then composes the answer.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from agent.brains.base import Step, TurnContext
from agent.compose import compose_answer
from agent.extract import invested_from_message, remaining_from_message
from tools.team import Person, Request, Team


def _call(name: str, arguments: dict[str, Any], n: int) -> dict[str, Any]:
    return {"id": f"offline_{n}_{name}", "name": name, "arguments": json.dumps(arguments, default=str)}


def _done(ctx: TurnContext, name: str) -> bool:
    return any(r["name"] == name for r in ctx.tool_calls)


def _result(ctx: TurnContext, name: str) -> dict[str, Any] | None:
    for r in reversed(ctx.tool_calls):
        if r["name"] == name and r.get("result") is not None:
            return r["result"]
    return None


def _weeks_until(today: date, deadline: date | None) -> float | None:
    if deadline is None:
        return None
    return round(max((deadline - today).days / 7, 0.5), 1)


# The whole inbox is wanted when the manager talks about several requests at once.
INBOX_RE = re.compile(
    r"\binbox\b|\bqueue\b|\b(?:requests|asks|interruptions)\b|\bthese\b|\beverything\b|\ball (?:of )?(?:the|my|these)\b|"
    r"interruption budget|\bbudget\b|what do i say yes to|\bthis week's\b",
    re.IGNORECASE,
)
KIND_RULES: tuple[tuple[str, str], ...] = (
    ("incident", r"incident|outage|\balerts?\b|on-?call|\bdown\b|broken in prod|spik\w+|regression in prod|sev[- ]?\d"),
    ("compliance", r"complian\w*|\baudit\w*|regulat\w*|lineage|\bgdpr\b|model risk|legal review"),
    ("demo", r"\bdemo\w*|\bshowcase\b|\bpresent(?:ation)? to (?:a )?(?:customer|prospect|client)"),
    ("report", r"\breport\b|\bdashboard\b|\bslides?\b"),
    ("ad_hoc_analysis", r"analys[ie]s|\bnumbers\b|data pull|\bpull (?:the )?data\b|one-off|breakdown|by region"),
    ("question", r"\bquestion\b|\bexplain\b|how does"),
)


DAY_WORDS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|the \d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}"
PURPOSE_RULES: tuple[tuple[str, str], ...] = (
    ("decline_or_negotiate", r"\b(?:can't|cannot|can not|won't|will not|unable to|decline|say no|push back|turn (?:it |them )?down|not (?:able|going) to)\b"),
    ("decline_or_negotiate", r"\b(?:reply|respond|answer)\w*\s+to\b.{0,120}\b(?:wants?|asked|asking|requests?)\b"),
    ("ask_for_resources", r"\bask(?:ing)? for\b|\bmore (?:time|weeks|people|headcount|budget|engineers?|help)\b|\bheadcount\b|\bbudget for\b|\bextra (?:engineer|person|week)"),
    ("forecast_risk", r"\bslip\w*|\brisk\w*|\bdelay\w*|\blate\b|\bbehind\b|\bat risk\b"),
    ("respond_to_reprioritization", r"\bmov(?:e|es|ing) (?:her|him|them|to)\b|\bswitch\w*|reprioriti\w*|\btop priority\b|\bpriorit(?:y|ies)\b|\bfinish\w* .{0,40}\b(?:before|first)\b"),
)


def pending_change(text: str) -> str:
    """A change to someone's work that the message mentions ("the VP wants to move her to the summarizer")."""
    m = re.search(
        r"\b((?:\w+ )?(?:wants?|plans?|asked|is asking|might|may|will)\s+(?:to\s+)?(?:move|moving|switch|pull|reassign|put)\s+(?:him|her|them|\w+)\s+(?:to|onto|off|on)\s+[^.,;?!]+)",
        text,
        re.I,
    )
    return f"{m.group(1).strip()} (from your message)" if m else ""


def message_purpose(text: str) -> str:
    """The draft's purpose from the manager's request (progress update when nothing more specific fits)."""
    return next((purpose for purpose, pattern in PURPOSE_RULES if re.search(pattern, text, re.I)), "progress_update")


def _clause(text: str) -> str:
    """A stated clause without the trailing instructions about tone ("..., without blaming anyone")."""
    text = re.split(r",?\s+(?:without|but (?:keep|don't|do not)|and (?:keep|don't|do not|make)|so (?:it|that it) doesn't)\b|[.;]\s", text.strip())[0]
    text = re.split(r"\.\s+(?:keep|make|help|please)\b", text, flags=re.I)[0]
    return text.strip(" ,.")


def statement_from_message(text: str) -> tuple[str, str] | None:
    """(facts slot, clause) for what the manager wants the message to say ("saying X", "explaining why Y")."""
    m = re.search(r"\bexplain(?:ing|s)?\s+(?:to \w+\s+)?(?:why|that|how)\s+([^?!]+)", text, re.I)
    if m:
        return "reason", _clause(m.group(1))
    m = re.search(r"\b(?:saying|announcing|to say|letting (?:them|everyone|the team) know)\s+(?:that\s+)?([^?!]+)", text, re.I)
    if m:
        return "decision", _clause(m.group(1))
    m = re.search(r"\b(?:tell|let|inform)\s+(?:the |my |our )?[\w -]{0,30}?\s*(?:know\s+)?(?:that\s+)?((?:we|they|I|it|the team)\b(?:'re|'ll)?[^.?!]+)", text, re.I)
    if m:
        return "decision", _clause(m.group(1))
    return None


def request_kind(text: str) -> str:
    """The request kind a message describes (feature when nothing more specific fits)."""
    return next((kind for kind, pattern in KIND_RULES if re.search(pattern, text, re.I)), "feature")


MATCH_STOPWORDS = frozenset("with from that this they them since last into over about model models data team".split())


def match_inbox_request(team: Team, text: str, kind: str, people: list[str]) -> Request | None:
    """The team-inbox request the message is about, when the match is clear (kind, person and title words)."""
    words = set(re.findall(r"[a-z]{4,}", text.lower()))
    best, best_score = None, 0.0
    for req in team.inbox:
        title_words = set(re.findall(r"[a-z]{4,}", req.title.lower())) - MATCH_STOPWORDS
        overlap = sum(1 for w in title_words if w in words or w.rstrip("s") in words or f"{w}ed" in words)
        named = bool(req.requester and re.search(rf"\b{re.escape(req.requester)}\b", text))
        if overlap < 2 and not named:
            continue  # the same kind and person alone could be a different request
        score = overlap + (2.0 if req.kind == kind and kind != "feature" else 0.0)
        score += 2.0 * sum(1 for n in req.interrupts if n in people) + (2.0 if named else 0.0)
        if score > best_score:
            best, best_score = req, score
    return best if best_score >= 4 else None


class OfflineBrain:
    """Deterministic planner and composer; the default when no model endpoint is configured."""

    label = "offline"
    model: str | None = None
    remote = False

    def think(self, ctx: TurnContext) -> Step:
        """The next tool call for this intent, or the composed answer when the plan is done."""
        from pydantic import ValidationError

        from tools.errors import ToolInputError

        assumptions: list[str] = []
        notices: list[str] = []
        try:
            call = self._next_call(ctx, assumptions)
        except (ToolInputError, ValidationError, ValueError, KeyError) as exc:
            # Odd team-file data must not break the turn: answer with what we have and say why.
            call = None
            notices.append(f"Could not prepare the {ctx.intent} tool input from your data: {str(exc).splitlines()[0]}")
        if call is not None:
            return Step(tool_calls=call["many"] if "many" in call else [call])
        text = compose_answer(ctx.intent, ctx.question, ctx.details, ctx.tool_calls, ctx.passages, assumptions)
        return Step(content=text, assumptions=assumptions, notices=notices)

    # Planning ------------------------------------------------------------------------------------
    def _next_call(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        planner = {
            "reprioritization": self._plan_reprioritization,
            "stakeholder_message": self._plan_stakeholder,
            "one_on_one": self._plan_one_on_one,
            "triage": self._plan_triage,
            "archetype": self._plan_archetype,
            "planning": self._plan_forecast,
        }.get(ctx.intent)
        return planner(ctx, assumptions) if planner else None

    def _plan_reprioritization(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        whatif = self._whatif_arguments(ctx, assumptions)
        if whatif is not None and not _done(ctx, "compare_strategies"):
            return _call("compare_strategies", whatif, 1)
        result = _result(ctx, "compare_strategies")
        if result is not None and not _done(ctx, "draft_message"):
            return _call("draft_message", self._reprioritization_draft(ctx, result, whatif or {}), 2)
        return None

    def _whatif_arguments(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        from tools.whatif import NewWork, WhatIfInput, whatif_from_team

        team, d = ctx.team, ctx.details
        person = next((team.person(n) for n in d["people"] if team and team.person(n) and team.person(n).current_work), None) if team else None
        if person is None and team is not None and d["projects"]:
            person = self._most_affected(team, d["projects"][0])
            if person is not None:
                assumptions.append(
                    f"You did not name anyone, so I compared the strategies for {person.name}, whose current work "
                    f"({person.current_work.project}) is furthest along; ask again with another name to compare theirs."
                )
        new_project = None
        if person is not None:
            new_project = next((p for p in d["projects"] if p != person.current_work.project), None)
        durations = [x for x in d["durations"] if x["unit"] in ("week", "day", "month")]
        if person is None and not durations:
            assumptions.append("I could not tell how much work is left; add a team file (--team) with the person's current_work, or say e.g. 'two weeks left'.")
            return None
        new_work = self._new_work(ctx, person, new_project, assumptions)
        if person is not None:
            return whatif_from_team(team, person.name, new_work).model_dump(mode="json")
        stated = remaining_from_message(ctx.question)
        if stated is not None:
            low, remaining, high = stated
        else:
            left = durations[0]
            remaining = left["value"] if left["unit"] == "week" else round(left["value"] / 5, 1) if left["unit"] == "day" else round(left["value"] * 4.33, 1)
            low, high = round(remaining * 0.75, 2), round(remaining * 1.5, 2)
        invested = invested_from_message(ctx.question)
        if invested is None:
            total = next((x["value"] for x in durations[1:] if x["unit"] == "week" and x["value"] > remaining), None)
            invested = round(total - remaining, 1) if total else 0
        current = {
            "person": d["people"][0] if d["people"] else "the engineer",
            "project": "current work",
            "weeks_invested": invested,
            "remaining_low": low,
            "remaining_likely": remaining,
            "remaining_high": high,
        }
        assumptions.append(
            f"I assumed {remaining:g} weeks remaining from your message (range {low:g}-{high:g} weeks); "
            "add a team file (--team) so I can use the real estimates."
        )
        return WhatIfInput.model_validate({"current": current, "new_work": new_work.model_dump()}).model_dump(mode="json")

    @staticmethod
    def _most_affected(team: Team, new_project: str) -> Person | None:
        """The person whose current work (not the new project) is furthest along: the costliest to switch."""
        candidates = [p for p in team.people if p.current_work and p.current_work.project != new_project and p.status != "on_leave"]
        if not candidates:
            return None

        def progress(p: Person) -> float:
            cw = p.current_work
            return cw.weeks_invested / max(cw.weeks_invested + cw.remaining_weeks_likely, 1e-9)

        return max(candidates, key=lambda p: (p.status == "near_finish", progress(p)))

    def _new_work(self, ctx: TurnContext, person: Person | None, project: str | None, assumptions: list[str]):
        from tools.whatif import NewWork

        team = ctx.team
        asked = self._new_work_weeks(ctx) if person is not None else None
        if asked is not None:
            proj = team.project(project) if team is not None and project else None
            deadline = _weeks_until(ctx.today, proj.deadline) if proj is not None else None
            if deadline is None:
                deadline = round(max(asked * 3, 1), 1)
                assumptions.append(f"I assumed the new work has a deadline in {deadline:g} weeks; tell me the real one.")
            assumptions.append(f"I took {asked:g} weeks for the new work from your message (range {round(asked * 0.75, 2):g}-{round(asked * 1.5, 2):g} weeks).")
            return NewWork(
                title=project or "the new request", estimate_low=round(asked * 0.75, 2), estimate_likely=asked,
                estimate_high=round(asked * 1.5, 2), deadline_weeks=deadline,
            )  # fmt: skip
        if team is not None and project and team.project(project) is not None:
            proj = team.project(project)
            tasks = [t for t in proj.tasks if person is not None and (t.assignee or "").casefold() == person.name.casefold()] or proj.tasks
            low = round(sum(t.optimistic for t in tasks) / 5, 2)
            likely = round(sum(t.most_likely for t in tasks) / 5, 2)
            high = round(sum(t.pessimistic for t in tasks) / 5, 2)
            deadline = _weeks_until(ctx.today, proj.deadline)
            if deadline is None:
                deadline = round(high * 2, 1)
                assumptions.append(f"{proj.name} has no deadline in the team file; I assumed {deadline:g} weeks.")
            return NewWork(title=proj.name, estimate_low=low, estimate_likely=likely, estimate_high=high, deadline_weeks=deadline)
        if team is not None and person is not None:
            req = next((r for r in team.inbox if person.name in r.interrupts), None)
            if req is not None:
                weeks = req.effort_days / 5
                deadline = _weeks_until(ctx.today, req.deadline) or round(weeks * 2, 1)
                return NewWork(title=req.title, estimate_low=round(weeks * 0.8, 2), estimate_likely=weeks, estimate_high=round(weeks * 1.5, 2), deadline_weeks=deadline)
        assumptions.append("I assumed the new work takes 2-4 weeks (most likely 3) with a deadline in 6 weeks; give me its estimate for a sharper comparison.")
        return NewWork(title=project or "the new request", estimate_low=2, estimate_likely=3, estimate_high=4, deadline_weeks=6)

    @staticmethod
    def _new_work_weeks(ctx: TurnContext) -> float | None:
        """A duration in the message that sizes the new work (not 'two weeks left' or 'a six-week model')."""
        for d in ctx.details.get("durations", []):
            at = ctx.question.find(d["text"])
            after = ctx.question[at + len(d["text"]) : at + len(d["text"]) + 25].lower() if at >= 0 else ""
            if re.match(r"\s*(?:left|remaining|to go|in|into|of (?:work )?left)\b|\s*(?:\w+\s)?(?:model|project|effort)\b", after):
                continue
            weeks = {"day": d["value"] / 5, "week": d["value"], "month": d["value"] * 4.33, "sprint": d["value"] * 2}[d["unit"]]
            return round(weeks, 2)
        return None

    def _reprioritization_draft(self, ctx: TurnContext, result: dict[str, Any], whatif: dict[str, Any]) -> dict[str, Any]:
        from agent.compose import STRATEGY_NAMES

        best = next(o for o in result["strategies"] if o["strategy"] == result["recommendation"])
        current = whatif.get("current", {})
        options = [
            {"name": STRATEGY_NAMES.get(o["strategy"], o["strategy"]).capitalize(), "tradeoff": o["description"][:300]}
            for o in result["strategies"][:3]
        ]
        facts: dict[str, Any] = {
            "decision": f"we {STRATEGY_NAMES.get(best['strategy'], best['strategy'])}, so {best['description']}"[:300],
            "options": options,
            "ask": "Can you confirm this plan, or tell me if the new work cannot wait?",
            "person": current.get("person", "")[:80] if current.get("person") != "the engineer" else "",
            "project": current.get("project", "")[:120] if current.get("project") != "current work" else "",
        }
        # A rounded 100% reads as a guarantee (the linter flags it), so certainty is left to the options.
        if best["deadline_probability"] < 0.995:
            facts["deadline_probability"] = best["deadline_probability"]
        return {"audience": ctx.details.get("audience") or "executive", "purpose": "respond_to_reprioritization", "facts": facts}

    def _target_project(self, ctx: TurnContext):
        team = ctx.team
        if team is None or not team.projects:
            return None
        named = [team.project(p) for p in ctx.details["projects"] if team.project(p) and team.project(p).tasks]
        if named:
            return named[0]
        with_deadline = sorted((p for p in team.projects if p.tasks and p.deadline), key=lambda p: p.deadline)
        return with_deadline[0] if with_deadline else next((p for p in team.projects if p.tasks), None)

    def _forecast_arguments(self, ctx: TurnContext) -> dict[str, Any] | None:
        from tools.simulate import plan_from_project

        project = self._target_project(ctx)
        if project is None:
            return None
        return plan_from_project(project, ctx.team.people, trials=4000).model_dump(mode="json")

    def _plan_forecast(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        if _done(ctx, "forecast_completion"):
            return None
        stated = self._plan_from_message(ctx, assumptions)
        if stated is not None:
            return _call("forecast_completion", stated, 1)
        team = ctx.team
        named = [team.project(p) for p in ctx.details["projects"] if team and team.project(p) and team.project(p).tasks] if team else []
        if len(named) > 1:
            # Several projects named: forecast each one ("can we finish both X and Y?").
            from tools.simulate import plan_from_project

            calls = [
                _call("forecast_completion", plan_from_project(p, team.people, trials=4000).model_dump(mode="json"), i + 1)
                for i, p in enumerate(named[:3])
            ]
            return {"many": calls}
        args = self._forecast_arguments(ctx)
        if args is None:
            assumptions.append(
                "No team file with projects and task estimates was given; add one with --team, or list the tasks with "
                "optimistic/likely/pessimistic estimates (e.g. 'training 5/8/15 days')."
            )
            return None
        return _call("forecast_completion", args, 1)

    @staticmethod
    def _plan_from_message(ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        """A PlanInput built from three-point estimates written in the message (a/b/c days or weeks)."""
        from agent.extract import success_from_message, tasks_from_message
        from tools.simulate import PlanInput

        tasks = tasks_from_message(ctx.question)
        if not tasks:
            return None
        parallel = bool(re.search(r"\bin parallel\b|at the same time|simultaneous|independent", ctx.question, re.I))
        unit = "weeks" if all(t.unit == "weeks" for t in tasks) else "days"
        scale = 5 if unit == "days" else 1
        items: list[dict[str, Any]] = []
        for i, t in enumerate(tasks):
            factor = scale if t.unit == "weeks" and unit == "days" else 1
            item: dict[str, Any] = {
                "name": t.name, "optimistic": t.optimistic * factor, "most_likely": t.most_likely * factor,
                "pessimistic": t.pessimistic * factor,
            }  # fmt: skip
            if i and not parallel:
                item["depends_on"] = [items[i - 1]["name"]]
            items.append(item)
        success = success_from_message(ctx.question)
        if success is not None:
            risky = next((it for it in items if re.search(r"model|train|fine|experiment|research|prototype", it["name"], re.I)), None)
            risky = risky or max(items, key=lambda it: it["pessimistic"] - it["optimistic"])
            risky["success_probability"] = success
            assumptions.append(f"I applied your {success:.0%} chance of success to '{risky['name']}'.")
        assumptions.append(
            "I ran the tasks " + ("in parallel" if parallel else "one after another") + " from the estimates in your message."
        )
        return PlanInput.model_validate({"tasks": items, "unit": unit, "start": ctx.today, "trials": 4000}).model_dump(mode="json")

    def _plan_stakeholder(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        forecast_args = self._forecast_arguments(ctx) if self._wants_forecast(ctx) else None
        if forecast_args is not None and not _done(ctx, "forecast_completion"):
            return _call("forecast_completion", forecast_args, 1)
        if _done(ctx, "draft_message"):
            return None
        project = self._target_project(ctx)
        facts: dict[str, Any] = {"ask": "Can we agree this week on whether to hold the date with a smaller scope or move it?"}
        forecast = _result(ctx, "forecast_completion")
        if forecast is not None and project is not None:
            dates = {f"p{lvl}_date": forecast[f"p{lvl}"]["date"] for lvl in (50, 80, 95) if (forecast.get(f"p{lvl}") or {}).get("date")}
            if dates:
                facts["forecast"] = {"unit": "dates", **dates}
            if project.deadline:
                facts["deadline"] = project.deadline.isoformat()
            if forecast.get("deadline_probability") is not None:
                facts["deadline_probability"] = forecast["deadline_probability"]
            facts["project"] = project.name
            facts["product_impact"] = project.goal[:300]
            facts["reason"] = "Some tasks carry real uncertainty, so we plan on a range rather than a single date."
        else:
            assumptions.append("No team file with projects was given, so the draft has no forecast numbers; add one with --team.")
            facts["reason"] = "Our estimates carry real uncertainty, so I want to share a range rather than a single date."
        purpose = message_purpose(ctx.question)
        if purpose == "decline_or_negotiate" and forecast is None:
            # Declining or negotiating a request: offer a smaller version or a later date, not a schedule range.
            facts = {"ask": "Would a smaller version or a later date work for you?"}
            assumptions[:] = [a for a in assumptions if "no forecast numbers" not in a]
        said = statement_from_message(ctx.question)
        if said is not None:
            slot, text = said
            if slot == "reason" and purpose in ("respond_to_reprioritization", "decline_or_negotiate"):
                slot = "decision"
            if purpose == "decline_or_negotiate":
                # The date being declined is not a commitment; leaving it in reads as a single-date promise.
                text = re.sub(rf"\s+(?:on|by|for|this|next)\s+(?:{DAY_WORDS})\b", "", text, flags=re.I)
            facts[slot] = text[:300]
            if slot == "decision" and purpose == "respond_to_reprioritization":
                facts["ask"] = "Can you confirm this plan?"
        if forecast is None:
            self._request_facts(ctx, facts)
        if purpose == "ask_for_resources":
            asked = re.search(r"\bask(?:ing)? for ([^.?!]+)", ctx.question, re.I)
            if asked:
                facts["ask"] = _clause(asked.group(1))[:300]
        return _call("draft_message", {"audience": ctx.details.get("audience") or "executive", "purpose": purpose, "facts": facts}, 2)

    @staticmethod
    def _wants_forecast(ctx: TurnContext) -> bool:
        """A draft carries a forecast when it is about a team project's timing, not when it declines a request."""
        if message_purpose(ctx.question) == "decline_or_negotiate":
            return False
        team = ctx.team
        named = [p for p in ctx.details.get("projects", []) if team is not None and team.project(p) and team.project(p).tasks]
        timing = re.search(r"slip|deadline|date|timeline|forecast|range|when|on track|launch|ship|progress|status|week", ctx.question, re.I)
        return bool(named or timing)

    @staticmethod
    def _request_facts(ctx: TurnContext, facts: dict[str, Any]) -> None:
        """When the message is about an incoming request, name it in the draft (from the inbox or the message)."""
        team = ctx.team
        req = match_inbox_request(team, ctx.question, request_kind(ctx.question), ctx.details.get("people", [])) if team else None
        if req is not None:
            facts.setdefault("project", req.title[:120])
            return
        wants = re.search(r"\b(?:wants?|needs?|asked (?:us )?for|is asking for|requested)\s+(?:us to\s+)?([^.?!]+)", ctx.question, re.I)
        if wants and "project" not in facts:
            facts["project"] = _clause(wants.group(1))[:120]

    def _plan_one_on_one(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        from tools.agenda import AgendaInput, agenda_input_from_team

        if _done(ctx, "build_agenda"):
            return None
        minutes = min(max(ctx.details.get("minutes") or 30, 15), 120)
        team = ctx.team
        if team is not None and ctx.details["people"]:
            inp = agenda_input_from_team(team, ctx.details["people"][0], minutes=minutes, today=ctx.today)
            change = pending_change(ctx.question)
            if change:
                inp.person.recent_reprioritizations = [change, *inp.person.recent_reprioritizations]
            return _call("build_agenda", inp.model_dump(mode="json"), 1)
        name = re.search(r"\bwith ([A-Z][a-z]+)", ctx.question)
        if name is None:
            assumptions.append("Tell me who the 1-on-1 is with, or add a team file with --team.")
            return None
        blocked = bool(re.search(r"\b(?:stuck|blocked)\b", ctx.question, re.I))
        goal = re.search(r"(?:grow|growing) (?:toward|towards|into) ([^.,;:!?]+)", ctx.question, re.I)
        person = Person(
            name=name.group(1), role="team member", status="blocked" if blocked else "available",
            blockers=["Stuck (from your message)"] if blocked else [], career_goal=goal.group(1).strip() if goal else "",
        )  # fmt: skip
        assumptions.append(f"{person.name} is not in a team file, so the agenda uses only what your message says; add a team file for their work, feedback dates and action items.")
        return _call("build_agenda", AgendaInput(person=person, minutes=minutes, today=ctx.today).model_dump(mode="json"), 1)

    def _plan_triage(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        from tools.triage import TriageInput, inbox_from_team, triage_input_from_team

        if _done(ctx, "triage_inbox") or _done(ctx, "triage_request"):
            return None
        team = ctx.team
        whole_inbox = bool(INBOX_RE.search(ctx.question))
        if team is not None and team.inbox and whole_inbox:
            return _call("triage_inbox", inbox_from_team(team, today=ctx.today).model_dump(mode="json"), 1)
        kind = request_kind(ctx.question)
        if team is not None:
            matched = match_inbox_request(team, ctx.question, kind, ctx.details.get("people", []))
            if matched is not None:
                return _call("triage_request", triage_input_from_team(team, matched, today=ctx.today).model_dump(mode="json"), 1)
            if team.inbox and not self._single_request_details(ctx):
                return _call("triage_inbox", inbox_from_team(team, today=ctx.today).model_dump(mode="json"), 1)
        request = self._request_from_message(ctx, kind, assumptions)
        if team is not None:
            return _call("triage_request", triage_input_from_team(team, request, today=ctx.today).model_dump(mode="json"), 1)
        return _call("triage_request", TriageInput(request=request, today=ctx.today).model_dump(mode="json"), 1)

    @staticmethod
    def _single_request_details(ctx: TurnContext) -> bool:
        """True when the message describes one concrete request (an effort, a person, or a clear kind)."""
        d = ctx.details
        return bool(d.get("durations") or d.get("people") or request_kind(ctx.question) != "feature")

    @staticmethod
    def _request_from_message(ctx: TurnContext, kind: str, assumptions: list[str]) -> Request:
        """A Request built from what the message says: title, kind, effort, who it interrupts, urgency."""
        team, q = ctx.team, ctx.question
        effort = None
        for dur in ctx.details.get("durations", []):
            effort = {"day": dur["value"], "week": dur["value"] * 5, "month": dur["value"] * 21, "sprint": dur["value"] * 10}[dur["unit"]]
            break
        interrupts = [n for n in ctx.details.get("people", []) if team is not None and team.person(n) is not None][:3]
        urgency = "critical" if kind == "incident" else "high" if re.search(r"\burgent|asap|today|tomorrow|right now|immediately", q, re.I) else "normal"
        title = re.split(r"(?<=[.!?])\s+", q.strip())[0][:200]
        asker = re.match(r"\s*(?:our |the )?((?-i:[A-Z][a-z]+))(?: from \w+)? (?:wants|asked|needs|is asking|requested)\b", q)
        requester = asker.group(1) if asker and asker.group(1) not in ("I", "We", "My", "Our", "The", "Someone") else ""
        request = Request(
            title=title, requester=requester, kind=kind, urgency=urgency, effort_days=effort if effort is not None else 2,
            interrupts=interrupts,
        )  # fmt: skip
        said = "the effort from your message" if effort is not None else "an effort of 2 days (tell me the real one)"
        assumptions.append(
            f"I triaged this as a single {kind.replace('_', ' ')} request with {urgency} urgency and medium impact, using {said}"
            + ("" if team is not None else "; add a team file with an inbox for the full picture")
            + "."
        )
        return request

    def _plan_archetype(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        if _done(ctx, "score_archetype"):
            return None
        return _call("score_archetype", {"description": ctx.question[:5000]}, 1)


def team_summary(team: Team | None) -> dict[str, Any] | None:
    """A compact JSON view of the team for get_team_context."""
    if team is None:
        return None
    return team.model_dump(mode="json", exclude_defaults=True)
