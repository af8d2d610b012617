"""Stakeholder messages: draft a message that leads with the decision or ask, gives forecast ranges
with confidence instead of single dates, ties progress to product impact, offers options and blames no
one; and lint any message for single-date promises, metric hype, false certainty, a missing ask, blame
and excessive length. Drafts use only the numbers given in the facts.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Audience = Literal["executive", "product", "peer_team", "own_team"]
Purpose = Literal[
    "respond_to_reprioritization", "forecast_risk", "decline_or_negotiate", "progress_update", "ask_for_resources"
]
Tone = Literal["direct", "warm", "formal"]
RuleId = Literal["single-date-promise", "metric-hype", "certainty", "missing-ask", "blame", "too-long"]
AUDIENCES: tuple[str, ...] = ("executive", "product", "peer_team", "own_team")
PURPOSES: tuple[str, ...] = (
    "respond_to_reprioritization",
    "forecast_risk",
    "decline_or_negotiate",
    "progress_update",
    "ask_for_resources",
)
TONES: tuple[str, ...] = ("direct", "warm", "formal")

WORD_LIMITS = {"executive": 250}
DEFAULT_WORD_LIMIT = 400

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|tomorrow|tonight|next week|end of (?:the )?(?:day|week|month|quarter|year)|eo[dwm]|q[1-4])(?!\w)"
)
PROMISE_RE = re.compile(
    rf"\b(?:ship|ships|shipped|deliver|delivered|launch|launched|finish|finished|done|complete|completed|release|released|ready|live)\b"
    rf"[^.!?\n]{{0,40}}?\b(?:(?:on|by|before)\s+)?(?:the\s+)?(?:{_DATE})",
    re.IGNORECASE,
)
CONFIDENCE_RE = re.compile(
    r"\d+\s*%|percent|likely|probab|chance|confiden|between|range|p50|p80|p95|estimate|forecast|odds", re.IGNORECASE
)
METRIC_RE = re.compile(
    r"\b(?:f1(?:[- ]score)?|accuracy|roc[- ]auc|auc|precision|recall|bleu|rouge(?:-\w+)?|perplexity|mean average precision|rmse|mae|log[- ]?loss|ndcg)\b",
    re.IGNORECASE,
)
IMPACT_RE = re.compile(
    r"\b(?:customers?|users?|revenue|costs?|savings?|saves?|losses|churn|conversion|retention|business|product impact|tickets?|agents?|sales|dollars?|minutes|hours|merchants?|patients?|clients?|orders?)\b|[$€£]",
    re.IGNORECASE,
)
CERTAINTY_RE = re.compile(
    r"(?<!\w)(?:guarantee[ds]?|guaranteeing|definitely|certainly|100\s?%|no risk|zero risk|risk[- ]free|for sure|promise[ds]?|without (?:a )?doubt)(?!\w)",
    re.IGNORECASE,
)
ASK_RE = re.compile(
    r"\?|\b(?:could you|can you|would you|please|decision needed|next steps?|let me know|i propose|i recommend|i suggest|need from you|your decision|your approval)\b",
    re.IGNORECASE,
)
_PRONOUNS = r"(?!(?:We|I|You|They|It|This|That|He|She|Our|The|Nobody|No one)\b)"
BLAME_RE = re.compile(
    r"(?i:\b\w+(?:'s|’s) fault\b)|(?i:\bfault of\b)|(?i:\bbecause of) [A-Z][a-z]+(?:'s|’s)"
    r"|(?i:\b(?:blame[ds]?|blaming|dropped the ball|screwed up|messed up)\b)"
    rf"|\b{_PRONOUNS}[A-Z][a-z]+ (?:failed to|didn't|did not|forgot to|never) (?:deliver|finish|do|send|ship|test|update|tell)\b"
)
WORD_RE = re.compile(r"\S+")


class Span(BaseModel):
    """Where a finding is in the text."""

    start: int = Field(ge=0, description="Start character offset.")
    end: int = Field(ge=0, description="End character offset (exclusive).")
    text: str = Field(description="The matched text.")


class Finding(BaseModel):
    """One problem found in a message."""

    rule: RuleId = Field(description="Rule id.")
    severity: Literal["error", "warning"] = Field(description="error = fix before sending; warning = consider fixing.")
    span: Span = Field(description="Where it is.")
    message: str = Field(description="What is wrong.")
    fix: str = Field(description="Suggested fix.")


class LintInput(BaseModel):
    """A message to check."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=50_000, description="The message text.")
    audience: Audience | None = Field(
        default=None, description="Who it is for (executive messages have a tighter length limit)."
    )


