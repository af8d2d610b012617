"""The message brief (`tools.message_brief.MessageBrief`) built once from the turn: how the reader relates to us, the
ask and its object (money, people, ...), what the reader asked for that we decline and what we offer instead, kept
apart, and the reasons. The drafting tool renders the body from it, so no note reaches the reader as written to the
writer.
"""

from __future__ import annotations

import re
from typing import Any

from tools.reader_voice import reader_state

from tools.message import Point
from lead_core.number_words import number
from agent.draft_limits import model_limits
from tools.message_brief import MessageBrief, adds_up, offers_of, payback, reason_of
from tools.reader_voice import has_verb

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


# What the reader will do if the answer is no, and what they want to say on the strength of a yes, in their words:
# 'If not, I need to know now so I can rebook the ethics committee', 'I need to know whether I can put it in the pitch'.
_IF_NOT = re.compile(r"\bif (?:not|it won'?t be|it isn'?t|it'?s not)\b,?\s+(?:i|we)\s+(?:(?:need|have|want) to know (?:now|soon|asap|today|early|by \w+)\s+)?"
                     r"(?:so (?:that )?(?:i|we) can|in order to|to|i'?ll (?:have|need) to|we'?ll (?:have|need) to|i'?d (?:have|need) to|(?:i|we) (?:have|need|must) to|must)\s+(?P<x>[^.;?!]{3,100})", re.I)
_CAN_SAY = re.compile(r"\b(?:whether (?:i|we) can (?=promise\b)|(?:whether (?:i|we) can|(?<![\w'])(?:can|could|may|shall) (?:i|we)) (?=(?:put|include|mention|announce|tell|say|use|commit to|quote|show)\b))"
                      r"(?P<x>[a-z]+\b[^.;?!]{3,150})", re.I)  # 'can we promise ...?' asks for a promise, answered by the odds: no 'you can promise' said back


# The reader's fallback put as the other half of their question: 'will it be live by the 18th, or should she scope the
# audit without it?', '... or do we keep the old rota?'.
_OR_SHOULD = re.compile(r"[,;]?\s+or\s+(?:should|do|must|shall|would|will)\s+(?:i|we|she|he|they)\s+(?:(?:just|still|instead)\s+)?(?P<x>[^.;?!]{3,100})\?", re.I)


def reader_plans(question: str) -> dict[str, str]:
    """The brief's `if_not` and `can_say`: the reader's fallback and what they want to say, from their own words."""
    if_not, can_say = _IF_NOT.search(question) or _OR_SHOULD.search(question), _CAN_SAY.search(question)
    return {"if_not": if_not.group("x").strip(" ,") if if_not else "", "can_say": can_say.group("x").strip(" ,") if can_say else ""}


# What happens without what is asked for, in the manager's words: 'without them the airport routes launch in may slips to
# autumn', 'otherwise the audit goes ahead without the new model', 'if we don't get it, tom labels them himself'.
_WITHOUT_IT = re.compile(
    r"\b(?P<w>without (?:them|him|her|it|this|that|(?:the|these|those|an?|one|two|three|\d+) (?:more |extra |new )?[\w-]+(?: [\w-]+)?)|otherwise|"
    r"if (?:we|i) (?:don'?t|do not|can'?t|cannot) (?:get|have|hire) (?:them|him|her|it|this|that|the [\w-]+))\b,?\s+"
    r"(?P<x>(?!(?:a|an|the)\s+\w+\s*[,.;]|$)[^.;]{8,200})",
    re.I,
)


_SLIPS_TO = re.compile(r"(?P<what>.+?)\s+(?:in|on|for|at|due)\s+(?P<was>(?:the\s+)?[\w-]+(?:\s+\d{1,2})?)\s+(?P<v>slips|moves|slides|shifts|gets pushed|is pushed)\s+(?:back\s+)?to\s+(?P<to>.+)$", re.I)


