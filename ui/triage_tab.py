"""The Triage tab's logic: triage the session's inbox and show decisions, reasons and suggested replies,
with what reaches the team this week versus what the manager absorbs."""

from __future__ import annotations

from datetime import date
from typing import Any

TRIAGE_COLUMNS = ["priority", "request", "decision", "team days", "manager days", "reasons", "suggested reply"]


def triage(team: Any, manager_capacity_days: float = 1.0, today: date | None = None) -> tuple[list[list[Any]], str]:
    """Rows for the decisions table and a Markdown summary of where the week's interrupts go."""
    from tools.triage import inbox_from_team, triage_inbox

    result = triage_inbox(inbox_from_team(team, today=today, manager_capacity_days=manager_capacity_days))
    rows = [
        [round(d.priority, 1), d.title, d.decision.replace("_", " "), d.team_days, d.manager_days,
         "; ".join(f"{r.text} ({r.guidance})" for r in d.reasons), d.suggested_reply]
        for d in result.decisions
    ]
    def bullets(titles: list[str]) -> str:
        return "\n".join(f"- {t}" for t in titles) or "- nothing"

    summary = "\n".join([
        f"**Reaches the team this week** ({result.budget_used_days:g} of {result.budget_days:g} interruption-budget days)",
        bullets(result.reached_team),
        "",
        f"**You absorb** ({result.manager_days_used:g} day(s))",
        bullets(result.absorbed_by_manager),
        "",
        "**Held for planning**", bullets(result.held),
        "",
        "**Negotiated / declined with an alternative / escalated**",
        bullets(result.negotiated + result.declined + result.escalated),
    ])
    if result.over_budget_incidents:
        summary += "\n\n⚠️ Incidents passed on over budget: " + ", ".join(result.over_budget_incidents)
    return rows, summary
