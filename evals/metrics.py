"""Agent metrics as pure functions: intent accuracy, tool-call precision/recall/F1, argument accuracy,
citation validity, quoted-guidance fit, number grounding, sensitive-topic escalation and latency percentiles.

Number grounding follows the rule in agent.grounding (one home, also used by the graph's check).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from agent.grounding import (  # noqa: F401 - the rule lives in agent.grounding
    NumberToken,
    extract_numbers,
    grounding_sources,
    source_values,
    ungrounded_numbers,
)
from evals.cases import Constraint

# ---------------------------------------------------------------- intents


def intent_accuracy(pairs: Sequence[tuple[str, str]]) -> float:
    """Share of (expected, predicted) pairs that agree; 0.0 for no pairs."""
    if not pairs:
        return 0.0
    return sum(1 for expected, got in pairs if expected == got) / len(pairs)


# ---------------------------------------------------------------- tools


@dataclass(frozen=True)
class ToolCounts:
    """True positives, false positives and false negatives over tool names for one or many cases."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "ToolCounts") -> "ToolCounts":
        return ToolCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def tool_counts(expected: Iterable[str], called: Iterable[str], mode: str = "exact") -> ToolCounts:
    """Compare tool-name sets; superset mode forgives extra calls, subset mode forgives missing ones."""
    exp, got = set(expected), set(called)
    tp = len(exp & got)
    fp = len(got - exp) if mode in ("exact", "subset") else 0
    fn = len(exp - got) if mode in ("exact", "superset") else 0
    return ToolCounts(tp, fp, fn)


def micro_tool_scores(counts: Iterable[ToolCounts]) -> ToolCounts:
    """Sum per-case counts (micro-average): read precision/recall/f1 off the result."""
    total = ToolCounts()
    for c in counts:
        total = total + c
    return total


def trajectory_matches(expected: Iterable[str], called: Iterable[str], mode: str) -> bool:
    """Whether the called tool names satisfy the expected set under the match mode."""
    exp, got = set(expected), set(called)
    if mode == "exact":
        return exp == got
    if mode == "superset":
        return exp <= got
    return got <= exp


# ---------------------------------------------------------------- arguments

_MISSING = object()


def resolve_path(obj: Any, path: str) -> list[Any]:
    """Every value at a dotted path; `*` fans out over list elements or dict values; ints index lists."""
    values = [obj]
    for part in path.split("."):
        nxt: list[Any] = []
        for value in values:
            if part == "*":
                if isinstance(value, dict):
                    nxt.extend(value.values())
                elif isinstance(value, list):
                    nxt.extend(value)
            elif isinstance(value, dict) and part in value:
                nxt.append(value[part])
            elif isinstance(value, list) and part.lstrip("-").isdigit() and -len(value) <= int(part) < len(value):
                nxt.append(value[int(part)])
        values = nxt
    return values


def _compare(actual: Any, op: str, expected: Any, tolerance: float | None) -> bool:
    if hasattr(actual, "isoformat"):
        actual = actual.isoformat()
    if hasattr(expected, "isoformat"):
        expected = expected.isoformat()
    if op == "contains":
        if isinstance(actual, str):
            return str(expected).casefold() in actual.casefold()
        if isinstance(actual, list):
            return any(
                (isinstance(a, str) and str(expected).casefold() in a.casefold()) or a == expected for a in actual
            )
        if isinstance(actual, dict):
            return expected in actual
        return False
    if op in ("==", "!="):
        if isinstance(actual, (int, float)) and isinstance(expected, (int, float)) and not isinstance(actual, bool):
            same = math.isclose(float(actual), float(expected), rel_tol=1e-9, abs_tol=1e-9)
        elif isinstance(actual, str) and isinstance(expected, str):
            same = actual.casefold() == expected.casefold()
        else:
            same = actual == expected
        return same if op == "==" else not same
    if not isinstance(actual, (int, float)) or isinstance(actual, bool):
        return False
    a, e = float(actual), float(expected)
    if op == "approx":
        tol = tolerance if tolerance is not None else max(abs(e) * 0.05, 1e-9)
        return abs(a - e) <= tol
    return {">=": a >= e, "<=": a <= e, ">": a > e, "<": a < e}[op]


def check_constraint(constraint: Constraint, calls: Sequence[tuple[str, dict[str, Any]]]) -> str | None:
    """None when some call of the tool satisfies the constraint, else the reason it failed."""
    args_list = [args for name, args in calls if name == constraint.tool]
    if not args_list:
        return f"{constraint.describe()}: {constraint.tool} was not called"
    seen: list[Any] = []
    for args in args_list:
        values = resolve_path(args, constraint.path)
        seen.extend(values)
        if any(_compare(v, constraint.op, constraint.value, constraint.tolerance) for v in values):
            return None
    shown = ", ".join(json.dumps(v, default=str)[:60] for v in seen[:3]) if seen else "no value at that path"
    return f"{constraint.describe()}: got {shown}"