def cost_of_not(question: str) -> str:
    """What the manager says happens without the ask, with its 'without them' ('without them, the airport routes launch
    in may slips to autumn'); '' when they say nothing of it."""
    m = _WITHOUT_IT.search(question)
    if m is None or len(m.group("x").split()) < 4 or not has_verb(m.group("x")):  # 'without them last quarter' says when, not what happens
        return ""
    said = m.group("x").strip(" ,")
    slip = _SLIPS_TO.match(said)
    if slip:  # 'the launch in may slips to autumn' -> 'the launch slips from may to autumn': the move said whole
        said = f"{slip.group('what')} {slip.group('v')} from {_month_cap(slip.group('was'))} to {_month_cap(slip.group('to'))}"
    return f"{m.group('w')[:1].upper()}{m.group('w')[1:]}, {said}"


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")


def _month_cap(when: str) -> str:
    """A month named in a slip, capitalised ('may' -> 'May'; 'may' the verb never stands there)."""
    return re.sub(r"\b[a-z]+\b", lambda w: w.group(0).capitalize() if w.group(0) in _MONTHS else w.group(0), when)


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


# The reader's request put as a question to us: 'Can we have one for the gala?', 'could you build us a churn alert by
# March?', 'is there any way you could add the Welsh stores?'.
_REQUEST_ASKED = re.compile(r"^(?:(?:so|and|but|ok|okay|also)\s*,?\s+)?(?:is there any (?:way|chance)\s+)?(?:can|could|would|will)\s+(?P<who>we|you|your team|you guys)\s+(?:please\s+)?"
                            r"(?P<rest>(?:have|get|build|make|add|set up|put together|do|give|run|create|deliver|ship|extend|train)\b[^?]{2,200})\??$", re.I)
# 'one', 'it', 'that' as the thing asked for: it stands for a thing the reader named before ('... has an AI coach ... Can we have one').
_STANDS_FOR = re.compile(r"^(?P<verb>\w+(?:\s+(?:up|together))?)\s+(?:us\s+)?(?P<it>one|1|it|that|this|something like that|the same)\b", re.I)
# A thing named with 'a' or 'an', cut where its words stop naming it ('an AI coach that watches ...' -> 'an AI coach').
_A_THING = re.compile(r"\b(?P<np>an?\s+(?:[\w'’-]+\s+){0,3}?[\w-]+)(?=\s+(?:that|which|who|with|for|on|in|at|to|and|from|like|where|whose)\b|\s*[,.;:!?)\"”]|$)", re.I)


def reader_request(asked: str, question: str) -> str:
    """The reader's request put as a question to us, said as what they asked ('Can we have one for the gala on Feb 12?'
    -> 'for an AI coach for the gala on Feb 12', 'could you build us X' -> 'to build you X'), with a 'one' or 'it' read
    as the thing they named just before; '' when it is no request of that shape."""
    m = next((x for x in map(_REQUEST_ASKED.match, reversed(re.split(r"(?<=[.!?])\s+", asked.strip()))) if x), None)  # 'Saw X. Can we get one?': the request
    if m is None:
        return ""
    rest = m.group("rest").strip(" ?")
    it = _STANDS_FOR.match(rest)
    if it is not None:
        said = m.group(0)[:12]
        at = question.find(said) if said in question else len(question)
        before = re.split(r"(?<=[.!?])\s+", question[max(0, at - 400) : at].strip())
        named = [x.group("np") for sentence in reversed(before[-2:]) for x in _A_THING.finditer(sentence) if not re.search(r"['’]s$", x.group("np"))][:1]
        if not named:
            return ""
        rest = f"{it.group('verb')} {named[0]}{rest[it.end():]}"
    verb = rest.split()[0].lower()
    if m.group("who").lower() == "we":  # 'can we have one': what they want, whoever 'we' is
        return f"for {rest.split(None, 1)[1]}" if verb in ("have", "get") and len(rest.split()) > 1 else f"whether we could {rest}"
    return "to " + re.sub(r"(?i)\bus\b", "you", rest)  # 'could you build us X': they asked us to build them X


