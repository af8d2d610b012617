"""What one manager reply does and lacks: a decision or ask up front, acknowledgement, options and their
trade-offs, numbers that match the case (or do not), protection of near-finished work, the cost of
switching, a next step with an owner, and the lint rules of `tools.message` for single-date promises,
certainty and blame. The counterpart's next line and the scorecard both read these signals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.rehearse.models import Case
from lead_core.number_words import SAID_NUMBER, number
from lead_core.units import WORKDAYS_PER_WEEK
from tools.message import CONFIDENCE_RE, LintInput, lint_message

MAX_REPLY_CHARS = 2000

DECISION_RE = re.compile(
    r"\b(?:i recommend|my recommendation|i propose|i'm proposing|my proposal|i suggest|i've decided|i decided|"
    r"the decision is|my ask|i'm asking|i need (?:you|your|a decision)|decision needed|here's (?:my|the) plan|"
    r"my plan is|i want (?:to|you to)|i'd like (?:to|you to)|we(?:'ll| will) (?:keep|move|start|finish|stage|hold|let)|"
    r"let's (?:keep|stage|agree|move|have|start|finish)|(?:she|he|they)(?:'ll| will) (?:finish|move|join|start|stay))\b",
    re.IGNORECASE,
)
ACK_RE = re.compile(
    r"\b(?:i understand|i hear you|i hear that|i get (?:it|that|why|how)|i see why|you're right|you are right|"
    r"fair (?:point|enough|concern|question)|that's fair|that makes sense|makes sense|i know (?:this|that|how|it|you)|"
    r"i appreciate|thanks? (?:you )?for|understandabl[ey]|i'm sorry|that's frustrating|it's frustrating|"
    r"you have every right|i realise|i realize|i recognise|i recognize)\b",
    re.IGNORECASE,
)
OPTION_RE = re.compile(
    r"\b(?:options?|alternatively|we could|you could|either|or we|or she|or he|one way|another way|plan [ab]|"
    r"two paths|if you'd rather|if you prefer|the other choice)\b",
    re.IGNORECASE,
)
SEVERAL_RE = re.compile(r"\b(?:two|three|2|3|a few|several) (?:options|paths|ways|choices)\b", re.IGNORECASE)
TRADEOFF_RE = re.compile(
    r"\b(?:costs?|trade-?offs?|at the (?:cost|expense) of|slips?|in exchange|loses?|losing|risks?|means|"
    r"but|instead|delays?|pushes)\b",
    re.IGNORECASE,
)
PROTECT_RE = re.compile(
    r"\b(?:finish(?:es|ing)? (?:first|up|it|the|her|his|their)|clos(?:e|es|ing) (?:it |that |this )?out|"
    r"lands? (?:it|first|the)|land(?:ing)? (?:it|the)|wrap(?:s|ping)? (?:it )?up|let (?:her|him|them|you) finish|"
    r"(?:from|to) (?:done|finish|the finish)|near(?:ly)? (?:done|finished)|almost (?:done|finished)|"
    r"freeze (?:checklist|step)|write-?up|stage the (?:switch|move)|after (?:she|he|they|you) (?:finish|land|close))\b",
    re.IGNORECASE,
)
COST_RE = re.compile(
    r"\b(?:days? (?:lost|of switching)|lose[sd]?|loses|losing|lost days|switching costs?|cost of (?:the )?switch\w*|"
    r"ramp(?:-| )?up|re-?ramp|context[- ]switch\w*|decay|goes? stale|rots?|restart\w*|pay(?:s|ing)? for the switch|"
    r"switch\w* (?:\w+ )?costs?)\b",
    re.IGNORECASE,
)
NEXT_RE = re.compile(
    r"\b(?:next step|i'll|i will|i'm going to|let's|can you|could you|would you|we'll|we will|please|"
    r"(?:she|he|they)(?:'ll| will))\b",
    re.IGNORECASE,
)
OWNER_RE = re.compile(
    r"\b(?:(?i:i'll|i will|i'm going to|you'll|you will|can you|could you|would you|(?:she|he|they)(?:'ll| will))"
    r"|(?!(?:It|This|That|There|Which|What)\b)[A-Z][a-z]+ will)\b"
)
WHEN_RE = re.compile(
    r"\b(?:today|tonight|tomorrow|this (?:week|afternoon|evening)|next week|by (?:the )?(?:end of|eod|\w+day|\d)|"
    r"(?:mon|tues|wednes|thurs|fri)day|within (?:a|an|one|two|\d+) (?:hours?|days?)|in (?:an|one|two|\d+) (?:hours?|days?)|"
    r"end of (?:the )?(?:day|week)|first thing|after this (?:call|meeting))\b",
    re.IGNORECASE,
)
SOFT_PROMISE_RE = re.compile(
    r"\b(?:no problem|not a problem|won't be a problem|easily|(?:she|he|they|we) can (?:easily )?do both|do it all|"
    r"whatever you need|don't worry|no issue|absolutely|of course)\b",
    re.IGNORECASE,
)
SENTENCE_RE = re.compile(r"[^\s].*?(?:[.!?]+(?=\s|$)|(?=\n)|$)")

_NUM = SAID_NUMBER
QUANTITY_RE = re.compile(
    rf"(?<![\w.])(?P<n>{_NUM})(?:\s*(?:-|to|–)\s*(?P<m>{_NUM}))?\s*(?P<unit>%|percent\b|(?:working )?days?\b|weeks?\b)",
    re.IGNORECASE,
)
TOLERANCE = {"percent": 3.0, "days": 0.6, "weeks": 0.5}


@dataclass(frozen=True)
class Quantity:
    """A number with a unit said in a line, and whether the case backs it (None: nothing to check it against)."""

    text: str
    unit: str
    value: float
    matches: bool | None


@dataclass
class LineSignals:
    """Signals of one manager reply; string fields hold the sentence that shows the signal (or "")."""

    text: str
    decision: str = ""
    decision_first: bool = False
    acknowledgement: str = ""
    options: str = ""
    option_count: int = 0
    tradeoff: bool = False
    quantities: list[Quantity] = field(default_factory=list)
    confidence: str = ""
    single_date: str = ""
    certainty: str = ""
    soft_promise: str = ""
    blame: str = ""
    protects: str = ""
    switch_cost: str = ""
    next_step: str = ""
    next_owner: bool = False
    next_when: bool = False

    @property
    def matched(self) -> list[Quantity]:
        return [q for q in self.quantities if q.matches is True]

    @property
    def invented(self) -> list[Quantity]:
        return [q for q in self.quantities if q.matches is False]

    @property
    def has_numbers(self) -> bool:
        """Numbers the case backs, or numbers that cannot be checked (no team file)."""
        return any(q.matches is not False for q in self.quantities)

    @property
    def over_promises(self) -> bool:
        return bool(self.certainty or self.single_date or self.soft_promise)


def sentences(text: str) -> list[str]:
    """The sentences of a line, each an exact substring of it."""
    return [s.strip() for s in SENTENCE_RE.findall(text) if s.strip()]


def _first(pattern: re.Pattern[str], parts: list[str]) -> str:
    return next((s for s in parts if pattern.search(s)), "")


def _sentence_at(text: str, parts: list[str], offset: int) -> str:
    """The sentence containing a character offset of the line."""
    position = 0
    for part in parts:
        start = text.find(part, position)
        if start <= offset < start + len(part):
            return part
        position = start + len(part)
    return parts[-1] if parts else text


def read_line(text: str, case: Case, context: list[str]) -> LineSignals:
    """The signals of one manager reply; `context` holds other lines whose numbers count as known."""
    text = text.strip()[:MAX_REPLY_CHARS]
    parts = sentences(text)
    sig = LineSignals(text=text)
    sig.decision = _first(DECISION_RE, parts)
    # Leading with the decision allows one sentence of acknowledgement before it.
    lead = parts[:2] if len(parts) > 1 and ACK_RE.search(parts[0]) else parts[:1]
    sig.decision_first = bool(sig.decision) and sig.decision in lead
    sig.acknowledgement = _first(ACK_RE, parts)
    option_parts = [s for s in parts if OPTION_RE.search(s)]
    sig.option_count = sum(len(OPTION_RE.findall(s)) + (1 if SEVERAL_RE.search(s) else 0) for s in option_parts)
    sig.options = option_parts[0] if option_parts else ""
    sig.tradeoff = any(TRADEOFF_RE.search(s) for s in option_parts)
    sig.quantities = quantities(text, case, context)
    invented = [q.text for q in sig.invented]
    # A likelihood resting on an invented number ("it's 30% of the work") is not a confidence level.
    sig.confidence = next((s for s in parts if CONFIDENCE_RE.search(s) and not any(q in s for q in invented)), "")
    sig.soft_promise = _first(SOFT_PROMISE_RE, parts)
    sig.protects = _first(PROTECT_RE, parts)
    sig.switch_cost = _first(COST_RE, parts)
    if text:
        for finding in lint_message(LintInput(text=text)).findings:
            where = _sentence_at(text, parts, finding.span.start)
            if finding.rule == "single-date-promise" and not sig.single_date:
                sig.single_date = where
            elif finding.rule == "certainty" and not sig.certainty:
                sig.certainty = where
            elif finding.rule == "blame" and not sig.blame:
                sig.blame = where
    # A delivery promise is not a next step, even with an owner and a day in it.
    promises = {sig.single_date, sig.certainty, sig.soft_promise} - {""}
    sig.next_step = next((s for s in reversed(parts) if NEXT_RE.search(s) and s not in promises), "")
    sig.next_owner = bool(sig.next_step and OWNER_RE.search(sig.next_step))
    sig.next_when = bool(sig.next_step and WHEN_RE.search(sig.next_step))
    return sig


def _value(token: str) -> float:
    return number(token) or 0.0


def _unit(raw: str) -> str:
    raw = raw.lower()
    return "percent" if raw in ("%", "percent") else "days" if "day" in raw else "weeks"


def quantities(text: str, case: Case, context: list[str]) -> list[Quantity]:
    """Percentages, days and weeks said in `text`, each checked against the case and the context lines."""
    known = known_numbers(case)
    checkable = case.has_whatif
    for line in context:
        for m in QUANTITY_RE.finditer(line):
            for token in (m.group("n"), m.group("m")):
                if token:
                    known[_unit(m.group("unit"))].append(_value(token))
    out = []
    for m in QUANTITY_RE.finditer(text):
        unit = _unit(m.group("unit"))
        for token in (m.group("n"), m.group("m")):
            if not token:
                continue
            value = _value(token)
            ok = any(abs(value - k) <= TOLERANCE[unit] for k in known[unit]) if checkable else None
            out.append(Quantity(text=m.group(0), unit=unit, value=value, matches=ok))
    return out


def known_numbers(case: Case) -> dict[str, list[float]]:
    """Every number the case backs, by unit: what-if percentages, days lost (and how many the recommended
    strategy saves), weeks from the team file and the what-if."""
    weeks = [x for x in (case.remaining_weeks or []) + (case.new_work_weeks or []) if x is not None]
    weeks += [x for x in (case.weeks_invested, case.deadline_weeks) if x is not None]
    percent: list[float] = []
    days = [w * WORKDAYS_PER_WEEK for w in weeks]
    for s in case.strategies:
        percent.append(round(s.deadline_probability * 100))
        days.append(s.lost_days)
        weeks += [s.current_p80_weeks, s.new_p80_weeks]
    best = case.figures(case.recommendation or "")
    for other in case.strategies:
        if best is not None and other is not best:  # "keeps N days", "lands N weeks earlier"
            days.append(round(abs(other.lost_days - best.lost_days), 1))
            weeks.append(round(abs(other.current_p80_weeks - best.current_p80_weeks), 1))
    if case.weeks_invested is not None and case.remaining_weeks:
        weeks.append(case.weeks_invested + case.remaining_weeks[1])
    return {"percent": percent, "days": [d for d in days if d > 0], "weeks": [w for w in weeks if w > 0]}
