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
            return Step(tool_calls=[call])
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
        new_project = None
        if person is not None:
            new_project = next((p for p in d["projects"] if p != person.current_work.project), None)
        new_work = self._new_work(ctx, person, new_project, assumptions)
        if person is not None:
            return whatif_from_team(team, person.name, new_work).model_dump(mode="json")
        durations = [x for x in d["durations"] if x["unit"] in ("week", "day", "month")]
        if not durations:
            assumptions.append("I could not tell how much work is left; add a team file (--team) with the person's current_work, or say e.g. 'two weeks left'.")
            return None
        left = durations[0]
        remaining = left["value"] if left["unit"] == "week" else round(left["value"] / 5, 1) if left["unit"] == "day" else round(left["value"] * 4.33, 1)
        total = next((x["value"] for x in durations[1:] if x["unit"] == "week" and x["value"] > remaining), None)
        invested = round(total - remaining, 1) if total else 0
        current = {
            "person": d["people"][0] if d["people"] else "the engineer",
            "project": "current work",
            "weeks_invested": invested,
            "remaining_low": round(remaining * 0.75, 2),
            "remaining_likely": remaining,
            "remaining_high": round(remaining * 1.5, 2),
        }
        assumptions.append(
            f"I assumed {remaining:g} weeks remaining from your message (range {current['remaining_low']:g}-{current['remaining_high']:g} weeks); "
            "add a team file (--team) so I can use the real estimates."
        )
        return WhatIfInput.model_validate({"current": current, "new_work": new_work.model_dump()}).model_dump(mode="json")

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
        args = self._forecast_arguments(ctx)
        if args is None:
            assumptions.append("No team file with projects and task estimates was given; add one with --team to get a forecast.")
            return None
        return _call("forecast_completion", args, 1)

    def _plan_stakeholder(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        forecast_args = self._forecast_arguments(ctx)
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
        purpose = "forecast_risk" if re.search(r"slip|risk|delay|late|behind", ctx.question, re.I) else "progress_update"
        return _call("draft_message", {"audience": ctx.details.get("audience") or "executive", "purpose": purpose, "facts": facts}, 2)

    def _plan_one_on_one(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        from tools.agenda import AgendaInput, agenda_input_from_team

        if _done(ctx, "build_agenda"):
            return None
        minutes = min(max(ctx.details.get("minutes") or 30, 15), 120)
        team = ctx.team
        if team is not None and ctx.details["people"]:
            inp = agenda_input_from_team(team, ctx.details["people"][0], minutes=minutes, today=ctx.today)
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
        from tools.triage import TriageInput, inbox_from_team

        if _done(ctx, "triage_inbox") or _done(ctx, "triage_request"):
            return None
        team = ctx.team
        if team is not None and team.inbox:
            return _call("triage_inbox", inbox_from_team(team, today=ctx.today).model_dump(mode="json"), 1)
        kind = "incident" if re.search(r"incident|outage|alert", ctx.question, re.I) else (
            "demo" if re.search(r"\bdemo\b", ctx.question, re.I) else "ad_hoc_analysis" if re.search(r"analysis|numbers|data pull", ctx.question, re.I) else "feature"
        )  # fmt: skip
        request = Request(title=ctx.question[:200], kind=kind)
        assumptions.append("Without a team file I triaged this as a single request with normal urgency and medium impact; add a team file with an inbox for the full picture.")
        return _call("triage_request", TriageInput(request=request, today=ctx.today).model_dump(mode="json"), 1)

    def _plan_archetype(self, ctx: TurnContext, assumptions: list[str]) -> dict[str, Any] | None:
        if _done(ctx, "score_archetype"):
            return None
        return _call("score_archetype", {"description": ctx.question[:5000]}, 1)


def team_summary(team: Team | None) -> dict[str, Any] | None:
    """A compact JSON view of the team for get_team_context."""
    if team is None:
        return None
    return team.model_dump(mode="json", exclude_defaults=True)
