"""The message brief (`tools.message_brief.MessageBrief`) built once from the turn: how the reader relates to us, the
ask and its object (money, people, ...), what the reader asked for that we decline and what we offer instead, kept
apart, and the reasons. The drafting tool renders the body from it, so no note reaches the reader as written to the
writer.
"""

from __future__ import annotations

import re
from typing import Any

from tools.message import Point
from tools.message_brief import MessageBrief, offers_of, reason_of

# Readers by their relation to us, read from the words around the reader's name (their title and organisation).
_RELATION_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("funder", re.compile(r"\b(?:program(?:me)?\s+(?:officer|manager|director|lead)|grant\s+(?:officer|manager|maker)|funders?|foundation|investors?|donors?|"
                          r"fund(?:s|ed|ing)?\s+(?:us|our|the)\b|(?:research|venture|innovation)\s+fund|grants?\b|tranche)", re.I)),
    ("regulator", re.compile(r"\b(?:regulator|ombudsman|inspector(?:ate)?|watchdog|supervisory authority)\b", re.I)),
    ("customer", re.compile(r"\b(?:customers?|clients?)\b", re.I)),
    ("partner", re.compile(r"\b(?:partners?|refer(?:s|red|rals?|rers?|ring))\b", re.I)),
)
_ROLE_RELATION = {
    "vp": "exec", "cto": "exec", "cfo": "exec", "ceo": "exec", "coo": "exec", "director": "exec", "exec": "exec", "head_of_product": "exec",
    "product": "peer", "peer_team": "peer", "own_team": "own_team", "report": "report", "customer": "customer",
}  # fmt: skip

_MONEY = r"(?:[$€£]\s?\d[\d,.]*\s?(?:k|m|bn|million|thousand)?|\d[\d,.]*\s?(?:k|m)?\s?(?:dollars|euros|pounds))"
# 'ask for an extra $60k on top of this year's $180k to extend ...', 'we want €70k more this year (on top of €200k) to run
# it in 2 more hospitals', 'for a 3-month no-cost extension plus $25k to finish ...', 'approve £18k for a second year of ...'.
_MONEY_ASK = re.compile(
    r"\b(?:ask(?:ing)?\s+(?:[^.;]{1,60}?\s+)?for|we\s+want(?:\s+to\s+ask\s+for)?|we['’]?d\s+like|we\s+need|i\s+need|request(?:ing)?|approve|release)\s+"
    rf"(?P<ask>(?:(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){{0,3}}\s+(?:plus|and)\s+)?(?:an?\s+|another\s+|the\s+)?(?:(?:extra|additional|further|more)\s+)?{_MONEY}"
    r"(?:\s+(?:more|extra))?(?:\s+of\s+(?:extra\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:budget|funding|spend|compute))?(?:\s+(?:tranche|grant|top-up|uplift))?"
    r"(?:\s+(?:more\s+)?(?:this|next)\s+year)?(?:\s*\(?\s*on top of\s+[^()]*?\)?(?=\s+(?:to|so|for)\b|[,.;]|$))?)"
    r"\s*(?P<for>(?:to|so\s+(?:that\s+)?we\s+can|in\s+order\s+to|for)\s+[^.;]*)?",
    re.I,
)
# The refusal before its reason: 'i have to say no - we're two people, ...', 'have to decline - my two engineers are on ...'.
_REFUSAL_REASON = re.compile(r"\b(?:say no|decline|turn (?:it|this|them) down|the answer is no)\s*(?:[-–—:,;]\s*|\s+because\s+)(?P<r>[^.]{8,400})", re.I)
_TRAILING_QUOTE = re.compile(r"(?:,\s*|\s)['‘\"“](?P<q>[^'’\"”]{3,160})['’\"”]?\s*$")
_BY_WHEN = re.compile(r"\bby\s+(?:the\s+)?(?P<w>(?:end|start|middle|beginning)\s+of\s+[a-z]+|(?:mid-?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{1,2})?|q[1-4]|christmas|spring|summer)\b", re.I)


def relation_of(question: str, recipient: str, role: str, org: str) -> str:
    """How the reader relates to us, from the words next to their name ('velma, our programme officer at the calloway
    foundation' -> funder), their organisation, else their role."""
    at = question.lower().find(recipient.lower().split()[-1]) if recipient and recipient != "all" else -1
    near = " ".join(x for x in (question[max(0, at - 60) : at + 160] if at >= 0 else question if not recipient else "", org) if x)  # no name: the question says who
    for relation, words in _RELATION_WORDS:
        if near and words.search(near):
            return relation
    return _ROLE_RELATION.get(role, "")


