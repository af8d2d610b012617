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

from lead_core.number_words import amounts, number as number_value
from tools.reader_voice import Reader, has_verb, note_as_prose, to_reader

Relation = Literal["", "funder", "customer", "partner", "regulator", "exec", "peer", "own_team", "report"]
AskKind = Literal["", "money", "people", "date", "decision", "use", "nothing"]
# What the reader asked about a model's behaviour, by kind: why it misses real cases, why it raises false alarms, whether
# it could catch every case, or a use of one of its figures that it cannot bear ('use it to halve the interview list').
QuestionKind = Literal["misses", "false_alarms", "catch_all", "misuse", "human_check"]
# Readers outside the company: asked for what the message is about, never whether 'their team can do this'.
OUTSIDE = ("funder", "customer", "partner", "regulator")


class ReaderQuestion(BaseModel):
    """One question the reader asked (or a use they proposed), as they put it, and the answer the message leads with."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    asked: str = Field(max_length=240, description="Their question in their words ('why the model 'cries wolf''), or the use they propose ('use it to halve the interview list').")
    kind: QuestionKind = Field(description="What the question is about: misses, false_alarms, catch_all, misuse or human_check (why a person still checks its flags).")
    answer: str = Field(max_length=400, description="The short answer in plain words, said to the reader.")


class ModelLimits(BaseModel):
    """What one of our models can and cannot do, from the manager's own figures: what it catches and how early, the
    rest it does not, its false alarms, what it does not replace (the reader's belief, corrected kindly), where it is
    weaker and why, and what happens next."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    thing: str = Field(default="", max_length=80, description="The model as the reader knows it ('the bird illness early warning system'); '' for 'it'.")
    tested: str = Field(default="", max_length=40, description="Where the figures come from, as said ('in testing', 'in the pilot').")
    verb: str = Field(default="", max_length=20, description="What it does to a real case, as said ('flagged', 'caught').")
    caught: str = Field(default="", max_length=40, description="The share of real cases it catches, as said ('about two out of three').")
    caught_what: str = Field(default="", max_length=80, description="The real cases ('birds that got sick').")
    early: str = Field(default="", max_length=100, description="How early, as said ('a day or more before the keepers noticed').")
    missed: str = Field(default="", max_length=40, description="The rest it does not catch (early), worked out from `caught` ('one in three').")
    who: str = Field(default="", max_length=40, description="The people it warns ahead of ('the keepers'); '' when not said.")
    false_alarms: str = Field(default="", max_length=120, description="Its false alarms, said whole ('about one in ten of its alerts were false alarms').")
    not_replaced: str = Field(default="", max_length=80, description="What the reader believes it replaces and it does not ('the vet check').")
    weaker_on: str = Field(default="", max_length=80, description="Where it is weaker ('the owls').")
    weaker_why: str = Field(default="", max_length=160, description="Why it is weaker there, as said ('we only have four years of owl records').")
    next_step: str = Field(default="", max_length=200, description="What happens next, as the manager said it ('we're adding the children's ward data in the spring').")


StatusState = Literal["blocked", "at_risk", "tight", "on_course", "research", "undated"]


class StatusItem(BaseModel):
    """One piece of the team's work in a status update, typed from the team file: who, how much is left, the date it
    is due and where it stands against it, or what blocks it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    work: str = Field(max_length=80, description="The piece of work ('Fraud model v3').")
    who: str = Field(default="", max_length=80, description="Who is on it.")
    state: StatusState = Field(description="blocked, at_risk, tight, on_course, research (may not pan out) or undated (no date to hold).")
    due: str = Field(default="", max_length=40, description="Its date as a reader says it ('Friday 18 December'); '' when none.")
    left_low: float = Field(default=0, ge=0, le=260, description="Weeks left, best case.")
    left_likely: float = Field(default=0, ge=0, le=260, description="Weeks left, most likely.")
    left_high: float = Field(default=0, ge=0, le=260, description="Weeks left, worst case.")
    worst_misses: bool = Field(default=False, description="The worst case lands after the date.")
    blocker: str = Field(default="", max_length=160, description="What blocks it, as the team file says.")
    days_stuck: float = Field(default=0, ge=0, le=365, description="Days it has been stuck.")
    success: float | None = Field(default=None, ge=0, le=1, description="The chance the approach works, for research.")


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
    want: str = Field(default="", max_length=200, description="What the reader wants that the message answers, said to them ('one number for next season's yield, so you can sign the contract').")
    range_low: float | None = Field(default=None, description="The low end of the range the manager gives.")
    range_high: float | None = Field(default=None, description="The high end of the range the manager gives.")
    range_said: list[str] = Field(default_factory=list, max_length=2, description="The range's ends as said when they are no numbers ('march 8', 'april 19').")
    range_unit: str = Field(default="", max_length=20, description="The range's unit ('tonnes', '%').")
    range_chance: float | None = Field(default=None, ge=0, le=1, description="The chance the outcome lands in the range.")
    drivers: str = Field(default="", max_length=200, description="What decides where in the range it lands ('spring rain and whether the fruit fly comes back').")
    suggestion: str = Field(default="", max_length=240, description="What we suggest the reader does with the range.")
    stake: str = Field(default="", max_length=200, description="What the reader cares about, as the manager told the writer ('the thing the foundation cares about'): shapes the message, never said back.")
    if_not: str = Field(default="", max_length=160, description="What the reader will do if the answer is no, in their words ('rebook the ethics committee'): the reply tells them whether to.")
    can_say: str = Field(default="", max_length=160, description="What the reader wants to say or promise on the strength of the answer, in their words ('put it in the pitch').")
    answers: list[ReaderQuestion] = Field(default_factory=list, max_length=3, description="The reader's questions about what a model does, each as they asked it with its short answer, answered first.")
    occasion: str = Field(default="", max_length=300, description="What happened that made the reader ask ('a big client got 40 high-risk flags last month and only 3 were real').")
    explained: list[str] = Field(default_factory=list, max_length=10, description="The manager's facts that back the answers, in the order the answers need them (the model's rates, the trade-off, the safeguard, the recommendation).")
    line: str = Field(default="", max_length=300, description="One sentence the reader could repeat to their own audience, built from the answers and the manager's figures.")
    payback: str = Field(default="", max_length=400, description="What not having the ask costs in the manager's own figures against what it costs, computed by `payback` and said as 'my sums' (a loss they name, time spent by hand).")
    adds_up: str = Field(default="", max_length=400, description="What the manager's own cost and payoff figures add up to, computed by `adds_up` and said as 'my sum' (the total cost, what the target is worth, how many times the cost).")
    limits: ModelLimits | None = Field(default=None, description="What a model can and cannot do, when the message explains that (its rates, what it does not replace, where it is weaker).")
    anticipated: str = Field(default="", max_length=200, description="A question the manager expects the reader to ask, as a 'whether' clause said to them ('whether your Q1 staffing plan needs to change').")
    anticipated_answer: str = Field(default="", max_length=240, description="The manager's answer to it, when they give one ('it doesn't: the same two analysts stay on it'); '' leaves it for them to fill in.")
    status: list[StatusItem] = Field(default_factory=list, max_length=10, description="The team's work, one item each, most pressing first, for a status update built from the team file.")


@dataclass
class Rendered:
    """A body rendered from the brief: the lead, the body sentences and the closing question, and the manager's
    sentences it withheld because they do not read as written to the reader."""

    lead: str
    body: list[str] = field(default_factory=list)
    closing: str = ""
    withheld: list[str] = field(default_factory=list)
    paragraphs: bool = False  # each body part is a paragraph of its own


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
# What the manager tells the writer about the reader: "they're a good customer", "she's our biggest client".
_READER_NOTE = re.compile(r"^(?:and\s+|but\s+)?(?:they|he|she)(?:['’]re|['’]s|\s+are|\s+is)\s+(?:a\s+|an\s+|our\s+)?(?:really\s+|very\s+)?(?:good|great|big|biggest|largest|important|key|valued|long-?standing|old|loyal|best)\b[^.;]*$", re.I)
# How the manager wants the no said, and nothing else: 'decline nicely but clearly', 'say no politely'.
_REFUSAL_MANNER = re.compile(r"^(?:please\s+)?(?:say no|decline|turn (?:it|this|them) down|refuse)(?:\s+(?:(?:but|and|yet|,)\s+)?(?:(?:very|really|quite)\s+)?(?:nicely|politely|kindly|gently|clearly|firmly|warmly|graciously|softly|briefly|professionally|but|and|,))*\s*[.!]?$", re.I)
_REFUSAL_HEAD = re.compile(r"^(?:i\s+|we\s+)?(?:have to|need to|got to|gotta|must|will|'ll|am going to|'m going to)?\s*(?:say no|decline(?:\s+(?:it|this|that|them))?|turn (?:it|this|them) down)\s*(?:[-–—:,;]\s*|\s+(?=because\b))(?:because\s+)?", re.I)
_LIST_SPLIT = re.compile(r"(?<!hundred)(?<!thousand)(?<!million),?\s+and\s+(?=(?:a|an|the|our|we|one|two|\d)\b)|,\s+and\s+(?=[a-z]+ing\b)|;\s+")  # ', and scoping the idea in March': a second offer
_CAPACITY_CLOSE = re.compile(r"(?i)confirm whether your team can do this|could someone on your team help|point me to the right person")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _end(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def _theirs_as_yours(text: str) -> str:
    """A thing of the reader's said to them: 'their wards' -> 'your wards' (the reader is the only 'they' a brief's
    request and offers are about)."""
    return re.sub(r"\btheir\b", "your", text)


def offers_of(offer: str) -> list[str]:
    """The separate offers in one line ('a monthly report ..., and a scoping workshop ...')."""
    parts = [re.sub(r"(?i)^(?:and|or|plus|also)\s+", "", p.strip(" ,.;")) for p in _LIST_SPLIT.split(offer) if p and p.strip(" ,.;")]  # '...; and a scoping': the list's 'and' is no part of the offer
    return parts if len(parts) > 1 and all(len(p.split()) >= 3 for p in parts) else [offer.strip(" ,.;")]


def said_to_reader(sentence: str, reader: Reader) -> str:
    """One of the manager's sentences as the message says it: what tells the writer about the reader's stake cut,
    the reader named as 'you'; '' when it is for the writer alone (their feelings, an instruction)."""
    text = _STAKE_CLAUSE.sub("", sentence.strip()).strip(" ,;")
    text = re.sub(r"(?i)\b(decision|call|choice)(\s+is)\s+theirs\b", r"\1\2 yours", text)  # 'decision is theirs by jan 30', said to them
    if not text or _OWN_FEELING.match(text) or _READER_NOTE.match(text):
        return ""
    text = note_as_prose(text[:1].lower() + text[1:]) if not has_verb(text) else text  # 'payback 14 months' -> 'The payback is 14 months.'
    said = to_reader(_cap(text), reader)
    return re.sub(r"\b(you\s+(?:haven['’]t|have not|didn['’]t|did not|never|still haven['’]t)\s+\w+)\s+you\b", r"\1 them", said)  # 'you haven't sent you' -> 'sent them'


def reason_of(text: str) -> str:
    """A reason as the message gives it: the refusal the manager wrote before it ('have to decline - ...') is theirs."""
    return "" if _REFUSAL_MANNER.match(text.strip()) else _REFUSAL_HEAD.sub("", text.strip()).strip()


def closing_for(brief: MessageBrief, decide: str = "") -> str:
    """The closing question that fits the reader and the ask: a funder is asked to put the money forward, a customer
    or partner whether the offer helps, an executive to approve; '' when the brief gives no reason to choose."""
    if brief.ask_kind == "money" and brief.relation == "funder":
        at = f" at {decide}" if decide else ""
        return f"Would you be willing to consider this{at}? I'm glad to send anything else you would need for it."
    if brief.ask_kind == "money" and brief.relation in ("customer", "partner", "regulator"):
        return "Would you be willing to consider this? I'm glad to send anything else you would need."
    if brief.ask_kind == "money":
        return f"Can you approve this{f' for {decide}' if decide else ''}, or tell me what you'd need to see first?"
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
    if (brief.range_high is not None or brief.range_said) and (brief.want or brief.suggestion):
        return _range_explained(brief, reader)
    if brief.answers:
        return _answered(brief, reader)
    if brief.limits is not None:
        return _limits(brief.limits)
    if brief.status:
        return _team_status(brief.status)
    return None


ANTICIPATED_GAP = "[your answer]"


def anticipated_said(brief: MessageBrief) -> str:
    """The reader's expected question answered in the message ('You may be wondering whether ...: it doesn't.'), with
    a place for the manager's answer when they gave none; '' when they expect no question."""
    if not brief.anticipated:
        return ""
    answer = _lower_first(brief.anticipated_answer.strip(" .")) if brief.anticipated_answer else ANTICIPATED_GAP
    return f"You may be wondering {brief.anticipated.rstrip(' ?.')}: {answer}."


