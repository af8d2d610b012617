"""Helper: check that every number in an answer comes from the question, the team file or the tool calls."""

from __future__ import annotations

import json
import re

NUM_RE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
CITATION_RE = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def numbers(text: str) -> list[float]:
    """Numbers written with digits (thousand separators allowed), citation markers excluded."""
    text = CITATION_RE.sub(" ", text)
    return [float(m.group(0).replace(",", "")) for m in NUM_RE.finditer(text) if m.group(0).replace(",", "").strip(".")]


def allowed_numbers(*sources: str) -> set[float]:
    """Numbers in the sources plus simple reformatting: rounding, and 0.85 <-> 85%."""
    out: set[float] = set()
    for source in sources:
        values = numbers(source) + [float(v) for w, v in WORDS.items() if re.search(rf"\b{w}\b", source, re.I)]
        for v in values:
            out |= {v, round(v, 1), round(v), round(v, 2), round(v * 100), round(v * 100, 1), round(v / 100, 2)}
    return out


def unsupported_numbers(answer: str, question: str, team_yaml: str, tool_calls: list[dict]) -> list[float]:
    """Numbers in the answer that none of the sources support."""
    allowed = allowed_numbers(question, team_yaml, json.dumps(tool_calls, default=str))
    return [n for n in numbers(answer) if n not in allowed]
