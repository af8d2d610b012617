"""The "What I understood" block above an answer: the facts of the situation with where each came from
(your question, the team file, or assumed), and turning a correction typed in the app into a fact value."""

from __future__ import annotations

import re
from typing import Any

from lead_core.errors import LeadError

SOURCES = {"question": "from your question", "team_file": "from the team file", "assumed": "assumed"}
FACT_LABELS: dict[str, str] = {
    "person": "Person", "person_in_team": "In the team file", "person_role": "Their role", "project": "Project",
    "done_weeks": "Already invested", "remaining_weeks": "Work left", "new_work": "New work",
    "new_work_weeks": "New work effort", "success_probability": "Chance it works", "deadline": "Deadline",
    "start_date": "Starts", "requester": "Asked by", "audience": "Audience", "recipient": "Recipient",
    "purpose": "Purpose of the message", "meeting_minutes": "Meeting length", "cues": "What to watch for",
    "question_asked": "Their question", "tasks": "Tasks", "parallel": "Tasks run in parallel",
    "headcount": "Headcount asked", "load_percent": "Team load", "backlog_weeks": "Backlog",
    "confidence_level": "Confidence asked for", "decision": "Decision made", "request_title": "Request",
    "request_kind": "Kind of request", "request_effort_weeks": "Request effort", "urgency": "Urgency",
    "org": "Org answers",
}
WEEK_RANGES = {"remaining_weeks", "new_work_weeks", "request_effort_weeks"}
WEEKS = {"done_weeks", "backlog_weeks"}
PERCENTS = {"success_probability"}
PERCENT_NUMBERS = {"load_percent", "confidence_level"}
BOOLEANS = {"person_in_team", "parallel"}
NUMBERS = {"meeting_minutes", "headcount"} | WEEKS | PERCENT_NUMBERS
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def fact_label(name: str) -> str:
    """The label of a fact name."""
    return FACT_LABELS.get(name, name.replace("_", " ").capitalize())


def _num(value: Any) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


ROLE_WORDS = {"vp": "VP", "cto": "CTO", "cfo": "CFO", "ceo": "CEO", "head_of_product": "head of product",
              "own_team": "your team", "peer_team": "a peer team"}


def show_value(name: str, value: Any) -> str:
    """A fact value in words: week ranges, percentages, yes/no, short lists."""
    if name in {"requester", "audience"} and isinstance(value, str) and value in ROLE_WORDS:
        return ROLE_WORDS[value]
    if name in WEEK_RANGES and isinstance(value, list) and len(value) == 3:
        low, likely, high = value
        return f"{_num(likely)} weeks (between {_num(low)} and {_num(high)})" if low != high else f"{_num(likely)} weeks"
    if name in WEEKS and isinstance(value, (int, float)):
        return f"{_num(value)} weeks"
    if name in PERCENTS and isinstance(value, (int, float)):
        return f"{value:.0%}"
    if name in PERCENT_NUMBERS and isinstance(value, (int, float)):
        return f"{_num(value)}%"
    if name == "meeting_minutes" and isinstance(value, (int, float)):
        return f"{_num(value)} minutes"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')}: {str(v).replace('_', ' ')}" for k, v in value.items())
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            return ", ".join(str(v.get("name", "?")) for v in value)
        return ", ".join(str(v).replace("_", " ") for v in value)
    return str(value).replace("_", " ") if name in {"audience", "purpose", "request_kind", "urgency"} else str(value)


def understood_markdown(situation: dict[str, Any] | None) -> str:
    """The facts as a compact list, each with its source; empty when nothing was understood."""
    facts = (situation or {}).get("facts") or []
    lines = []
    for fact in facts:
        name, source = str(fact.get("name", "")), str(fact.get("source", ""))
        if name == "person_in_team":
            continue
        line = f"- {fact_label(name)}: **{show_value(name, fact.get('value'))}**"
        where = SOURCES.get(source, source)
        text = str(fact.get("text") or "").strip()
        if source == "assumed":
            line += f" *(assumed{': ' + text if text else ''})*"
        elif source == "question" and text.lower().startswith("corrected"):
            line += f" ({text})"
        elif source == "question" and text:
            line += f" ({where}: \u201c{text}\u201d)"
        else:
            line += f" ({where})"
        lines.append(line)
    missing = [fact_label(m) for m in (situation or {}).get("missing") or []]
    if missing:
        lines.append(f"- Not known yet: {', '.join(missing)}")
    for u in (situation or {}).get("unused") or []:  # named by the manager, not used by the answer: said, never dropped
        lines.append(f"- Not used: \u201c{u.get('words', '')}\u201d ({u.get('what', '')}; this answer does not cover it)")
    return "\n".join(lines)


def correctable(situation: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(label, fact name) pairs the user may correct: the facts understood and the ones missing."""
    names = [str(f.get("name")) for f in (situation or {}).get("facts") or [] if f.get("name") != "person_in_team"]
    names += [m for m in (situation or {}).get("missing") or [] if m not in names]
    return [(fact_label(n), n) for n in names]


def current_text(situation: dict[str, Any] | None, name: str) -> str:
    """The value of fact `name` as the correction box should show it."""
    for fact in (situation or {}).get("facts") or []:
        if fact.get("name") == name:
            value = fact.get("value")
            if name in WEEK_RANGES and isinstance(value, list):
                return ", ".join(_num(v) for v in value)
            if name in PERCENTS and isinstance(value, (int, float)):
                return f"{value:.0%}"
            return show_value(name, value)
    return ""


class CorrectionError(LeadError, ValueError):
    """A correction that cannot be read; the message says how to write it."""


def parse_correction(name: str, text: str) -> Any:
    """The fact value a typed correction means (week ranges as [low, likely, high], percentages as 0-1)."""
    text = (text or "").strip()
    if not text:
        raise CorrectionError(f"Type the corrected value for {fact_label(name).lower()} first.")
    numbers = [float(n) for n in _NUMBER.findall(text)]
    if name in WEEK_RANGES:
        if not numbers or len(numbers) > 3:
            raise CorrectionError("Give the effort in weeks: one number, or low, likely, high (e.g. 3, 5, 8).")
        if len(numbers) == 1:
            numbers = numbers * 3
        elif len(numbers) == 2:
            numbers = [numbers[0], (numbers[0] + numbers[1]) / 2, numbers[1]]
        return sorted(numbers)
    if name in PERCENTS:
        if len(numbers) != 1:
            raise CorrectionError("Give the chance as a percentage, e.g. 60%.")
        value = numbers[0] / 100 if numbers[0] > 1 or "%" in text else numbers[0]
        if not 0 <= value <= 1:
            raise CorrectionError("A chance must be between 0 and 100%.")
        return value
    if name in BOOLEANS:
        return text.lower() in {"yes", "y", "true", "1"}
    if name in NUMBERS:
        if len(numbers) != 1:
            raise CorrectionError(f"Give {fact_label(name).lower()} as one number.")
        return int(numbers[0]) if numbers[0].is_integer() else numbers[0]
    if name == "cues":
        return [c.strip().replace(" ", "_") for c in text.split(",") if c.strip()]
    return text
