"""Work someone is going round in circles on, as the manager says it before a 1-on-1 ('he seems to be spinning on the
summarizer eval', 'going round in circles with the labelling spec', 'rabbit-holing on the feature store'): not a
blocker someone else clears but work without a clear next step. The agenda opens with that work by name: what they
have tried, what done looks like, the one next step with a date, and the open action on record that is part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The words a manager uses for work going round in circles; the work follows 'on', 'with' or 'over'.
SPINNING = (r"\bspinning (?:(?:his|her|their) wheels )?(?:on|with|over)\b|\bgoing (?:a)?round in circles\b|\brabbit[- ]?hol(?:ing|ed|e)\b|"
            r"\bstalled (?:on|with)\b|\bchurning (?:on|over)\b|\bgoing back and forth (?:on|with|over)\b|\bcan'?t seem to (?:land|finish|close out) \b")
SPINNING_ON = re.compile(
    r"\b(?:(?:spinning (?:(?:his|her|their) wheels )?|stalled |churning |going back and forth )(?:on|with|over) |"
    r"(?:going (?:a)?round in circles |rabbit[- ]?hol(?:ing|ed) |(?:going )?down a rabbit[- ]?hole |can'?t seem to (?:land|finish|close out) )(?:(?:on|with|over) )?)(?P<what>(?:the |a |an |his |her |their )?[\w/.-]+(?: [\w/.-]+){0,5}?)(?=\s*[,.;:!?()]|\s+(?:and|but|so|for|since|because|again|lately|this|last|all)\b|\s*$)",
    re.I,
)
_CONTENT = re.compile(r"[a-z]{4,}")
_STOP = frozenset("with from that this their about share draft work".split())


@dataclass(frozen=True)
class Spinning:
    """The work going round in circles, in the manager's words, and the open actions on record that are part of it."""

    work: str
    actions: tuple[str, ...] = ()


def _stems(text: str) -> set[str]:
    """Content words cut to their first four letters, so 'eval' meets 'evaluation' and 'summarizer' meets 'summary'."""
    return {w[:4] for w in _CONTENT.findall(text.casefold()) if w not in _STOP}


def part_of(work: str, whole: str) -> bool:
    """True when `work` shares a content word with `whole` ('the merchant feature ablations' and 'Fraud model v3:
    gradient-boosted fraud model with new merchant features')."""
    return bool(_stems(work) & _stems(whole))


def spinning_on(notes: str, actions: list[str]) -> Spinning | None:
    """The work the notes say the person is going round in circles on, with the open actions that share its words."""
    m = SPINNING_ON.search(notes or "")
    if m is None or not m.group("what").strip():
        return None
    work = m.group("what").strip()
    work = work if re.match(r"(?:the|a|an|his|her|their)\b", work, re.I) else f"the {work}"
    mine = _stems(work)
    return Spinning(work, tuple(a for a in actions if mine & _stems(a)))