def _weeks(low: float, likely: float, high: float) -> str:
    """Weeks left, said plainly ('about 2 weeks of work left (1.5 to 3)')."""
    return f"about {likely:g} week{'s' if likely != 1 else ''} of work left ({low:g} to {high:g})"


def _status_line(i: StatusItem) -> str:
    """One bullet: the work and who, then where it stands, in the team file's figures."""
    head = f"{i.work}{f' ({i.who})' if i.who else ''}"
    left = _weeks(i.left_low, i.left_likely, i.left_high)
    due = f"due {i.due}" if i.due else ""
    if i.state == "blocked":
        stuck = f" for {i.days_stuck:g} working day{'s' if i.days_stuck != 1 else ''}" if i.days_stuck else ""
        blocker = f": {_lower_first(i.blocker)}" if i.blocker else ""  # 'GPU quota ...' keeps its capitals
        return f"{head}: blocked{stuck}{blocker}. Once it moves, {left}{f', {due}' if due else ''}."
    if i.state == "research":
        chance = f", and about a {round(i.success * 10):g} in 10 chance it pans out" if i.success is not None else ""
        return f"{head}: research, {left}{chance}{f'; {due}' if due else ''}."
    if i.state == "at_risk":
        return f"{head}: at risk for its date; {due}, with {left}."
    if i.state == "tight":
        return f"{head}: {due}, {left}; tight, on time only if nothing slips."
    if i.state == "on_course":
        worst = ", though the worst case would miss it" if i.worst_misses else ""
        return f"{head}: {due}, {left}; on course{worst}."
    return f"{head}: {left}; no fixed date."


