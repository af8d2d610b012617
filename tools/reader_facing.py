"""What the voice gate (tools/reader_voice.gate) asks of a sentence of the manager's notes beyond its grammar: that it
does not say the opposite of the verdict the tool reached on the same work ('fraud model v3 is on track' under a
forecast that puts the date at 1%), and that it does not say again what another sentence of the body already says
('Cost of a hire is roughly 70k a year' after 'the hire costs about 70k a year'). What fails is taken out clause by
clause and handed back, with why, for the manager's notes under the draft.

Pure functions over text; the caller gives the verdict (`Verdict`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field


class Verdict(BaseModel):
    """What the tool concluded about the work the message reports on."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    work: str = Field(default="", max_length=200, description="The work the verdict is about, as the draft names it ('Fraud model v3').")
    on_track: bool | None = Field(default=None, description="True: the date is likely met; False: the date is at risk; None: no verdict either way.")
    said: str = Field(default="", max_length=200, description="The verdict as the draft says it, for the manager's note ('a 1% chance of Fri 18 Dec').")


@dataclass
class KeptOut:
    """A piece of the manager's notes the body does not say, and why (shown to the manager under the draft)."""

    text: str
    why: str


# A claim that the work will make its date, and one that it will not.
_ON_TRACK = re.compile(
    r"\b(?:is|are|'s|’s|'re|’re|remains?|stays?|still|looks?|looking|seems?)\s+(?:still\s+|well\s+|firmly\s+|fully\s+|broadly\s+|basically\s+|pretty\s+much\s+)?"
    r"(?:on[ -]track|on schedule|on target|on time|ahead of schedule|green|good to go|in good shape)\b"
    r"|^(?:still\s+|all\s+|well\s+)?(?:on[ -]track|on schedule|on target|green)\b"
    r"|\b(?:will|'ll|’ll|should|is going to|are going to)\s+(?:still\s+|easily\s+|comfortably\s+)?(?:make it|make the date|hit the date|land on time|ship on time|be ready in time|be done in time)\b",
    re.I,
)
_AT_RISK = re.compile(
    r"\b(?:is|are|'s|’s|'re|’re|looks?|looking|now)\s+(?:now\s+|badly\s+|seriously\s+|a bit\s+|slightly\s+)?(?:at risk|behind|off[ -]track|red|slipping)\b"
    r"|\b(?:won['’]?t|will not|can['’]?t|cannot)\s+(?:make|hit|meet)\s+(?:it|the date|the deadline)\b|\bwill (?:miss|slip)\b",
    re.I,
)
_WORK_SUBJECT = re.compile(r"^(?:(?:and|but|so)\s+)?(?:we|we're|we’re|it|it's|it’s|this|that|everything|all|things)?\s*$", re.I)
_CLAUSE = re.compile(r"\s*[;,]\s+(?!(?:and|but|or|so)\s*$)")
_STOP = frozenset(
    "the a an of to in on at by for with from and or but so is are was were be been it its this that these those we our us i my you your "
    "they their he she his her about roughly around some any all no not just still also very than then there here what which who".split()
)


def _stems(text: str) -> set[str]:
    words = (w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text))
    return {re.sub(r"(?:ies|es|s)$", "", w) if len(w) > 4 else w for w in words if w not in _STOP}


def _about_the_work(before: str, work: str) -> bool:
    """True when the words before a claim name the verdict's work ('the fraud model v3 is on track') or stand for it
    ('we're', 'it's', nothing: 'on track, 2 weeks left')."""
    before = re.sub(r"^[^:]{1,40}:\s+", "", before.strip())  # 'Fraud model: on track'
    if _WORK_SUBJECT.match(before):
        return True
    named = _stems(work) - {"model", "project", "work"}
    return bool(named) and named <= _stems(before)


