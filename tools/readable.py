"""Text-assembly slips a reader stops at, found and mended in one place: a word said twice ('Thursday Thursday',
'Mon Monday'), a list mark doubled ('- - the backfill'), a label its value repeats ('Move the date: Move the date to
...'), a list line or a full stop said twice, a slot filled with nothing but a pronoun ('Her goal: that'), and a
bracket left to fill ('[name]') where the Situation holds the value. The graph's check node mends what it can
before the answer leaves; the eval runner counts what is left (`readable_text`).

Pure functions over text: no model, no Situation type (the caller passes the values it knows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

# Words English repeats on purpose ('that that', 'had had'); 'this this week' is handled by its next word.
DOUBLE_ALLOWED = frozenset({"that", "had", "very", "no", "bye", "so", "ha"})
_TIME_NOUN = re.compile(r"\s*(?:week|month|quarter|year|morning|afternoon|evening|sprint|time)\b", re.I)
# The same word twice with only spaces between, or a calendar abbreviation before its full name ('Mon Monday', 'Dec December').
_DOUBLED = re.compile(
    r"(?<![\w'’-])(?P<a>[A-Za-z]+)[ \t]+(?P<b>(?P=a)|(?<=\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec) )(?P=a)[a-z]+)\b(?![-'’]\w)",
    re.I,
)
# A list mark said twice at the start of a line, inside a quote block or not ('> - - backfill done').
_DOUBLE_MARK = re.compile(r"^(?P<lead>[ \t]*(?:>[ \t]*)?)(?P<mark>[-*•])[ \t]+(?:[-*•][ \t]+)+(?=\S)", re.M)
# A label whose value is only a pronoun or an article ('goal: that', 'topic: it.'), or nothing before the stop ('why: .').
_EMPTY_SLOT = re.compile(
    r"(?P<label>\w[\w'’]*(?: [\w'’]+){0,5}):[ \t]+(?P<value>(?:that|this|it|they|them|these|those|he|she|him|her|which|what|the|a|an|one|someone|something)\b)?"
    r"(?=[ \t]*(?:\*\*|[.;,)]|$))",
    re.I | re.M,
)
# A label at the start of a line or list item whose value opens by saying it again ('- Move the date: Move the date to
# 7 January'); mid-sentence ('make it a thing with the team: the team hears nothing') it is no label.
_REPEATED_LABEL = re.compile(
    r"^(?P<lead>[ \t]*(?:>[ \t]*)?(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*)?)(?P<label>[A-Za-z][\w'’-]*(?: [\w'’-]+){1,5}): (?P=label)\b",
    re.I | re.M,
)
# A list line said twice in a row ('- Office hours' then '- Office hours').
_REPEATED_LINE = re.compile(r"^(?P<line>[ \t]*(?:>[ \t]*)?[-*•] \S[^\n]*)\n(?P=line)$", re.M)
# A full stop doubled where two pieces met ('into the Q1 budget..)'); an ellipsis is left alone.
_DOUBLE_STOP = re.compile(r"(?<=\w)\.\.(?!\.)")
# A bracket to fill ('[name]', '[new date]'); never a citation ('[2]') or a markdown link ('[docs](...)').
_PLACEHOLDER = re.compile(r"\[(?P<slot>[A-Za-z][A-Za-z /'-]{0,30})\](?!\()")
# What a bracket asks for, by the Situation fact that answers it.
PLACEHOLDER_FACTS: Mapping[str, str] = {
    "name": "person", "person": "person", "their name": "person", "project": "project", "the project": "project",
    "deadline": "deadline", "due date": "deadline", "new date": "new_date", "start date": "starts",
    "recipient": "recipient", "meeting date": "meeting_date", "requester": "requester",
}  # fmt: skip
# A function word capitalised mid-sentence where two pieces were joined ('blow up, For the toy fair'): a capital only
# a sentence start earns.
_MID_CAPITAL = re.compile(r"(?<=[a-z0-9%)],[ ])(?P<w>For|The|And|With|To|In|On|At|By|Of|From|But|So|Or|Which|That|When|While|Because|Before|After|Until)\b(?=[ ][a-z])")
# Text the manager typed, quoted back as said: never mended ('(you said "mon the 7th")').
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")


@dataclass(frozen=True)
class Slip:
    """One place a reader would stop: its kind and the words at fault."""

    kind: str  # doubled-word, doubled-mark, repeated-label, repeated-line, doubled-stop, empty-slot, mid-capital, placeholder
    words: str

    def __str__(self) -> str:
        return f"{self.kind}: '{self.words}'"


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)]


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


def _doubled(m: re.Match[str]) -> bool:
    a = m.group("a").lower()
    if a in DOUBLE_ALLOWED and m.group("b").lower() == a:
        return False
    return not (a == "this" and _TIME_NOUN.match(m.string, m.end()))  # "room for this this week"


def slips(text: str, known: Mapping[str, str] | None = None) -> list[Slip]:
    """Every slip in the text; `known` maps Situation fact names to their values (a bracket is a slip only when
    the fact it asks for is known)."""
    quoted = _quoted_spans(text)
    found = [Slip("doubled-word", m.group(0)) for m in _DOUBLED.finditer(text) if _doubled(m) and not _inside(quoted, m.start())]
    found += [Slip("doubled-mark", m.group(0).strip()) for m in _DOUBLE_MARK.finditer(text)]
    found += [Slip("repeated-label", m.group(0)[len(m.group("lead")) :]) for m in _REPEATED_LABEL.finditer(text) if not _inside(quoted, m.start())]
    found += [Slip("repeated-line", m.group("line").strip()) for m in _REPEATED_LINE.finditer(text)]
    found += [Slip("doubled-stop", m.string[max(0, m.start() - 12) : m.end() + 1].strip()) for m in _DOUBLE_STOP.finditer(text)]
    found += [Slip("empty-slot", m.group(0).strip()) for m in _EMPTY_SLOT.finditer(text) if _empty(m) and not _inside(quoted, m.start())]
    found += [Slip("mid-capital", m.string[max(0, m.start() - 12) : m.end() + 4].strip()) for m in _MID_CAPITAL.finditer(text) if not _inside(quoted, m.start())]
    for m in _PLACEHOLDER.finditer(text):
        fact = PLACEHOLDER_FACTS.get(m.group("slot").lower())
        if fact and (known or {}).get(fact):
            found.append(Slip("placeholder", m.group(0)))
    return found


def _empty(m: re.Match[str]) -> bool:
    """A label with a pronoun for its value, or with nothing before a stop ('why: .'); a heading that ends on its colon
    ('What I can offer instead:') introduces the lines below it and is no slip."""
    if m.group("value"):
        return True
    rest = m.string[m.end() :].lstrip(" \t")
    return rest[:1] in (".", ";", ",", ")")


def mend(text: str, known: Mapping[str, str] | None = None) -> tuple[str, list[Slip]]:
    """The text with its slips repaired (the second of a doubled word dropped, keeping the full form of 'Mon Monday';
    one list mark; an empty slot's colon and pronoun dropped; a bracket filled from `known`), and the slips it mended."""
    found = slips(text, known)
    if not found:
        return text, []
    quoted = _quoted_spans(text)

    def one_word(m: re.Match[str]) -> str:
        if not _doubled(m) or _inside(quoted, m.start()):
            return m.group(0)
        return m.group("b") if len(m.group("b")) > len(m.group("a")) else m.group("a")

    out = _DOUBLED.sub(one_word, text)
    out = _DOUBLE_MARK.sub(lambda m: f"{m.group('lead')}{m.group('mark')} ", out)
    out = _REPEATED_LABEL.sub(lambda m: m.group("lead") + m.string[m.end() - len(m.group("label")) : m.end()], out)  # the value, which says the label
    out = _REPEATED_LINE.sub(lambda m: m.group("line"), out)
    out = _DOUBLE_STOP.sub(".", out)
    quoted = _quoted_spans(out)
    out = _EMPTY_SLOT.sub(lambda m: m.group("label") if _empty(m) and not _inside(quoted, m.start()) else m.group(0), out)

    def filled(m: re.Match[str]) -> str:
        fact = PLACEHOLDER_FACTS.get(m.group("slot").lower())
        value = (known or {}).get(fact or "")
        return str(value) if value else m.group(0)

    out = _PLACEHOLDER.sub(filled, out)
    quoted = _quoted_spans(out)
    out = _MID_CAPITAL.sub(lambda m: m.group("w") if _inside(quoted, m.start()) else m.group("w").lower(), out)
    return out, found
