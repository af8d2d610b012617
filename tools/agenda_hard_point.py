"""The hard points a manager names for a 1-on-1, read from their own words as typed facts: news they have not given
yet ("i've agreed with victor he gets model serving from jan 4, haven't told him"), a request they have not decided
("she wants her model back; i don't know yet if that's right"), a move they never explained ("moved him off recs three
weeks ago and never said why"), and feedback they owe ("last real feedback from me was mid-september"). Each becomes an
item of its own with a line to say, whatever template the rest of the agenda follows. Pure: rules as data, no model.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

HardPointKind = Literal["news", "decision_open", "move_unexplained", "feedback_overdue", "work_moved_on", "outside_load", "credit_due", "help_ask", "thanks_owed"]

_PRON = r"(?:he|she|they)"
_OBJ = r"(?:him|her|them)"
_NOT_TOLD = re.compile(rf"\b(?:haven'?t|have not|not yet|didn'?t|did not)\s+(?:yet\s+)?(?:told|tell|said|let)\s+{_OBJ}\b|\b{_PRON}\s+(?:doesn'?t|does not|don'?t|do not)\s+know\s+yet\b|\bnot told {_OBJ}\b", re.I)
# The manager settled something for them with someone ('i've just agreed with victor he gets exactly that from jan 4').
_AGREED_FOR = re.compile(
    rf"\b(?:i'?ve|i have|i|we'?ve|we have|we)\s+(?:just\s+|finally\s+|now\s+)?(?:agreed|decided|confirmed|got (?:it )?(?:approved|signed off)|signed off)"
    rf"(?:\s+with\s+(?P<with>[A-Za-z]+))?\s+(?:that\s+)?(?P<who>{_PRON}|[A-Za-z]+)\s+(?P<verb>gets|will get|'ll get|can have|will own|'ll own|owns|will lead|'ll lead|leads|moves to|will move to|is getting)\s+"
    r"(?P<what>[^.;!?()]{2,80}?)(?=\s*\(|\s+(?:but|and|so)\s+(?:i|he|she|they)\b|[.;!?,]|$)", re.I)
_BACK_POINTER = re.compile(r"^(?:exactly |just )?(?:that|this|it|what (?:he|she|they) wants?)\b\s*", re.I)
_GOAL_IS = re.compile(r"\b(?:his|her|their) (?:goal|aim|ambition|wish|dream) is (?:to )?(?P<g>[^.;!?,()]{3,60}?)(?=\s+(?:and|but|so)\b|[.;!?,(]|$)"
                      r"|\b(?:he|she|they) (?:wants?|would like|'d like|hopes?) to (?P<h>[^.;!?,()]{3,60}?)(?=\s+(?:and|but|so)\b|[.;!?,(]|$)", re.I)
_WHEN = re.compile(r"\s+(?P<w>(?:from|starting|as of|on|by|in)\s+(?:(?:mon|tue|wed|thu|fri)\w*\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{1,2})?|next (?:week|month|quarter|year)|q[1-4])\s*$", re.I)
# A request they made that the manager has not decided ('she has told HR she would like her model back. I do not yet know').
_REQUEST = re.compile(
    rf"\b{_PRON}\s+(?:has\s+|have\s+|'s\s+)?(?:told|asked|said to|emailed|messaged)\s+(?:me|hr|us|[A-Za-z]+)\s+(?:that\s+)?{_PRON}\s*(?:would|'d)\s+(?:like|love|prefer)\s+(?:to\s+(?:have|get)\s+)?(?P<a>[^.;!?]{{3,60}}?)(?=[.;!?,]|\s+(?:and|but)\b|$)"
    rf"|\b{_PRON}\s+(?:wants?|would like|'d like|has asked for|asked for|is asking for|keeps asking for)\s+(?P<b>(?:his|her|their)\s+[^.;!?]{{2,50}}?\s+back)\b", re.I)
_UNDECIDED = re.compile(r"\b(?:i\s+)?(?:do not|don'?t) (?:yet |really )?know (?:yet )?(?:whether|if)\b|\bhaven'?t (?:yet )?decided\b|\bhave not (?:yet )?decided\b|\bnot (?:yet )?decided\b"
                        r"|\bundecided\b|\bnot sure (?:yet )?(?:whether|if)\b|\bhaven'?t made (?:up my mind|the call|a call)\b|\bstill deciding\b", re.I)
# A move the manager made and never explained ('i moved him off recs onto churn three weeks ago and never properly explained why').
_MOVED = re.compile(
    rf"\b(?:i|we)\s+(?:\w+\s+)?(?:moved|switched|reassigned|pulled|took)\s+{_OBJ}\s+(?:off|from)\s+(?P<off>[\w -]{{2,30}}?)\s+(?:on ?to|to|into)\s+(?P<on>[\w -]{{2,30}}?)"
    r"(?P<ago>\s+(?:\w+|\d+)\s+(?:days?|weeks?|months?)\s+ago)?(?=[,.;]|\s+(?:and|but)\b|$)", re.I)
_NOT_EXPLAINED = re.compile(r"\b(?:never|not|didn'?t|did not|haven'?t|have not)\s+(?:\w+\s+)?(?:explained|said why|told (?:him|her|them) why|gave (?:him|her|them) (?:the |a )?reason)\b", re.I)
# Feedback the manager owes, with since when ('last real feedback from me was mid-september', 'haven't given him proper feedback since mid nov').
_FEEDBACK_SINCE = re.compile(
    r"\blast (?:real |proper |actual |meaningful |good )?feedback (?:from me |i gave (?:him|her|them) )?(?:was (?:in |back in )?|in |back in )(?P<a>[\w -]{3,25}?)(?=\s*[(.;,!?]|\s+(?:and|but)\b|$)"
    rf"|\b(?:haven'?t|have not|not)\s+(?:given|had)\s+(?:{_OBJ}\s+)?(?:any |real |proper |actual |meaningful )?feedback(?:\s+(?:to\s+)?{_OBJ})?\s+(?:since|for|in)\s+(?P<b>[\w -]{{3,25}}?)(?=\s*[(.;,!?]|\s+(?:and|but)\b|$)"
    r"|\bno (?:real |proper |actual )?feedback from me (?:since|for|in) (?P<c>[\w -]{3,25}?)(?=\s*[(.;,!?]|\s+(?:and|but)\b|$)"
    rf"|\b(?:it'?s|it has) been (?P<d>[\w -]{{3,25}}?) since i (?:last )?gave {_OBJ} (?:any |real |proper )?feedback\b", re.I)
# How long rather than since when ('two months', 'over 6 weeks'): said 'in two months', never 'since two months'.
_SPAN = re.compile(r"^(?:over |about |almost |nearly |more than )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several|a couple of) (?:weeks?|months?|quarters?)$", re.I)
# Their work carried on by someone else while they were away, and the manager wants to keep it with them ('iolanthe is
# now building the version for the new tanks ... i do not want to take it away from iolanthe').
_NOW_OTHERS = re.compile(r"\b(?P<who>[A-Z][a-z]+) (?:is|has been) now (?:building|running|owning|leading|working on|developing) (?P<what>[^.;,()]{3,60}?)(?=\s+(?:and|but|so)\b|[.;,()]|$)"
                         r"|\b(?:his|her|their) (?P<what2>[\w -]{3,40}?) (?:was|has been|got) (?:handed|given|passed|moved|reassigned) (?:over )?to (?P<who2>[A-Z][a-z]+)\b")
_KEEP_BOTH = re.compile(r"\b(?:do not|don'?t|never) want to take (?:it|that|the \w+|this) (?:away )?from\b|\b(?:do not|don'?t) want (?:her|him|them) to feel\b[^.;!?]{0,60}\btaken\b", re.I)
_THEY_BUILT = re.compile(r"\b(?:he|she|they|and) (?:built|created|wrote|started|designed) (?:our|the|that) (?P<w>[^.;,()]{3,50}?)(?=\s+(?:before|while|when|and|but)\b|[.;,()]|$)", re.I)
# Work outside the job that the person mentioned ('he's been doing night shifts at his brother's bakery since sept',
# 'she drives for a delivery app most evenings'): the manager's business only as far as the work is.
_OUTSIDE = re.compile(r"\b(?P<x>(?:(?:doing|working|pulling|covering|taken on|picked up|started)\s+)?(?:night|weekend|evening|late|early) shifts?\b[^.;!?,]{0,50}"
                      r"|(?:a |his |her |their )?(?:second|other|side|part-time|evening|weekend) (?:job|gig|business|hustle)\b[^.;!?,]{0,40}|moonlighting\b[^.;!?,]{0,40}"
                      r"|(?:drives|delivers|works) for (?:a|an|the) [\w -]{3,30}? (?:most|every|at) (?:evenings?|nights?|weekends?))", re.I)
# What the manager says is good even while raising a problem ("code's fine when it lands", 'the analysis itself is solid').
_GOOD_PART = re.compile(r"(?<![\w'])(?P<x>(?:(?:the|his|her|their) )?(?:code|work|quality|analysis|analyses|model|models|output|writing|design|research)(?: itself)?(?:['’]s| is| was| are)"
                        r" (?:always |usually |actually |really )?(?:fine|good|great|solid|excellent|strong|clean|high quality)\b(?: when (?:it|they) (?:lands?|arrives?|ships?|comes? in))?)", re.I)
# A colleague blocked on what the person built ('he built the warehouse snapshot jobs, yes the ones marco's blocked on').
_BLOCKED_ON_THEIRS = re.compile(r"\b(?:he|she|they) (?:built|wrote|owns|owned|designed|maintains|set up) (?:the |our |those )?(?P<x>[\w -]{3,40}?),?\s+(?:yes,?\s+|and\s+)?"
                                r"(?:the ones?|which|that|what)\s+(?P<who>[A-Za-z]+)(?:['’]s| is| has been| was| got)\s+(?:been\s+|still\s+|now\s+)?(?:blocked|stuck) on\b", re.I)
# A thank-you the manager owes ('never properly thanked him for the weekend he spent on the outage', 'i owe her a thank
# you for covering on-call').
_THANKS = re.compile(rf"\b(?:owe {_OBJ} (?:a |an |some |my )?(?:big |proper |real )?(?:thank[- ]?you|thanks)|(?:never|haven'?t|didn'?t|did not|have not) (?:yet |properly |really |even )*thank(?:ed)? {_OBJ}"
                     rf"|(?:want|need|have|must|should) to (?:properly |really )?thank {_OBJ})(?: properly| yet)?\s+for\s+(?P<x>[^.;!?,()]{{3,70}}?)(?=\s+(?:and|but|so|which)\b|[.;!?,()]|$)", re.I)
_MONTHS = {m[:3]: m.capitalize() for m in "january february march april may june july august september october november december".split()}
_GERUND = {"owning": "own", "leading": "lead", "running": "run", "taking": "take", "becoming": "become", "building": "build", "joining": "join"}


class HardPoint(BaseModel):
    """One hard point the manager named for this meeting, with a line to say to the person in the manager's voice."""

    kind: HardPointKind = Field(description="What sort of hard point: news to give, a request not yet decided, a move never explained, feedback owed.")
    what: str = Field(description="What it is about, short, in the manager's words ('owning model serving', 'her model back').")
    title: str = Field(description="The agenda item's title.")
    approach: str = Field(description="How to handle it, for the manager.")
    line: str = Field(description="A line to say to the person, in the manager's voice.")
    prep: str = Field(default="", description="What to settle before the meeting.")
    said: str = Field(default="", description="The manager's own words it was read from (for the manager; never a line to say).")