def contradicts(clause: str, verdict: Verdict | None) -> bool:
    """True when the clause claims the opposite of the verdict about the same work."""
    if verdict is None or verdict.on_track is None:
        return False
    claim = (_AT_RISK if verdict.on_track else _ON_TRACK).search(clause)
    if claim is None or re.search(r"\b(?:not|no longer|isn['’]t|aren['’]t)\s+(?:\w+\s+)?$", clause[: claim.start()], re.I):
        return False
    return _about_the_work(clause[: claim.start()], verdict.work)


def against_verdict(sentence: str, verdict: Verdict | None) -> tuple[list[str], list[KeptOut]]:
    """The clauses of a sentence of the notes that stand with the verdict, and those taken out because they say its
    opposite: 'The fraud model v3 is on track, new merchant features in, Priya says 2 weeks left' under an at-risk
    forecast keeps 'new merchant features in' and 'Priya says 2 weeks left'."""
    clauses = [c for c in _CLAUSE.split(sentence.strip().rstrip(".")) if c.strip()]
    out = [c for c in clauses if not contradicts(c, verdict)]
    if len(out) == len(clauses):
        return [sentence], []
    why = f"it says the opposite of the forecast, {verdict.said}" if verdict is not None and verdict.said else "it says the opposite of the forecast"
    return out, [KeptOut(text=c.strip(), why=why) for c in clauses if c not in out]


_NUMBER = re.compile(r"\d[\d,.]*\s*[kKmM%]?(?![\w])|\d[\d,.]*")


def _numbers(text: str) -> set[str]:
    return {re.sub(r"[\s,]", "", n).lower().rstrip(".") for n in _NUMBER.findall(text)}


def said_before(clause: str, others: list[str]) -> bool:
    """True when another sentence of the body already says what the clause says: the same figures about the same
    thing ('Cost of a hire is roughly 70k a year' after 'the hire costs about 70k a year'), or the clause word for word."""
    flat = re.sub(r"\W+", " ", clause).strip().lower()
    if len(flat.split()) >= 4 and any(flat in re.sub(r"\W+", " ", o).lower() for o in others):
        return True
    numbers, stems = _numbers(clause), _stems(re.sub(r"^[^:]{1,40}:\s+", "", clause))
    if not numbers or len(stems) < 2:
        return False
    need = max(2, -(-3 * len(stems) // 4))  # three in four of its words: 'saves 12k a year' is no 'costs 12k a year'
    return any(numbers <= _numbers(o) and len(stems & _stems(o)) >= need for o in others)


def without_repeats(sentence: str, others: list[str]) -> tuple[str, list[KeptOut]]:
    """The sentence without the clauses (split at ';') another sentence of the body already says; a label before the
    first clause stays with what follows ('What it costs: Cost of a hire is 70k; last campaign we paid 180k' ->
    'What it costs: last campaign we paid 180k')."""
    label = re.match(r"^(?P<l>[A-Z][^:;]{1,40}:\s+)", sentence)
    head = label.group("l") if label else ""
    clauses = [c for c in re.split(r"\s*;\s+", sentence[len(head) :]) if c.strip()]
    kept = [c for c in clauses if not said_before(c, others)]
    if len(kept) == len(clauses):
        return sentence, []
    gone = [KeptOut(text=c.strip().rstrip("."), why="the message says it already") for c in clauses if c not in kept]
    if not kept:
        return "", gone
    rest = "; ".join(kept).rstrip(".") + "."
    rest = rest if head else rest[:1].upper() + rest[1:]
    return head + rest, gone


def kept_out_note(kept: list[KeptOut], limit: int = 4) -> str:
    """The manager's note listing what the body leaves out of their notes: 'Kept out of the message: "X" (why); ...'."""
    if not kept:
        return ""
    items = list({k.text.lower(): k for k in kept}.values())[:limit]
    said = "; ".join(f"'{_clip(k.text)}' ({k.why})" for k in items)
    return f"Kept out of the message: {said}. Say it in your own words if it belongs."


def _clip(text: str, words: int = 14) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")
