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


def build(ctx: Any) -> None:
    """Lay out the Triage tab and wire its events."""
    import gradio as gr

    from ui.context import one_line

    with gr.Tab("Triage", id="triage"):
        gr.Markdown("### Triage the inbox\nDecisions for every request in the team's inbox (edit it in the Team tab).")
        with gr.Row():
            capacity = gr.Number(label="Days you can absorb yourself this week", value=1)
            run = gr.Button("Triage inbox", variant="primary", elem_id="run-triage")
        summary = gr.Markdown(elem_id="triage-summary")
        table = gr.Dataframe(headers=TRIAGE_COLUMNS, interactive=False, wrap=True, label="Decisions", visible=False,
                             elem_id="triage-table")

    def run_triage(team: Any, days: float):
        try:
            rows, text = triage(ctx.session_team(team), days or 0)
        except Exception as exc:  # noqa: BLE001
            return gr.Dataframe(visible=False), f"Could not triage: {one_line(exc)}"
        return gr.Dataframe(rows, visible=True), text

    run.click(run_triage, [ctx.team_state, capacity], [table, summary], api_name="triage")