class LintReport(BaseModel):
    """Findings for a message."""

    clean: bool = Field(description="True when there are no findings.")
    findings: list[Finding] = Field(description="Findings in text order.")
    word_count: int = Field(description="Words in the message.")
    word_limit: int = Field(description="Length limit applied.")


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    return text[left + 1 : (min(rights) if rights else len(text))]


def lint_message(inp: LintInput) -> LintReport:
    """Check a stakeholder message for single-date promises without confidence, metric hype without product impact, guarantee-style certainty, a missing ask or next step, blame language and excessive length; each finding has a rule, severity, character span and suggested fix."""
    text = inp.text
    findings: list[Finding] = []
    for m in PROMISE_RE.finditer(text):
        if not CONFIDENCE_RE.search(_sentence_around(text, m.start(), m.end())):
            findings.append(
                Finding(
                    rule="single-date-promise",
                    severity="warning",
                    span=_span(text, m.start(), m.end()),
                    message="A single-date commitment with no range or confidence.",
                    fix="Give a range with confidence, e.g. 'most likely by X, 80% likely by Y'.",
                )
            )
    metric = METRIC_RE.search(text)
    if metric and not IMPACT_RE.search(text):
        findings.append(
            Finding(
                rule="metric-hype",
                severity="warning",
                span=_span(text, metric.start(), metric.end()),
                message=f"Reports '{metric.group(0)}' without saying what it means for the product or the business.",
                fix="Tie the metric to product impact (users, cost, revenue, time saved).",
            )
        )
    for m in CERTAINTY_RE.finditer(text):
        findings.append(
            Finding(
                rule="certainty",
                severity="error",
                span=_span(text, m.start(), m.end()),
                message=f"'{m.group(0)}' promises certainty ML work cannot give.",
                fix="State a likelihood instead (e.g. '80% likely') and name the main risk.",
            )
        )
    if not ASK_RE.search(text):
        stripped = text.rstrip()
        start = max(stripped.rfind("\n", 0, len(stripped) - 1) + 1, 0)
        findings.append(
            Finding(
                rule="missing-ask",
                severity="warning",
                span=_span(text, start, len(stripped)),
                message="No ask or next step: the reader does not know what you need from them.",
                fix="End with the decision you need or the next step, e.g. 'Could you confirm by ...?'.",
            )
        )
    for m in BLAME_RE.finditer(text):
        findings.append(
            Finding(
                rule="blame",
                severity="error",
                span=_span(text, m.start(), m.end()),
                message="Blame language puts a person, not the problem, at the centre.",
                fix="Describe what happened and what changes next, without naming fault.",
            )
        )
    words = list(WORD_RE.finditer(text))
    limit = WORD_LIMITS.get(inp.audience or "", DEFAULT_WORD_LIMIT)
    if len(words) > limit:
        start = words[limit].start()
        findings.append(
            Finding(
                rule="too-long",
                severity="warning",
                span=_span(text, start, len(text)),
                message=f"{len(words)} words; keep it under {limit} for this audience.",
                fix="Lead with the decision, cut background, move detail to a linked doc.",
            )
        )
    findings.sort(key=lambda f: (f.span.start, f.rule))
    return LintReport(clean=not findings, findings=findings, word_count=len(words), word_limit=limit)