def _declined(facts: dict[str, Any], points: list[Point], question: str) -> tuple[str, str]:
    """What the reader asked for, whole (a clipped question is read to the end of its sentence), and when they wanted
    it; a quoted aside of theirs ('ideally live by end of january') gives the when, never a clause of the no."""
    asked = facts.get("question_asked") if isinstance(facts.get("question_asked"), str) else ""
    whole = asked
    if asked:
        at = question.lower().find(asked[:60].lower())
        if at >= 0:
            end = re.search(r"[.?!](?:\s|$)|\n", question[at:])
            asked = question[at : at + end.start()] if end else question[at:]
    request = (reader_request(whole, question) or reader_request(asked, question)) if asked else ""
    asked = request or asked
    if not re.match(r"(?i)(?:whether|if)\s+(?:we|you|our team)\b|(?:for|to)\s", asked):
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
            brief.update(declined=declined, declined_by=by, offers=offers[:6], reasons=[r for x in reasons or said if (r := reason_of(x))][:6], facts=said[:10] if reasons else [])
    if not brief.get("ask") and not brief.get("declined"):
        ranged = explained_range(question)
        if purpose == "explain_uncertainty" or ranged.get("want"):
            brief.update(ranged)  # 'wants one figure for ... between 120 and 160 tonnes': a range to explain, whatever else the words suggest
    if purpose in ("answer_question", "forecast_risk"):
        brief.update(reader_plans(question))  # 'if not, I need to know now so I can rebook ...': the answer says whether to
    if not brief.get("ask") and not brief.get("declined") and purpose in ("answer_question", "explain_uncertainty", "progress_update", ""):
        brief.update(answered_questions(question, facts, points))  # 'why does it cry wolf': answered first, from the manager's facts
    if not (brief.get("ask") or brief.get("declined") or brief.get("answers")) and purpose in ("answer_question", "explain_uncertainty", "progress_update", "forecast_risk", ""):
        brief["limits"] = model_limits(question) or None  # 'what the alert can and can't do; she thinks it replaces the vet check'
    if purpose in ("forecast_risk", "progress_update", "share_decision", "announce_change", "explain_uncertainty"):
        brief.update(anticipated_question(question))  # "she'll want to know if the staffing plan changes": answered, never said back
    headcount = facts.get("headcount") if isinstance(facts.get("headcount"), int) else None
    brief["adds_up"] = adds_up(question, headcount)[:400] if purpose in ("ask_for_resources", "share_decision", "progress_update", "answer_question") else ""
    if purpose == "ask_for_resources" and not brief["adds_up"] and isinstance(facts.get("cost"), str):
        brief["payback"] = payback(question, facts["cost"])[:400]  # 'that cost about £140k ...' against the hire's £85k
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


