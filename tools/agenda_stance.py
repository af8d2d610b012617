"""The manager's stance on a 1-on-1, read from their notes: they agree the person has earned what they ask for, they
made the mistake the meeting is about, or they do not know yet. The agenda lets the stance pick its items and veto stock
ones that would contradict it (no 'name the gaps' for someone the manager says has earned the promotion)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The manager agrees with them: 'she's earned it', 'he deserves it', 'she's right honestly', 'i agree with her', 'i think
# she's there'. Never 'she thinks she's earned it' (their claim, not the manager's view) nor 'not ready yet'.
_EARNED = re.compile(
    r"(?<!thinks )(?<!says )(?<!feels )\b(?:(?:she|he|they)(?:'s|'ve| has| have| is| are)|honestly,? (?:she|he|they)(?:'s|'ve| has| have))\s+"
    r"(?:(?:really|totally|completely|absolutely|honestly|definitely|more than|well and truly)\s+)?(?:earned it|right|ready|there)\b"
    r"(?!\s+(?:to|about|on|that|when|in|at|with|for|the)\b)(?!\s+yet)"
    r"|\b(?:she|he|they) (?:deserves?|has earned|have earned|'s earned|'ve earned)\b(?! to\b)"
    r"|\bi (?:fully |completely |totally )?agree with (?:her|him|them)\b|\bno question,? (?:she|he|they)\b|\b(?:she|he|they) (?:was|were) right\b",
    re.I,
)
_NOT_EARNED = re.compile(r"\bnot (?:ready|there) yet\b|\bisn'?t (?:ready|there)\b|\bnot quite there\b|\bhas(?:n'?t| not) earned\b", re.I)
# What stands in the way that is no judgement on them: a freeze, a pause, a cycle that is months out.
_BLOCKER = re.compile(
    r"[^.;:!?,\n]*?\b(?:freeze|frozen|paused|on hold|no (?:\w+ )?(?:promos?|promotions|raises?) until|only (?:in|at) (?:the )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|q[1-4]|h[12])\w*"
    r"|not until (?:the )?(?:next )?\w+(?: \w+)? (?:cycle|round|calibration|review))[^.;:!?,\n]*?(?=\s+and i\b|,|[.;:!?\n]|$)", re.I)
_LEARNED = re.compile(r"\b(?:i )?(?:only |just )?(?:found out|heard|learned|learnt|was told|got told)\b(?P<when>[^.;,!?\n]{0,25}?\b(?:this week|yesterday|today|this morning|last week|on \w+day|\w+day))\b", re.I)
# The manager's own mistake: said outright, or the news reaching the person the wrong way ('he found out from the release notes').
_MY_FAULT = re.compile(
    r"\bi (?:really |totally )?(?:messed|screwed|stuffed|fucked) (?:it |this |that )?up\b|\b(?:my|our) (?:fault|bad|mistake)\b|\b(?:that|it|this)(?: one)?(?:'s| is| was) (?:on me|my fault)\b"
    r"|\bi (?:should(?:'ve| have)|shouldn'?t have|never|didn'?t) (?:told|tell|called|call|talked|talk|asked|ask|warned|warn|given|give|checked|check|brushed|dismissed|promised|let|moved|handed|gave)\b"
    r"|\b(?:she|he|they)(?:'s| is| was| were| are) (?:\w+ )?right\b(?=[^.;!?]{0,60}\bmy (?:decision|call|plan|idea|choice|fault)\b)|\bmy (?:decision|call|plan|idea|choice)\b[^.;!?]{0,80}\b(?:she|he|they) (?:was|were|is|are) right\b"
    r"|\b(?:don'?t|do not|won'?t|not) (?:want to |going to )?pretend (?:that )?[\w' -]{0,40}?\b(?:was|were) (?:handled|done|managed) (?:well|right|fine)\b"
    r"|\b(?:was|were)(?:n'?t| not) (?:handled|done|managed) (?:well|right)\b|\b(?:we|i) (?:handled|managed) (?:it |that |this )?(?:badly|poorly)\b"
    r"|\bi (?:need|want|have) to own (?:that|this|it|up|my)\b|\bi (?:brushed|waved) (?:it|her|him|them) off\b|\bi dismissed\b|\bi was wrong\b"
    r"|\b(?:he|she|they) (?:only )?(?:found out|heard|learned|learnt|read)\b[^.;!?]{0,40}?\b(?:from|in|on|via|through) (?P<via>(?:the |a |our |an )?[\w -]{0,20}?(?:release notes|slack(?: thread)?|newsletter|all-?hands|thread|email|changelog|announcement|standup|town ?hall|grapevine|someone else|a colleague|linkedin|jira|dashboard))\b",
    re.I,
)
# A fault said by pointing back ('i don't want to pretend the recs thing was handled well'): the clause before it that
# says what was done ('we shut down the recs work she was on with two days' notice') is what is owned.
_POINTS_BACK = re.compile(r"\bthe (?P<k>[\w-]+) (?:thing|stuff|situation|business|mess|decision|call)\b|\b(?:it|that|this) (?:was|were)(?:n'?t| not)? (?:handled|done|managed)\b", re.I)
_OWN_ACT = re.compile(r"\b(?:we|i)\s+(?:(?:just|basically|suddenly|abruptly|then)\s+)?(?:shut|cancel+ed|killed|dropped|scrapped|pulled|ended|stopped|closed|cut|moved|gave|handed|reassigned|announced|took)\b"
                      r"[^.;!?]*?(?=,\s+(?:and|but|so|which)\b|,\s+\w+,|[.;!?]|$)", re.I)
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\s*\n\s*|\s+-{1,2}\s+|:\s+")
_PRONOUN_ONLY = re.compile(r"^\W*(?:and |so |but )?i (?:need|want|have) to own (?:that|this|it)\W*$|^\W*(?:i )?(?:should(?:'ve| have) (?:called|told) (?:her|him|them))\W*$", re.I)
# What they did, as the evidence for an earned case: 'she ran the moisture soft-sensor rollout, mentors both juniors'.
_DID = re.compile(r"\b(?:led|leads|ran|runs|owns|owned|designed|built|shipped|delivered|mentors?|mentored|drove|drives|rebuilt|cut|launched|wrote|set up|"
                  r"has been (?:doing|running|leading|owning)|been doing the job|doing the job)\b", re.I)
_PARTS = re.compile(r"[.;:!?()\n]+|\s+-{1,2}\s+|,\s*|\s+and\s+(?=(?:she|he|they|runs|ran|led|leads|owns|mentors|built|designed|shipped)\b)", re.I)


@dataclass(frozen=True)
class Stance:
    """What the manager says about their own position in this meeting."""

    earned: bool = False  # they agree the person has earned what they ask for
    blocker: str = ""  # what stands in the way that is no judgement on the person ('a promotion freeze until the july cycle')
    learned: str = ""  # when the manager learned of the blocker ('this week')
    evidence: tuple[str, ...] = ()  # what the person did that makes the case, in the manager's words
    my_fault: str = ""  # the manager's own mistake, in their words ('he found out about the detector from the release notes')
    via: str = ""  # how the news reached them instead of from the manager ('the release notes')
    unsure: bool = False  # the manager does not know yet ('i honestly don't know if that's the right move')


def _clip(text: str, n: int = 14) -> str:
    words = text.strip(" ,-").split()
    return " ".join(words[:n]) + ("..." if len(words) > n else "")


def _act_pointed_at(clause: str, before: list[str]) -> str:
    """What was done, when the fault only points back at it ('the recs thing was not handled well'), '' otherwise."""
    back = _POINTS_BACK.search(clause)
    if back is None or _OWN_ACT.search(clause[back.start():]):
        return ""
    key = (back.group("k") or "").casefold()
    for earlier in [clause[: back.start()], *reversed(before)]:
        act = _OWN_ACT.search(earlier)
        if act and (not key or key in earlier.casefold()):
            return act.group(0)
    return ""


def read_stance(notes: str) -> Stance:
    """The manager's stance, from their notes (empty when they state none)."""
    earned = bool(_EARNED.search(notes)) and not _NOT_EARNED.search(notes)
    blocker = _BLOCKER.search(notes) if earned else None
    learned = _LEARNED.search(notes) if blocker else None
    evidence: list[str] = []
    if earned:
        for part in _PARTS.split(notes):
            part = re.sub(r"^\s*(?:(?:but|and|so|honestly|because|no question)\s+)*(?:(?:she|he|they)(?:'s| has| is| was)?\s+)?(?:basically\s+)?(?:been\s+)?", "", part, flags=re.I).strip()
            if _DID.search(part) and 2 <= len(part.split()) <= 14 and not re.search(r"\b(?:i|i'?ve|me|my|freeze|until|wants?|asked)\b", part, re.I):
                evidence.append(part)
    clauses = [c.strip() for c in _SENTENCES.split(notes) if c.strip()]
    fault, via = "", ""
    for i, clause in enumerate(clauses):
        m = _MY_FAULT.search(clause)
        if m is None:
            continue
        via = m.group("via") or via
        # 'i need to own that' points back at what happened: the clause before it carries the fact
        said = clauses[i - 1] if _PRONOUN_ONLY.match(clause) and i > 0 else clause
        said = re.sub(r"^\W*(?:i messed up|my (?:fault|bad|mistake))\W*$", "", said, flags=re.I)
        if not said and i + 1 < len(clauses):
            said = clauses[i + 1]
        said = _act_pointed_at(clause, clauses[:i]) or said
        said = re.sub(r"^\W*(?:(?:and|but|so|honestly)\s+)*", "", said).rstrip(" .")
        fault = fault or _clip(said, 32)
    unsure = bool(re.search(r"\bi (?:honestly |really |genuinely )?(?:don'?t|do not|dont) know (?:if|whether)\b|\bidk (?:if|whether)\b|\bnot sure (?:if|whether)\b", notes, re.I))
    return Stance(
        earned=earned,
        blocker=_clip(re.sub(r"^\W*(?:but\s+|problem\s+|however\s+)?(?:there(?:'s| is) (?:a |an )?)?", "", blocker.group(0), flags=re.I), 14) if blocker else "",
        learned=learned.group("when").strip() if learned else "",
        evidence=tuple(dict.fromkeys(evidence))[:4],
        my_fault=fault,
        via=via.strip(),
        unsure=unsure,
    )
