"""Number grounding: which numbers in an answer no source supports. Used by the graph's check before a
model's answer leaves, and by the evals' `number_grounding` metric (one rule, one home).

Number grounding rule: every number written in the answer must be traceable to a source (the question,
the team file's text, a tool result's JSON, the text of a passage the answer cites, or the product's
fixed safety text such as the crisis line). Numbers are
extracted with one regex (digits with optional thousands separators, decimals and a `%`); a number
glued to letters on its left (`v3`, `Q3`, `C09`) is part of a name and skipped, as are citation
markers `[1]`, line-leading list markers `1.`, the forms `1-on-1`/`1:1`, and the trivial values 0 and 1.
Sources are read with the same regex; a source value between 0 and 1 also counts as a percentage
(0.85 grounds "85%") and a source percentage also counts as a fraction ("85%" grounds 0.85). An answer
number is grounded when some source value, rounded to the decimals the answer shows, equals it
(14.6 grounds "15", 0.8523 grounds "85%" and "85.2%"); otherwise it is reported as ungrounded.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
import json
from typing import Any, Iterable

_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%)?")
_STRIP = (
    re.compile(r"\[\d+(?:\s*[,;]\s*\d+)*\]"),  # citation markers
    re.compile(r"(?im)^\s*(?:[-*]\s+)?\d+[.)](?=\s)"),  # list markers
    re.compile(r"(?i)\b1\s*-?\s*on\s*-?\s*1s?\b|\b1:1s?\b"),  # 1-on-1
)
TRIVIAL = frozenset({0.0, 1.0})


@dataclass(frozen=True)
class NumberToken:
    """A number found in text: its value, decimals shown, whether it had a %, and the text."""

    value: float
    decimals: int
    percent: bool
    text: str


def extract_numbers(text: str, *, strip_markup: bool = True) -> list[NumberToken]:
    """Numbers in text by the module's rule (markup like [1], list markers and 1-on-1 removed)."""
    if strip_markup:
        for pattern in _STRIP:
            text = pattern.sub(" ", text)
    out = []
    for m in _NUMBER.finditer(text):
        whole, frac, pct = m.group(1), m.group(2) or "", m.group(3)
        value = float(whole.replace(",", "") + frac)
        out.append(NumberToken(value, max(len(frac) - 1, 0), bool(pct), m.group(0).strip()))
    return out


def source_values(texts: Iterable[str]) -> set[float]:
    """Every number in the sources plus its percent/fraction twin."""
    values: set[float] = set()
    for text in texts:
        for tok in extract_numbers(text, strip_markup=False):
            values.add(tok.value)
            if 0 < tok.value <= 1 and not tok.percent:
                values.add(round(tok.value * 100, 10))
            if tok.percent:
                values.add(round(tok.value / 100, 12))
    return values


def _grounded(token: NumberToken, values: set[float]) -> bool:
    if token.value in TRIVIAL:
        return True
    for s in values:
        if math.isclose(round(s, token.decimals), token.value, abs_tol=1e-9):
            return True
    return False


def ungrounded_numbers(answer: str, sources: Iterable[str]) -> list[str]:
    """The answer's numbers that no source supports (empty list = fully grounded)."""
    values = source_values(sources)
    return [tok.text for tok in extract_numbers(answer) if not _grounded(tok, values)]


SENTENCE_RE = re.compile(r"[^.!?\n]*(?:[.!?]+|$)")


def strip_ungrounded(answer: str, sources: Iterable[str]) -> tuple[str, list[str]]:
    """The answer without the sentences that carry ungrounded numbers, and those numbers.

    Sentences are cut within their line, so lists and quoted drafts keep their shape; a line left empty goes.
    """
    values = source_values(sources)
    removed: list[str] = []
    lines = []
    for line in answer.splitlines():
        sentences = SENTENCE_RE.findall(line)
        kept = []
        for sentence in sentences:
            bad = [tok.text for tok in extract_numbers(sentence) if not _grounded(tok, values)]
            removed += [b for b in bad if b not in removed]
            if not bad:
                kept.append(sentence)
        if len(kept) == len(sentences):
            lines.append(line)
        elif "".join(kept).strip(" -*>"):
            lines.append("".join(kept).rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), removed


def grounding_sources(question: str, team_text: str | None, tool_results: Iterable[Any], cited_texts: Iterable[str]) -> list[str]:
    """The texts an answer's numbers may come from."""
    out = [question]
    if team_text:
        out.append(team_text)
    out.extend(json.dumps(r, default=str, ensure_ascii=False) for r in tool_results if r is not None)  # '€95k' escaped as '\u20ac95k' hides its 95
    out.extend(cited_texts)
    return out


def answer_sources(
    question: str, history: Iterable[dict[str, Any]], situation: Any, passages: Iterable[dict[str, Any]], team: Any, tool_results: Iterable[Any]
) -> list[str]:
    """What a turn's answer may take numbers from: the user's messages, the understood facts, the passages, the team
    file and the tool results."""
    asked = " ".join([question, *(t["content"] for t in history if t.get("role") == "user")])
    facts = [json.dumps(situation or {}, default=str), *(p["text"] for p in passages)]
    team_text = team.model_dump_json() if team is not None else None
    return grounding_sources(asked, team_text, tool_results, facts)
