"""The message brief: what a drafted message must do, typed once (the ask and its object, what is declined and what is
offered instead, the reasons, the reader and how they relate to us), and the body rendered from it with one sentence
template per kind of fact, written to the reader. A manager's sentence reaches the body only when it already reads as
said to the reader; the rest is withheld and listed for the manager to add in their own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.reader_voice import Reader, to_reader

Relation = Literal["", "funder", "customer", "partner", "regulator", "exec", "peer", "own_team", "report"]
AskKind = Literal["", "money", "people", "date", "decision", "use", "nothing"]
# Readers outside the company: asked for what the message is about, never whether 'their team can do this'.
OUTSIDE = ("funder", "customer", "partner", "regulator")


class MessageBrief(BaseModel):
    """What the message must do, typed before any sentence is written."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    relation: Relation = Field(default="", description="How the reader relates to us: funder, customer, partner, regulator, exec, peer, own_team, report or '' (unknown).")
    ask_kind: AskKind = Field(default="", description="What the reader is asked to give or do: money, people, a date, a decision, use something, nothing (an announcement) or '' (unknown).")
    ask: str = Field(default="", max_length=200, description="The object of the ask, said to the reader ('an extra $60k on top of this year's $180k').")
    ask_for: str = Field(default="", max_length=240, description="What the ask pays for or lets us do ('to extend the alert to the 900 patients we care for at home').")
    declined: str = Field(default="", max_length=240, description="What the reader asked for that we decline, as they asked it ('build a model that predicts ...'); never what we offer.")
    declined_by: str = Field(default="", max_length=60, description="When they wanted it ('by the end of January').")
    offers: list[str] = Field(default_factory=list, max_length=6, description="What we offer instead, each on its own.")
    reasons: list[str] = Field(default_factory=list, max_length=6, description="Why, in the manager's words.")
    facts: list[str] = Field(default_factory=list, max_length=10, description="Other things the message says (results, costs, what the work needs), in the manager's order.")
    stake: str = Field(default="", max_length=200, description="What the reader cares about, as the manager told the writer ('the thing the foundation cares about'): shapes the message, never said back.")


@dataclass
class Rendered:
    """A body rendered from the brief: the lead, the body sentences and the closing question, and the manager's
    sentences it withheld because they do not read as written to the reader."""

    lead: str
    body: list[str] = field(default_factory=list)
    closing: str = ""
    withheld: list[str] = field(default_factory=list)