class Forecast(BaseModel):
    """Forecast percentiles, in weeks from now or as dates."""

    model_config = ConfigDict(extra="forbid")

    unit: Literal["weeks", "dates"] = Field(
        default="weeks", description="weeks: p50/p80/p95 are weeks; dates: p50_date/p80_date/p95_date."
    )
    p50: float | None = Field(default=None, gt=0, le=520, description="Median (50% likely) weeks.")
    p80: float | None = Field(default=None, gt=0, le=520, description="80%-likely weeks.")
    p95: float | None = Field(default=None, gt=0, le=520, description="95%-likely weeks.")
    p50_date: date | None = Field(default=None, description="50%-likely date.")
    p80_date: date | None = Field(default=None, description="80%-likely date.")
    p95_date: date | None = Field(default=None, description="95%-likely date.")

    @model_validator(mode="after")
    def _consistent(self) -> Forecast:
        values = (
            [self.p50, self.p80, self.p95] if self.unit == "weeks" else [self.p50_date, self.p80_date, self.p95_date]
        )
        given = [v for v in values if v is not None]
        if not given:
            raise ValueError(
                f"a forecast in {self.unit} needs at least one percentile ({'p50/p80/p95' if self.unit == 'weeks' else 'p50_date/p80_date/p95_date'})"
            )
        if any(a > b for a, b in zip(given, given[1:])):
            raise ValueError("percentiles must satisfy p50 <= p80 <= p95")
        return self


class Option(BaseModel):
    """An option with its trade-off."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=80, description="Short option name.")
    tradeoff: str = Field(min_length=1, max_length=300, description="What it costs or risks.")


class Facts(BaseModel):
    """Structured facts a message may use; the draft uses no numbers beyond these."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    forecast: Forecast | None = Field(default=None, description="Forecast percentiles.")
    deadline: date | None = Field(default=None, description="The deadline in question.")
    deadline_probability: float | None = Field(
        default=None, ge=0, le=1, description="Probability of meeting the deadline (0-1)."
    )
    options: list[Option] = Field(default_factory=list, max_length=4, description="Options with trade-offs.")
    ask: str = Field(default="", max_length=300, description="What you need from the reader.")
    decision: str = Field(default="", max_length=300, description="The decision or recommendation.")
    reason: str = Field(default="", max_length=300, description="Why (the reason for the change or the main risk).")
    product_impact: str = Field(default="", max_length=300, description="What it means for users or the business.")
    person: str = Field(default="", max_length=80, description="Person involved, if any.")
    project: str = Field(default="", max_length=120, description="Project involved, if any.")


