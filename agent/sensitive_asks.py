"""The manager's own questions in a sensitive case, each answered in their words.

A sensitive answer is built from its card's playbook; the manager usually also asks two or three things of their own
("do i take the board thing off him, and what do i tell the team?", "what do i do about the blocked work?"). Each
question is found in the text, classified by what it asks (take work off the person, tell someone, unblock work), and
answered with the thing it names, so no question is left for the manager to map onto a generic playbook.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# Where a question starts inside a sentence: 'what do i say to him, do i take the board thing off him, and what do i tell
# the team?' holds three.
_ASK_START = re.compile(r"(?:^|[,;]\s*(?:and\s+|or\s+)?|\band\s+|\bor\s+|[.?!]\s+)(?=(?:what|how|do|should|can|shall|who)\s+(?:do|should|can|would|shall|much)?\s*(?:i|we)\b)", re.I)
_OBJECT = r"(?P<x>(?:the|his|her|their|this|that|my|our)\s+[^,;.?!]{2,60}?|it)"
_PERSON = r"(?:him|her|them|[a-z]+)"
_END = r"(?=\s*(?:$|\b(?:now|today|then|first)\b))"
TAKE_OFF = (
    re.compile(rf"\b(?:do|should|can|shall) (?:i|we) (?:take|pull|move|lift) {_OBJECT} (?:off|away from) {_PERSON}\b", re.I),
    re.compile(rf"\b(?:do|should|can|shall) (?:i|we) (?:give|hand|reassign|move) {_OBJECT} to (?:someone|somebody|anyone) else\b", re.I),
    re.compile(rf"\b(?:do|should|can|shall) (?:i|we) (?:take|pull) {_PERSON} off {_OBJECT}{_END}", re.I),
)
TELL = re.compile(
    r"\b(?:what|how much) (?:do|should|can|shall) (?:i|we) (?:tell|say to) (?P<w>the team|my team|the others|everyone|people|the rest of (?:the|my) team|my (?:boss|manager|vp|director)|hr|[a-z]+)\b"
    r"|\b(?:do|should|can|shall) (?:i|we) (?:tell|inform|let) (?P<w2>the team|my team|the others|everyone|my (?:boss|manager|vp|director)|hr|[a-z]+)\b",
    re.I,
)
ABOUT_WORK = re.compile(rf"\bwhat (?:do|should|can) (?:i|we) do (?:about|with) {_OBJECT}{_END}", re.I)
# The person asked the manager to keep it to themselves: nobody else hears it without their agreement.
CONFIDENTIAL = re.compile(
    r"\basked (?:me )?not to tell\b|\b(?:asked|begged|wants?) me to keep (?:it|this) (?:quiet|private|between us|to myself)\b|"
    r"\bnot to tell (?:anyone|anybody|the team|a soul)\b|\b(?:don'?t|do not) tell (?:anyone|anybody)\b",
    re.I,
)
_TEAM = re.compile(r"team|others|everyone|people|rest", re.I)
_NOT_PEOPLE = frozenset("i we you he she they him her them it this that what how people everyone him/her".split())


def asked_questions(text: str) -> list[str]:
    """The question clauses of the text, in order ('do i take the board thing off him', 'what do i tell the team')."""
    starts = [m.end() for m in _ASK_START.finditer(text)]
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        clause = re.split(r"[?!.]", text[start:end], maxsplit=1)[0]
        clause = re.sub(r"(?:\s*(?:,|;|\band\b|\bor\b))+\s*$", "", clause.strip(), flags=re.I).strip()
        if clause:
            out.append(clause)
    return out


_DATE_SAID = re.compile(r"\b(?:on|by|for|before)\s+(?P<d>the \d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b", re.I)
_VAGUE_HEADS = frozenset("thing things stuff work bit part one".split())


def _when_of(thing: str, text: str) -> str:
    """The date said in the sentence that names the thing ('presenting the quota forecast to the board on the 15th' for
    'the board thing'), as said."""
    heads = [w for w in re.findall(r"[a-z]{3,}", thing.casefold()) if w not in _VAGUE_HEADS and w not in ("the", "his", "her", "their")]
    for sentence in re.split(r"(?<=[.?!])\s+", text):
        if any(re.search(rf"\b{re.escape(h)}", sentence, re.I) for h in heads) and (m := _DATE_SAID.search(sentence)):
            return m.group("d")
    return ""


def _name(words: Mapping[str, str]) -> str:
    return words.get("name") or words.get("them", "them")


def _take_off(thing: str, words: Mapping[str, str], when: str) -> str:
    w = dict(words)
    by = f" well before {when}" if when else ""
    return (f"**{thing[:1].upper() + thing[1:]}?** Don't decide it for {w['them']}, and don't leave it all on {w['them']} either. "
            f"Ask {w['them']} whether {w['they']} want{w.get('s', '')} to keep it, share it or hand it over, and have a back-up "
            f"ready either way{by}: someone who learns it alongside {w['them']} now, so {w['they']} can step back when "
            f"{w['they']} need{w.get('s', '')} to without it costing anything. Settle it together, and tell {w['them']} a change is no judgement on {w['them']}.")


def _tell(who: str, words: Mapping[str, str], confidential: bool) -> str:
    w = dict(words)
    name = _name(words)
    if _TEAM.search(who):
        if confidential:
            return (f"**The team?** Nothing about why: {w['they']} asked you to tell no one. If a change in {w['their']} work "
                    f"shows, \"an arrangement {name} and I have agreed\" is all anyone needs, and agree even those words with {w['them']} first.")
        return (f"**The team?** Only what {name} agrees to, in words you agree with {w['them']} first. Until then, "
                f"\"{name} is dealing with something personal; send questions about {w['their']} work to me\" is enough.")
    label = re.sub(r"^my\b", "your", who, flags=re.I) if re.match(r"my\b", who, re.I) else who.capitalize()
    label = "HR" if label.casefold() == "hr" else label
    if confidential:
        return (f"**{label[:1].upper() + label[1:]}?** Not without {w['their']} agreement: {w['they']} asked you to tell no one. "
                f"If {label} needs to act on something (a date that moves, who covers), say that much and no reason; ask {name} "
                f"before even that. The one exception is a risk to {w['their']} safety.")
    return (f"**{label[:1].upper() + label[1:]}?** Only what {label} needs in order to act (a date that moves, who covers), "
            f"not the reason, and only after {name} agrees to it.")


def _about_work(thing: str, words: Mapping[str, str]) -> str:
    w = dict(words)
    return (f"**{thing[:1].upper() + thing[1:]}?** Take it off {w['their']} shoulders yourself: find out what it waits on and "
            f"clear or escalate that this week, without waiting for {w['them']} to push. If a date depends on it, tell whoever "
            f"waits that it moves for a team reason, with no personal details.")


def question_lines(text: str, words: Mapping[str, str], answered: str = "") -> list[str]:
    """One answer per question the manager asked that the playbook does not answer by itself (`answered`: what the
    answer already says of this case; a question about the team it already answers is not answered twice)."""
    confidential = CONFIDENTIAL.search(text) is not None
    lines: list[str] = []
    for clause in asked_questions(text):
        take = next((m for pattern in TAKE_OFF if (m := pattern.search(clause))), None)
        tell = TELL.search(clause)
        about = ABOUT_WORK.search(clause)
        if take and take.group("x") and take.group("x").casefold() != "it":
            thing = _their_to_the(take.group("x"))
            lines.append(_take_off(thing, words, _when_of(thing, text)))
        elif tell:
            who = (tell.group("w") or tell.group("w2") or "").strip()
            if who.casefold() not in _NOT_PEOPLE and not (_TEAM.search(who) and re.search(r"\bthe team\b", answered, re.I)):
                lines.append(_tell(who, words, confidential))
        elif about and about.group("x").casefold() not in ("it", "this", "that"):
            lines.append(_about_work(_their_to_the(about.group("x")), words))
    return list(dict.fromkeys(lines))


def _their_to_the(phrase: str) -> str:
    """'his board thing' -> 'the board thing': the manager's noun, said to the manager."""
    return re.sub(r"^(?:his|her|their)\b", "the", phrase.strip(), flags=re.I)


_HR_STEP = re.compile(r"\b(?P<v>tell|contact|inform|loop in|bring in) HR\b")
_US_AND_HR = re.compile(r"\bbetween us and HR\b")


def kept_in_confidence(line: str, text: str, words: Mapping[str, str]) -> str:
    """A playbook line as it stands when the person asked the manager to tell no one: HR hears only once they agree
    (a risk to their safety aside), and 'between us and HR' is between the two of them."""
    if CONFIDENTIAL.search(text) is None or "safety" in line:
        return line
    line = _US_AND_HR.sub("between us", line)
    agree = f"once {words.get('they', 'they')} agree{words.get('s', '')}, "
    return _HR_STEP.sub(lambda m: m.group(0) if re.search(r"\bagree", line[: m.start()]) else agree + m.group(0), line, count=1)