def _tidy(text: str) -> str:
    """The manager's words with month names capitalised ('jan 4' -> 'Jan 4', 'mid-september' -> 'mid-September')."""
    def month(m: re.Match[str]) -> str:
        word = m.group(0)
        return _MONTHS[word[:3].lower()] if len(word) > 3 else word.capitalize()
    out = re.sub(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b", month, text.strip(), flags=re.I)
    return re.sub(r"\bmid (?=[A-Z])", "mid-", out)


def _goal(notes: str) -> str:
    m = _GOAL_IS.search(notes)
    return (m.group("g") or m.group("h")).strip() if m else ""


def _news(notes: str, name: str) -> HardPoint | None:
    m = _AGREED_FOR.search(notes)
    if m is None or not _NOT_TOLD.search(notes) or m.group("who").casefold() not in (name.casefold(), "he", "she", "they"):
        return None  # news only when it is theirs and they have not heard it yet
    what = m.group("what").strip()
    when = _WHEN.search(" " + what)
    if when:
        what = (" " + what)[: when.start()].strip()
    if _BACK_POINTER.match(what):
        what = _goal(notes) or _BACK_POINTER.sub("", what)
    if not what:
        return None
    first, _, rest = what.partition(" ")
    said = f"you {_GERUND[first.lower()]} {rest}" if first.lower() in _GERUND and rest else f"you get {what}"
    at = f" {_tidy(when.group('w'))}" if when else ""
    with_whom = f" with {m.group('with').capitalize()}" if m.group("with") else ""
    return HardPoint(
        kind="news", what=_tidy(what), title=f"Good news to give: {_tidy(what)}",
        approach=(f"Give it early and plainly, as news: this is something you settled{with_whom} for {name}, not something that happened to "
                  f"them. Then ask what {name} wants to do first with it and what support they need."),
        line=f"I have good news: I've agreed{with_whom} that {_tidy(said)}{at}.",
        said=notes[m.start():m.end()] + " " + " ".join(x.group(0) for x in _NOT_TOLD.finditer(notes)),
        prep=f"Check what is still open (the start date, what {name} hands over) so you can answer the first questions.")


def _decision_open(notes: str, name: str) -> HardPoint | None:
    m = _REQUEST.search(notes)
    if m is None or not _UNDECIDED.search(notes):
        return None
    raw = (m.group("a") or m.group("b")).strip()
    what = re.sub(r"^(?:his|her|their)\b", "your", raw, flags=re.I)
    return HardPoint(
        kind="decision_open", what=_tidy(raw), title=f"Their request, not decided yet: {_tidy(raw)}",
        approach=(f"{name} has asked for {_tidy(raw)} and you have not decided. Ask why it matters to them and listen fully; say honestly "
                  "that it is not decided yet and when it will be; promise nothing either way in this meeting."),
        line=f"I know you'd like {_tidy(what)}. I haven't decided yet, and I won't promise either way today; I want to hear why it matters to you, and I'll come back to you with an answer by a date we agree now.",
        said=m.group(0),
        prep="Decide by when you will answer, and who else you need to hear first, before the meeting.")


def _move_unexplained(notes: str, name: str) -> HardPoint | None:
    m = _MOVED.search(notes)
    if m is None or not _NOT_EXPLAINED.search(notes[m.start():]):
        return None
    off, on, ago = m.group("off").strip(), m.group("on").strip(), (m.group("ago") or "").strip()
    when = f" {ago}" if ago else ""
    return HardPoint(
        kind="move_unexplained", what=f"the move off {off} onto {on}", title=f"The move off {off}, explained",
        approach=(f"You owe {name} the reason for the move off {off} onto {on}: give it plainly, own that it came late, and ask how the "
                  "move has landed and what it cost them."),
        line=f"I moved you off {off} onto {on}{when} and never properly explained why. That's on me. The reason was: ...",
        said=m.group(0),
        prep=f"Write down the real reason for the move off {off} in two sentences, and what it means for {name}'s growth.")


def _feedback_overdue(notes: str, name: str) -> HardPoint | None:
    m = _FEEDBACK_SINCE.search(notes)
    if m is None:
        return None
    since = _tidy((m.group("a") or m.group("b") or m.group("c") or m.group("d")).strip())
    gap = f"in {since}" if _SPAN.match(since) else f"since {since}"
    return HardPoint(
        kind="feedback_overdue", what=f"feedback {gap}", title=f"Feedback you owe (none {gap})",
        approach=(f"You have given {name} no real feedback {gap}: own the gap in one sentence, then give it: one thing that went well and "
                  "one to do differently, each with an example and a date; ask how they see it, and agree a rhythm so it does not lapse again."),
        line=f"I owe you proper feedback, and I haven't given it {gap}. That's on me; here it is.",
        said=m.group(0),
        prep="Write down one specific thing that went well and one to do differently, each with an example from the last weeks.")


def _work_moved_on(notes: str, name: str) -> HardPoint | None:
    m = _NOW_OTHERS.search(notes)
    if m is None or not _KEEP_BOTH.search(notes):
        return None
    who = m.group("who") or m.group("who2")
    built = _THEY_BUILT.search(notes)
    theirs = _tidy(built.group("w")) if built else _tidy(m.group("what2") or "work")
    now = _tidy(m.group("what") or m.group("what2"))
    return HardPoint(
        kind="work_moved_on", what=f"{theirs}, now {who}'s {now}" if m.group("what") else f"{theirs}, now {who}'s",
        title=f"The {theirs}, now with {who}: a role on it and something of {name}'s own",
        approach=(f"Say plainly what happened to the {theirs} while {name} was away and why, credit what {name} built, and that {who} "
                  f"carries it now. Offer {name} a named role on it (adviser or reviewer to {who}) and something of their own to lead; "
                  "ask what they would like that to be. Do not reopen who owns it in this meeting."),
        line=(f"The {theirs} you built is what {who} is building on now, and it's going well. I don't want to take it from {who}, and I "
              "don't want you to feel it was taken from you: I'd like you to advise on it, and I want you to have something of your own. What would you like that to be?"),
        said=m.group(0),
        prep=f"Have one or two pieces of work {name} could lead ready to offer, and tell {who} beforehand that {name} will advise.")


def _outside_load(notes: str, name: str) -> HardPoint | None:
    m = _OUTSIDE.search(notes)
    if m is None:
        return None
    said = _tidy(re.sub(r"\b(?:his|her|their)\b", "your", m.group("x").strip(), flags=re.I))
    said = re.sub(r"\s+(?:since|from)\s+\S+$", "", said)
    return HardPoint(
        kind="outside_load", what=_tidy(m.group("x").strip()), title="What they mentioned outside work, asked about once",
        approach=(f"{name} mentioned it; ask about it once, plainly and without judgement, only as far as it touches the work: what {name} "
                  "does outside work is theirs, the commitments here are yours to ask about. Then back to what changes, with the same standard."),
        line=f"You mentioned {said}. What you do outside work is yours; I'm asking only because of the work: is it affecting your time or energy here, and what would help?",
        said=m.group(0), prep="")


def _credit_due(notes: str, name: str) -> HardPoint | None:
    m = _GOOD_PART.search(notes)
    if m is None:
        return None
    good = re.sub(r"^(?:his|her|their)\b", "your", m.group("x").strip(), flags=re.I)
    good = re.sub(r"['’]s\b", " is", good, count=1)
    good = good if re.match(r"(?:your|the)\b", good, re.I) else f"your {good}"
    return HardPoint(
        kind="credit_due", what=_tidy(m.group("x").strip()), title="What is good, said once",
        approach="Say what is good plainly and once, as a fact and not a cushion, so the concern is about the one thing that has to change.",
        line=f"To be clear, {good}; that is not the issue.", said=m.group(0))


def _help_ask(notes: str, name: str) -> HardPoint | None:
    m = _BLOCKED_ON_THEIRS.search(notes)
    if m is None:
        return None
    what, who = _tidy(m.group("x")), m.group("who").capitalize()
    return HardPoint(
        kind="help_ask", what=f"{who}'s block on the {what}", title=f"{who}'s block on the {what}: ask for {name}'s help as the expert",
        approach=(f"{name} built the {what}; {who} is blocked on them. Ask for help as the person who knows them best, never as the cause: "
                  f"no 'why does it break', just what {who} needs and an hour together this week."),
        line=f"You know the {what} better than anyone. {who} is blocked on them right now; could you spend an hour with {who} this week? I'm asking for what you know, not looking for a cause.",
        said=m.group(0), prep=f"Get from {who} what exactly fails on the {what} (the error, since when), so the ask is concrete.")


def _thanks_owed(notes: str, name: str) -> HardPoint | None:
    m = _THANKS.search(notes)
    if m is None:
        return None
    what = re.sub(r"\b(?:he|she|they)\b", "you", re.sub(r"\b(?:his|her|their)\b", "your", m.group("x").strip(), flags=re.I), flags=re.I)
    return HardPoint(
        kind="thanks_owed", what=_tidy(m.group("x").strip()), title="A thank-you you owe",
        approach=f"Thank {name} early, specifically and without a 'but' after it: what they did and what it made possible.",
        line=f"Thank you for {_tidy(what)}; I should have said it sooner. It made a real difference.",
        said=m.group(0), prep=f"Note what {name}'s effort made possible (who it helped, what it saved), so the thanks is specific.")


def hard_points(notes: str, name: str) -> list[HardPoint]:
    """The hard points the manager named in their notes for a 1-on-1 with `name`, in the order of the kinds above (a
    request not yet decided holds the question of their old work, so its work-moved-on point is not repeated)."""
    found = [p for p in (reader(notes or "", name) for reader in (_news, _decision_open, _move_unexplained, _feedback_overdue, _work_moved_on, _outside_load, _credit_due, _help_ask, _thanks_owed)) if p]
    return [p for p in found if not (p.kind == "work_moved_on" and any(x.kind == "decision_open" for x in found))]