class DraftInput(BaseModel):
    """Who the message is for, what it must do, the facts and the tone."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    audience: Audience = Field(description="executive, product, peer_team or own_team.")
    purpose: Purpose = Field(
        description="respond_to_reprioritization, forecast_risk, decline_or_negotiate, progress_update or ask_for_resources."
    )
    tone: Tone = Field(default="direct", description="direct, warm or formal.")
    facts: Facts = Field(default_factory=Facts, description="Facts the message may use.")
    recipient: str = Field(default="", max_length=80, description="Greeting name, if any.")
    sender: str = Field(default="", max_length=80, description="Sign-off name, if any.")


class DraftedMessage(BaseModel):
    """A drafted message and its lint report."""

    subject: str = Field(description="Subject line.")
    body: str = Field(description="Message body.")
    word_count: int = Field(description="Words in the body.")
    lint: LintReport = Field(description="Lint report of the body.")
    notes: list[str] = Field(description="Notes for the sender (what to fill in or check).")


def _num(x: float) -> str:
    return f"{x:g}"


def _day(d: date) -> str:
    return d.strftime("%a %d %b %Y")


def _clip(text: str, words: int) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


_SUBJECTS = {
    "respond_to_reprioritization": "Proposal on the priority change",
    "forecast_risk": "Schedule risk",
    "decline_or_negotiate": "On your request",
    "progress_update": "Progress update",
    "ask_for_resources": "Request for support",
}


def _lead(inp: DraftInput, f: Facts) -> str:
    project = f.project or "the project"
    if f.decision:
        label = {"ask_for_resources": "Decision needed", "progress_update": "Headline"}.get(
            inp.purpose, "My recommendation"
        )
        return f"{label}: {_sentence(f.decision)}"
    if f.ask:
        return f"What I need from you: {_sentence(f.ask)}"
    return {
        "respond_to_reprioritization": "Before we switch priorities, I'd like to agree how we do it so we keep the value of the work already invested.",
        "forecast_risk": f"I want to flag a schedule risk on {project} early, while we still have options.",
        "decline_or_negotiate": "We can't take this on as asked, but I'd like to find a version that works for you.",
        "progress_update": f"Here is where {project} stands.",
        "ask_for_resources": f"I'd like to ask for support on {project}.",
    }[inp.purpose]


def _context(inp: DraftInput, f: Facts) -> list[str]:
    out: list[str] = []
    who, project = f.person, f.project
    if inp.purpose == "respond_to_reprioritization":
        if f.reason:
            out.append(f"I understand the reason for the change: {_sentence(f.reason)}")
        if who and project:
            out.append(
                f"{who} is in the middle of {project}; closing it out first keeps the work already invested and makes the switch faster."
            )
    elif inp.purpose == "forecast_risk":
        if f.reason:
            out.append(f"The main uncertainty: {_sentence(f.reason)}")
    elif inp.purpose == "decline_or_negotiate":
        if f.reason:
            out.append(f"Why: {_sentence(f.reason)}")
        else:
            out.append(
                "The team is committed to work that is close to landing, and pulling people off it now would cost more than it gains."
            )
    elif inp.purpose == "progress_update":
        if f.reason:
            out.append(f"What changed: {_sentence(f.reason)}")
    elif inp.purpose == "ask_for_resources":
        if f.reason:
            out.append(f"Why now: {_sentence(f.reason)}")
    return out


def _forecast_lines(f: Facts) -> list[str]:
    out: list[str] = []
    what = f.project or "the work"
    fc = f.forecast
    if fc is not None:
        if fc.unit == "weeks":
            pairs = [(50, fc.p50), (80, fc.p80), (95, fc.p95)]
            parts = [f"{pct}% likely within {_num(v)} weeks" for pct, v in pairs if v is not None]
            given = [v for _, v in pairs if v is not None]
            lead = (
                f"Our forecast for {what} is between {_num(given[0])} and {_num(given[-1])} weeks: "
                if len(given) > 1
                else f"Our forecast for {what}: "
            )
        else:
            pairs_d = [(50, fc.p50_date), (80, fc.p80_date), (95, fc.p95_date)]
            parts = [f"{pct}% likely by {_day(v)}" for pct, v in pairs_d if v is not None]
            lead = f"Our forecast for {what}: "
        out.append(lead + ", ".join(parts) + ".")
    if f.deadline_probability is not None:
        target = _day(f.deadline) if f.deadline else "the deadline"
        out.append(f"We put the chance of meeting {target} at {_num(round(f.deadline_probability * 100))}%.")
    elif f.deadline is not None and fc is None:
        out.append(
            f"The target date is {_day(f.deadline)}; we will share a forecast range with confidence before committing to it."
        )
    return out


_NEXT = {
    "respond_to_reprioritization": "Next step: let's agree the start date and scope of the switch.",
    "forecast_risk": "Next step: let's pick an option together.",
    "decline_or_negotiate": "Next step: tell me which alternative works best for you.",
    "progress_update": "Next step: we keep going and I'll flag any change to the forecast early.",
    "ask_for_resources": "Next step: a short conversation to decide.",
}
_CLOSE = {
    "direct": "Can you confirm?",
    "warm": "Happy to talk it through; could you let me know what works for you?",
    "formal": "Could you please confirm how you would like to proceed?",
}


def _compose(inp: DraftInput, f: Facts, notes: list[str]) -> str:
    greet_name = f" {inp.recipient}" if inp.recipient else ""
    greeting = {
        "direct": f"Hi{greet_name},",
        "warm": f"Hi{greet_name}, hope you are well.",
        "formal": f"Dear{greet_name or ' colleagues'},",
    }[inp.tone]
    paragraphs = [greeting, _lead(inp, f)]
    body = _context(inp, f) + _forecast_lines(f)
    if f.product_impact:
        body.append(f"Why it matters: {_sentence(f.product_impact)}")
    else:
        mentions_metric = any(METRIC_RE.search(x) for x in (f.decision, f.reason, f.ask))
        if mentions_metric or inp.purpose == "progress_update":
            body.append("What this means for users and the business: [add the product impact before sending].")
            notes.append("Add the product impact (users, cost, revenue, time saved) in place of the bracketed text.")
    if body:
        paragraphs.append(" ".join(body))
    if f.options:
        paragraphs.append("Options:\n" + "\n".join(f"- {o.name}: {_sentence(o.tradeoff)}" for o in f.options))
    closing = f"Next step: {_sentence(f.ask)}" if (f.ask and f.decision) else _NEXT[inp.purpose]
    # An ask that is already a question needs no second "can you confirm?".
    ends_with_question = bool(f.ask and f.decision and f.ask.rstrip().endswith("?"))
    paragraphs.append(closing if ends_with_question else f"{closing} {_CLOSE[inp.tone]}")
    sign = {"direct": "", "warm": "Thanks,", "formal": "Kind regards,"}[inp.tone]
    signature = "\n".join(x for x in (sign, inp.sender) if x)
    if signature:
        paragraphs.append(signature)
    return "\n\n".join(paragraphs)


def draft_message(inp: DraftInput) -> DraftedMessage:
    """Draft a stakeholder message (to an executive, product, a peer team or your own team) that leads with the decision or ask, gives forecast ranges with confidence, ties progress to product impact, offers options and blames no one; uses only the numbers in the facts and returns the message's lint report."""
    f = inp.facts
    limit = WORD_LIMITS.get(inp.audience, DEFAULT_WORD_LIMIT) - 10
    notes: list[str] = []
    body = _compose(inp, f, notes)
    # Shorten step by step until the draft fits the audience's length limit.
    steps = [
        lambda x: x.model_copy(
            update={"options": [o.model_copy(update={"tradeoff": _clip(o.tradeoff, 15)}) for o in x.options]}
        ),
        lambda x: x.model_copy(update={"options": x.options[:2]}),
        lambda x: x.model_copy(
            update={k: _clip(getattr(x, k), 25) for k in ("decision", "ask", "reason", "product_impact")}
        ),
        lambda x: x.model_copy(
            update={k: _clip(getattr(x, k), 12) for k in ("decision", "ask", "reason", "product_impact")}
            | {"options": [o.model_copy(update={"tradeoff": _clip(o.tradeoff, 8)}) for o in x.options]}
        ),
    ]
    for step in steps:
        if len(WORD_RE.findall(body)) <= limit:
            break
        f = step(f)
        notes = []
        body = _compose(inp, f, notes)
        notes.append("Shortened to fit the length limit for this audience; put detail in a linked doc.")
    project = f" {f.project}:" if f.project else ""
    subject = f"{project} {_SUBJECTS[inp.purpose]}".strip() if project else _SUBJECTS[inp.purpose]
    lint = lint_message(LintInput(text=body, audience=inp.audience))
    if not lint.clean:
        notes.append("The facts contain phrasing the lint flags; see the lint report before sending.")
    return DraftedMessage(subject=subject, body=body, word_count=len(WORD_RE.findall(body)), lint=lint, notes=notes)