# ---- Questions about what a model does, answered first ('why does it cry wolf', 'why does it still miss cavities, and
# could we make it catch all of them', 'she wants to use it to halve the interview list'): the kind of question decides
# the short answer's wording; the manager's figures fill it; their facts back it, in their order.
_QUESTION_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("human_check", re.compile(r"\b(?:flag(?:ged|s)?|alerts?|alarms?)\b[^.?!]{0,50}\b(?:humans?|person|people|investigators?|reviewers?|analysts?|manual(?:ly)?|by hand)\b"
                               r"|\b(?:humans?|person|people|investigators?|reviewers?|analysts?)\b[^.?!]{0,30}\b(?:check|review|look at)\w*\b[^.?!]{0,30}\b(?:flag(?:ged|s)?|alerts?)\b", re.I)),  # 'why we still send flagged claims to a human'
    ("catch_all", re.compile(r"\b(?:catch|find|flag|spot|detect|pick up)\w*\s+(?:all|every)\b|\bnever miss|\bmiss(?:es)?\s+(?:none|nothing)\b|\b100\s*%|\bperfect", re.I)),
    ("false_alarms", re.compile(r"\bcr(?:y|ies|ying)\s+wolf\b|\bfalse alarms?\b|\b(?:so|too) many (?:flags|alerts|alarms|warnings)\b|\bflags?\s+(?:healthy|clean|fine|good)\b|\bover-?flag", re.I)),

    ("misses", re.compile(r"\bmiss(?:es|ed|ing)?\b|\b(?:doesn'?t|does not|didn'?t|fails? to) (?:catch|find|spot|flag)\b", re.I)),
)
_QUESTION_SPLIT = re.compile(r",?\s+and\s+(?=(?:whether|if|why|how|could|can|what)\b)", re.I)
# A use of the model the reader proposes ('intends to propose ... that we use it to halve the interview list').
_USE_PROPOSED = re.compile(r"\b(?:propos\w*|suggest\w*|wants?|plans?|intends?|keen|asked)\b(?:\s+to\s+(?:propose|suggest|ask))?(?P<at>\s+(?:at|in|to)\s+[^.;,]{3,80}?)?\s+(?:that\s+)?we\s+(?:should\s+)?use\s+(?:it|the model|our model|the tool|the score)\s+to\s+(?P<use>[^.;,]{4,100})", re.I)
_ADVISED_AGAINST = re.compile(r"\b(?:mistake|bad idea|wrong|shouldn'?t|should not|against|not to decide|not to use|misuse)\b", re.I)
_ACCURACY = re.compile(r"['‘\"“]?(?P<p>\d{1,3}(?:\.\d+)?\s*%)\s+accurate['’\"”]?", re.I)
# A rate of real cases the model catches: 'flags 88 of every 100 early cavities that ...', 'catches about 19 of every 20 positive batches 2 days ...'.
_CATCH = re.compile(
    r"\b(?:catch(?:es)?|flags?|finds?|detects?|spots?|picks? up)\s+(?P<rate>(?:about |around |roughly |nearly |almost )?(?P<k>\d+|[a-z]+)\s+(?:of|in|out of)\s+(?:every\s+)?(?P<n>\d+|[a-z]+)"
    r"(?:\s+[a-z-]+){0,3}?)(?=\s+(?:that|which|who|before|than|when|in|on|at|a|an|ahead|early|earlier|\d)\b|\s*[,.;:]|$)",
    re.I,
)
_COMPARED = re.compile(r"\b(?:while|whereas|against|compared with|compared to)\s+(?P<who>[^,.;]{3,80}?)\s+(?:\w+ed|caught|found|spotted|got)\s+(?:about |around |roughly )?(?P<n>\d+)\b", re.I)
_TRADE_OFF = re.compile(r"^(?:but\s+)?if we (?:adjust\w*|tun\w*|set\w*|make|made|push\w*|chang\w*|lower\w*|rais\w*)\b", re.I)
# What a missed case costs: 'a missed listeria batch that ships means a recall', '..., and a cracked casting that reaches the customer means a warranty claim'.
_CONSEQUENCE = re.compile(r"(?:\bmiss\w*\b|,\s+and\s+(?:a|an|one|each|every)\s)[^.;]*?\b(?:means?|would mean|leads? to|would lead to|causes?|ends? in)\s+(?P<c>[^.;,]+)", re.I)
_REVIEWER = re.compile(r"\b(?:reviewed|checked|confirmed|read)\s+by\s+(?:the\s+|a\s+)?(?P<who>[a-z][\w -]{2,40}?)(?=[,.;]|\s+(?:and|before|who)\b|$)", re.I)
_CHECKED = re.compile(r"\b(?:second|2nd|extra|follow-?up|manual|human)\s+(?:[A-Z]{2,5}\s+)?(?:check|review|test|look)\b|\bconfirm", re.I)
_USE_NOT = re.compile(r"\b(?:recommend|suggest|propose|advise)\w*\s+using\s+it\s+to\s+(?P<a>[^.;,]{4,120}),\s+not\s+(?:to\s+)?(?P<b>[^.;,]{4,120})", re.I)
# The reader's state said to the writer, before what happened: 'you are furious bc a big client got ...'.
_READER_WORDS = ("you", "he", "she", "they")
_FACTS_LABEL = re.compile(r"^(?:the\s+|my\s+|our\s+)?(?:facts|numbers|figures|background)(?:\s+are(?:\s+these)?)?\s*:\s*", re.I)
# A plan said as a note: 'from january a quick 2nd PCR check on every flagged batch so the client only hears ...'.
_PLAN_NOTE = re.compile(r"^(?P<when>(?:from|starting|as of|in)\s+(?:next\s+)?[a-z]+)\s+(?P<what>(?:an?|one)\s+[^.;]{4,120}?)\s+so\s+(?:that\s+)?(?P<then>[^.;]{4,160})$", re.I)