_SMALL_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_STATE_HEADS = {"blocked": "blocked", "at_risk": "at risk", "tight": "tight for its date", "on_course": "on course", "research": "still research"}


def _team_status(items: list[StatusItem]) -> Rendered:
    """A status of the team's work: a one-line summary counted from the items' states, then one bullet each."""
    counts: dict[str, int] = {}
    for i in items:
        if i.state in _STATE_HEADS:
            counts[_STATE_HEADS[i.state]] = counts.get(_STATE_HEADS[i.state], 0) + 1
    said = [f"{_SMALL_WORDS[n]} {'is' if n == 1 else 'are'} {head}" for head, n in counts.items()]
    summary = said[0] if len(said) == 1 else ", ".join(said[:-1]) + f" and {said[-1]}" if said else ""
    lead = f"Where the team's work stands: {_SMALL_WORDS[len(items)]} piece{'s' if len(items) != 1 else ''} of work{f'; {summary}' if summary else ''}."
    r = Rendered(lead=lead, body=["\n".join(f"- {_status_line(i)}" for i in items)])
    r.closing = "Let me know if you'd like more detail on any of these."
    return r


def _limits(m: ModelLimits) -> Rendered:
    """What a model can and cannot do, in plain words: the short answer (with the belief corrected), what it can do
    with the manager's rate, what it can't (the rest and its false alarms, and so why the check it does not replace
    stays), where it is weaker and why, and what happens next."""
    thing, who = m.thing or "the system", m.who or "us"
    head = f"In short: {thing} can give {who} a head start"
    lead = f"{head}, but it does not replace {m.not_replaced}; the two work together." if m.not_replaced else f"{head}, but it is not perfect."
    r = Rendered(lead=lead, paragraphs=True)
    if m.caught:
        tested = f"{m.tested}, " if m.tested else ""
        r.body.append(_end(f"What it can do: {tested}it {m.verb or 'caught'} {m.caught} {m.caught_what}{f' {m.early}' if m.early else ''}".replace("  ", " ")))
    cannot = []
    if m.missed:
        cannot.append(f"it gave no early warning for the other {m.missed}" if m.early else f"it missed the other {m.missed}")
    if m.false_alarms:
        cannot.append(m.false_alarms)
    if cannot:
        said = f"What it can't do: {', and '.join(cannot)}."
        if m.not_replaced:
            said += f" That is why we still need {m.not_replaced}: an alert needs someone to check it, and no alert does not mean nothing is wrong."
        r.body.append(said)
    if m.weaker_on:
        why = f" {m.weaker_why}" if m.weaker_why.startswith("(") else f", because {m.weaker_why}" if m.weaker_why else ""  # '(few records there)' stays in brackets
        r.body.append(_end(f"It is less reliable on {m.weaker_on}{why}"))
    if m.next_step:
        r.body.append(_end(f"What happens next: {_lower_first(m.next_step)}"))
    elif m.not_replaced:
        r.body.append(f"So nothing changes about {m.not_replaced}; the alerts simply give {who} an earlier look.")
    r.closing = "Please do ask me anything about it; I'm glad to go through it with you."
    return r


# What each kind of answer is headed with, after the lead has said what they asked.
_ANSWER_HEADS = {"human_check": "Why a person still checks its flags", "misses": "Why it misses some", "false_alarms": "Why so many flags turn out clean", "catch_all": "Could it catch every one", "misuse": "Why not use it that way"}


# A long question said back in short, by its kind.
_ASKED_SHORT = {"human_check": "why a person still checks what it flags", "misses": "why it still misses some", "false_alarms": "why it raises so many false alarms", "catch_all": "whether we could make it catch every one", "misuse": "how to use it"}


