"""Work the person owes, as the manager names it before a 1-on-1 ('he still owes the retraining-triggers design doc',
'the rubric draft she owes is a week late'): the thing, how late it is when said, and which open action item on record
it is. An owed deliverable the manager named gets its own agenda item with a date to agree, never only a checkbox.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_THING = r"(?:the|a|an|his|her|their|that|this|those|these|some)\s+[\w'’/-]+(?:\s+[\w'’/-]+){0,6}?"
_END = r"(?=\s*[.,;:!?()]|\s+(?:and|but|so|which|that|since|from|for|to me|by|because|yet)\b|\s*$)"
# 'he still owes the design doc', 'she owes me a write-up', 'they haven't sent the review notes yet'.
_OWES = re.compile(
    rf"\b(?:he|she|they|(?P<n>[A-Z]?[a-z]+))\s+(?:still\s+|also\s+)?(?:owes?|owed|hasn'?t (?:sent|shared|delivered|finished|written|done)|"
    rf"has not (?:sent|shared|delivered|finished|written|done)|is late (?:with|on))\s+(?:me\s+|us\s+|the team\s+)?(?P<w>{_THING}){_END}",
    re.I,
)
# 'the eval rubric draft he owes is a week late', 'the write-up she owes me', 'the design doc he promised two weeks ago'.
_OWED_BY = re.compile(
    rf"\b(?P<w>{_THING})\s+(?:that\s+)?(?:he|she|they)\s+(?:still\s+)?(?:owes?|promised|committed to|said (?:he|she|they)['\u2019]?d (?:send|share|write|deliver|finish))\b(?:\s+(?:me|us))?",
    re.I,
)
# 'rubric draft still not shared, was due last fri': a deliverable not in yet, owed when it was due or is on record.
_NOT_IN = re.compile(r"(?:^|[.;!?]\s*|,\s*(?:and|but)\s+|\b(?:and|but)\s+)(?P<w>(?:(?:the|his|her|their)\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,4}?)\s+(?:(?:is|are|was|were|has|have)(?:\s+|(?=n'?t)))?(?:still\s+)?"
                     r"(?:not|n'?t|never)\s+(?:yet\s+|been\s+)*(?:shared|sent|done|in|delivered|finished|written|submitted|handed in)\b", re.I)
_DUE = re.compile(r"[^.;!?]{0,20}?\b(?:was|is|were)\s+due\s+(?P<when>(?:last |this |on )?[\w]+(?: [\w]+)?)", re.I)
# How late, said later in the same clause ('..., which is two weeks late', 'overdue since monday').
_LATE = re.compile(r"[^.;!?]{0,40}?\b(?P<late>(?:(?:a|an|one|two|three|four|five|six|\d+|a couple of|a few)\s+(?:days?|weeks?|months?)\s+)?(?:late|overdue|behind))\b", re.I)
_CONTENT = re.compile(r"[a-z]{3,}")
_NOT_CONTENT = frozenset("the his her their that this those these some and for with from draft still also".split())


@dataclass(frozen=True)
class Owed:
    """One deliverable the person owes: the thing in the manager's words, how late when said, and the action on record."""

    thing: str
    late: str = ""
    on_record: str = ""


def _stems(text: str) -> set[str]:
    """Content words, crudely stemmed, to match 'retraining-triggers design doc' with 'design doc for retraining triggers'."""
    return {w[:4] for w in _CONTENT.findall(text.lower().replace("-", " ")) if w not in _NOT_CONTENT}


def _record(thing: str, actions: list[str]) -> str:
    """The open action item on record that is this thing (two content words shared, or one when it has only one)."""
    mine = _stems(thing)
    best = max(actions, key=lambda a: len(mine & _stems(a)), default="")
    shared = len(mine & _stems(best)) if best else 0
    return best if shared >= min(2, len(mine)) and shared > 0 else ""


def owed_work(notes: str, name: str, actions: list[str]) -> list[Owed]:
    """Each deliverable the notes say the person owes, in order, matched to their open action items when one is it."""
    found: list[tuple[int, Owed]] = []
    for rx in (_OWES, _OWED_BY):
        for m in rx.finditer(notes or ""):
            if rx is _OWES and m.group("n") and m.group("n").casefold() != name.split()[0].casefold():
                continue  # 'i still owe him feedback' is the manager's, 'ben owes' is someone else's
            thing = re.sub(r"^(?:his|her|their|that|this|some)\s+", "the ", m.group("w").strip(), flags=re.I)
            rest = _LATE.match(notes, m.end())
            late = rest.group("late") if rest else ""
            if any(thing.casefold() == o.thing.casefold() for _, o in found):
                continue
            found.append((m.start(), Owed(thing, late, _record(thing, actions))))
    for m in _NOT_IN.finditer(notes or ""):
        thing = re.sub(r"^(?:his|her|their)\s+", "the ", m.group("w").strip(), flags=re.I)
        thing = thing if thing.lower().startswith("the ") else f"the {thing}"
        due, record = _DUE.match(notes, m.end()), _record(thing, actions)
        if (due or record) and not any(_record(thing, [o.thing]) for _, o in found):
            found.append((m.start(), Owed(thing, f"due {due.group('when')}" if due else "", record)))
    return [o for _, o in sorted(found, key=lambda x: x[0])]