_WHY = re.compile(r"^(?:why|how come)\b", re.I)
_WHETHER = re.compile(r"^(?:whether|if|could|can|would|is there)\b", re.I)
_ABOUT_A_DATE = re.compile(r"\b(?:deadline|date|launch|window|renewal|go-?live|sprint)\b", re.I)


# Words of a model that flags cases for people to act on: the trade-off between misses and false alarms is its own.
_DETECTS = re.compile(r"\b(?:flag\w*|alerts?|alarms?|catch\w*|detect\w*|spots?|screen\w*|warns?|warnings?)\b", re.I)


def _kind_of(asked: str) -> str:
    """The kind of a question about the model ('why ... misses', 'whether we could make it catch all'); '' for any
    other question (a date, a yes or no about the work)."""
    if _ABOUT_A_DATE.search(asked) or not (_WHY.match(asked) or _WHETHER.match(asked)):
        return ""
    kind = next((kind for kind, words in _QUESTION_KINDS if words.search(asked)), "")
    return kind if (kind == "catch_all") == bool(_WHETHER.match(asked)) else ""


def _ratio(m: re.Match[str]) -> float:
    k, n = number(m.group("k")), number(m.group("n"))
    return k / n if k is not None and n else 0.0


def _catch_rate(points: list[str]) -> tuple[str, str]:
    """The share of real cases the model catches, as said ('88 of every 100 early cavities'), and who it compares with
    ('about 80 for individual dentists in the same study'); a flag rate ('1 in 12 batches') is no catch rate."""
    found = [(m, p) for p in points if not _TRADE_OFF.match(p) for m in _CATCH.finditer(p) if _ratio(m) >= 0.5]  # 'if we push it to catch 9 in 10' is no rate it has
    if not found:
        return "", ""
    m, p = found[0]
    versus = _COMPARED.search(p)
    return m.group("rate").strip(), f"{versus.group('n')} for {versus.group('who').strip()}" if versus else ""


def _plain_fact(text: str) -> str:
    """One of the manager's facts as the message says it: its label gone, a plan note made a sentence."""
    text = _FACTS_LABEL.sub("", text.strip()).strip()
    plan = _PLAN_NOTE.match(text)
    if plan:
        text = f"{plan.group('when')} we add {plan.group('what')}, so {plan.group('then')}"
    return text[:1].upper() + text[1:]


def _asked_questions(question: str, facts: dict[str, Any]) -> tuple[list[tuple[str, str]], str]:
    """The reader's questions about the model, each as asked with its kind; a use they propose that the manager
    advises against counts as one (kind 'misuse'), with where they will propose it ('at the trustees' meeting on the 16th')."""
    asked = facts.get("question_asked") if isinstance(facts.get("question_asked"), str) else ""
    out = [(q.strip(" ,.?"), kind) for q in _QUESTION_SPLIT.split(asked) if (kind := _kind_of(q.strip()))] if asked else []
    use = _USE_PROPOSED.search(question)
    if not out and use and _ADVISED_AGAINST.search(question[use.end() :]) and _ACCURACY.search(question):
        return [(f"use it to {use.group('use').strip()}", "misuse")], (use.group("at") or "").strip()
    return out, ""


