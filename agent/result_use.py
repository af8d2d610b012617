"""Whether an answer uses the tool results it was computed from: for each tool whose result carries the answer's
substance (a forecast's dates and odds, a what-if's recommendation, triage verdicts, an agenda's items, archetype
scores, plan changes, a drafted message), a rule over the typed result says what the answer must mention. A model that
ran the right tool and then answered about something else (seen on a local 1.5B model: a decline message for a
triage question) is caught here, before the answer leaves."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from pydantic import BaseModel

from agent.tool_results import succeeded, typed_result

# Words too common in these results to show that an answer used one.
STOPWORDS = frozenset(
    "about after again also been before being both could does each even every from have into just like make more most "
    "much need next only other over same should some such than that their them then there these they this those "
    "through under very what when where which while will with would your yours the and for are but not you".split()
)
# How an answer says each what-if recommendation / triage verdict.
RECOMMENDATION_WORDS = {
    "switch_now": r"switch|\bmov(?:e|ing) (?:\w+ )?(?:now|right away|immediately|on monday)|reassign",
    "finish_first": r"finish|let (?:\w+ )?complete|after (?:\w+ ){0,4}(?:ships?|lands?|is done|completes?)",
    "split_capacity": r"split|part[- ]time|share (?:of )?(?:her|his|their) time|\b\d+ ?% of (?:her|his|their) time",
    "defer_new": r"defer|postpone|push (?:\w+ )?(?:back|out)|wait (?:until|till)|later",
}
VERDICT_WORDS = {
    "handle_yourself": r"yourself|absorb|handle it|take it on",
    "hold_for_planning": r"\bhold|planning|backlog|next (?:sprint|cycle|week|quarter)",
    "pass_to_team": r"pass|hand (?:it )?(?:over|to)|assign|accept|take it|goes? to the team|reach(?:es)? (?:your|the) team",
    "negotiate": r"negotiat|push back|trade[- ]?off|counter|scope",
    "decline_with_alternative": r"declin|say no|turn (?:it )?down|alternative|instead",
    "escalate": r"escalat",
}
# What each rule looks for, as a notice names it.
WHAT = {
    "forecast_completion": "the forecast's dates and odds",
    "suggest_plan_changes": "the plan changes that would help",
    "compare_strategies": "the what-if's recommendation",
    "score_archetype": "the archetype it scored",
    "triage_request": "the triage verdict",
    "triage_inbox": "the triage verdicts",
    "build_agenda": "the agenda's items",
    "draft_message": "the drafted message",
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[_\-–—/]", " ", text.casefold()))


def _stem(word: str) -> str:
    """A crude stem, the same on both sides: 'blocker' and 'unblock' are both 'block', 'alerts' is 'alert'."""
    word = word.removesuffix("'s")
    if word.startswith("un") and len(word) > 6:
        word = word[2:]
    for suffix in ("ings", "ing", "ers", "er", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content_words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z][a-z']{3,}", _norm(text)) if w not in STOPWORDS}


def _covered(answer_words: set[str], phrase: str, share: float) -> bool:
    """True when at least `share` of the phrase's content words appear in the answer (a phrase without any: False)."""
    words = _content_words(phrase)
    return bool(words) and len(words & answer_words) >= math.ceil(share * len(words))


def _named(answer_words: set[str], title: str) -> bool:
    """True when two of the title's content words (or its only one) appear in the answer: 'fraud alerts' names
    'Fraud alerts spiking since last night's deploy'."""
    words = _content_words(title)
    return bool(words) and len(words & answer_words) >= min(2, len(words))


def _said(answer: str, pattern: str) -> bool:
    return re.search(pattern, _norm(answer)) is not None


def _percents(answer: str) -> list[float]:
    return [float(m) for m in re.findall(r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent)", answer)]


def _date_forms(day: date) -> list[str]:
    """The ways an answer writes a date: ISO, '8 Jan', 'Jan 8', 'January 8', '8 January'."""
    months = (day.strftime("%b").casefold(), day.strftime("%B").casefold())
    return [day.isoformat()] + [f for m in months for f in (f"{day.day} {m}", f"{m} {day.day}", f"{m} {day.day:02d}")]


def _mentions_date(answer: str, days: list[date]) -> bool:
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", _norm(answer)).replace(",", "").replace(".", " ")
    return any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) for day in days for form in _date_forms(day))


