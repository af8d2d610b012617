"""What a conversation with a peer (or someone in another team) is about, read from the manager's notes: what the other
side did to the manager's team, whole and said as the manager would say it ('her team keeps taking the GPU nodes your
team reserved ... without asking'), and what the manager came to agree: the rule ('a booking rule you both stick to') and
any concrete ask ('someone from his side to help fix the snapshot job this week').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SIDE = r"(?:her|his|their|[a-z]+['’]s)\s+(?:team|people|side|group|squad|org|folks|engineers|analysts|lot)"
# What their side did: the clause from its subject to the end of the sentence.
_ACT = re.compile(rf"(?<![\w'’])(?<!from )(?<!of )(?<!with )(?<!to )(?<!for )(?P<x>{_SIDE}\s+(?!is\b|are\b|was\b|were\b|has been\b|lead\b|leads\b)[^.;!?]{{8,200}})", re.I)
# A rule or a way of working the manager wants agreed, against a one-off ask.
_RULE_WORDS = re.compile(r"\b(?:rule|process|notice|heads[- ]up|booking|calendar|rota|agreement|protocol|sla|from now on|going forward|in future|each time|every time)\b", re.I)
# What the manager wants: 'want a booking rule we both stick to', 'i need a week's notice', '(1) ... and (2) ...'.
_WANT = re.compile(r"(?:^|[.;!?:]\s*|\b(?:i|we)\s+(?:really\s+)?|\band\s+)(?:want|need|'d like|would like|am after|'m after)\s+(?P<x>(?:a|an|the|some|one|someone|somebody)\b[^.;!?()]{3,100}?)"
                   r"(?=\s*[.;!?,(]|\s+(?:not|but|so|because)\b|$)", re.I)
_NUMBERED = re.compile(r"\(\s*(?:[1-9]|[a-c]|i{1,3})\s*\)\s*(?P<x>[^()]+?)(?=\s*(?:,?\s*(?:and|&)\s*)?\(\s*(?:[1-9]|[a-c]|i{1,3})\s*\)|[.;!?]|$)", re.I)
_FIRST_PERSON = ((r"\bmy\b", "your"), (r"\bme\b", "you"), (r"\bi\b", "you"), (r"\bwe\b", "you"), (r"\bour\b", "your"), (r"\bus\b", "you"),
                 (r"\bmine\b", "yours"), (r"\bi'?m\b", "you're"), (r"\bi'?ve\b", "you've"))


@dataclass
class PeerCase:
    """What the peer conversation is about: the other side's acts, the rule the manager wants and their other asks."""

    acts: list[str] = field(default_factory=list)
    rule: str = ""
    asks: list[str] = field(default_factory=list)
    ask_first: bool = False  # an ask was said before the rule: it comes first


def to_manager(text: str) -> str:
    """The manager's words said back to them ('my team reserved' -> 'your team reserved', 'asking me' -> 'asking you')."""
    for pattern, repl in _FIRST_PERSON:
        text = re.sub(pattern, repl, text, flags=re.I)
    return text


def _acts(notes: str) -> list[str]:
    """What the other side did, whole clauses, in order."""
    out = []
    for m in _ACT.finditer(notes or ""):
        act = " ".join(m.group("x").split()).strip(" ,-")
        if re.match(r"(?:my|our)\b", act, re.I):
            continue
        out.append(to_manager(act))
    return out[:2]


def peer_case(notes: str) -> PeerCase:
    """The acts, the rule and the asks the notes state; empty parts when the notes don't say."""
    wants = [m.group("x") for m in _NUMBERED.finditer(notes or "")] or [m.group("x") for m in _WANT.finditer(notes or "")]
    wants = [to_manager(" ".join(w.split()).strip(" ,-")) for w in wants]
    rule = next((w for w in wants if _RULE_WORDS.search(w)), "")
    asks = [w for w in wants if w != rule]
    acts = _acts(notes) or _bypass_said(notes)  # 'his devs keep asking Marco on slack for schema changes': their act too
    return PeerCase(acts, rule, asks, bool(asks) and (not rule or wants.index(asks[0]) < wants.index(rule)))


# Their people going straight to one of the manager's people for a kind of request: 'her analysts keep DMing Priya
# directly for rule tweaks', 'his PMs ping sam on slack for every threshold change'.
_BYPASS = re.compile(
    rf"(?P<side>{_SIDE}|(?:her|his|their) (?:[\w-]+ )?[a-z-]+s|(?:her|his|their) (?:[\w-]+ )?(?:team|ops|staff|folk))\s+(?:(?:keep|keeps|kept|have been|has been|are|always|constantly|still)\s+)*"
    r"(?:dm\w*|messag\w*|ping\w*|slack\w*|email\w*|call\w*|ring\w*|go(?:es|ing)? (?:straight )?to|went (?:straight )?to|ask\w*|grab\w*|tap\w*|pull\w* in)\s+"
    r"(?P<who>[A-Z][a-z]+|(?:my|our) [\w-]+)\s+(?:directly\s+|straight\s+|on the side\s+|(?:on|over|via) (?:slack|dm|email|teams|chat)\s+)*"
    r"(?:for|about|with|to (?:make|do|get))\s+(?:every\s+|each\s+|any\s+|all\s+(?:the\s+)?|their\s+|the\s+)?(?P<what>[\w -]{3,40}?)(?=\s*[,.;:!?()]|\s+(?:and|but|so|which|that|while|when|right)\b|$)",
    re.I,
)


@dataclass(frozen=True)
class Intake:
    """Requests from the peer's side that reach one of the manager's people directly: whose, to whom, and what kind."""

    side: str
    person: str
    what: str


def direct_requests(notes: str) -> Intake | None:
    """The kind of request the peer's people bring straight to one of the manager's people, or None when the notes
    describe no such route around the team."""
    m = _BYPASS.search(notes or "")
    if m is None:
        return None
    who = m.group("who")
    return Intake(to_manager(m.group("side")), to_manager(who), m.group("what").strip())


def _bypass_said(notes: str) -> list[str]:
    """The sentence that says their people go straight to one of the manager's, from its subject on, said to the manager."""
    m = _BYPASS.search(notes or "")
    if m is None:
        return []
    end = re.search(r"[.;!?\n]", notes[m.start() :])
    return [to_manager(" ".join(notes[m.start() : m.start() + end.start() if end else len(notes)].split()).strip(" ,-"))]
