"""What one of our models can and cannot do, read from the manager's words into `tools.message_brief.ModelLimits`:
the share of real cases it catches and how early, its false alarms, what the reader believes it replaces, where it
is weaker and why, and what happens next. Read only when the manager explains what it can and can't do (or corrects
a belief that it replaces something) and gives at least one of its rates; the rest it does not catch is worked out
from the rate, never guessed.
"""

from __future__ import annotations

import re
from typing import Any

from lead_core.number_words import UNITS, number

# A share of cases, as said: 'about two out of three', '41 of 50', '1 in 20', 'roughly 70%'.
_RATE = (
    r"(?:(?:about|around|roughly|nearly|almost|over|under|just over|just under|some|only|just)\s+)?"
    r"(?:\d+|[a-z]+)\s+(?:out\s+of|in|of)\s+(?:every\s+)?(?:\d+|[a-z]+)(?!\s*%)"
    r"|(?:(?:about|around|roughly|nearly|almost|over|under|only|just)\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per cent)"
)
# A clause ends at a sentence mark or where the run-on moves to a new thought ('... noticed and about one in ten ...').
_CLAUSE_END = r"(?=\s+(?:and|but|while|whereas|so|though|although)\s|\s+(?:(?:she|he|they)\s+(?:is|'s|isn'?t|are|thinks|wants|will|has|doesn'?t|needs)|keep it|make it|please|pls)\b|[,.;:!?)\n]|$)"
_EARLY = (r"(?:(?:about|around|roughly|up to|at least|on average|usually)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several)\s+"
          r"(?:or more\s+)?(?:days?|hours?|weeks?|minutes?|months?)\s+(?:or more\s+)?(?:before|earlier than|ahead of)\s+[^,.;:!?\n]*?|before\s+[^,.;:!?\n]*?")
_CAUGHT = re.compile(
    r"\b(?P<verb>flagged|flags|caught|catches|found|finds|spotted|spots|detected|detects|picked up|picks up|warned (?:us )?(?:of|about))\s+"
    rf"(?P<rate>{_RATE})\s+(?:of\s+)?(?P<what>(?:the\s+)?[a-z][\w'’ -]*?)(?:\s+(?P<early>{_EARLY}))?{_CLAUSE_END}",
    re.I,
)
_FALSE_ALARMS = re.compile(
    rf"(?P<rate>{_RATE})\s+(?:of\s+)?(?:(?:its|the|our|their|those|these|all)\s+)?(?P<of>alerts?|alarms?|flags?|warnings?|predictions?|calls?)?\s*"
    r"(?:(?P<v>were|are|was|is|turned out to be|turn out to be|proved|prove)\s+(?:(?:a|just|only)\s+)?(?:false (?:alarms?|positives?)|wrong|mistaken|nothing)|(?P<v2>came|come|comes) to nothing)\b"
    rf"|(?P<rate2>{_RATE})\s+(?:of\s+)?(?:(?:its|the)\s+)?false (?:alarms?|positives?)\b"
    rf"|\bfalse[- ](?:alarm|positive) rate (?:of|was|is|at|around)\s+(?P<rate3>{_RATE})",
    re.I,
)
_BELIEF = re.compile(
    r"\b(?:thinks?|thought|believes?|assumes?|is under the impression|seems to think|expects?|reckons?|is convinced)\s+(?:that\s+)?"
    r"(?:(?:it|this|the\s+[\w' -]{2,50}?|our\s+[\w' -]{2,50}?)\s+(?:replaces|will replace|can replace|could replace|would replace|is a replacement for|does away with|"
    r"removes the need for|takes over from|means\s+(?:that\s+)?[\w' ]{1,30}?\s+can\s+(?:now\s+|just\s+)?(?:stop|drop|skip|scrap|do without)(?:\s+doing)?)"
    r"|(?:we|they|you|[\w']+)\s+can\s+(?:now\s+|just\s+)?(?:stop|drop|skip|scrap|do without)(?:\s+doing)?)\s+"
    r"(?P<x>[^,.;:!?\n]+?)(?=\s+(?:it|which|but|and|so|when|because|though|although|now|anymore|any more)\b|[,.;:!?)\n]|$)",
    re.I,
)
_WEAKER = re.compile(
    r"\b(?:it'?s|it is|its|it does|it works|it performs)\s+(?:a (?:bit|lot|little)\s+|much\s+|far\s+|noticeably\s+)?"
    r"(?:worse|weaker|less (?:accurate|reliable|good|sure|certain)|poorer|not as good|not as reliable|less good)\s+(?:on|for|with|at|in)\s+"
    rf"(?P<on>[^,.;:()!?\n]+?)(?:\s*\((?P<why2>[^)]{{3,120}})\)|\s+(?:because|as|since|bc|given that)\s+(?P<why>[^,.;:!?\n]+?))?{_CLAUSE_END}",
    re.I,
)
_NEXT = re.compile(
    r"\b(?P<n>(?:next|from (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn)|in the (?:spring|summer|new year)),?\s+"
    r"we(?:'ll|'re| will| are)?\s+[^.;!?\n]+?|we(?:'re| are| will|'ll)\s+(?:now\s+)?(?:adding|collecting|gathering|retraining|training|getting|bringing in|working on|"
    r"going to (?:add|collect|gather|retrain|train|get))\s+[^.;!?\n]+?)"
    r"(?=\s+(?:keep it|make it|please|pls|(?:she|he|they)\s+(?:is|'s|isn'?t|are|thinks|wants))\b|[.;!?\n]|$)",
    re.I,
)
# The manager explains what it can and can't do: 'what the X can and cant do', 'its limits', 'what it's good for'.
_LIMITS_ASKED = re.compile(
    r"\bcan and can'?t do\b|\bcan and cannot do\b|\bcan do and (?:what it )?can'?t\b|\bdoes and (?:doesn'?t|does not) do\b|"
    r"\b(?:its|the|their)\s+(?:limits|limitations)\b|\bwhat (?:it|the [\w -]{2,40}?) (?:is|'s) (?:good|not good) (?:at|for)\b",
    re.I,
)
_THING = re.compile(
    r"\bwhat\s+(?:the|our)\s+(?P<t>[\w' -]{3,60}?)\s+(?:can and|does and|is good|can do)\b"
    r"|\b(?:thinks?|believes?|assumes?|expects?|reckons?)\s+(?:that\s+)?(?:the|our)\s+(?P<t2>[\w' -]{3,60}?)\s+(?:replaces|will|can|could|would|is|means|does|removes|takes)\b",
    re.I,
)
_WHO = re.compile(r"\bbefore\s+(?P<who>(?:the|our|their)\s+[\w' -]{2,30}?)\s+(?:noticed|saw|spotted|reported|found|caught|flagged|knew)\b", re.I)
_WORD_OF = {v: k for k, v in UNITS.items()}


