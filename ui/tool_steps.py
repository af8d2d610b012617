"""How a tool call reads in the chat: a one-line summary in words ("What-if: 4 ways compared, finish first
recommended") and, folded below it, its inputs and results with labels instead of field names. Internal
fields (seed, trial counts, Markdown copies) are left out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from agent.tool_results import typed_result
from agent.types import ToolCallRecord
from lead_core.numbers import percent

if TYPE_CHECKING:
    from tools.agenda import Agenda
    from tools.archetype import ArchetypeResult
    from tools.message import DraftedMessage
    from tools.simulate import Forecast
    from tools.triage import InboxResult, TriageDecision
    from tools.whatif import WhatIfResult

LABELS: dict[str, str] = {
    "forecast_completion": "Forecast",
    "compare_strategies": "What-if",
    "score_archetype": "Org type",
    "triage_request": "Triage",
    "triage_inbox": "Inbox triage",
    "build_agenda": "1-on-1 agenda",
    "draft_message": "Message draft",
    "lint_message": "Message check",
    "search_guidance": "Guidance search",
    "get_team_context": "Team file",
}
HIDDEN = {"seed", "trials", "markdown", "histogram", "lint", "deadline_threshold", "parts", "profile",
          "runner_up_profile", "lost_breakdown", "rules_applied", "std_error", "std_days", "mean_days"}
FIELD_LABELS: dict[str, str] = {
    "p50": "50% chance by", "p80": "80% chance by", "p95": "95% chance by", "success_probability": "chance of success",
    "deadline_probability": "chance of meeting the deadline", "deadline_at_risk": "deadline at risk",
    "recommendation": "recommended", "reached_team": "reaches the team", "absorbed_by_manager": "you absorb",
    "budget_days": "interruption budget (days)", "budget_used_days": "budget used (days)", "new_work": "new work",
    "current_work": "current work", "weeks_invested": "weeks invested", "expected_wasted_days": "expected lost days",
    "deadline_days": "deadline (working days)", "working_days": "working days", "remaining_weeks": "weeks left",
    "confidence_score": "confidence score", "total_questions": "questions", "word_count": "words",
}


def label(name: str) -> str:
    """The human name of a tool."""
    return LABELS.get(name, name.replace("_", " ").capitalize())


def words(key: str) -> str:
    """A field name as words."""
    return FIELD_LABELS.get(key, key.replace("_", " "))


def _pct(value: Any) -> str:
    return percent(float(value)) if isinstance(value, (int, float)) else "?"


def _when(day: Any, working_days: Any) -> str:
    """A percentile as its date when there is one, else its working days (none: the plan never succeeds)."""
    if day:
        return str(day)
    return f"{working_days:.0f} working days" if isinstance(working_days, (int, float)) else "never (the plan does not succeed)"


def _forecast(r: Forecast) -> str:
    line = f"80% chance done by {_when(r.p80.date, r.p80.working_days)}"
    if r.deadline_probability is not None:
        line += f", {_pct(r.deadline_probability)} chance of meeting the deadline"
    return line


def _whatif(r: WhatIfResult) -> str:
    best = r.recommendation.replace("_", " ")
    count = len(r.strategies)
    compared = f"{count} {'way' if count == 1 else 'ways'} compared, " if count else ""
    return f"{compared}{best} recommended" + (" (deadline at risk)" if r.deadline_at_risk else "")


def _archetype(r: ArchetypeResult) -> str:
    name = r.profile.name or r.top.replace("_", " ")
    return f"best match {name} ({r.confidence} confidence)"


def _triage(r: TriageDecision) -> str:
    return f"{r.title}: {r.decision.replace('_', ' ')}"


def _inbox(r: InboxResult) -> str:
    return f"{len(r.decisions)} requests, {len(r.reached_team)} reach the team this week"


def _agenda(r: Agenda) -> str:
    return f"{len(r.items)} items in {r.minutes} minutes with {r.person}"


def _draft(r: DraftedMessage) -> str:
    return f"\u201c{r.subject}\u201d ({r.word_count} words)"


SUMMARIES: dict[str, Callable[[Any], str]] = {
    "forecast_completion": _forecast, "compare_strategies": _whatif, "score_archetype": _archetype,
    "triage_request": _triage, "triage_inbox": _inbox, "build_agenda": _agenda, "draft_message": _draft,
}


def summary(record: ToolCallRecord, *, pending: bool) -> str:
    """The one-line title of a tool step."""
    name = label(record.name)
    if pending:
        return f"{name}: working\u2026"
    if record.error:
        return f"{name}: failed ({_first_line(record.error)})"
    result = record.result
    if record.name == "search_guidance":
        return f"{name}: {len(result) if isinstance(result, list) else 0} passages found"
    if record.name == "get_team_context":
        return f"{name}: read"
    if record.name not in SUMMARIES:
        return f"{name}: done"
    try:
        typed = typed_result(record.to_json())
    except ValidationError:  # a result stored by an older version of the tool: its fields still show below
        typed = None
    return f"{name}: {SUMMARIES[record.name](typed) if typed is not None else 'done'}"


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"


def _value(value: Any, limit: int = 90) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, dict):
        if "working_days" in value or "date" in value:
            return _when(value.get("date"), value.get("working_days"))
        return ", ".join(f"{words(k)} {_value(v, 30)}" for k, v in value.items() if k not in HIDDEN)
    if isinstance(value, list):
        if value and all(isinstance(v, (str, int, float)) for v in value):
            return ", ".join(_value(v, 40) for v in value[:6]) + (" \u2026" if len(value) > 6 else "")
        return f"{len(value)} item(s)"
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _field_value(key: str, value: Any) -> str:
    if "probability" in key and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _pct(value)
    return _value(value, 400 if key in {"summary", "reasons"} else 90)


def fields(data: Any, limit: int = 8) -> list[str]:
    """Up to `limit` labelled lines for a dict of inputs or results, internal fields left out."""
    if not isinstance(data, dict):
        return [f"- {_value(data)}"] if data else []
    shown = [(k, v) for k, v in data.items() if k not in HIDDEN and v not in (None, "", [], {})]
    shown.sort(key=lambda kv: kv[0] != "summary")  # the tool's own sentence first
    lines = [f"- {words(k).capitalize()}: {_field_value(k, v)}" for k, v in shown[:limit]]
    if len(shown) > limit:
        lines.append(f"- and {len(shown) - limit} more")
    return lines


def details(record: ToolCallRecord) -> str:
    """The folded body of a tool step: what went in and what came out, in words."""
    parts = []
    inputs = fields(record.arguments or {})
    if inputs:
        parts.append("**What went in**\n" + "\n".join(inputs))
    if record.error:
        parts.append(f"**What went wrong**: {_first_line(record.error, 400)}")
    elif record.result is not None:
        if record.name == "search_guidance" and isinstance(record.result, list):
            titles = [str(p.get("title", "")) for p in record.result if isinstance(p, dict)]
            parts.append("**Passages**\n" + "\n".join(f"- {t}" for t in titles if t))
        else:
            out = fields(record.result)
            if out:
                parts.append("**What came out**\n" + "\n".join(out))
    return "\n\n".join(parts) or "No details."