def _asked_said(brief: MessageBrief) -> str:
    """The lead: what they asked (or proposed), said back in their words, with what made them ask."""
    uses = [a for a in brief.answers if a.kind == "misuse"]
    if uses:
        at = f" {brief.occasion.strip(' .')}" if brief.occasion else ""
        return f"I know you're thinking of proposing{at} that we {_theirs_as_yours(uses[0].asked)}, and I'd advise against it."
    asked = [a.asked if len(a.asked.split()) <= 7 else _ASKED_SHORT[a.kind] for a in brief.answers]  # a long question said back reads as an echo, not an answer
    said = asked[0] if len(asked) == 1 else ", ".join(asked[:-1]) + f", and {asked[-1]}"
    occasion = f"{brief.occasion.rstrip('.')}, so you" if brief.occasion else "You"
    return _end(f"{occasion} asked {_theirs_as_yours(said)}")


def _lower_first(text: str) -> str:
    """A sentence continued after a colon: its first word lower-cased unless it is a name, a figure or a quote."""
    first = text.split(" ", 1)[0]
    named = not (first[:1].isupper() and first[1:2].islower()) or re.match(r"I(?:['’]\w+)?$", first)
    return text if named else text[:1].lower() + text[1:]


def _answered(brief: MessageBrief, reader: Reader) -> Rendered:
    """Questions about what a model does, answered first in plain words (one paragraph), then the manager's facts
    that back the answers (one paragraph), then one way the reader could put it to their own audience."""
    r = Rendered(lead=_asked_said(brief), paragraphs=True)
    if len(brief.answers) == 1:
        r.body.append(f"The short answer: {_lower_first(brief.answers[0].answer)}")
    else:
        r.body.append(" ".join(f"{_ANSWER_HEADS[a.kind]}? {_cap(a.answer)}" if a.kind == "catch_all" else f"{_ANSWER_HEADS[a.kind]}: {_lower_first(a.answer)}" for a in brief.answers))
    said = []
    for sentence in brief.explained:
        voiced = said_to_reader(sentence, reader)
        if not voiced:
            r.withheld.append(sentence)
            continue
        said.append(_end(voiced))
    if said:
        r.body.append(" ".join(said))
    if brief.line:
        r.body.append(f"If it helps, you could put it this way: {_lower_first(brief.line)}")
    r.closing = "Happy to talk it through before then if that would help."
    return r


# Where the reader's side decides, said to them: 'you decide at your feb 15 board round', 'decision at their jan 28 committee'.
_DECIDE_AT = re.compile(r"(?i)^(?:you\s+(?:decide|vote|sign off)|(?:the\s+)?decision(?:\s+is)?(?:\s+(?:yours|theirs))?)\s+(?:at|in)\s+(?P<at>(?:the|their|your)\s+[^.;,]{3,60}?(?:round|meeting|committee|board|panel|session|review))\.?$")


def _money_ask(brief: MessageBrief, reader: Reader) -> Rendered:
    ask = re.sub(r"^(?:for\s+)?", "", brief.ask).strip(" ,.")
    purpose = f" {brief.ask_for.strip(' ,.')}" if brief.ask_for else ""
    r = Rendered(lead=_end(f"I'm writing to ask for {_theirs_as_yours(ask) if brief.relation in OUTSIDE else ask}{purpose}"))
    decide = ""
    for sentence in [*brief.reasons, *brief.facts]:
        forum = _DECIDE_AT.match(sentence.strip())
        said = said_to_reader(sentence, reader) if not forum else to_reader(_cap(sentence.strip()), reader)
        if not said:
            r.withheld.append(sentence)
            continue
        if forum and not decide:
            whose = "your " if brief.relation in OUTSIDE else "the "  # a funder's board round is theirs; our own board is 'the March board'
            decide = whose + re.sub(r"(?i)^(?:the|their|your)\s+", "", forum.group("at").strip(" .")) if forum.group("at") else ""
            if decide:
                continue  # the closing asks for it at that meeting: said once
        r.body.append(_end(said))
    r.closing = closing_for(brief, decide)
    return r


_REQUEST_VERB = re.compile(r"(?i)(?:build|add|make|run|do|create|extend|retrain|train|ship|deliver|set up|put|give|lend|help|take|write|produce|integrate|connect|cover)\b")


def _asking(asked: str) -> str:
    """What they asked, after 'Thank you for asking': 'whether we could build X', 'for a pricing dashboard ...', 'us to
    add X', or 'about the churn model'."""
    if asked.lower().startswith("to "):
        return f"us {asked}"
    if asked.lower().startswith("for "):
        return asked  # 'for an AI coach for the gala
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
    said = [x for x in (said_to_reader(y, reader) for y in brief.facts) if x]
    r.withheld += [y for y in brief.facts if not said_to_reader(y, reader)]
    r.body += [_end(_theirs_as_yours(x)) for x in said]
    offers = [_cap(_theirs_as_yours(x).strip(" .")) for x in brief.offers]
    head = "I know that isn't the answer you were hoping for, so here is what we can do instead" if brief.relation in OUTSIDE else "What we can offer instead"
    r.body.append(f"{head}:\n" + "\n".join(f"- {x}" for x in offers) if len(offers) > 1 else f"{head}: {offers[0][:1].lower() + offers[0][1:]}.")
    r.closing = closing_for(brief)
    return r


# A date named in words: a month or a weekday ('from the start of February', 'on Friday').
_DATED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b", re.I)


def what_it_means(brief: MessageBrief, answer: str, by_day: str, plan_on: str = "", odds: str = "") -> str:
    """What the answer means for what the reader said they would do: whether to take their fallback ('rebook the
    ethics committee') and whether they can say what they wanted to ('put it in the pitch'); '' when they said neither.
    `answer` is the one verdict of the message (yes, likely, unlikely or no); `odds` its chance in words, said with a yes."""
    yes = answer in ("yes", "likely")
    said = []
    if brief.if_not and answer:
        said.append(f"So there's no need to {brief.if_not} now." if yes
                    else f"So I'd {brief.if_not} now rather than wait.")
    if brief.can_say and answer:
        safer = f"; {plan_on} is a date I'd stand behind (8 in 10)" if plan_on else ""  # the forecast's P80
        claim = re.match(r"(?P<say>(?:tell|promise|say to|announce to)\s+[^,]{2,60}?)\s+that\s+(?P<what>.{12,})$", brief.can_say, re.I)
        if claim and len(brief.can_say.split()) > 8:  # 'tell the board on 21 January that the model will be running ...': what they'd say, in short
            can = f"{claim.group('say')} that it will be ready{f' for {by_day}' if by_day else ''}"
        else:
            dated = by_day and not _DATED.search(brief.can_say)  # 'put it in the pitch for Friday 9 January'; a date of their own stays theirs
            can = f"{brief.can_say}{f' for {by_day}' if dated else ''}"
        said.append(f"You can {can}{f' ({odds})' if odds else ''}." if yes else f"I wouldn't {can}{safer}.")
    return " ".join(said)