def _rest(rate: str) -> str:
    """The share of cases a rate leaves out ('about two out of three' -> 'one in three', '41 of 50' -> '9 of 50',
    '70%' -> '30%'), in the same form; '' when the rate is not one a rest can be worked out from."""
    pct = re.search(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)", rate)
    if pct:
        rest = 100 - float(pct.group(1))
        return f"{rest:g}%" if 0 < rest < 100 else ""
    m = re.search(r"(?P<k>\d+|[a-z]+)\s+(?P<sep>out\s+of|in|of)\s+(?:every\s+)?(?P<n>\d+|[a-z]+)$", rate, re.I)
    k, n = (number(m.group("k")), number(m.group("n"))) if m else (None, None)
    if k is None or not n or not 0 < k < n or k != int(k) or n != int(n):
        return ""
    rest, words = int(n - k), not m.group("k").isdigit()
    said = _WORD_OF.get(rest, str(rest)) if words else str(rest)
    return f"{said} {'of' if m.group('sep').lower() == 'of' else 'in'} {m.group('n')}"


def _thing(question: str) -> str:
    m = _THING.search(question)
    said = (m.group("t") or m.group("t2") or "").strip() if m else ""
    if not said:
        return ""
    said = re.sub(r"(?i)\s+(?:thing|thingy|stuff)$", " system", said)
    return f"the {said}"


def _false_alarms(question: str) -> str:
    m = _FALSE_ALARMS.search(question)
    if m is None:
        return ""
    rate = (m.group("rate") or m.group("rate2") or m.group("rate3")).strip()
    verb = "were" if (m.group("v") or m.group("v2") or "were").lower() in ("were", "was", "turned out to be", "proved", "came") else "are"
    return f"{rate} of its {(m.group('of') or 'alerts').lower()} {verb} false alarms" if m.group("rate") or m.group("rate2") else f"about {rate.removeprefix('about ')} of its alerts are false alarms"


def _caught(question: str) -> dict[str, Any]:
    m = _CAUGHT.search(question)
    if m is None or (_rest(m.group("rate")) == "" and not re.search(r"\d", m.group("rate")) and number(m.group("rate").split()[-1]) is None):
        return {}
    who = _WHO.search(m.group("early") or "")
    tested = re.search(r"\b(?:in|during)\s+(?:the\s+)?(?:testing|tests?|pilot|trials?|evaluation|back-?tests?)\b", question, re.I)
    what = m.group("what").strip()
    what = f"of {what}" if re.search(r"%|percent|per cent", m.group("rate")) and re.search(r"\bof\s*$", question[: m.start("what")]) else what  # 'about 70% of the potholes'
    return {"verb": m.group("verb").lower(), "caught": m.group("rate").strip(), "caught_what": what, "early": (m.group("early") or "").strip(),
            "missed": _rest(m.group("rate").strip()), "who": who.group("who").strip() if who else "", "tested": tested.group(0).lower() if tested else ""}


def model_limits(question: str) -> dict[str, Any]:
    """The brief's `limits` for a message that explains what a model can and cannot do; {} when the manager asks for
    no such explanation or gives none of its rates."""
    belief = _BELIEF.search(question)
    if not (_LIMITS_ASKED.search(question) or belief):
        return {}
    out: dict[str, Any] = {**_caught(question), "false_alarms": _false_alarms(question)}
    if not (out.get("caught") or out["false_alarms"]):
        return {}
    weaker, nxt = _WEAKER.search(question), _NEXT.search(question)
    out.update(thing=_thing(question), not_replaced=belief.group("x").strip() if belief else "")
    if weaker:
        why = weaker.group("why") or (f"({weaker.group('why2').strip()})" if weaker.group("why2") else "")  # '(few records there)' stays a note in brackets
        out.update(weaker_on=weaker.group("on").strip(), weaker_why=why.strip())
    if nxt:
        out["next_step"] = nxt.group("n").strip()
    return {k: v for k, v in out.items() if v}
