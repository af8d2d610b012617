"""The message brief (`tools.message_brief.MessageBrief`) built once from the turn: how the reader relates to us, the
ask and its object (money, people, ...), what the reader asked for that we decline and what we offer instead, kept
apart, and the reasons. The drafting tool renders the body from it, so no note reaches the reader as written to the
writer.
"""

from __future__ import annotations

import re
from typing import Any

from tools.message import Point
from lead_core.number_words import number
from tools.message_brief import MessageBrief, adds_up, offers_of, reason_of

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
    r"\s*(?P<for>(?:to|so\s+(?:that\s+)?we\s+can|in\s+order\s+to|for)\s+[^.;,]*)?(?P<rest>,[^.;]*)?",
    re.I,
)
# The refusal before its reason: 'i have to say no - we're two people, ...', 'have to decline - my two engineers are on ...'.
_REFUSAL_REASON = re.compile(r"\b(?:say no|decline|declining|turn (?:it|this|them) down|(?:the\s+)?answer is no(?:\s+for now)?|(?:we\s+)?can['’]?t)\s*(?:[-–—:,;]\s*|\s+because\s+)(?P<r>[^.]{8,400})", re.I)
# A no the manager says they give ('have to decline', 'answer is no for now', "we can't: ..."), and what the reader asked us to do.
_NO_SAID = re.compile(r"\b(?:say(?:ing)? no|decline|declining|turn (?:it|this|them) down|answer is no|(?:we|i) can['’]?t\s*[:,-])", re.I)
_ASKED_US_TO = re.compile(r"\b(?:asked|asking|asks|wants?|would like|needs?)\s+(?:us|me|our team)\s+to\s+(?P<x>[^.;:]{6,200})", re.I)
_OFFER_SAID = re.compile(r"\b(?:offer(?:\s+instead)?\s*:|(?:we|i)\s+can\s+(?:offer|give)(?:\s+(?:him|her|them|you))?\s*:?)\s*(?P<o>[^.]{8,300})", re.I)
_TRAILING_QUOTE = re.compile(r"(?:,\s*|\s)['‘\"“](?P<q>[^'’\"”]{3,160})['’\"”]?\s*$")
_BY_WHEN = re.compile(r"\bby\s+(?:the\s+)?(?P<w>(?:end|start|middle|beginning)\s+of\s+[a-z]+|(?:mid-?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{1,2})?|q[1-4]|christmas|easter|spring|summer|autumn|winter)\b", re.I)


def relation_of(question: str, recipient: str, role: str, org: str) -> str:
    """How the reader relates to us, from the words next to their name ('velma, our programme officer at the calloway
    foundation' -> funder), their organisation, else their role."""
    at = question.lower().find(recipient.lower().split()[-1]) if recipient and recipient != "all" else -1
    near = " ".join(x for x in (question[max(0, at - 60) : at + 160] if at >= 0 else question if not recipient else "", org) if x)  # no name: the question says who
    for relation, words in _RELATION_WORDS:
        if near and words.search(near):
            return relation
    return _ROLE_RELATION.get(role, "")


def _money_ask(question: str, asked_as: str = "") -> tuple[str, str, list[str]]:
    m = _MONEY_ASK.search(question)
    if m is None or not re.match(asked_as, m.group(0), re.I):
        return "", "", []
    said = re.sub(r"\s+", " ", m.group("ask")).strip(" ,")
    said = re.sub(r"\s*\(\s*(on top of [^()]*)\)?$", r" (\1)", said)
    return said, (m.group("for") or "").strip(" ,"), [x.strip() for x in (m.group("rest") or "").split(",") if len(x.split()) >= 2]


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
        told = _ASKED_US_TO.search(question)  # 'asked us to build dropout-risk scores for every student by january'
        asked = f"to {told.group('x')}" if told else ""  # the infinitive kept: what they asked us to do
        if not asked:
            return "", ""  # only a request the reader put to us is typed here; a named piece of work keeps the purpose's own no
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
    if purpose in ("ask_for_resources", "share_decision", "progress_update"):
        ask, ask_for, rest = _money_ask(question, "" if purpose == "ask_for_resources" else r"ask|we need|i need|request")  # 'we need $2m to build ...': an ask, whatever else the note reads as
        if ask:
            money = set(re.findall(r"\d[\d,.]*", ask))
            carried = [p.text for p in points if p.kind in ("point", "ask", "request") and not (money & set(re.findall(r"\d[\d,.]*", p.text)))
                       and not (ask_for and _shared(p.text, ask_for) >= 5)]  # the ask is the lead; a point restating it is not said twice
            carried += [x for x in rest if not any(_shared(x, p) >= 2 for p in carried)]  # '..., payback 14 months, decision at the march board'
            brief.update(ask_kind="money", ask=ask, ask_for=ask_for, reasons=reasons[:6], facts=carried[:10])
        elif facts.get("headcount"):
            brief["ask_kind"] = "people"
    if not brief.get("ask") and (purpose == "decline_or_negotiate" or _NO_SAID.search(question)):
        declined, by = _declined(facts, points, question)
        offers = [o for p in points if p.kind == "offer" for o in offers_of(p.text)]
        if not offers and isinstance(facts.get("offer"), str):
            offers = offers_of(facts["offer"])
        said = _OFFER_SAID.search(question)
        if not offers and said:
            offers = offers_of(said.group("o"))
        if not reasons:
            said = _REFUSAL_REASON.search(question)
            reasons = [said.group("r").strip()] if said else []
        if declined and offers and not _is_offered(declined, offers):
            said = [p.text for p in points if p.kind == "point" and _shared(p.text, declined) < 3 and not _is_offered(p.text, offers)
                    and not any(_shared(p.text, r) >= 4 for r in reasons)]  # "we're on the fraud retrain.", never a reason said twice
            brief.update(declined=declined, declined_by=by, offers=offers[:6], reasons=[reason_of(x) for x in reasons or said][:6], facts=said[:10] if reasons else [])
    if not brief.get("ask") and not brief.get("declined"):
        ranged = explained_range(question)
        if purpose == "explain_uncertainty" or ranged.get("want"):
            brief.update(ranged)  # 'wants one figure for ... between 120 and 160 tonnes': a range to explain, whatever else the words suggest
    headcount = facts.get("headcount") if isinstance(facts.get("headcount"), int) else None
    brief["adds_up"] = adds_up(question, headcount)[:400] if purpose in ("ask_for_resources", "share_decision", "progress_update", "answer_question") else ""
    return MessageBrief.model_validate({k: v for k, v in brief.items() if v not in ("", None, [])}).model_dump()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower())}


