"""The Triage tab: triage the session's inbox into a short table (priority, request, decision, days) and, per
request, what its priority is made of in words, the reasons and the suggested reply; plus what reaches the
team this week against what the manager absorbs."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from lead_core.errors import explain_failure

log = logging.getLogger(__name__)
TRIAGE_COLUMNS = ["Priority", "Request", "Decision", "Team days", "Your days"]
DECISION_WORDS = {"handle_yourself": "handle it yourself", "hold_for_planning": "hold for planning",
                  "pass_to_team": "pass to the team", "negotiate": "negotiate", "decline_with_alternative":
                  "decline with an alternative", "escalate": "escalate"}


def decision_words(decision: str) -> str:
    """A triage decision in words."""
    return DECISION_WORDS.get(decision, decision.replace("_", " "))


def priority_words(d: Any) -> str:
    """What a request's priority is made of: the tool's own explanation, else its parts in words."""
    explained = getattr(d, "priority_explained", None)
    if explained:
        return str(explained)
    p = d.parts
    plus = [(p.impact, "impact"), (p.urgency, "urgency"), (p.deadline_pressure, "a near deadline")]
    minus = [(p.effort_cost, "the effort"), (p.interruption_cost, "interrupting people in focused work")]
    terms = [f"{v:+.0f} for {what}" for v, what in plus if v] + [f"\u2212{v:.0f} for {what}" for v, what in minus if v]
    return f"Priority {d.priority:.0f}: " + ", ".join(terms) + "." if terms else f"Priority {d.priority:.0f}."


def card(d: Any) -> str:
    """One request as Markdown: decision, priority in words, reasons, the suggested reply."""
    lines = [f"#### {d.title}", f"**{decision_words(d.decision).capitalize()}.** {priority_words(d)}"]
    lines += [f"- {r.text}" for r in d.reasons]
    if d.suggested_reply:
        lines += ["", "Suggested reply:", "", "> " + d.suggested_reply.replace("\n", "\n> ")]
    return "\n".join(lines)


def triage(team: Any, manager_capacity_days: float = 1.0, today: date | None = None) -> tuple[list[list[Any]], str, str]:
    """Rows for the decisions table, a Markdown summary of where the week's interrupts go, and one card per request."""
    from tools.triage import inbox_from_team, triage_inbox

    result = triage_inbox(inbox_from_team(team, today=today, manager_capacity_days=manager_capacity_days))
    rows = [[round(d.priority), d.title, decision_words(d.decision), d.team_days, d.manager_days]
            for d in result.decisions]

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
        "**Negotiated, declined with an alternative, or escalated**",
        bullets(result.negotiated + result.declined + result.escalated),
    ])
    if result.over_budget_incidents:
        summary += "\n\n**Over budget:** incidents passed on anyway: " + ", ".join(result.over_budget_incidents)
    return rows, summary, "\n\n".join(card(d) for d in result.decisions)


def build(ctx: Any) -> None:
    """Lay out the Triage tab and wire its events."""
    import gradio as gr


    with gr.Tab("Triage", id="triage"):
        gr.Markdown("### Triage the inbox\nDecisions for every request in the team's inbox (edit it in the Team tab).")
        with gr.Row():
            capacity = gr.Number(label="Days you can absorb yourself this week", value=1)
            run = gr.Button("Triage inbox", variant="primary", elem_id="run-triage")
        with gr.Row():
            with gr.Column(scale=3):
                table = gr.Dataframe(headers=TRIAGE_COLUMNS, interactive=False, wrap=True, label="Decisions",
                                     visible=False, elem_id="triage-table",
                                     column_widths=["11%", "45%", "22%", "11%", "11%"])
                cards = gr.Markdown(elem_id="triage-cards")
            with gr.Column(scale=2):
                summary = gr.Markdown(elem_id="triage-summary")

    def run_triage(team: Any, days: float):
        try:
            rows, text, details = triage(ctx.session_team(team), days or 0)
        except Exception as exc:  # boundary: the triage button's handler
            return gr.Dataframe(visible=False), f"Could not triage: {explain_failure(exc, log, 'Triage')}", ""
        return gr.Dataframe(rows, visible=True), text, details

    run.click(run_triage, [ctx.team_state, capacity], [table, summary, cards], api_name="triage")