def _short(subject: str, words: int = 12) -> str:
    """A subject cut where a phrase ends ('Your request to build a model', never '... will be')."""
    said = subject.split()
    if len(said) <= words:
        return subject.rstrip(" ,;")
    cuts = [i for i, w in enumerate(said[: words + 2]) if i >= 4 and w.lower() in ("that", "which", "who", "to", "for", "from", "so", "because")]
    said = said[: cuts[0] if cuts else words]
    while len(said) > 3 and said[-1].lower() in ("a", "an", "the", "your", "our", "their", "my", "of", "on", "in", "for", "to", "with", "and", "new", "by", "every", "each", "at"):
        said = said[:-1]  # 'on your new' is no place to stop
    return " ".join(said).rstrip(" ,;")


def subject_of(brief: MessageBrief) -> str:
    """The subject line the brief calls for: what is asked and what for, or the request we answer; '' otherwise."""
    if brief.ask_kind == "money" and brief.ask:
        ask = _theirs_as_yours(brief.ask) if brief.relation in OUTSIDE else brief.ask
        said = re.sub(r"\s*\([^()]*\)", "", f"Request: {ask} {brief.ask_for}").split()
        return _cap(_short(" ".join(said)))
    of = re.search(r"\bfor (?P<x>[^,]{3,60})", brief.want)
    if of and (brief.range_high is not None or brief.range_said):
        return _cap(f"{_short(of.group('x'), 8)}: why it's a range, and what we suggest")
    if (brief.range_high is not None or brief.range_said) and brief.suggestion:
        return "Why it's a range, and what we suggest"
    if brief.answers:
        first = brief.answers[0]
        said = re.split(r"\s+(?:if|when|because|even though|although|given|since)\s+", first.asked, maxsplit=1)[0]  # 'why it still misses cavities' (if it is AI)
        return _cap(_short(f"Why not {said}" if first.kind == "misuse" else re.sub(r"(?i)^(?:whether|if)\s+", "", said).rstrip("?"), 10))
    if brief.status:
        return "Team status: where each piece of work stands"
    if brief.limits is not None and not brief.answers:
        return _cap(f"What {brief.limits.thing or 'the system'} can and can't do")
    if brief.declined and brief.offers:
        asked = re.sub(r"(?i)^(?:whether|if)\s+", "", _theirs_as_yours(brief.declined).strip(" ,.?"))
        asked = re.sub(r"(?i)^(?:we|you|our|the team)\s+(?:could|can|would|might)\s+", "", asked)
        said = f"Your request {asked}" if asked.lower().startswith(("to ", "for ")) else f"Your request to {asked}" if _REQUEST_VERB.match(asked) else f"Your request: {asked}"
        return _short(said)
    return ""


def _figure(x: float, unit: str) -> str:
    said = f"{x:,.0f}" if x == int(x) else f"{x:,.1f}"
    return f"{said}%" if unit == "%" else f"{said} {unit}".strip()


def _numbers_in(text: str) -> list[float]:
    """The numbers a sentence gives, in figures or in words ('commit three hundred and fifty tonnes' -> [350])."""
    return [a.value for a in amounts(text)]


_YEAR_SAID = re.compile(r"\b(did|was|were|happened|had)\s+in\s+(?P<y>twenty-[a-z]+|\d{2})\b", re.I)


def _range_explained(brief: MessageBrief, reader: Reader) -> Rendered:
    """A range explained to a reader who wants one number: what they want, the range and how often it holds, what
    decides it, why one number would be risky, and what we suggest with why it is safe."""
    lead = f"I know you'd like {_theirs_as_yours(brief.want)}. Here is why we're giving you a range instead, and what we suggest." if brief.want else (
        "Here is why we're giving you a range rather than one number, and what we suggest.")
    r = Rendered(lead=lead)
    dated = brief.range_high is None
    lo, hi = (brief.range_said if dated else [_figure(brief.range_low or 0, "%" if brief.range_unit == "%" else ""), _figure(brief.range_high or 0, brief.range_unit)])  # 'between 340 and 410 tonnes'
    chance = brief.range_chance
    often = (f", and about {round(chance * 10)} times in 10 it lands in that range" if chance and abs(chance * 10 - round(chance * 10)) < 1e-6
             else f", with about a {round(chance * 100)}% chance of landing in that range" if chance else "")
    r.body.append(f"Our best estimate is between {lo} and {hi}{often}.")
    if brief.drivers:
        drivers = _YEAR_SAID.sub(lambda m: f"{m.group(1)} in 20{int(number_value(m.group('y')) or 0):02d}", brief.drivers.strip(" ."))
        r.body.append(f"Where it lands depends mostly on {drivers}, and nobody can know that yet.")
    r.body.append("A single date would hide that spread: if we promise the early end and it lands late, we're the ones caught out." if dated
                  else "A single number would hide that spread: if we plan on the high end and it comes in low, we're the ones caught short.")
    if brief.suggestion:
        said = to_reader(_cap(brief.suggestion.strip(" .")), reader) or _cap(brief.suggestion.strip(" ."))
        said = re.sub(r"^\w+ing\b", lambda m: _base(m.group(0)), said)  # 'planning security for 55k' -> 'plan security for 55k'
        r.body.append(f"What we suggest: {said[:1].lower() + said[1:]}.")
        r.body.append(_why_safe(brief))
    r.closing = "Does that work for you?"
    r.body = [x for x in r.body if x]
    return r