def _shared(a: str, b: str) -> int:
    return len(_words(a) & _words(b))


def _is_offered(declined: str, offers: list[str]) -> bool:
    """True when what reads as declined is what we offer ('the monthly report'): the no is never to our own offer."""
    return any(_words(declined) and _words(declined) <= _words(o) for o in offers)


# ---- A range explained to a reader who wants one number ('wants one number for next season's yield so he can sign ...').
_CHANCE = re.compile(r"\b(?P<p>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:%|percent|per cent)\s+(?:chance|odds|probability|likely|sure)|\b(?P<n>\d|[a-z]+)\s+(?:in|out of)\s+(?:10|ten)\b", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?P<x>[^.;:]{1,80}?)\s*(?P<unit>tonnes|tons|kg|litres|liters|units|visitors|patients|orders|cases|calls|people|customers|%)?(?=[,.;:]|\s+(?:mostly|mainly|depend|on\b|if\b|with\b|and\s+(?:it|that)\b)|$)", re.I)
_WANTS_ONE = re.compile(r"\bwants?\s+(?:us\s+to\s+give\s+(?:him|her|them)\s+)?['‘\"“]?(?:one|a single|1|a)\s+(?P<thing>number|date|figure|forecast)['’\"”]?"
                        r"(?:\s+(?:for|on)\s+(?P<of>[^.;,]+?))?(?:\s+so\s+(?:that\s+)?(?:he|she|they|we)\s+can\s+(?P<so>[^.;]+))?(?=[.;,]|$)", re.I)
_DRIVERS = re.compile(r"\b(?:mostly|mainly|largely)?\s*(?:depend(?:s|ing)?\s+(?:mostly\s+|mainly\s+)?on|on)\s+(?P<d>(?:whether|the|how|spring|weather|[a-z]+)\b[^.;]{3,160})", re.I)
_SUGGEST = re.compile(r"\b(?:what\s+)?(?:we|i)\s+(?:suggest|recommend|propose)(?:\s+is)?\s*:?\s*(?P<s>[^.;]{6,240})", re.I)


def _split_range(x: str) -> tuple[float, float, str] | None:
    """'three hundred and forty and four hundred and ten kilos' -> 340, 410, 'kilos' (the unit said after the high
    end, one word at most); None for ends that are no numbers ('march 8 and april 19': dates, as said)."""
    parts = x.split(" and ")
    for k in range(1, len(parts)):
        lo, hi = " and ".join(parts[:k]).strip(), " and ".join(parts[k:]).strip()
        unit = re.match(r"(?P<n>.*?)(?:\s+(?P<u>[a-z]+))?$", hi, re.I)
        a = number(lo)
        b, said_unit = (number(hi), "") if number(hi) is not None else (number(unit.group("n")), unit.group("u") or "")
        if a is not None and b is not None and a < b:
            return a, b, said_unit.lower()
    return None


def explained_range(question: str) -> dict[str, Any]:
    """The brief's fields for a range explained to a reader who wants one number: what they want, the range with its
    chance, what it depends on and what we suggest; {} when the question gives no range and no want or suggestion."""
    between = _BETWEEN.search(question)
    want, suggest = _WANTS_ONE.search(question), _SUGGEST.search(question)
    if between is None or not (want or suggest):
        return {}
    split = _split_range(between.group("x"))
    sentence_start = question.rfind(".", 0, between.start()) + 1
    chance = _CHANCE.search(question, sentence_start, between.start())
    p = None
    if chance:
        p = number(chance.group("p")) if chance.group("p") else ((number(chance.group("n")) or 0) * 10 or None)
    drivers = _DRIVERS.search(question, between.end())
    out: dict[str, Any] = {
        "want": f"one {want.group('thing')}" + (f" for {want.group('of').strip()}" if want.group("of") else "") + (f", so you can {want.group('so').strip()}" if want.group("so") else "") if want else "",
        "suggestion": suggest.group("s").strip(" ,") if suggest else "",
        "drivers": drivers.group("d").strip(" ,") if drivers and drivers.start() - between.end() < 20 else "",
        "range_chance": p / 100 if p and 0 < p < 100 else None,
        "range_unit": (between.group("unit") or "").lower(),
    }
    if split:
        out.update(range_low=split[0], range_high=split[1], range_unit=out["range_unit"] or split[2])
    else:
        dates = re.match(r"(?i)(?P<lo>.+?)\s+and\s+(?P<hi>.+)$", between.group("x").strip())
        if not dates:
            return {}
        out.update(range_said=[dates.group("lo").strip(), dates.group("hi").strip()])
    return out