# How many of the model's flags are real, as the manager said it: 'of the claims our model flags, roughly 1 in 4 turns out to be fraud'.
_FLAGS_REAL = re.compile(
    r"\bof (?:the |those |all )?(?P<items>[\w-]+(?: [\w-]+)?) (?:that )?(?:our|the|this|it) ?(?:model|tool|system|classifier|camera|detector|screen)? flags,?\s+"
    r"(?P<rate>(?:about |around |roughly |only |just )?(?:\d+|one|two|three) in (?:\d+|two|three|four|five|ten)|(?:about |around |roughly |only |just )?\d+\s*%)\s+"
    r"(?:turns? out to be|(?:is|are) (?:actually |really )?|prove to be)\s*(?P<real>[\w-]+(?: [\w-]+)?)",
    re.I,
)


def _flags_real(points: list[str]) -> re.Match[str] | None:
    return next((m for p in points if (m := _FLAGS_REAL.search(p))), None)


def _checked_answer(flags_real: re.Match[str] | None, accuracy: str) -> str:
    """Why a person still checks the model's flags: most of them are not real cases, in the manager's figure."""
    if flags_real is None:
        return "most of what it flags turns out to be fine, so a person checks each flag before we act on it."
    items, rate, real = flags_real.group("items"), flags_real.group("rate").strip(), flags_real.group("real")
    said = f"most of the {items} it flags are not {real}: only {rate} turns out to be {real}, so a person checks each one before we act on it."
    return said + (f" The '{accuracy} accurate' figure mostly counts the {items} that were never in doubt." if accuracy else "")


def _short_answer(kind: str, catch: str, versus: str, trade_off: str, accuracy: str, flags_real: re.Match[str] | None = None) -> str:
    """The short answer to one kind of question, in plain words, with the manager's figures where they gave them."""
    if kind == "human_check":
        return _checked_answer(flags_real, accuracy)
    if kind == "misses":
        better = f", and ours already catches more of them than {versus.split(' for ', 1)[1]} did" if " for " in versus else f"; ours catches {catch}" if catch else ""
        return f"no model like this catches every case without also raising a lot of false alarms{better}."
    if kind == "catch_all":
        return f"only by raising far more false alarms, and those have a real cost. {_cap_first(trade_off)}".strip()
    if kind == "false_alarms":
        rate = f" (about {catch.removeprefix('about ')})" if catch else ""
        return f"we set it to catch almost every real case{rate}, and the price of that is that many of its flags turn out clean."
    return f"'{accuracy} accurate' says much less than it sounds here." if accuracy else "the headline figure says much less than it sounds here."


def _cap_first(text: str) -> str:
    return _end_said(text[:1].upper() + text[1:]) if text else ""