def _base(verb: str) -> str:
    """A verb's base form ('planning' -> 'plan'), the word itself when it is none."""
    from lemminflect import getLemma

    lemma = getLemma(verb.lower(), upos="VERB")
    return lemma[0] if lemma else verb


def _why_safe(brief: MessageBrief) -> str:
    """Why the suggestion holds, from where its number sits in the range; '' when it gives none in the range's terms."""
    if brief.range_high is None or brief.range_low is None:
        late = brief.range_said[1].lower() if len(brief.range_said) == 2 else ""
        return "That's the late end of the range, so we should make it in most cases." if late and late in brief.suggestion.lower() else ""
    said = [x for x in _numbers_in(brief.suggestion) if brief.range_low * 0.5 <= x <= brief.range_high * 1.5]
    if not said:
        return ""
    x, lo, hi = said[0], brief.range_low, brief.range_high
    at = (x - lo) / (hi - lo) if hi > lo else 0
    if at <= 0:
        return f"{_figure(x, brief.range_unit)} is at or below the bottom of the range, so it holds in almost every case."
    if at <= 0.3:
        return f"{_figure(x, brief.range_unit)} sits near the bottom of the range, so it holds in all but the worst cases."
    if at >= 0.95:
        return f"{_figure(x, brief.range_unit)} is the top of the range, so we're covered in almost every case."
    return ""


# ---- The manager's cost and payoff, added up ('each hire is about 95k a year' for two; 'every tenth of a percent is worth
# about 300k a year' and 'the trial is aiming for half a point'): the sum the one-page argument needs, never left to the reader.
_ABOUT = r"(?:about|around|roughly|approx\.?|~|some|nearly|almost)?\s*"
_PERIOD = r"(?P<per>a year|per year|per annum|annually|a month|per month|monthly)?"
_AMOUNT_END = r"(?=\s*(?:all in|fully loaded|loaded|each|apiece)?\s*(?:[,.;)]|$|\s+(?:and|but|so|which|while)\b))"
_UNIT_COST = re.compile(
    r"\b(?:each|(?P<one>an?|one))\s+(?(one)(?:[\w-]+\s+){0,2}?)(?P<what>(?:new\s+)?(?:hire|person|engineer|head|role|seat|fte|contractor|analyst|scientist|licen[cs]e|server|gpu|node"
    r"|(?(one)[a-z-]+(?:er|or|ist|ian)\b)))\s+(?:is|costs?|would cost|will cost|comes to|runs(?: at)?)\s+(?!us\b)"  # 'a planner costs around €60k a year'; never 'a delay costs us'

    rf"{_ABOUT}(?P<amt>[^,.;()]+?)\s*{_PERIOD}(?:\s+(?:all in|fully loaded|loaded))?{_AMOUNT_END}",
    re.I,
)
_STEP_VALUE = re.compile(
    r"\b(?:every|each)\s+(?P<step>(?:tenth|hundredth|quarter|half) of an? (?:percent(?:age point)?|point)|(?:1|one|0\.1|0\.5)\s*(?:%|percent(?:age point)?|points?)|percent(?:age point)?|point)"
    rf"(?:\s+of\s+[^,.;]{{2,80}}?)?\s+(?:is|are|would be)\s+worth\s+{_ABOUT}(?P<amt>[^,.;()]+?)\s*{_PERIOD}{_AMOUNT_END}",
    re.I,
)
_TARGET = re.compile(
    r"(?P<who>\b(?:the|our|this)\s+[\w -]{2,60}?)\s+(?P<alone>alone\s+)?(?:is\s+|are\s+)?(?:aim(?:s|ing)? (?:for|at)|target(?:s|ing)?|expect(?:s|ed|ing)? to (?:gain|add|deliver|lift)|should (?:gain|add|deliver|lift|give))\s+"
    r"(?:about|around|roughly|~)?\s*(?P<t>half an? (?:point|percent(?:age point)?)|an? (?:point|percent(?:age point)?)|a quarter of an? (?:point|percent)|[\w.]+\s*(?:%|percent(?:age points?)?|points?))",
    re.I,
)
_CURRENCY_WORDS = {"euro": "€", "euros": "€", "eur": "€", "dollar": "$", "dollars": "$", "usd": "$", "pound": "£", "pounds": "£", "gbp": "£", "quid": "£"}
_SCALES = {"k": 1e3, "grand": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
_STEP_SIZES = {"tenth": 0.1, "hundredth": 0.01, "quarter": 0.25, "half": 0.5}


class Amount(BaseModel):
    """A sum of money the manager gave: its value, currency and period ('a year', 'a month' or '')."""

    value: float
    currency: str = ""
    per: str = ""


def amount_of(said: str, per: str = "") -> Amount | None:
    """'ninety-five thousand euro' -> 95000 €, '€300k' -> 300000 €, 'three hundred k' -> 300000; None when no number."""
    text = said.strip().lower().replace(",", "")
    currency = ""
    sign = re.match(r"^([$€£])\s*", text)
    if sign:
        currency, text = sign.group(1), text[sign.end() :]
    words = text.split()
    while words and words[-1] in _CURRENCY_WORDS:
        currency = currency or _CURRENCY_WORDS[words.pop()]
    period = "a year" if per.lower() in ("a year", "per year", "per annum", "annually") else "a month" if per else ""
    glued = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|bn)", words[-1]) if words else None
    if glued:
        return Amount(value=float(glued.group(1)) * _SCALES[glued.group(2)], currency=currency, per=period)
    scale = 1.0
    if len(words) > 1 and words[-1] in _SCALES and words[-1] != "thousand":
        scale = _SCALES[words.pop()]
    n = number_value(" ".join(words)) if words else None
    return Amount(value=n * scale, currency=currency, per=period) if n else None


def points_of(said: str) -> float | None:
    """A change in points or percent: 'half a point' -> 0.5, 'tenth of a percent' -> 0.1, '2 points' -> 2."""
    text = said.strip().lower()
    part = re.match(r"^(?:an?\s+)?(tenth|hundredth|quarter|half)\s+of\s+an?\s+", text) or re.match(r"^(half)\s+an?\s+", text)
    if part:
        return _STEP_SIZES[part.group(1)]
    if re.match(r"^(?:an?\s+)?(?:point|percent)", text):
        return 1.0
    counted = re.match(r"^([\w.]+)\s*(?:%|percent|points?)", text)
    return number_value(counted.group(1)) if counted else None