# A clause after a fact that tells the writer what the reader cares about: ', which is the thing the foundation cares about'.
_STAKE_CLAUSE = re.compile(
    r",?\s+(?:which|and that)(?:['’]s|\s+is)\s+(?:exactly\s+|really\s+)?(?:what|the (?:thing|bit|part|metric|number))\s+(?:the|our|their|they|he|she)\b[^.;]*?"
    r"\b(?:cares?|care about|cares about|funds? us for|pays? us for|wants?|values?|looks? at|watches|measures? us on|judges? us on)\b[^.;]*",
    re.I,
)
# The manager's own feeling about the message: never a sentence of it ('i hate asking for money', "i'm terrible at this").
_OWN_FEELING = re.compile(
    r"^(?:and\s+|but\s+|honestly\s+)?i(?:['’]m| am)?\s+(?:really\s+|just\s+|always\s+|never\s+)?(?:hate|dread|dislike|terrible at|bad at|awful at|not great at|find it hard|don['’]t want|do not want|worry|worried|nervous|anxious|"
    r"feel\s+(?:so\s+|really\s+)?(?:awkward|bad|weird|uncomfortable|guilty|odd|cheeky))\b",
    re.I,
)
_REFUSAL_HEAD = re.compile(r"^(?:i\s+|we\s+)?(?:have to|need to|got to|gotta|must|will|'ll|am going to|'m going to)?\s*(?:say no|decline|turn (?:it|this|them) down)\s*(?:[-–—:,;]\s*|\s+(?=because\b))(?:because\s+)?", re.I)
_LIST_SPLIT = re.compile(r",?\s+and\s+(?=(?:a|an|the|our|we|one|two|\d)\b)|;\s+")
_CAPACITY_CLOSE = re.compile(r"(?i)confirm whether your team can do this|could someone on your team help|point me to the right person")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _end(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def _theirs_as_yours(text: str) -> str:
    """A thing of the reader's said to them: 'their wards' -> 'your wards' (the reader is the only 'they' a brief's
    request and offers are about)."""
    return re.sub(r"\btheir\b", "your", re.sub(r"\bthem\b", "you", text))


def offers_of(offer: str) -> list[str]:
    """The separate offers in one line ('a monthly report ..., and a scoping workshop ...')."""
    parts = [p.strip(" ,.;") for p in _LIST_SPLIT.split(offer) if p and p.strip(" ,.;")]
    return parts if len(parts) > 1 and all(len(p.split()) >= 3 for p in parts) else [offer.strip(" ,.;")]


def said_to_reader(sentence: str, reader: Reader) -> str:
    """One of the manager's sentences as the message says it: what tells the writer about the reader's stake cut,
    the reader named as 'you'; '' when it is for the writer alone (their feelings, an instruction)."""
    text = _STAKE_CLAUSE.sub("", sentence.strip()).strip(" ,;")
    text = re.sub(r"(?i)\b(decision|call|choice)(\s+is)\s+theirs\b", r"\1\2 yours", text)  # 'decision is theirs by jan 30', said to them
    if not text or _OWN_FEELING.match(text):
        return ""
    return to_reader(_cap(text), reader)


def reason_of(text: str) -> str:
    """A reason as the message gives it: the refusal the manager wrote before it ('have to decline - ...') is theirs."""
    return _REFUSAL_HEAD.sub("", text.strip()).strip()


def closing_for(brief: MessageBrief, decide: str = "") -> str:
    """The closing question that fits the reader and the ask: a funder is asked to put the money forward, a customer
    or partner whether the offer helps, an executive to approve; '' when the brief gives no reason to choose."""
    if brief.ask_kind == "money" and brief.relation == "funder":
        at = f" at {decide}" if decide else ""
        return f"Would you be willing to consider this{at}? I'm glad to send anything else you would need for it."
    if brief.ask_kind == "money" and brief.relation in ("customer", "partner", "regulator"):
        return "Would you be willing to consider this? I'm glad to send anything else you would need."
    if brief.ask_kind == "money":
        return "Can you approve this, or tell me what you'd need to see first?"
    if brief.declined and brief.offers:
        return "Would these help in the meantime?" if len(brief.offers) > 1 else "Would that help in the meantime?"
    return ""


def fitting_closing(brief: MessageBrief, closing: str) -> str:
    """The closing kept when it fits the reader; a capacity question ('confirm whether your team can do this') to a
    reader outside the company, or for money, is replaced by the one the brief calls for."""
    if not _CAPACITY_CLOSE.search(closing):
        return closing
    if brief.relation in OUTSIDE or brief.ask_kind == "money":
        return closing_for(brief) or "Would you be willing to consider this? I'm glad to send anything else you would need."
    return closing


def render(brief: MessageBrief, reader: Reader, deadline: str = "") -> Rendered | None:
    """The body from the brief, for the purposes where the manager's sentences hurt most when echoed: a money ask and
    a no with an offer. None when the brief does not carry what that body needs (the caller keeps its own)."""
    if brief.ask_kind == "money" and brief.ask:
        return _money_ask(brief, reader)
    if brief.declined and brief.offers:
        return _decline(brief, reader, deadline)
    return None


# Where the reader's side decides, said to them: 'you decide at your feb 15 board round', 'decision at their jan 28 committee'.
_DECIDE_AT = re.compile(r"(?i)^(?:you\s+(?:decide|vote|sign off)|(?:the\s+)?decision(?:\s+is)?(?:\s+(?:yours|theirs))?)\s+(?:at|in)\s+(?P<at>(?:the|their|your)\s+[^.;,]{3,60}?(?:round|meeting|committee|board|panel|session|review))\.?$")


def _money_ask(brief: MessageBrief, reader: Reader) -> Rendered:
    ask = re.sub(r"^(?:for\s+)?", "", brief.ask).strip(" ,.")
    purpose = f" {brief.ask_for.strip(' ,.')}" if brief.ask_for else ""
    r = Rendered(lead=_end(f"I'm writing to ask for {_theirs_as_yours(ask) if brief.relation in OUTSIDE else ask}{purpose}"))
    decide = ""
    for sentence in [*brief.reasons, *brief.facts]:
        said = said_to_reader(sentence, reader)
        if not said:
            r.withheld.append(sentence)
            continue
        forum = _DECIDE_AT.match(said)
        if forum and not decide:
            decide = "your " + re.sub(r"(?i)^(?:the|their|your)\s+", "", forum.group("at").strip(" .")) if forum.group("at") else ""
            if decide:
                continue  # the closing asks for it at that meeting: said once
        r.body.append(_end(said))
    r.closing = closing_for(brief, decide)
    return r


_REQUEST_VERB = re.compile(r"(?i)(?:build|add|make|run|do|create|extend|retrain|train|ship|deliver|set up|put|give|lend|help|take|write|produce|integrate|connect|cover)\b")


def _asking(asked: str) -> str:
    """What they asked, after 'Thank you for asking': 'whether we could build X', 'for a pricing dashboard ...', 'us to
    add X', or 'about the churn model'."""
    if re.match(r"(?i)(?:we|you|our|the team)\s+(?:could|can|would|might)\b", asked):
        return f"whether {asked}"
    if _REQUEST_VERB.match(asked):
        return f"us to {asked}"
    if re.match(r"(?i)(?:an?|the|your|some|more|\d)\b", asked):
        return f"for {asked}"
    return f"about the {asked}" if asked[:1].islower() else f"about {asked}"


def _decline(brief: MessageBrief, reader: Reader, deadline: str) -> Rendered:
    asked = _theirs_as_yours(brief.declined.strip(" ,.?"))
    asked = re.sub(r"(?i)^(?:whether|if)\s+", "", asked)
    by = f" by {brief.declined_by}" if brief.declined_by and brief.declined_by.lower() not in asked.lower() else ""
    r = Rendered(lead=f"Thank you for asking {_asking(asked)}. I'm sorry to say we can't take it on{by}.")
    reasons = [_theirs_as_yours(x) for x in (said_to_reader(reason_of(x), reader) for x in brief.reasons) if x]  # 'their ward data': the requester's
    r.withheld += [x for x in brief.reasons if not said_to_reader(reason_of(x), reader)]
    if reasons:
        first = reasons[0]
        first = first[:1].lower() + first[1:] if re.match(r"(?i)(?:we|there|our|my|the|no|it|they|both|all|one|two|three)\b", first) else first
        r.body.append(" ".join(_end(x) for x in [f"The reason: {first}", *reasons[1:]]))
    offers = [_cap(_theirs_as_yours(x).strip(" .")) for x in brief.offers]
    head = "I know that isn't the answer you were hoping for, so here is what we can do instead" if brief.relation in OUTSIDE else "What we can offer instead"
    r.body.append(f"{head}:\n" + "\n".join(f"- {x}" for x in offers) if len(offers) > 1 else f"{head}: {offers[0][:1].lower() + offers[0][1:]}.")
    r.closing = closing_for(brief)
    return r


def _short(subject: str, words: int = 10) -> str:
    """A subject cut where a phrase ends ('Your request to build a model', never '... will be')."""
    said = subject.split()
    if len(said) <= words:
        return subject.rstrip(" ,;")
    cuts = [i for i, w in enumerate(said[: words + 2]) if i >= 4 and w.lower() in ("that", "which", "who", "to", "for", "from", "so", "because")]
    return " ".join(said[: cuts[0] if cuts else words]).rstrip(" ,;")


def subject_of(brief: MessageBrief) -> str:
    """The subject line the brief calls for: what is asked and what for, or the request we answer; '' otherwise."""
    if brief.ask_kind == "money" and brief.ask:
        ask = _theirs_as_yours(brief.ask) if brief.relation in OUTSIDE else brief.ask
        said = re.sub(r"\s*\([^()]*\)", "", f"Request: {ask} {brief.ask_for}").split()
        return _cap(_short(" ".join(said)))
    if brief.declined and brief.offers:
        asked = re.sub(r"(?i)^(?:whether|if)\s+", "", _theirs_as_yours(brief.declined).strip(" ,.?"))
        asked = re.sub(r"(?i)^(?:we|you|our|the team)\s+(?:could|can|would|might)\s+", "", asked)
        said = f"Your request to {asked}" if _REQUEST_VERB.match(asked) else f"Your request: {asked}"
        return _short(said)
    return ""
