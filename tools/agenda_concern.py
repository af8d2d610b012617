"""How the manager reads the person on a named piece of work ('she seems frustrated with the feature store migration
scope creep', "he's been very quiet about the graph fraud results, i think they're not great"): the manager's own
read, never a fact to put to them, and the reason the meeting is about that work. The agenda opens with the work by
name and asks rather than tells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FEELINGS = {
    "frustrated": "blocked", "fed up": "blocked", "annoyed": "blocked", "irritated": "blocked", "unhappy": "blocked",
    "worried": "worried", "anxious": "worried", "nervous": "worried", "stressed": "worried", "uneasy": "worried",
    "quiet": "quiet", "cagey": "quiet", "vague": "quiet", "evasive": "quiet",
    "down": "low", "flat": "low", "discouraged": "low", "deflated": "low", "demoralised": "low", "demoralized": "low",
    "unsure": "unsure", "uncertain": "unsure", "confused": "unsure", "lost": "unsure",
}  # traits ('touchy', 'prickly', 'defensive') are private reads of the person (tools/agenda_specifics), never a topic
_FEELING = "|".join(sorted((re.escape(f) for f in _FEELINGS), key=len, reverse=True))
_READ = re.compile(
    rf"\b(?P<who>she|he|they|[a-z]+)\s*(?:'s|'re| is| are|'s been|'ve been| has been| have been| seems?| looks?| sounds?)"
    rf"\s+(?:(?:a bit|a little|very|really|quite|pretty|kind of|kinda|so|more|rather|super|oddly|unusually|also|weirdly)\s+)*"
    rf"(?P<feel>{_FEELING})\s+(?:with|about|on|over|by|around|when it comes to)\s+"
    r"(?P<what>(?:the |his |her |their |our |all the )?[\w/'’-]+(?:\s+[\w/'’-]+){0,6}?)(?=\s*[,.;:!?()]|\s+(?:and|but|so|lately|recently|this|since|because|though|i)\b|\s*$)",
    re.I,
)
# The manager's guess that follows: 'i think they're not great', 'probably because it isn't converging'.
_GUESS_AFTER = re.compile(r"^\s*[,;:-]?\s*(?:and\s+|but\s+)?(?P<g>(?:i (?:think|suspect|guess|reckon|worry)|probably|maybe)\b[^.;!?\n]{3,100})", re.I)


@dataclass(frozen=True)
class Concern:
    """The work the manager reads the person on, the read in their words and its kind, and any guess said after it."""

    work: str
    said: str
    kind: str
    guess: str = ""


def concern_on_work(notes: str, name: str) -> Concern | None:
    """The manager's read of this person on a named piece of work, or None when the notes hold none."""
    for m in _READ.finditer(notes or ""):
        who = m.group("who").casefold()
        if who not in ("she", "he", "they", name.casefold(), name.split()[0].casefold()):
            continue
        work = re.sub(r"^(?:his|her|their|our|all the)\s+", "the ", m.group("what").strip(), flags=re.I)
        work = work if work.casefold().startswith("the ") else f"the {work}"
        guess = _GUESS_AFTER.match(notes[m.end() :])
        return Concern(work, " ".join(notes[m.start() : m.end()].split()), _FEELINGS[m.group("feel").casefold()], guess.group("g").strip() if guess else "")
    return None