def _money(a: float, currency: str) -> str:
    if a >= 1e6:
        return f"{currency}{a / 1e6:.1f}".rstrip("0").rstrip(".") + "M"
    if a >= 1e3:
        return f"{currency}{a / 1e3:.0f}k"
    return f"{currency}{a:.0f}"


_COUNT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# ---- The cost of several people said one by one ('the engineer is about 78k a year all in, the hydrologist contract about
# 85k'), and a loss the work would cut ('cost us about 600k ..., and the model should catch about half of those').
_FRACTIONS = {"half": 0.5, "a half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25, "two thirds": 2 / 3, "three quarters": 0.75, "a fifth": 0.2, "a tenth": 0.1}
_LOSS = re.compile(
    r"\b(?:cost(?:s|ing)?\s+us|(?:lost|lose|wasted?|poured away|pour away|threw away|throw away|thrown away|wrote off|written off|write off|binned|scrapped)(?:\s+(?:us|about|around|roughly))?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|~\s*)?(?P<amt>[$€£]?\s*[\w.,-]+(?:\s+[\w.,-]+){0,4}?)\s*(?=\s+(?:in|on|of|from|a year|per year|last|this|through|because)\b|[,.;]|$)"
    r"[^.;]*?\b(?:would have saved|could have saved|would save|could save|should save|should catch|would catch|could catch|should cut|would cut|could cut|saves?|cuts?|catch(?:es)?|prevents?|avoids?)\s+"
    r"(?:(?:maybe\s+|about\s+|around\s+|roughly\s+|at least\s+|perhaps\s+)?(?P<frac>half|a half|a third|one third|a quarter|one quarter|two thirds|three quarters|a fifth|a tenth|\d{1,2}\s*%)\s+of\s+(?:that|those|it|them|this)\b"
    r"|(?:that|those|it|them|this)\s+(?:by\s+)?(?:maybe\s+|about\s+|around\s+|roughly\s+|at least\s+|perhaps\s+)?(?P<frac2>half|a half|a third|one third|a quarter|one quarter|two thirds|three quarters|a fifth|a tenth|\d{1,2}\s*%)(?!\s+of\b))",  # 'should cut that by about half'
    re.I,
)
_POINT_WORDS = re.compile(r"\b(?P<a>one|two|three|four|five|six|seven|eight|nine|\d)\s+point\s+(?P<b>one|two|three|four|five|six|seven|eight|nine|zero|\d)\b", re.I)
_LISTED_COST = re.compile(r"\b(?:is|costs?|comes to|runs|contract|salary|rate)\s+(?:is\s+)?(?:about|around|roughly|~)\s", re.I)


def _digits(text: str) -> str:
    """'one point two million' -> '1.2 million' (text2num reads no decimal said in words)."""
    return _POINT_WORDS.sub(lambda m: f"{number_value(m.group('a')):g}.{number_value(m.group('b')):g}", text)


def _currency(text: str) -> str:
    sign = re.search(r"[$€£]", text)
    word = re.search(r"\b(euros?|eur|dollars?|usd|pounds?|gbp|quid)\b", text, re.I)
    return sign.group(0) if sign else _CURRENCY_WORDS[word.group(1).lower()] if word else ""


def _listed_costs(text: str, headcount: int | None) -> list[float]:
    """The cost of each person asked for, said one by one in one sentence; [] unless there is one per person."""
    for sentence in re.split(r"(?<=[.;])\s+", text):
        said = [a.value for a in amounts(sentence) if a.value >= 1000]
        if headcount and len(said) == headcount > 1 and len(_LISTED_COST.findall(sentence)) >= 1 and not _LOSS.search(sentence):
            return said
    return []


def _people_cost(text: str, headcount: int | None) -> tuple[float, str, str]:
    """What the people asked for cost together, how it was summed and the period: (0, '', '') when not said per person."""
    unit = _UNIT_COST.search(text)
    each = amount_of(unit.group("amt"), unit.group("per") or "") if unit else None
    if each is not None and headcount and headcount > 1:
        return each.value * headcount, f"{headcount} × {_money(each.value, each.currency or _currency(text))}", each.per
    if each is not None and headcount == 1:
        return each.value, "", each.per  # one person: their cost as said, nothing to sum
    listed = _listed_costs(text, headcount)
    per = "a year" if re.search(r"\ba year\b|\bper year\b|\bannual", text, re.I) else ""
    return (sum(listed), " + ".join(_money(x, _currency(text)) for x in listed), per) if listed else (0.0, "", "")


def _payoff(text: str) -> tuple[float, float, str]:
    """A loss the manager gave and the share the work would cut: (the loss, what the share is worth, the share as said)."""
    m = _LOSS.search(text)
    loss = amount_of(m.group("amt")) if m else None
    if m is None or loss is None:
        return 0.0, 0.0, ""
    said = (m.group("frac") or m.group("frac2")).lower()
    share = _FRACTIONS.get(said) or (float(said.rstrip(" %")) / 100 if said.rstrip(" %").isdigit() else 0)
    return loss.value, loss.value * share, said


def _part_of(times: float, they: str) -> str:
    """A saving short of the cost, said as the part of the cost it covers (', about a third of what it costs'); '' for none."""
    if times <= 0 or times >= 1:
        return ""
    near = min(((1 / 4, "a quarter"), (1 / 3, "a third"), (1 / 2, "half"), (2 / 3, "two thirds"), (3 / 4, "three quarters")), key=lambda x: abs(x[0] - times))
    said = near[1] if abs(near[0] - times) < 0.04 else f"{round(times * 100)}%"
    return f", so on its own it covers about {said} of what {they}"


def _cost_and_payoff(text: str, headcount: int | None) -> str:
    """'Adding it up: the two hires cost about €163k a year (€78k + €85k, my sum); a third of that €1.2M loss is about
    €400k (my sum), more than twice what they cost.' '' when the manager gave neither a cost per person nor a loss to cut."""
    text = _digits(text)
    cost, how, per = _people_cost(text, headcount)
    loss, worth, share = _payoff(text)
    currency = _currency(text)
    parts = []
    if cost and not how:
        parts.append(f"the hire costs about {_money(cost, currency)}{' ' + per if per else ''}")
    elif cost:
        parts.append(f"the {_COUNT_WORDS[headcount] if headcount and headcount < len(_COUNT_WORDS) else headcount} hires cost about {_money(cost, currency)}{' ' + per if per else ''} together ({how}, my sum)")
    if worth:
        parts.append(f"{share} of that {_money(loss, currency)} loss is about {_money(worth, currency)} (my sum)")
    if not parts or (cost and not how and not worth):
        return ""  # one person's price alone adds nothing up: the ask already says it
    times = worth / cost if cost and worth else 0
    they = "it costs" if cost and not how else "they cost"
    ratio = f", more than twice what {they}" if 2 <= times < 3 else f", about {times:.0f} times what {they}" if times >= 3 else f", more than {they}" if times > 1 else _part_of(times, they)
    return "Adding it up: " + "; ".join(parts) + ratio + "."


def adds_up(text: str, headcount: int | None = None) -> str:
    """The sentence that adds up the manager's cost and payoff, each figure computed from theirs and said as 'my sum':
    what a step of the result is worth times the step their work aims for, else the people's cost together and the
    share of a loss the work would cut; '' when they gave none of these."""
    step, target = _STEP_VALUE.search(text), _TARGET.search(text)
    value = amount_of(step.group("amt"), step.group("per") or "") if step else None
    size, aim = (points_of(step.group("step")), points_of(target.group("t"))) if step and target else (None, None)
    if value is None or not size or not aim:
        return _cost_and_payoff(text, headcount)
    unit = _UNIT_COST.search(text)
    each = amount_of(unit.group("amt"), unit.group("per") or "") if unit else None
    currency = value.currency or (each.currency if each else "")
    steps = aim / size
    worth = value.value * steps
    per = f" {value.per}" if value.per else ""
    who = re.sub(r"(?i)^the\s+", "", target.group("who").strip())
    said = (f"the {who}{' alone' if target.group('alone') else ''} aims for {target.group('t').strip()}, which at about {_money(value.value, currency)}{per} for every {step.group('step').strip()} "
            f"is worth about {_money(worth, currency)}{per} ({steps:g} × {_money(value.value, currency)}, my sum)")
    if each is None or not headcount:
        return f"Adding it up: {said}."
    cost = each.value * headcount
    times = worth / cost if cost else 0
    people = f"{_COUNT_WORDS[headcount] if headcount < len(_COUNT_WORDS) else headcount} {unit.group('what').lower()}s" if headcount > 1 else f"one {unit.group('what').lower()}"
    costs = f"the {people} cost about {_money(cost, currency)}{' ' + each.per if each.per else ''} ({headcount} × {_money(each.value, currency)}, my sum)"
    ratio = f", about {times:.0f} times what they cost" if times >= 1.5 and (not each.per or each.per == value.per) else ""
    return f"Adding it up: {costs}; {said}{ratio}."


# ---- What not having the ask costs, in the manager's own figures, against what it costs: a loss they name ('that cost
# about £140k in agency staff and overtime') and time spent by hand ('i spend 2 days every week re-running ...').
_PAST_LOSS = re.compile(
    r"\b(?P<verb>cost(?:s|ing)?|lost|lose|losing|wasted?|wasting|spent|paid|burn(?:ed|t)?)\s+(?:us\s+|the\s+business\s+|the\s+company\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|almost\s+|~\s*)?"
    r"(?P<amt>[$€£]?\s?\d[\d,.]*\s?(?:k|m|bn|million|thousand)\b|[$€£]\s?\d[\d,.]*)(?P<per>\s+(?:a|per)\s+(?:year|month))?(?:\s+(?:in|on)\s+(?P<on>[^.;,]{3,60}?))?(?=\s*(?:[.;,]|$|\s+(?:but|so|which|that|who|because|when|last|this)\b))",
    re.I,
)
_TIME_DRAIN = re.compile(
    r"\b(?P<who>i|we|the team|my team)\s+(?:spend|spends|lose|loses|burn|burns|waste|wastes|sink|sinks)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(?P<n>\d+(?:\.\d+)?|one|two|three|four|half a)\s+"
    r"(?P<u>days?|hours?)\s+(?:(?:every|a|per|each)\s+week|weekly)\b",
    re.I,
)


def _drain_share(m: re.Match[str]) -> float:
    n = 0.5 if m.group("n").lower() == "half a" else number_value(m.group("n")) or 0
    return n / 5 if m.group("u").lower().startswith("day") else n / 40


def payback(text: str, cost: str) -> str:
    """The manager's figures for what not having the ask costs, set against what it costs and said as 'my sum': a loss
    they name beside the ask's price, and time spent by hand as a share of the week; '' when they give neither."""
    price = next((a for a in amounts(cost) if a.value >= 1000), None)
    losses = [(m, a) for m in _PAST_LOSS.finditer(text) for a in amounts(m.group("amt")) if a.value >= 1000 and (price is None or abs(a.value - price.value) > 1)]
    drain = _TIME_DRAIN.search(text)
    parts = []
    if losses and price is not None:
        m, loss = losses[0]
        on = f" in {m.group('on').strip()}" if m.group("on") else ""
        times = loss.value / price.value
        than = f"about {round(times, 1):g} times" if times >= 1.2 else "about the same as" if times >= 0.9 else f"about {round(times * 100)}% of"  # the price itself is in the ask
        how = "lost" if m.group("verb").lower().startswith(("los", "wast", "burn")) else "it cost"  # 'we lost $300k in chargebacks': lost, not 'it cost'
        parts.append(f"the {_money(loss.value, loss.currency)} {how}{on} is {than} what the hire costs")
    if drain is not None:
        share = _drain_share(drain)
        whose = "my" if drain.group("who").lower() == "i" else "the team's"
        if 0 < share < 1:
            parts.append(f"{drain.group('n')} {drain.group('u')} a week is {round(share * 100)}% of {whose} working week")
    return f"In our own numbers: {'; and '.join(parts)} (my sums)." if parts else ""
