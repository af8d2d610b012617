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


# Words too common in project names to identify one on their own ("the model", "the pipeline").
GENERIC_PROJECT_WORDS = frozenset(
    "model models project pipeline research migration platform service system launch data work feature features "
    "team analysis evaluation retraining".split()
)


def find_projects(text: str, team: Team | None) -> list[str]:
    """Project names from the team file (projects and current work) that the text mentions, in text order.

    A name matches in full, by two of its words, or by one distinctive word no other project uses
    ("the summarizer" is the LLM summarizer).
    """
    if team is None:
        return []
    names = list(dict.fromkeys([p.name for p in team.projects] + [p.current_work.project for p in team.people if p.current_work]))
    lowered = text.lower()
    words = set(re.findall(r"[a-z0-9]+", lowered))
    found: list[tuple[int, str]] = []
    for name in names:
        tokens = _project_tokens(name)
        others = {t for other in names if other != name for t in _project_tokens(other)}
        hit_tokens = [t for t in tokens if t in words or t.rstrip("s") in words or f"{t}s" in words]
        distinctive = [t for t in hit_tokens if t not in others and t not in GENERIC_PROJECT_WORDS and len(t) >= 5]
        version = re.findall(r"\bv\d+\b", name.lower())
        versioned = bool(hit_tokens) and any(re.search(rf"\b{re.escape(t)}\w*\s+(?:\w+\s+)?{v}\b", lowered) for t in hit_tokens for v in version)
        if name.lower() in lowered or (tokens and len(hit_tokens) >= min(2, len(tokens))) or distinctive or versioned:
            at = lowered.find(name.lower())
            if at < 0:
                at = min((m.start() for t in hit_tokens for m in re.finditer(rf"\b{re.escape(t)}", lowered)), default=len(lowered))
            found.append((at, name))
    return [name for _, name in sorted(found)]


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


_N = r"(\d+(?:\.\d+)?)"
_UNIT_WEEKS = {"day": 0.2, "week": 1.0, "month": 4.33, "sprint": 2.0}
RANGE_LEFT_RE = re.compile(
    rf"\b{_N}\s*(?:to|-|–|or)\s*{_N}\s*(day|week|month|sprint)s?\s*(?:of work\s*)?(?:left|remaining|to go)"
    rf"(?:[^.?!]{{0,30}}?most likely\s*{_N})?",
    re.IGNORECASE,
)
INVESTED_RE = re.compile(
    rf"\b(?:put|spent|invested|sunk)\s+(?:about\s+|around\s+)?({_NUM})\s*(day|week|month|sprint)s?\s+(?:in|into|on)\b|"
    rf"\b({_NUM})\s*(day|week|month|sprint)s?\s+(?:in|into)\s+(?:it|the|her|his|their|this)\b",
    re.IGNORECASE,
)
TRIPLE_RE = re.compile(
    rf"(?:(?P<name>[A-Za-z][A-Za-z -]{{1,40}}?)\s*(?:[:(]|takes?|of|at|is|=)?\s*)?"
    rf"\b{_N}\s*/\s*{_N}\s*/\s*{_N}\s*(?P<unit>days?|weeks?)?",
    re.IGNORECASE,
)
SUCCESS_RE = re.compile(
    rf"\b{_N}\s*(?:%|percent)\s*(?:chance|probability|likely|odds)\b[^.?!]{{0,40}}?\b(?:works?|succeeds?|pans? out|lands?|ships?)\b|"
    rf"\b(?:works?|succeeds?|pans? out)\b[^.?!]{{0,20}}?\b{_N}\s*(?:%|percent)",
    re.IGNORECASE,
)
CONFIDENCE_RE = re.compile(rf"\b{_N}\s*(?:%|percent)\s*(?:confiden\w*|sure|certain)", re.IGNORECASE)


def remaining_from_message(text: str) -> tuple[float, float, float] | None:
    """(low, likely, high) weeks left from "1 to 3 weeks left, most likely 2"; likely defaults to the midpoint."""
    m = RANGE_LEFT_RE.search(text)
    if m is None:
        return None
    scale = _UNIT_WEEKS[m.group(3).lower()]
    low, high = sorted((float(m.group(1)) * scale, float(m.group(2)) * scale))
    likely = float(m.group(4)) * scale if m.group(4) else (low + high) / 2
    likely = min(max(likely, low), high)
    return round(low, 2), round(likely, 2), round(high, 2)


def invested_from_message(text: str) -> float | None:
    """Weeks already put into the current work ("has put 6 weeks into")."""
    m = INVESTED_RE.search(text)
    if m is None:
        return None
    value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return round(_number(value) * _UNIT_WEEKS[unit.lower()], 2)


@dataclass
class TaskEstimate:
    """A task with three-point estimates stated in the message ("training 5/8/15 days")."""

    name: str
    optimistic: float
    most_likely: float
    pessimistic: float
    unit: str  # "days" or "weeks"


def tasks_from_message(text: str) -> list[TaskEstimate]:
    """Three-point estimates written as a/b/c, in order; names default to "Task n"."""
    found: list[TaskEstimate] = []
    units = [m.group("unit") for m in TRIPLE_RE.finditer(text) if m.group("unit")]
    default_unit = "weeks" if units and units[-1].lower().startswith("week") else "days"
    for i, m in enumerate(TRIPLE_RE.finditer(text)):
        a, b, c = sorted(float(x) for x in m.group(2, 3, 4))
        raw = (m.group("name") or "").strip(" ,;-")
        raw = re.sub(r"^(?:and|then|with|tasks?|in sequence|sequence|in parallel|i have|we have)\b\W*", "", raw, flags=re.IGNORECASE)
        words = [w for w in raw.split() if w.lower() not in {"and", "then", "the", "a", "an"}][-3:]
        name = " ".join(words) or f"Task {i + 1}"
        if any(t.name == name for t in found):
            name = f"{name} {i + 1}"
        unit = m.group("unit") or default_unit
        found.append(TaskEstimate(name, a, b, c, "weeks" if unit.lower().startswith("week") else "days"))
    return found


def success_from_message(text: str) -> float | None:
    """A stated chance that the risky part works ("85% chance the model works"), as a fraction."""
    m = SUCCESS_RE.search(text)
    if m is None:
        return None
    value = float(m.group(1) or m.group(2))
    return value / 100 if 0 < value <= 100 else None


def confidence_from_message(text: str) -> float | None:
    """A confidence level the manager asks for ("with 85% confidence"), in percent."""
    m = CONFIDENCE_RE.search(text)
    return float(m.group(1)) if m else None
