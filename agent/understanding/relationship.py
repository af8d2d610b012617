"""Who the other person in a 1-on-1 is to the manager: one of their reports (the default), a peer who leads another
team, their own boss, a skip-level (a report's report), or someone in another team. The relationship chooses the
question set of the agenda: a peer gets a shared goal and a joint rule, never a report's growth questions.
"""

from __future__ import annotations

import re
from typing import Literal

Relationship = Literal["report", "peer", "boss", "skip", "other_team"]

# Said of the person: 'he's a peer', 'not my report', 'runs milling ops', 'my counterpart in finance'. A former peer who
# now reports to the manager ('my old peer', 'we were peers') is a report, and so is a friend on the team.
_PEER = re.compile(
    r"(?<!old )(?<!former )(?<!ex-)(?<!ex )\b(?:(?:he|she|they)(?:'s|'re| is| are)|is|as)\s+(?:a|my|our)\s+(?:fellow\s+)?peer\b(?!\s+review)"
    r"|(?<!old )(?<!former )\bmy peer\b(?!\s+review)|\bpeers?,\s+(?:not|runs|leads|heads|manages)\b|\bpeers?\s+(?:and\s+)?not (?:a |my |one of my )?(?:direct )?reports?\b"
    r"|\bnot (?:my|one of my) (?:direct )?reports?\b|\b(?:doesn'?t|does not|don'?t|do not) report to me\b"
    r"|\b(?:fellow|peer) (?:manager|lead|director|em|tl)\b|\b(?:my|our|a) counterpart\b"
    r"|\b(?:he|she|they)(?:'s|'re| is| are)? (?:the )?(?:one who )?(?:runs|leads|heads|manages|owns)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:team|ops|operations|group|org|department|function|plant|site)\b",
    re.I,
)
# Someone in another team who is not said to lead it: 'not on my team', 'an analyst on another team'.
_OTHER_TEAM = re.compile(r"\bnot (?:on|in|part of) (?:my|our) team\b(?![ .-]*(?:file|yaml|list|roster|sheet))|(?<!inheriting )(?<!inherited )(?<!inherit )(?<!joining )(?<!joined )(?<!transferring )(?<!transferred )(?<!moving over )(?<!moved over )(?<!coming over )(?<!came over )\b(?:on|in|from) (?:an)?other team\b|\bon (?:a|the) (?:partner|sister|other) team\b", re.I)


def relationship_of(text: str, cues: list[str], in_team: bool) -> Relationship:
    """The relationship the manager's words give the person: their own boss and a skip-level from the cues; a peer
    or someone in another team from what is said of them; else a report (anyone in the team file is one)."""
    if "managing_up" in cues:
        return "boss"
    if "skip_level" in cues:
        return "skip"
    if in_team:
        return "report"
    if _PEER.search(text or ""):
        return "peer"
    if _OTHER_TEAM.search(text or ""):
        return "other_team"
    return "report"


def relationship_words(text: str) -> str:
    """The words the relationship was read from ('he's a peer'), '' when none."""
    m = _PEER.search(text or "") or _OTHER_TEAM.search(text or "")
    return m.group(0) if m else ""
