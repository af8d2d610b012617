"""A rehearsal as Markdown: the situation and its numbers, the transcript, and the scorecard with evidence."""

from __future__ import annotations

from agent.rehearse.library import pct
from agent.rehearse.models import Session
from agent.rehearse.persona import persona_for


def session_markdown(session: Session) -> str:
    """The whole session as a Markdown document."""
    persona = persona_for(session.role)
    out = [
        f"# Rehearsal with {session.name} ({persona.title}, {session.difficulty})",
        "",
        f"**Situation:** {session.situation}",
        "",
    ]
    out += _numbers(session)
    out += ["## Transcript", ""]
    for line in session.transcript:
        who = session.name if line.speaker == "counterpart" else "You"
        out.append(f"**{who}:** {line.text}")
        out.append("")
    if session.scorecard is not None:
        out += scorecard_markdown(session).splitlines()
    for notice in session.notices:
        out += ["", f"_Note: {notice}_"]
    return "\n".join(out).rstrip() + "\n"


def scorecard_markdown(session: Session) -> str:
    """The scorecard as Markdown (the app shows this when a session ends)."""
    card = session.scorecard
    if card is None:
        return ""
    out = [f"## Scorecard: {card.overall}/100", "", "| score · criterion | your words | a better line |", "|---|---|---|"]
    for c in card.criteria:
        evidence = f"“{c.evidence}”" if c.evidence else "(nothing said)"
        out.append(f"| **{c.score}** · {c.title} | {_cell(evidence)} | {_cell(c.better)} |")
    out += ["", "**Practise next:**"] + [f"- {item}" for item in card.practise_next]
    return "\n".join(out)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _numbers(session: Session) -> list[str]:
    case = session.case
    if not case.has_whatif:
        lines = ["_No what-if was run: name a team-file person with current work and pass the team file._", ""]
        return lines + [f"_Assumed: {a}_" for a in case.assumptions] + ([""] if case.assumptions else [])
    out = [
        f"**Numbers (team file and what-if):** {case.person} is on {case.project}, "
        f"{case.remaining_weeks[1]:g} weeks left (range {case.remaining_weeks[0]:g}-{case.remaining_weeks[2]:g}); "
        f"{case.new_work} is due in {case.deadline_weeks:g} weeks.",
        "",
        "| strategy | chance new work meets its deadline | working days lost | current work lands (P80, weeks) |",
        "|---|---|---|---|",
    ]
    for s in case.strategies:
        mark = " (recommended)" if s.strategy == case.recommendation else ""
        out.append(f"| {s.label}{mark} | {pct(s.deadline_probability)} | {s.lost_days:g} | {s.current_p80_weeks:g} |")
    out.append("")
    return out + [f"_Assumed: {a}_" for a in case.assumptions] + ([""] if case.assumptions else [])