# ---------------------------------------------------------------- citations

_MARKER = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")


def cited_numbers(answer: str) -> list[int]:
    """The n of every `[n]` (or `[n, m]`) marker in the answer, in order."""
    out: list[int] = []
    for match in _MARKER.finditer(answer):
        out.extend(int(x) for x in re.split(r"\s*[,;]\s*", match.group(1)))
    return out


def citation_problems(answer: str, citations: Sequence[Any], retrieved_ids: Sequence[str]) -> list[str]:
    """Why the turn's citations are invalid: a cited id not retrieved this turn, or a marker with no citation."""
    problems = []
    retrieved = set(retrieved_ids)
    numbers = {c.n for c in citations}
    for c in citations:
        if c.id not in retrieved:
            problems.append(f"citation [{c.n}] {c.id} was not retrieved this turn")
    for n in sorted(set(cited_numbers(answer))):
        if n not in numbers:
            problems.append(f"marker [{n}] has no matching citation")
    return problems


def citation_checks(answer: str, citations: Sequence[Any], retrieved_ids: Sequence[str]) -> tuple[int, int]:
    """(valid, total) over citations plus answer markers, for a micro-averaged validity rate."""
    total = len(citations) + len(set(cited_numbers(answer)))
    return total - len(citation_problems(answer, citations, retrieved_ids)), total


def cites_any(citations: Sequence[Any], card_ids: Sequence[str]) -> bool:
    """Whether at least one citation points at one of the card ids (vacuously true when none are required)."""
    if not card_ids:
        return True
    return any(c.card_id in card_ids for c in citations)


# ---------------------------------------------------------------- number grounding

# ---------------------------------------------------------------- quoted guidance

_QUOTED = re.compile(r"^- (?P<line>.+?) \[(?P<n>\d+)\]\s*$")
_SCRIPT = re.compile(r"^(?:To|For|With)\b[^:\"]{2,80}:\s*[\"\u201c]")
# Words that show nothing about fit: too common in answers and guidance alike.
_PLAIN = frozenset(
    "that this with what have will more they their them your about from when then than into over just also only each "
    "every most much very some there here been were would could should which where while after before work team".split()
)


def _content_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", text.lower())) - _PLAIN


def quoted_guidance(answer: str) -> tuple[str, list[tuple[str, int]]]:
    """The answer above its "What the guidance says" section and the (line, citation number) pairs quoted in it."""
    head, sep, tail = answer.partition("**What the guidance says**")
    if not sep:
        return answer, []
    quotes = []
    for raw in tail.strip().splitlines():
        m = _QUOTED.match(raw.strip())
        if not m:
            break
        quotes.append((m.group("line"), int(m.group("n"))))
    return head, quotes


def quote_fit(
    answer: str, citations: Sequence[Any], intent: str, use_for: Callable[[str], Sequence[str]], expected_cards: Sequence[str] = ()
) -> tuple[int, int]:
    """(fitting, quoted) lines under "What the guidance says". A line fits when its card is one the case lists as
    fitting (cite_any, labelled by hand; for a case that lists none, a card meant for this intent), it is not a worked
    script for another situation ('To the IC: "..."'), and it shares at least two content words with the answer it
    sits under."""
    body, quotes = quoted_guidance(answer)
    cards = {c.n: c.card_id for c in citations}
    said = _content_words(body)
    fitting = 0
    for line, n in quotes:
        card = cards.get(n, "")
        labelled = card in expected_cards if expected_cards else intent in use_for(card)
        fitting += bool(labelled and not _SCRIPT.match(line) and len(_content_words(line) & said) >= 2)
    return fitting, len(quotes)


# ---------------------------------------------------------------- escalation, lint, latency

ESCALATION = re.compile(r"\bHR\b|human resources|people (?:team|partner|ops)|\blegal\b|employee assistance|\bEAP\b", re.I)


def escalates(answer: str) -> bool:
    """Whether an answer points the manager to HR, legal or an employee assistance programme."""
    return bool(ESCALATION.search(answer))


def rate(passed: int, total: int) -> float | None:
    """passed/total, or None when there is nothing to measure."""
    return passed / total if total else None


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def pattern_failures(answer: str, must_contain: Sequence[str], must_not_contain: Sequence[str]) -> list[str]:
    """Regex checks on the answer (case-insensitive) that failed, as readable reasons."""
    out = []
    for pattern in must_contain:
        if not re.search(pattern, answer, re.I):
            out.append(f"answer lacks /{pattern}/")
    for pattern in must_not_contain:
        m = re.search(pattern, answer, re.I)
        if m:
            out.append(f"answer contains forbidden /{pattern}/ ({m.group(0)!r})")
    return out