def _mentions_duration(answer: str, working_days: list[float]) -> bool:
    """True when the answer gives one of these durations in working days or weeks (to the nearest half week or day)."""
    for value, unit in re.findall(r"(\d+(?:\.\d+)?)\s*(?:working\s+|work\s+|business\s+)?(week|day)s?\b", answer.casefold()):
        amount = float(value)
        if any(abs(amount - (d / 5 if unit == "week" else d)) <= (0.5 if unit == "week" else 1.0) for d in working_days):
            return True
    return False


def _forecast_used(result: Any, answer: str) -> bool:
    levels = [result.p50, result.p80, result.p95]
    odds = [p * 100 for p in (result.deadline_probability, result.success_probability) if p is not None]
    return (
        any(abs(v - o) <= 1.0 for v in _percents(answer) for o in odds)
        or _mentions_date(answer, [p.date for p in levels if p.date is not None])
        or _mentions_duration(answer, [p.working_days for p in levels if p.working_days is not None])
    )


def _changes_used(result: Any, answer: str) -> bool:
    if not result.changes:
        return True  # nothing to report beyond the forecast
    if result.baseline_probability is not None and result.baseline_probability >= result.target_probability:
        return True  # the date holds as planned: the lever for more margin is optional
    words = _content_words(answer)
    return any((c.task and _norm(c.task) in _norm(answer)) or _covered(words, c.description, 0.6) for c in result.changes)


def _whatif_used(result: Any, answer: str) -> bool:
    return _said(answer, RECOMMENDATION_WORDS[result.recommendation])


def _archetype_used(result: Any, answer: str) -> bool:
    return _covered(_content_words(answer), result.profile.name, 0.6) or _norm(result.top) in _norm(answer)


def _verdict_used(result: Any, answer: str) -> bool:
    return _said(answer, VERDICT_WORDS[result.decision])


def _inbox_used(result: Any, answer: str) -> bool:
    """At least half the requests named, and some verdict said."""
    if not result.decisions:
        return True
    words = _content_words(answer)
    named = sum(_named(words, d.title) for d in result.decisions)
    return named >= math.ceil(len(result.decisions) / 2) and any(_verdict_used(d, answer) for d in result.decisions)


def _agenda_used(result: Any, answer: str) -> bool:
    """Some item of the agenda appears, in words if not verbatim ('his growth goal' for 'Growth and learning')."""
    words = _content_words(answer)
    return not result.items or any(
        _covered(words, f"{i.title} {i.notes}", 0.3) or _covered(words, i.title, 0.5) or _covered(words, i.title.split(":")[0], 0.5) for i in result.items
    )  # 'Unblock: <the blocker>' is named by its label ('start with his blocker')


def _draft_used(result: Any, answer: str) -> bool:
    return _covered(_content_words(answer), result.body, 0.4)


RULES: dict[str, Callable[[Any, str], bool]] = {
    "forecast_completion": _forecast_used,
    "suggest_plan_changes": _changes_used,
    "compare_strategies": _whatif_used,
    "score_archetype": _archetype_used,
    "triage_request": _verdict_used,
    "triage_inbox": _inbox_used,
    "build_agenda": _agenda_used,
    "draft_message": _draft_used,
}


def judged_results(records: list[dict[str, Any]]) -> dict[str, BaseModel]:
    """The last successful result of each tool an answer must use, typed, by tool name in the order first run."""
    out: dict[str, BaseModel] = {}
    for record in records:
        if record.get("name") in RULES and succeeded(record):
            result = typed_result(record)
            if result is not None:
                out[record["name"]] = result
    return out


def unused_results(answer: str, records: list[dict[str, Any]]) -> list[str]:
    """The tools (among this turn's successful calls) whose results the answer does not use, in the order run."""
    return [name for name, result in judged_results(records).items() if not RULES[name](result, answer)]
