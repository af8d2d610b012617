"""Detail extraction from a manager's message: team members and projects named in it (from the team
file), durations ("two weeks", "6-week", "3 days"), percentages, dates, minutes and the reader's role.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from tools.team import Team

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "half a": 0.5,
}  # fmt: skip
_NUM = r"(?:\d+(?:\.\d+)?|half a|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
DURATION_RE = re.compile(rf"\b({_NUM})[\s-]*(day|week|month|sprint)s?\b", re.IGNORECASE)
PERCENT_RE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:%|percent\b)", re.IGNORECASE)
MINUTES_RE = re.compile(r"\b(\d{2,3})[\s-]*(?:minutes?|mins?)\b", re.IGNORECASE)
COUNT_RE = re.compile(rf"\b({_NUM})\s+(?:incoming\s+|new\s+|open\s+)?(?:requests|asks)\b", re.IGNORECASE)
DATE_RE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
ROLES: tuple[tuple[str, str, str], ...] = (
    # (pattern, role label, message audience)
    (r"\bhead of product\b", "head of product", "product"),
    (r"\bproduct (?:manager|lead|owner)\b|\bPM\b", "product manager", "product"),
    (r"\bVP\b|\bvice president\b", "VP", "executive"),
    (r"\bCEO\b|\bCTO\b|\bCFO\b|\bCOO\b|\bexec(?:utive)?s?\b|\bleadership\b|\bboard\b", "executive", "executive"),
    (r"\bdirector\b|\bskip[- ]level\b|\bmy boss\b|\bhead of\b", "director", "executive"),
    (r"\bpartner team\b|\bpeer team\b|\bother team\b|\bsales\b|\bfinance\b|\bmarketing\b", "peer team", "peer_team"),
    (r"\bmy team\b|\bthe team\b", "team", "own_team"),
)


@dataclass
class Duration:
    """A duration mentioned in the message."""

    value: float
    unit: str
    text: str

    @property
    def weeks(self) -> float:
        return {"day": self.value / 5, "week": self.value, "month": self.value * 4.33, "sprint": self.value * 2}[self.unit]


@dataclass
class Details:
    """What the message says, resolved against the team file where possible."""

    people: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    durations: list[Duration] = field(default_factory=list)
    percentages: list[float] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    minutes: int | None = None
    request_count: int | None = None
    role: str | None = None
    audience: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _number(token: str) -> float:
    token = token.lower()
    return float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else float(token)


def _project_tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", name.lower()) if len(t) >= 3 and not re.fullmatch(r"v\d+", t)]


def find_projects(text: str, team: Team | None) -> list[str]:
    """Project names from the team file (projects and current work) that the text mentions."""
    if team is None:
        return []
    names = [p.name for p in team.projects] + [p.current_work.project for p in team.people if p.current_work]
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    found: list[str] = []
    for name in dict.fromkeys(names):
        tokens = _project_tokens(name)
        hits = sum(1 for t in tokens if t in words or t.rstrip("s") in words)
        if name.lower() in text.lower() or (tokens and hits >= min(2, len(tokens))):
            found.append(name)
    return found


def extract_details(text: str, team: Team | None = None) -> Details:
    """Pull people, projects, durations, percentages, dates, minutes and the reader's role out of a message."""
    d = Details()
    if team is not None:
        for person in team.people:
            if re.search(rf"\b{re.escape(person.name)}\b", text, re.IGNORECASE):
                d.people.append(person.name)
    d.projects = find_projects(text, team)
    for m in DURATION_RE.finditer(text):
        d.durations.append(Duration(_number(m.group(1)), m.group(2).lower(), m.group(0)))
    d.percentages = [float(m.group(1)) for m in PERCENT_RE.finditer(text)]
    d.dates = [m.group(0) for m in DATE_RE.finditer(text)]
    minutes = MINUTES_RE.search(text)
    d.minutes = int(minutes.group(1)) if minutes else None
    count = COUNT_RE.search(text)
    d.request_count = int(_number(count.group(1))) if count else None
    for pattern, role, audience in ROLES:
        if re.search(pattern, text, re.IGNORECASE if role != "product manager" else 0):
            d.role, d.audience = role, audience
            break
    return d