def _end_said(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def _line_to_say(kinds: list[str], catch: str, versus: str, facts: list[str]) -> str:
    """One sentence the reader could repeat, from the answers' kinds and the manager's figures."""
    joined = " ".join(_end_said(x) for x in facts)
    reviewer = _REVIEWER.search(joined)
    check = f"the {reviewer.group('who').strip()} checks every flag before anything is done" if reviewer else (
        "every flag gets a second check before anyone acts on it" if _CHECKED.search(joined) else "")
    use = _USE_NOT.search(joined)
    if "misuse" in kinds and use:
        instead = re.sub(r"(?i)^to\s+", "", use.group("b").strip())
        return f"The model is good enough to help us {use.group('a').strip()}, but not to {instead}."
    if "false_alarms" in kinds and catch:
        cost = _CONSEQUENCE.search(joined)
        because = f", because one missed case means {cost.group('c').strip()}" if cost else ""
        return f"It's set to catch {catch}{because}{f'; {check}' if check else ''}."
    if catch and ("misses" in kinds or "catch_all" in kinds):
        return f"It already catches {catch}{f', against about {versus}' if versus else ''}{f', and {check}' if check else ''}."
    return ""


def answered_questions(question: str, facts: dict[str, Any], points: list[Point]) -> dict[str, Any]:
    """The brief's fields for questions about what a model does: each question with its short answer, the manager's
    facts that back them and a line to repeat; {} when the reader asked none of these."""
    asked, proposed_at = _asked_questions(question, facts)
    if not asked:
        return {}
    said = [p.text for p in points if p.kind in ("point", "reason")]
    states = [reader_state(p, _READER_WORDS) for p in said]  # the reader's feeling, noted for the writer (tools/reader_voice)
    context = next((x for x in states if x), "")
    context = proposed_at or _plain_fact(context) if context or proposed_at else ""
    kept = [_plain_fact(p) for p, state in zip(said, states) if state is None and not any(k == "misuse" and _shared(p, q) >= 3 for q, k in asked)]
    catch, versus = _catch_rate(kept)
    flags_real = _flags_real(kept)
    if not catch and not _DETECTS.search(" ".join(kept)) and not (flags_real and any(k == "human_check" for _, k in asked)):
        asked = [(q, k) for q, k in asked if k == "misuse"]  # 'why did the forecast miss the spike': no detector's trade-off to explain
        if not asked:
            return {}
    trade_off = next((p for p in kept if _TRADE_OFF.match(p)), "") if any(k == "catch_all" for _, k in asked) else ""
    accuracy = _ACCURACY.search(question)
    answers = [{"asked": q, "kind": k, "answer": _short_answer(k, catch, versus, trade_off, accuracy.group("p").replace(" ", "") if accuracy else "", flags_real)} for q, k in asked]
    explained = [p for p in kept if p != trade_off]  # the answer to 'could it catch all' already gives the trade-off
    return {"answers": answers[:3], "occasion": context, "explained": explained[:10], "line": _line_to_say([k for _, k in asked], catch, versus, kept)}


# ---- A question the manager expects the reader to ask ('she'll want to know if the staffing plan needs to change'),
# with their answer when they give it ('- it doesn't, the same two analysts stay on it').
_ANTICIPATED = re.compile(
    r"\b(?:she|he|they|[A-Z][a-z]+)(?:['’]ll| will| would|['’]d| is going to|['’]s going to)?\s+(?:probably\s+|likely\s+|definitely\s+|surely\s+|also\s+)?"
    r"(?:want to know|ask(?: me)?|wonder|be asking(?: me)?|need to know)\s+(?P<w>if|whether)\s+(?P<q>[^.;?!\n]{6,160}?)"
    r"(?:\s*(?:\?|[-–—:;,]|\.)\s*(?P<a>(?:it|they|the answer is|answer\s*:?|no|yes|not|nothing|we)\b[^.;!?\n]{2,200}))?(?=[.;?!\n]|$)",
)
_POSSESSIVE = re.compile(r"\b(?:her|his|their)\b")
_MONTH_WORD = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b")  # never 'may', the verb


def anticipated_question(question: str) -> dict[str, str]:
    """The brief's `anticipated` and `anticipated_answer`: the reader's expected question said to them as a 'whether'
    clause, and the manager's answer if given; {} when the manager expects no question."""
    m = _ANTICIPATED.search(question)
    if m is None:
        return {}
    asked = _POSSESSIVE.sub("your", m.group("q").strip(" ,"))
    answer = (m.group("a") or "").strip(" ,")
    answer = _MONTH_WORD.sub(lambda w: w.group(0).capitalize(), re.sub(r"(?i)^(?:the answer is|answer\s*:?)\s*", "", answer))  # 'by march' -> 'by March'
    return {"anticipated": f"whether {_MONTH_WORD.sub(lambda w: w.group(0).capitalize(), asked)}", "anticipated_answer": answer}