def _money_ask(question: str) -> tuple[str, str]:
    m = _MONEY_ASK.search(question)
    if m is None:
        return "", ""
    said = re.sub(r"\s+", " ", m.group("ask")).strip(" ,")
    said = re.sub(r"\s*\(\s*(on top of [^()]*)\)?$", r" (\1)", said)
    return said, (m.group("for") or "").strip(" ,")


def _declined(facts: dict[str, Any], points: list[Point], question: str) -> tuple[str, str]:
    """What the reader asked for, whole (a clipped question is read to the end of its sentence), and when they wanted
    it; a quoted aside of theirs ('ideally live by end of january') gives the when, never a clause of the no."""
    asked = facts.get("question_asked") if isinstance(facts.get("question_asked"), str) else ""
    if asked:
        at = question.lower().find(asked[:60].lower())
        if at >= 0:
            end = re.search(r"[.?!](?:\s|$)|\n", question[at:])
            asked = question[at : at + end.start()] if end else question[at:]
    if not re.match(r"(?i)(?:whether|if)\s+(?:we|you|our team)\b", asked):
        return "", ""  # only a request relayed as their question is typed here; a named piece of work keeps the purpose's own no
    by = ""
    quoted = _TRAILING_QUOTE.search(asked)
    if quoted:
        when = _BY_WHEN.search(quoted.group("q"))
        by = when.group(0) if when else ""
        asked = asked[: quoted.start()]
    else:
        when = _BY_WHEN.search(asked)
        if when and asked[when.end() :].strip(" .,") == "":
            by, asked = when.group(0), asked[: when.start()]
    asked = re.sub(r"(?i)^(?:whether|if)\s+(we|you)\s+can\b", lambda m: f"whether {m.group(1)} could", asked.strip(" ,.?"))
    by = re.sub(r"(?i)^by\s+(?:the\s+)?(end|start|middle|beginning)\b", r"by the \1", by)
    return asked, re.sub(r"(?i)^by\s+", "", by)


def message_brief(facts: dict[str, Any], points: list[Point], question: str, purpose: str, recipient: str, role: str, org: str) -> dict[str, Any]:
    """The brief for the drafting tool, as a plain dict of `MessageBrief` fields."""
    relation = relation_of(question, recipient, role, org)
    brief: dict[str, Any] = {"relation": relation}
    reasons = [p.text for p in points if p.kind == "reason"]
    if purpose == "ask_for_resources":
        ask, ask_for = _money_ask(question)
        if ask:
            money = set(re.findall(r"\d[\d,.]*", ask))
            carried = [p.text for p in points if p.kind in ("point", "ask", "request") and not (money & set(re.findall(r"\d[\d,.]*", p.text)))
                       and not (ask_for and _shared(p.text, ask_for) >= 5)]  # the ask is the lead; a point restating it is not said twice
            brief.update(ask_kind="money", ask=ask, ask_for=ask_for, reasons=reasons[:6], facts=carried[:10])
        elif facts.get("headcount"):
            brief["ask_kind"] = "people"
    elif purpose == "decline_or_negotiate":
        declined, by = _declined(facts, points, question)
        offers = [o for p in points if p.kind == "offer" for o in offers_of(p.text)]
        if not offers and isinstance(facts.get("offer"), str):
            offers = offers_of(facts["offer"])
        if not reasons:
            said = _REFUSAL_REASON.search(question)
            reasons = [said.group("r").strip()] if said else []
        if declined and offers and not _is_offered(declined, offers):
            brief.update(declined=declined, declined_by=by, offers=offers[:6], reasons=[reason_of(x) for x in reasons][:6])
    return MessageBrief.model_validate({k: v for k, v in brief.items() if v}).model_dump()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower())}


def _shared(a: str, b: str) -> int:
    return len(_words(a) & _words(b))


def _is_offered(declined: str, offers: list[str]) -> bool:
    """True when what reads as declined is what we offer ('the monthly report'): the no is never to our own offer."""
    return any(_words(declined) and _words(declined) <= _words(o) for o in offers)
