"""Why this 1-on-1 is happening, from what the manager said about this person: news to give them, something that
happened with a colleague, a goal in their words, work someone covered while they were away, the manager's own read
and aim, and the direct questions the manager asked ("do I bring up Priya?", "starter project or reading first?"),
each answered with a recommendation and its why. The agenda's first items and its answers are built from these;
the cue templates only fill the rest. Pure: rules as data, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

ReasonKind = Literal["news", "incident", "goal", "handback", "takeover", "read", "credit", "belonging", "ask"]


class AskAnswer(BaseModel):
    """A direct question the manager asked about this meeting, answered: the recommendation first, then why."""

    question: str = Field(description="The question, as the manager would ask it ('Do I bring up Priya?').")
    answer: str = Field(description="The recommendation, starting with the decision ('Yes, but...').")
    why: str = Field(description="Why, in one or two sentences.")


@dataclass
class Reason:
    """One thing the manager said that this meeting must deal with, with the manager's own words."""

    kind: ReasonKind
    said: list[str]
    other: str = ""  # the colleague involved, when there is one
    by_person: bool = False  # the person did it (they spoke harshly), rather than had it done to them
    unheard: bool = False  # the manager has not heard the colleague's side yet
    finished: bool = False  # the colleague finished their work while they were away: nothing comes back
    changed: bool = False  # the colleague reworked their work while they were away: ownership to settle
    win: bool = False  # a result the manager wants to recognise ("shipped the ranking model, CTR up 4%")
    told: bool = False  # news the manager says they must tell them, said whole: the decision, then what they do instead
    invested: str = ""  # what they already put into the work the news ends ("she's been reading papers for it on weekends")


@dataclass
class Reading:
    """What the notes say about this meeting: its reasons, the manager's aims and whether the news is still unknown."""

    reasons: list[Reason] = field(default_factory=list)
    aims: list[str] = field(default_factory=list)
    news_unknown: bool = False
    hard: bool = False  # a hard conversation (feedback, a performance concern, a complaint about them)
    back_from_leave: bool = False  # the notes say they are back from a long absence (a sabbatical, weeks off)
    conduct: bool = False  # others complained about how this person treats them (the 'conduct' cue)
    gap: str = ""  # the gap to the next level, as the manager stated it
    hardship: str = ""  # a hard time outside work the manager mentions ("going through a divorce"), in their words
    hardship_guess: str = ""  # one the manager only suspects ("i think something might be going on at home"), in their words
    wants_more: list[str] = field(default_factory=list)  # a wish to keep going on a piece of work, in the manager's words
    after_asked: bool = False  # the manager asks what to do after the meeting too
    said_no: bool = False  # the manager has already decided to say no to what they asked for
    right_on_substance: bool = False  # the manager says the person was right on the substance of a clash
    wish_open: bool = False  # the manager does not know yet what the person wants back ('don't know yet what she wants to come back to')
    gone: list[str] = field(default_factory=list)  # others the notes say have left ('from markus, who left the company on 30/11')


@dataclass(frozen=True)
class Words:
    """How to talk about the person: their name and pronouns (from the notes), and the others named in them."""

    name: str
    they: str = "they"
    them: str = "them"
    their: str = "their"
    are: str = "are"
    others: tuple[str, ...] = ()


# Clauses: sentences, then ", and"/", but", and " and " when a new subject follows ("... without asking and dagny's gone quiet").
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\s*;\s*|(?<=\w)\.\s*$|\s+-{1,2}\s+|\bproblem:\s*|\bissue:\s*|\bcontext:\s*"
                       # notes typed without stops ('missed three deadlines the last one she said friday i think something's up'):
                       # a new thought starts at 'the last one she ...' and at a first-person guess
                       r"|(?<=\w)(?<!\bthe)(?<!\band)(?<!\bbut)(?<!\bso)(?<!\bthat)(?<!\bif)\s+(?=(?:the )?(?:last|latest|most recent) (?:one|time) (?:she|he|they|i)\b|i (?:think|suspect|guess|wonder|worry)\b"
                       r"|(?:she|he|they)(?:'s|'ve| has| have| had)? (?:missed|blown|slipped)\b)")
# News: their work, role or promotion was changed by someone else ("his project moved to the platform team", "the promo got
# pushed to june"); not an observation of their own ("quality of his PRs has dropped").
_NEWS = re.compile(
    r"\bdecided to (?:shelve|scrap|kill|cancel|drop|stop|pause|end|sunset|cut|close|outsource|replace)\b|"
    r"\b(?:moved (?:to|over|off|under|into)|pushed (?:to|back|out)|postponed|delayed|cancel+ed|shelved|deprioriti[sz]ed|reassigned|"
    r"handed (?:over|to)|given to|went to|transferred|reorg\w*)\b|"
    r"\b(?:got|was|were|been|is being) (?:dropped|cut|killed|pulled|scrapped|axed|descoped|paused|frozen|moved|pushed)\b",
    re.I,
)
_UNKNOWN = re.compile(r"(?<!\bi )(?<!\bwe )\b(?:doesn'?t|does not|don'?t|do not|hasn'?t|has not|haven'?t) (?:know|heard|been told)\b|\bnot (?:been )?told\b|\bno idea\b", re.I)
_COVER = re.compile(r"\b(?P<who>[a-z]+)(?:'s| has| had| is)?\s+(?:been\s+)?(?:covering|covered|took over|taken over|picking up|picked up|running)\b", re.I)
_GOAL = re.compile(
    r"\b(?:(?:wants?|would (?:really )?like|'d (?:really )?like|hopes?|is hoping|aims?|is aiming|asked|is keen|keeps asking|(?:been |is )?asking) to "
    r"|(?:keeps asking|(?:been |is )?asking|asked (?:me )?again) about (?=(?:leading|owning|running|moving|going|joining|taking|becoming|switching|working)\b))(?P<what>[^,.;()]+)",
    re.I,
)
# A request put as a question ("asked if he can move to the churn pipeline").
ASKED_IF = re.compile(r"\b(?:asked|asks|asking)(?: me)?(?: straight out| directly| outright| point[- ]blank| flat out)?(?: (?:on|in|over) \w+| yesterday| today| this morning| last week)? (?:if|whether) "
                       r"(?:he|she|they|i)(?P<aux>'s|'re|'ll| is| are| will| can| could| may| might) (?P<what>[^,.;()]+)", re.I)
# A request to move to other work, and the manager's stated answer to it.
_MOVE = re.compile(r"\s*(?:move|switch|transfer|go|join|swap)\b(?: (?:over|back))? (?:to|onto|into)\b", re.I)
_SAID_NO = re.compile(r"\b(?:i'?m|i am) not (?:moving|letting|giving|going to move|going to let)\b|\bthe answer is no\b|\bnot moving (?:him|her|them)\b|\bit'?s a no\b", re.I)
# Asking for less (to drop, pause or step back from part of the work): a request about their load, not a career goal.
_LESS = re.compile(r"\s*(?:drop|stop|skip|pause|give up|cut|reduce|shrink|cancel|step (?:back|down|away) from|take a break from|"
                   r"go (?:part[- ]time|down to)|work (?:fewer|less)|hand (?:off|over|back))\b", re.I)
_READ = re.compile(
    r"^\s*honestly\s*[:,-]|^\s*(?:honestly,?\s*)?i'?d (?:put it at|say|give it|guess)\b|^\s*my (?:gut|guess|odds)\b|^\s*(?:honestly,?\s*)?i (?:think|feel|reckon|suspect|believe)\b|\bin my (?:view|opinion)\b|\bmy (?:honest )?read\b|"
    r"^\s*(?:honestly,?\s*)?i'?m (?:skeptical|sceptical|not convinced|doubtful|unsure|confident|worried)\b",
    re.I,
)
_AIM = re.compile(
    r"^\s*(?:and )?help me (?:not|avoid|to not|to avoid)\b|^\s*(?:and )?(?:i|we) (?:really )?(?:want|don'?t want|do not want|need|'d like|would like|hope)\b|"
    r"^\s*(?:(?:and|also|but|so|just|really|honestly)\s+)*(?:don'?t |dont |do not |never )?want to\b|"  # "dont want to scare her off": the manager's, subject left out
    r"^\s*(?:and )?be (?:honest|direct|kind|clear|straight)\b"
    r"|^\s*(?:so (?:that )?)?(?:she|he|they|[a-z]+) (?:doesn'?t |does not |won'?t |don'?t |do not )?(?:walks?|leaves?|comes?|goes?)(?: out| away)?\s+"
    r"(?:thinking|feeling|believing|knowing|with)\b",  # "(so) she doesn't walk out thinking it's a no": how they should leave
    re.I,
)
# The manager's own part in what went wrong ('i think i handled the cancellation badly', 'that one's on me').
OWN_PART = re.compile(r"\bi (?:think |guess |feel |know )?(?:i |we )?(?:really )?(?:handled|managed|did|ran|communicated|explained|announced|delivered|broke)\b[^.;]{0,40}?"
                      r"\b(?:badly|poorly|wrong(?:ly)?|terribly|clumsily|the wrong way)\b|\b(?:that|it|this)(?: one)?(?:'s| is| was) (?:on me|my fault)\b|\bi (?:screwed|messed|botched) (?:it |that )?up\b", re.I)
# The manager's own question about the meeting ("how do i run it"): the ask, never a talking point.
_ASKED = re.compile(r"^\s*(?:and |so |but )?(?:how (?:do|should|can|would) (?:i|we)|what (?:do|should|can) (?:i|we)|should (?:i|we)|any (?:tips|ideas|advice))\b", re.I)
# Coming back to the team from another one ('transferring back to us from the platform team', 'rejoins in january').
REJOIN = re.compile(r"\b(?:transferr?(?:ing|ed|s)|mov(?:ing|ed|es)|com(?:ing|es)|came|switch(?:ing|ed|es)) back (?:to (?:us|the team|my team|our team))\b"
                    r"|\brejoin(?:s|ing|ed)?\b|\bwanted back\b|\bwelcome (?:her|him|them) back\b", re.I)
_BACK = re.compile(
    REJOIN.pattern + r"|"
    r"\bback\b[^.;]{0,40}\b(?:from|after)\b[^.;]{0,30}\b(?:leave|sabbatical|break|time off|weeks off|months off|secondment|rotation)\b|\bsabbatical\b|"
    r"\breturn(?:s|ing|ed)?\b[^.;]{0,40}\bfrom (?:a |an |her |his |their )?(?:[\w-]+ ){0,3}(?:leave|secondment|sabbatical|break|rotation|loan)\b|\bsecondment\b|"
    r"\b(?:been|was|is) (?:off|out|away) (?:for )?(?:\w+[- ])?(?:weeks?|months?)\b|\bfirst 1[:-]?(?:on-?)?1 back\b|\bfirst (?:week|day) back\b",
    re.I,
)
# Something they did that the manager values ("picked up the eval work on her own initiative, which, great"): credit, not an incident.
_PRAISE = re.compile(
    r"\bon (?:his|her|their) own (?:initiative|accord)\b|\bunprompted\b|\bwithout being asked\b|\bstepped up\b|\bvolunteered\b|"
    r"\btook the initiative\b|\bwent (?:above and beyond|the extra mile)\b|\bwhich,? (?:is |was )?(?:great|amazing|awesome|brilliant|fantastic)\b|"
    r"\b(?:great|nice|impressive|brilliant|excellent|awesome) (?:work|job|initiative|catch)\b|\bproud of (?:him|her|them)\b|"
    r"\b(?:over|on|during) (?:a|the|one) (?:weekend|saturday|sunday|holiday)\b|\bin (?:his|her|their) (?:own|spare) time\b",  # 'fixed the parser over a weekend': unasked
    re.I,
)
_DID = re.compile(
    r"\b(?:picked up|took on|took over|taken on|built|rebuilt|repaired|automated|shipped|launched|landed|delivered|finished|published|rescued|wrote|fixed|led|ran|redid|cleaned up|volunteered for|stepped up (?:on|for|with))\s+"
    r"(?P<x>[^,.;()]+?)(?=\s+(?:on (?:his|her|their) own|unprompted|without (?:being asked|telling|asking|saying)|over (?:a|the) (?:weekend|holiday)|on (?:a|the) (?:weekend|saturday|sunday)|in (?:his|her|their) (?:own|spare) time|which|and)\b|[,.;()]|$)",
    re.I,
)
# A wish to prove they belong ("'i just want to prove i belong here'", "trying to prove herself"): reassurance and clear
# expectations, not a career goal to plan steps for.
_BELONG = re.compile(r"\bprove (?:that )?(?:i|she|he|they|myself|herself|himself|themselves)\b(?:\s+(?:belong|deserve|can|am|is|are|'m|'s))?|\bearn (?:my|her|his|their) (?:place|spot|keep)\b|\bimpostor\b|\bimposter\b|\bdon'?t belong\b|\bnot good enough\b", re.I)
_TROUBLE = re.compile(r"\bin trouble\b|\bbeing (?:fired|let go|pipped)\b|\bworried (?:it'?s|this is) (?:about )?(?:performance|bad)\b", re.I)
# Something that happened (a past action), not a standing relation ("reports to Marta") or a running feud ("keeps
# butting heads with Omar"), which the conflict cue's own item covers.
_EVENT = re.compile(
    r"\b(?:said|told|took|wrote|rewrote|made|gave|sent|did|went|presented|called|broke|threw|left|had (?:a|an) (?:\w+ )?(?:argument|fight|row|go|blow-?up|clash)|"
    r"(?<!-)[a-z]{3,}ed)\b",  # 'fine-tuned', 'hand-picked': part of a name, not an act
    re.I,
)
_HABIT = re.compile(r"\b(?:keeps?|always|constantly|often|ongoing|every (?:time|week|day)|(?:have|has|'ve|'s) been (?:\w+ing))\b", re.I)
_UNHEARD = re.compile(r"\b(?:haven'?t|have not|not yet|didn'?t|did not)\s+(?:yet\s+)?(?:talked|spoken|heard|asked)\b", re.I)
_REPORTING = re.compile(r"^\s*(?:and\s+)?(?:she|he|they|[a-z]+)\s+(?:told|tells|has told|let) me(?: that)?\s+|^\s*(?:apparently|i heard|i found out|i learned)(?: that)?\s+", re.I)
# The meeting's logistics and the request itself: not a reason for the meeting.
_LOGISTICS = re.compile(
    r"\bagenda\b|\b1[:-]?on[:-]?1\b|\b1:1\b|\bone[- ]on[- ]one\b|\bprep(?:are)? me\b|\bwhat (?:do|should) i (?:cover|say|ask|bring)\b|"
    r"\bwhat goes in\b|\b\d+\s*(?:min|mins|minutes|m)\b|\bteam file\b|\bhelp me\b",
    re.I,
)
_HARD = re.compile(
    r"\bhard (?:convo|conversation|talk|chat)\b|\bdifficult (?:convo|conversation|talk|chat)\b|\btough (?:convo|conversation|talk|chat|feedback)\b|"
    r"\b(?:give|giving|deliver|delivering) (?:\w+ )?(?:hard |tough |critical |negative |honest |difficult )?feedback\b|"
    r"\bperformance (?:issue|problem|concern|conversation|talk)s?\b|\bcomplaints? (?:about|against) (?:him|her|them|his|their)\b|"
    # said as what the talk must do: 'need to tell him the pipeline work isn't good enough', 'it has to change', 'this stops'
    r"\b(?:need|needs|have|has|got) to tell (?:him|her|them|[a-z]+) (?:that )?[^.;!?]{0,50}?\b(?:isn'?t|is not|aren'?t|are not|wasn'?t|not) (?:good enough|acceptable|ok(?:ay)?|up to (?:standard|scratch))\b|"
    r"\b(?:it|this|that|things) (?:has|have|needs?) to (?:change|stop)\b|\b(?:understand|know|hear) (?:that )?(?:this|it) (?:stops|has to stop|can'?t continue)\b|"
    r"\b(?:dreading|dread) (?:it|this|the (?:talk|conversation|meeting|1[:-]?1))\b|\b(?:proper|serious|frank|straight) (?:conversation|talk|word)\b",
    re.I,
)
# Words the manager quotes ("said her features 'aren't production grade'"): a quote mark not inside a word.
_QUOTED = re.compile(r"(?<!\w)['‘\"“](.{3,60}?)['’\"”](?!\w)")
# What a norm is about, by the words of the incident: how it is put right and what to make clear.
_NORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"credit|present\w*|as if it (?:was|were) (?:his|hers|theirs|her own|his own)|claim\w*|took the credit", re.I),
     "how credit for work is given here: whoever did it, employee or contractor, is named on the slide and in the demo"),
    (re.compile(r"rewr\w+|revert\w*|overw\w+|merg\w+|chang\w+|code|\bPR\b|pull request|commit\w*", re.I),
     "how changes to someone else's code are agreed here: ask first, review in the open"),
    (re.compile(r"said|called|in front of|publicly|snapp\w+|yell\w+|argu\w+|review", re.I),
     "how disagreements are raised here: the substance in the review, criticism of a person in private"),
)


# A complaint about how this person treats others (the 'conduct' cue): the clauses that say what was said or done, and
# the ones that say how it landed ("one of them cried").
_CONDUCT = re.compile(
    r"\b(?:dismissive|belittl\w+|condescend\w+|demean\w+|patroni[sz]\w+|rude|harsh|snarky|sarcastic|humiliat\w+|abrasive|hostile|"
    r"brutal|nasty|scathing|savage|vicious|cutting|withering|"
    r"aggressive|mean to|talks? down|yell\w*|shout\w*|snap(?:s|ped|ping)? at)\b|\bcomments? like\b|\bdid you (?:actually|even|really)\b|"
    r"\b(?:calls?|called|says?|said|tells?|told|writes?|wrote|comments?|commented)\b[^.;]{0,40}(?<!\w)['‘\"“]\w|"
    r"\b(?:rewrites?|rewrote|reverts?|reverted|redoes|redid|overwrites?|overwrote)\b[^.;]{0,40}\b(?:their|her|his|other people'?s|others'?|juniors'?)\b"
    r"[^.;]{0,20}\b(?:PRs?|pull requests?|code|work|queries|commits?|changes|notebooks?|models?|analys[ie]s|dashboards?)\b",
    re.I,
)
_HURT = re.compile(r"\b(?:cried|crying|in tears|made (?:her|him|them|\w+) cry|(?:scared|afraid|anxious) to|dreads?|stopped asking|wants? to (?:quit|leave|transfer))\b", re.I)


def conduct_examples(notes: str, words: Words) -> tuple[list[str], list[str]]:
    """For a complaint about how this person treats others: the clauses saying what was said or done, and those
    saying how it landed, in the manager's words (at most three of each)."""
    # "came to me about him: he calls X 'amateur hour' and reverts Y": each thing done is its own example
    clauses = [p.strip(" ,.") for c in _clauses(notes, words) for p in re.split(r":\s+|,?\s+and\s+(?=[a-z]+s\b)", c)]
    clauses = [c for c in clauses if c and not _ASKS_ANY.search(c)]
    hurt = [c for c in clauses if _HURT.search(c) and not _CONDUCT.search(c)][:3]
    said = [m for m in _QUOTED.finditer(notes)]
    if said and any(_CONDUCT.search(c) for c in clauses):  # the words quoted are the examples, each with whom it landed on
        return [_with_target(m, notes, words) for m in said][:3], hurt
    return [_what_was_reported(c, words) for c in clauses if _CONDUCT.search(c)][:3], hurt


# How a complaint reached the manager ('two people came to me separately saying ...'): the lead-in, not the behaviour.
_HEARD_FROM = re.compile(
    r"^.*?\b(?:came to me|told me|complained(?: to me)?|reported|raised it|flagged it|mentioned)\b(?:\s+(?:separately|privately|"
    r"yesterday|today|this week|last week|independently|about (?:him|her|them)))*,?\s*(?:saying|to say|and said|that|about how|:)\s+", re.I)


def _what_was_reported(clause: str, words: Words) -> str:
    """The behaviour reported, without how it reached the manager or who said it ('two people came to me saying one of
    my senior DS, wolfram, is dismissive' -> 'Wolfram is dismissive')."""
    said = _HEARD_FROM.sub("", clause, count=1)
    named = re.search(rf"\b{re.escape(words.name)}\b,?\s+", said, re.I) if words.name else None
    if named and len(said[: named.start()].split()) <= 6:  # 'one of my senior DS, wolfram, is ...': start at the name
        said = f"{words.name} " + said[named.end():]
    return said.strip() or clause


# What turned a disagreement personal, as the manager saw it: leaving someone out, talking about them behind their back.
_PERSONAL = re.compile(
    r"\b(?:stopped|stop|stops|not|isn'?t|aren'?t|no longer|quit) (?:inviting|including|cc'?ing|looping in|asking)\b|\bleav(?:es|ing) (?:him|her|them|\w+) out\b|"
    r"\bleft (?:him|her|them|\w+) out\b|\bexclud\w+|\bcut (?:him|her|them|\w+) out\b|\bfroze (?:him|her|them) out\b|\bfreez\w+ (?:him|her|them) out\b|"
    r"\bvent\w* about\b|\bbad-?mouth\w*|\btalk\w* (?:about (?:him|her|them) )?behind\b|\btrash-?talk\w*|\bcomplain\w* about (?:him|her|them|\w+) to\b|"
    r"\bsnip\w* at\b|\bpassive[- ]aggressive\b|\bsubtweet\w*",
    re.I,
)


_OBJECT = {"him": "he", "her": "she"}


def their_pronoun(notes: str, words: Words) -> str:
    """'he' or 'she' for this person in notes about two people, or '' when the notes leave it open: with one of the two
    pronouns in the notes it is the counted one; with both, a clause whose subject is a name and whose object is a
    pronoun settles it ('dana stopped inviting him': dana is not 'he')."""
    used = {"she" if p.lower() in ("she", "her", "hers") else "he" for p in re.findall(r"\b(she|her|hers|he|him|his)\b", notes, re.I)}
    if len(used) < 2:
        return words.they if words.they in used else ""
    for clause in _clauses(notes, words):
        subject = re.match(r"\s*(?:and |but |so )?([A-Za-z-]+)", clause)
        obj = re.search(r"\b(?:inviting|including|asking|about|to|with|at|excluding|leaving|left|cut|invite|include)\s+(him|her)\b(?!\s+(?:own|work|code|PRs?|reviews?|team))", clause, re.I)
        if not subject or not obj:
            continue
        other = {"he": "she", "she": "he"}[_OBJECT[obj.group(1).lower()]]
        if subject.group(1).casefold() == words.name.casefold():
            return other
        if subject.group(1).casefold() in {o.casefold() for o in words.others}:
            return _OBJECT[obj.group(1).lower()]
    return ""


def gone_personal(notes: str, words: Words) -> tuple[list[str], list[str]]:
    """In a conflict, the things done that made it personal, split into this person's and the other side's (by who
    the clause's subject is), in the manager's words."""
    mine, theirs = [], []
    they = their_pronoun(notes, words)
    me = {words.name.casefold(), they} if they else {words.name.casefold()}
    them = {o.casefold() for o in words.others} | ({"he", "she"} - {they} if they else set())
    for clause in _clauses(notes, words):
        hit = _PERSONAL.search(clause)
        if not hit:
            continue
        said = re.sub(r"^(?:its|it's|it has) gone personal,?\s*", "", clause.strip(" ,.;"), flags=re.I)
        subject = re.match(r"\s*(?:and |but |so )?([A-Za-z-]+)", said)
        who = subject.group(1).casefold() if subject else ""
        if who in me:
            mine.append(said)
        elif who in them:
            theirs.append(said)
        else:  # 'she' or 'he' when the notes leave open which of the two it is: nobody's yet
            mine, theirs = mine + [said], theirs + [said]
    return mine[:2], theirs[:2]


# Whom a quoted remark landed on, right after it ("'amateur hour' on tom's PRs", "'...' to mia").
_LANDED_ON = re.compile(r"\s*(?P<t>(?:on|to|at|in) (?:[A-Za-z]+['’]s (?:PRs?|pull requests?|code|work|reviews?|commits?|notebooks?|designs?|docs?)|(?-i:[A-Z])[a-z]+\b|[a-z]+['’]s \w+))", re.I)


def _with_target(m: re.Match[str], notes: str, words: Words) -> str:
    """A quoted remark as an example, with whom it landed on when the notes say it right after (names capitalised)."""
    target = _LANDED_ON.match(notes, m.end())
    landed = f" {target.group('t')}" if target else ""
    for other in words.others:
        landed = re.sub(rf"\b{re.escape(other)}\b", other, landed, flags=re.I)
    return f"{m.group(0).strip()}{landed}"


# The manager wants it raised without it feeling like a reprimand ('without it landing as a telling-off').
SOFTLY = re.compile(
    r"\bwithout (?:it |this |that )?(?:landing|sounding|coming across|feeling|reading|turning into|being)(?: (?:as|like))? (?:an? )?"
    r"(?:telling[- ]off|scolding|reprimand|lecture|dressing[- ]down|attack|ambush|bollocking|slap on the wrist|punishment|write-?up)\b|"
    r"\bnot (?:as )?(?:an? )?(?:telling[- ]off|scolding|reprimand|lecture)\b|\b(?:gently|softly|kindly)\b", re.I)
# The launch or deadline pressure the person is under, as the notes say it.
_PRESSURE = re.compile(r"\bunder (?:\w+ ){0,3}pressure\b|\b(?:ships?|launch(?:es)?|goes live|releases?) (?:on|in|by|next|this)\b|\bcrunch\b|\bslammed\b|\bstretched\b", re.I)


# A hard time outside work the manager only suspects ("i think something might be going on at home", "not sure if
# something personal is going on"): asked about once, openly, never named as a fact or a read of them.
HARDSHIP_GUESS = re.compile(
    r"\b(?:something|stuff|things?|anything)(?:'s| is| are)?\s+(?:might |may |could |must )?(?:be )?(?:going on|happening|up|wrong|hard|difficult|tough)\s+(?:at home|outside (?:of )?work|in (?:his|her|their) (?:personal )?life|personally|with (?:his|her|their) family)\b|"
    r"\b(?:trouble|problems|issues|something|stuff) (?:at home|outside (?:of )?work|in (?:his|her|their) personal life)\b|\bsomething personal\b|\bhome life\b|\bthings at home\b",
    re.I,
)
# A hard time outside work, mentioned alongside the work ("he's also going through a divorce", "her dad is in hospital").
_HARDSHIP = re.compile(
    r"\bdivorc\w*|\bseparat(?:ion|ed|ing) from\b|\bbreak-?up\b|\b(?:sick|ill|dying|elderly) (?:parent|mother|mum|mom|father|dad|partner|wife|husband|kid|child|son|daughter)\b|"
    r"\b(?:his|her|their) (?:mother|mum|mom|father|dad|partner|wife|husband|kid|child|son|daughter) (?:is |was )?(?:sick|ill|in (?:the )?hospital|unwell)\b|"
    r"\bnew(?:born| baby)\b|\bcaring for\b|\bfamily (?:stuff|issues|emergency|situation|crisis)\b|\bgoing through (?:a lot|something|a (?:tough|hard|rough|difficult) (?:time|patch))\b|"
    r"\bpersonal (?:stuff|issues|problems|situation)\b|\b(?:moving house|house move|eviction)\b",
    re.I,
)
# The gap to the next level, as the manager states it ("his design docs are thin and he dodges on-call").
GAP_RE = re.compile(
    r"\b(?:weak(?:er)? (?:at|on)|struggles? (?:with|to)|needs? to (?:get better at|improve|work on|grow in)|the gap is|not yet (?:good at|able to)"
    # what they still have to show, said as a need ('close but not there - needs to lead something cross-team')
    r"|(?:still )?(?:needs?|has|have|would need|will need|'d need|'ll need) to (?:first )?(?=(?:lead|own|show|run|drive|ship|mentor|present|deliver|step up|take on)\b)"
    r"|(?:has(?:n'?t| not) (?:yet )?|(?<=\bs )never |(?<='s )never |(?<=has )never |(?<=\bbut )never )(?=(?:led|owned|driven|shipped|run|mentored|influenced)\b)"
    r"|(?:not|isn'?t|aren'?t) (?:there|ready) yet\b[,;:]?\s*(?:because |as |since )?(?=(?:his|her|their|he|she|they)\b)"
    # a habit said after the strength ('great on the model but he doesn't write anything down'): the habit, negation kept
    r"|(?<=\bbut )(?:he|she|they) (?=(?:doesn'?t|does not|don'?t|do not|never|rarely|seldom|hardly ever|won'?t|can'?t)\s+\w)"
    # a habit put against what is expected ('but she rewrites other people's PRs instead of reviewing them')
    r"|(?<=\bbut )(?:he|she|they) (?=\w+s\b[^.;,!?]{0,60}\binstead of\b))\s*(?P<g>[^.;,!?]{3,80})",
    re.IGNORECASE,
)
# The gaps as a list after a colon ('not there yet: ships fast, design docs thin, never leads reviews'; 'the real gaps: ...').
_GAP_LIST = re.compile(
    r"\b(?:not (?:there|ready) yet|(?:the |his |her |their )?(?:real |main |actual |two |three |big )?gaps?(?: (?:are|is))?|what'?s missing)\s*[:\-\u2013\u2014]\s*"
    r"(?P<l>[^.;!?\n]{3,200})", re.I)
# A list item that is a strength, not a gap ('ships fast', 'great with stakeholders').
_STRONG = re.compile(r"^(?:(?:he|she|they) )?(?:ships? (?:fast|quickly|a lot)|(?:is |'s )?(?:great|strong|excellent|solid|good|fast|reliable|quick)\b)", re.I)


def stated_gaps(notes: str) -> tuple[list[str], list[str]]:
    """The strengths and the gaps in a list the manager wrote after 'not there yet:' or 'the gaps:', in their words."""
    m = _GAP_LIST.search(notes or "")
    if m is None:
        return [], []
    items = [i.strip(" ,") for i in re.split(r",\s*(?:and\s+)?|;|\s+and\s+(?=(?:he|she|they|his|her|their|never|rarely|no|not)\b)", m.group("l")) if len(i.split()) >= 2]
    items = [re.split(r"\s+(?:honestly|tbh|but)\b", i, flags=re.I)[0].strip(" ,") for i in items]
    return [i for i in items if _STRONG.match(i)][:2], [i for i in items if not _STRONG.match(i)][:3]


# What the manager says is strong ('great at modelling', 'great technically on the sonar classifier', 'she shipped the
# demand model'): one home for the agenda's credit and the 'not yet' answer.
STRENGTH_RE = re.compile(r"\b(?:great|strong|excellent|solid|good|brilliant)\s+(?:technically\s+)?(?P<on>at\s+|on\s+|with\s+)?(?!but\b|though\b|yet\b)(?P<s>[a-z][\w -]{2,50}?)(?=\s*[,.;]|\s+but\b)"
                         r"|\b(?:he|she|they)(?:'s| has| have)?\s+(?:just |recently )?(?P<s2>(?:shipped|launched|landed|delivered|built|rebuilt|redesigned|led)\s+"
                         r"(?:the|a|an|his|her|their|our)\s+[\w -]{3,40}?)(?=\s*[,.;!?]|\s+(?:and|but|which)\b|$)", re.IGNORECASE)


def stated_strength(notes: str) -> str:
    """What the manager says is strong, as a phrase ('the work on the sonar object classifier'), or ''."""
    m = next((x for x in STRENGTH_RE.finditer(notes or "") if (x.group("s") or "").lower() not in ("technically", "technical")), None)
    if m is None:  # 'brilliant technically, she rebuilt the ...': the work named next, not the adverb
        return ""
    if m.group("s2"):
        return m.group("s2")
    said = m.group("s")
    if said.casefold().startswith("and "):  # "solid and always helps": both are the strength
        return m.group(0)
    return f"the work on {said}" if (m.group("on") or "").strip().lower() in ("on", "with") else said


# What went wrong, as the manager tells it: the examples behind a gap ('two design reviews went sideways because
# nobody knew his plan', 'the migration plan surprised two teams').
WENT_WRONG = re.compile(r"\bwent (?:sideways|badly|wrong|off the rails|south|nowhere)\b|\bderail\w*|\bfell (?:apart|over|flat)\b|\bblew up\b|"
                        r"\bbackfired\b|\bsurprised\b|\bblindsided\b|\bcaught (?:\w+ )?off guard\b|\b(?:nobody|no one) (?:knew|understood|could follow)\b", re.I)


def gap_examples(notes: str) -> list[str]:
    """The examples the manager gives of a gap, as whole clauses in their words (at most two)."""
    parts = [p.strip(" ,") for p in re.split(r"[.;!?]|,\s*(?:and\s+)?|\s+and\s+(?=(?:the|two|three|a|an|his|her|their|last)\b)", notes or "")]
    return [p for p in parts if WENT_WRONG.search(p) and 3 <= len(p.split()) <= 20][:2]


def gap_only(gap: str) -> str:
    """The gap without an example said in the same breath ('rarely shares his reasoning and the last plan surprised two teams')."""
    head, *rest = re.split(r"\s+and\s+", gap, maxsplit=1)
    return head if rest and WENT_WRONG.search(rest[0]) else gap


# The level's bar, said with the person not meeting it yet ('staff here means owning something cross-team and she
# hasn't done that yet', 'senior needs leading a project end to end, which he hasn't'): the bar is the gap.
BAR_UNMET = re.compile(
    r"(?:\b(?:senior|staff|principal|lead|the next level)\b(?:\s+(?:here|at (?:this |our |the )?\w+|for us|on (?:this|our|my) team))?\s+(?:means|is about|requires|needs|=)"
    # who decides, and what they want: 'our promo committee wants cross-team impact and she hasn't got much of that yet'
    r"|\b(?:promo(?:tion)?\s+)?(?:committee|panel|calibration)\s+(?:wants|expects|looks for|needs|requires|asks for|wants to see))\s+"
    r"(?P<bar>[^.;!?]{4,80}?)(?:,?\s+(?:and|but|which)\s+(?:(?:he|she|they)\s+)?(?:hasn'?t|has not|haven'?t|have not|never|isn'?t|is not)\b"
    r"(?:\s+(?:done|shown|had|got|been)\b)?(?:\s+(?:much|a lot|enough|many|any) of)?(?:\s+(?:that|it|this|one|any|those))?(?:\s+yet)?)", re.I)


def bar_unmet(notes: str) -> str:
    """The level's bar the manager says the person has not met yet, in their words ('owning something cross-team'), or ''."""
    m = BAR_UNMET.search(notes or "")
    return m.group("bar").strip(" ,") if m else ""


def gap_text(notes: str) -> str:
    """The gap to the next level as the manager states it: the sentence form, the bar not met yet, else the listed gaps."""
    gap = GAP_RE.search(notes or "")
    return gap_only(gap.group("g").strip()) if gap else bar_unmet(notes) or "; ".join(stated_gaps(notes)[1])


# A gap the manager named -> a piece of work that would show the opposite (rules as data).
_GAP_ASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bgo(?:es)? (?:dark|quiet|silent|missing)\b|\bdisappears?\b|\bno updates?\b", re.I), "share progress in the open every few days (a short written update, the risks first), so nothing lands as a surprise"),
    (re.compile(r"\b(?:quiet|silent|speak\w* up|voice)\b", re.I), "lead one discussion where decisions get made (a design review, a planning session): bring one proposal and argue for it"),
    (re.compile(r"write-?ups?\b|\breports?\b|too technical|jargon", re.I), "rewrite one write-up for the people who act on it (the decision first, one page, no jargon) and check with one of them that they could act on it"),
    (re.compile(r"\brewrit\w*|\brewrote\b|instead of (?:reviewing|coaching|helping)|takes? over (?:other|others)", re.I), "review others' work with comments they act on instead of rewriting it, and coach one junior through a piece of work, with you checking in"),
    (re.compile(r"design docs?|docs?\b|writ\w+", re.I), "write the design doc for the next piece of work and take it through review before the build starts"),
    (re.compile(r"on-?call|incidents?|pager", re.I), "take a full on-call rotation as primary, and write up one incident"),
    (re.compile(r"mentor\w*|juniors?|coach\w*", re.I), "mentor one junior through a piece of work this quarter"),
    (re.compile(r"communicat\w*|stakeholders?|present\w*|explain\w*", re.I), "present one result to the stakeholders it affects and take their questions"),
    (re.compile(r"\b(?:lead|leads|leading|run|runs|running)\b (?:the |any |code |design |model )*reviews?", re.I), "lead the reviews for one area of the code for the next month, and one design review"),
    (re.compile(r"cross-?team|across teams|other teams?|influence", re.I), "lead one piece of work that needs another team, from plan to result"),
    (re.compile(r"end[- ]to[- ]end|\bled\b", re.I), "lead one piece of work end to end: the plan, the risks, the result and presenting it"),
    (re.compile(r"lead\w*|scope", re.I), "lead one piece of work that needs another team, from plan to result"),
    (re.compile(r"deliver\w*|ship\w*|deadlines?|slip\w*|drag\w*|finish\w*|late", re.I), "land one committed piece of work on its date, raising risks early"),
    (re.compile(r"test\w*|quality|bugs?|rollbacks?|review\w*", re.I), "own the quality of one release: tests, reviews and no rollbacks"),
    (re.compile(r"own\w*|ambigu\w*|initiative", re.I), "own one loosely defined problem end to end: framing, plan and result"),
)


def gap_asks(gap: str) -> list[str]:
    """One concrete piece of work per gap the manager named, in the order named."""
    pieces = [p.strip(" ,") for p in re.split(r",|;|\band\b|\bplus\b", gap) if len(p.split()) >= 2]
    pieces = [p for p in pieces if not re.fullmatch(r"(?:he|she|they) \w+", p, re.I)]  # 'and he avoids presenting': keep the rest
    asks = [next((ask for pattern, ask in _GAP_ASKS if pattern.search(p)), f"one piece of work that shows the opposite of \u201c{p}\u201d") for p in pieces]
    return list(dict.fromkeys(asks))[:3]


# Work handed in as one's own that came from elsewhere ('half copied from a blog post', 'pasted from stack overflow').
COPIED = (r"\bcopied\b|\bcopy[- ]pasted\b|\bpasted (?:in )?(?:from|off)\b|\blifted (?:from|off|straight)\b|\bplagiari\w+|"
          r"\bnot (?:his|her|their) own (?:work|words|writing)\b|\bwithout (?:any )?(?:credit|attribution|citing|a source)\b")
# Evidence of a performance concern, as a manager writes it ('late 3 sprints running', 'shipped without the eval').
_SHORTFALL = re.compile(
    r"\blate\b|\bmiss(?:ed|es|ing)\b|\bslipp?(?:ed|ing|s)?\b|\bbehind\b|\bregression\w*|\bbroken?\b|\btook\b[^.;,]{0,50}\bdown\b|\bbugs?\b|\bincidents?\b|"
    r"\bwithout (?:the |a |an |any )?[\w-]+|\bskipp(?:ed|ing)\b|\brolled? ?back\b|\brollbacks?\b|\boutages?\b|\bquality\b|\bsloppy\b|"
    r"\bdeadlines?\b|\bunreliable\b|\bdid(?:n'?t| not) (?:come|arrive|land|happen|turn up|show up)\b|\bnever (?:came|arrived|landed|happened|turned up)\b|\bnothing (?:was )?said\b|\bdropp(?:ed|ing) the ball\b|\bnot (?:delivered|shipped|done|finished)\b|"
    r"\b(?:weeks?|days?) away\b|\b(?:keeps?|kept) coming back with\b|\bthe same (?:mistakes|bugs|errors|issues|problems|review comments)\b|\b(?:needs?|needed|requires?|required) (?:\w+ ){0,3}?(?:rework|reworking|rewriting|redoing|fixing up|clean-?up)\b|\b(?:heavily |mostly )?(?:reworked|redone) by\b|\bstill (?:isn'?t|isnt|is not|not|hasn'?t been|has not been) (?:merged|done|shipped|finished|landed|live|in)\b|\bleak(?:age|ed|s)?\b|\bonly (?:caught|found|spotted)\b|\b(?:not|never) turned up\b|\bno-?shows?\b|\buntil (?:i|someone) (?:ask|chase)|\bdoes(?:n'?t| not) (?:flag|raise|tell)\b|\bsit(?:s|ting)? (?:for |around for )?(?:days|weeks|a week|a few days)\b|" + COPIED, re.I)
# What the shortfall does to others, as the manager says it ('other people are now blocked on it'): the impact, not an example.
IMPACT = re.compile(r"\b(?:other people|others|people|peers|teammates|colleagues|the (?:rest of the )?(?:[\w-]+ )?team|everyone|(?:two|three|other|downstream) teams?|[A-Z][a-z]+ and [A-Z][a-z]+)\b"
                    r"[^.;,]{0,25}?\b(?:blocked|waiting (?:on|for)|held up|stuck|can'?t (?:start|ship|move|finish)|"
                    r"(?:are |have been |keep )?(?:picking|picked|covering|covered|carrying|redoing|fixing|finishing) (?:up )?(?:his|her|their|the)\b)[^.;,]{0,30}", re.I)
# Raised before without effect ("i've mentioned it twice casually, nothing changed"): today has to be the clear version.
RAISED_BEFORE = re.compile(r"\b(?:mentioned|raised|flagged|brought (?:it|this) up|hinted(?: at it)?|said something)\b[^.;]{0,25}?\b"
                           r"(?P<n>twice|two times|three times|a few times|\d+ times|before|already)\b(?P<how> (?:casually|informally|in passing|lightly))?", re.I)
# The piece of work that keeps being nearly done ("his label-audit tool has been '2 weeks away' for 8 weeks").
ALWAYS_NEARLY = re.compile(r"\b(?:his|her|their|the) (?P<t>[\w -]{3,40}?) (?:has been|is|was|keeps being) ['\"\u2018\u201c]?(?:\w+ )?(?:weeks?|days?) away['\"\u2019\u201d]? "
                           r"for (?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?P<u>weeks|months)\b", re.I)
_NOT_EVIDENCE = re.compile(r"\bPIP\b|\bperformance (?:improvement )?plan\b|\bdefensive\b|\b(?:have|need|got) to have\b|\bthe talk\b|"
                           r"\bhelp me\b|\bstructure\b|\bagenda\b|\bhow (?:do|should) i\b|"
                           r"^\W*(?:and |but |so )?(?:i )?(?:want|need|'d like|would like|don'?t want) (?:it|this|that|things|(?:him|her|them) to)\b|^\W*(?:and |but |so )?i (?:want|need|'d like|would like|don'?t want)\b|"
                           r"\bwithout (?:going (?:straight )?to|a) (?:a )?formal\b|\bformal (?:process|route|warning)\b|\bwithout ambush\w*", re.I)  # the manager's aim, not a fact about them
# What the manager expects from now on, read from the shortfall itself: (pattern, expectation).
_EXPECTED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(COPIED, re.I),
     "work handed in is {their} own: where a source helped, it is credited (a link and a note on what was used), never copied in without credit"),
    # said to be done, still not in ('the RFID mis-scan fix he said was basically done two weeks ago still isn't merged')
    (re.compile(r"\b(?:the |his |her |their )(?P<x>[\w -]{3,40}?) (?:(?:he|she|they) said was|that was)\b[^.;]{0,60}?\bstill (?:isn'?t|isnt|is not|not|hasn'?t been|has not been) (?:merged|done|shipped|finished|landed|live|in)\b", re.I),
     "the {x} is merged by a date you agree in this meeting, with what is left said plainly if it slips"),
    # absent without notice: attendance, not a shipping step ('twice not turned up to the weekly review without notice')
    (re.compile(r"\b(?:not|never|didn'?t) (?:turned|turn|show(?:ed)?) up\b|\bno-?shows?\b", re.I),
     "{they} come{s} to the agreed meetings, or say{s} in advance when {they} can't"),
    (re.compile(r"\bleak(?:age|ed|s)?\b|\bonly (?:caught|found|spotted) (?:it |them )?(?:in|at|by)\b", re.I),
     "models are validated (leakage and data checks included) and reviewed before they are handed over"),
    (re.compile(r"\bwithout (?!(?:any )?(?:credit|attribution|citing|a source|notice|warning|telling|asking)\b)(?:the |a |an |any )?(?P<x>[\w-]+(?: [\w-]+)?)\b", re.I), "nothing ships without the {x}"),
    (re.compile(r"\bskipp(?:ed|ing|s) (?:the |a |an |any )?(?P<x>[\w-]+(?: step| check| review| tests?| eval\w*)?)\b", re.I), "nothing ships without the {x}"),
    (re.compile(r"\bmiss(?:ed|es|ing) (?:the |a |his |her |their )(?P<x>(?!deadline|date|sprint)[\w-]+(?: (?!deadline|date|sprint)[\w-]+){0,2}) "
                r"(?:(?:two|three|four|five|\d+) (?:weeks?|times|sprints?|days?|cycles?) (?:running|in a row)|again|twice|every (?:week|time|sprint))\b", re.I),
     "the {x} lands on the day agreed; if it is going to slip, {they} say{s} so a day early with what is in the way"),
    (re.compile(r"\blate\b|\bmiss(?:ed|es|ing) (?:the |a |its |his |her |their )?(?:[\w-]+ ){0,6}(?:deadline|date|sprint|commitment|estimate)|\bslipp?(?:ed|ing|s)?\b|\bbehind\b|"
                r"\b(?:weeks?|days?) away\b|\bdid(?:n'?t| not) (?:come|arrive|land|happen)\b|\bnever (?:came|arrived|landed)\b", re.I),
     "dates committed to are met, or flagged early with a new date when they slip"),
    (re.compile(r"\b(?:needs?|needed|requires?|required) (?:\w+ ){0,3}?(?:rework|reworking|rewriting|redoing|fixing up|clean-?up)\b|\b(?:reworked|redone) by\b", re.I),
     "what {they} ship{s} passes review without heavy rework: smaller pieces, shown early, with the review comments closed before {they} move{s} on"),
    (re.compile(r"\b(?:keeps?|kept) coming back with\b|\bthe same (?:mistakes|bugs|errors|issues|problems|review comments)\b", re.I),
     "a review comment is fixed once: the same mistake does not come back in the next PR (a short self-check before asking for review)"),
    (re.compile(r"\b(?:PRs?|pull requests?|reviews?)\b[^.;]{0,20}\b(?:sit|sits|sitting|take|takes|taking)\b[^.;]{0,15}\b(?:days|weeks?)\b", re.I),
     "open PRs and reviews move within a day or two: answered, merged or closed"),
    (re.compile(r"\bregression\w*|\bbugs?\b|\bbroke\b|\bquality\b|\brollbacks?\b|\brolled? ?back\b", re.I),
     "changes are tested and reviewed before they reach production"),
)
# A formal plan the manager rules out for now ('not a PIP yet', 'without it turning into a PIP (yet)'): no exit, no plan.
NOT_A_PLAN_YET = re.compile(
    r"\bnot (?:yet )?(?:a |on a |an |an official |going to be a |turning into a |becoming a )?(?:PIP|performance (?:improvement )?plan|formal)\b(?:\s*\(?yet\)?)?|"
    r"\b(?:without|before|rather than|instead of|short of|avoid(?:ing)?|(?:do ?n[o'’]?t|does ?n[o'’]?t) want)\b[^.;!?]{0,30}?\b(?:a |an )?"
    r"(?:PIP|performance (?:improvement )?plan)\b(?:\s*\(?yet\)?)?",
    re.I,
)
DEFENSIVE = re.compile(r"\bdefensive\b|\bgets? (?:angry|heated|upset|prickly)\b|\bpush(?:es)? back (?:hard|a lot)\b|\bargu(?:e|es|ing|mentative)\b|\bshuts? down\b|\btakes? (?:feedback|criticism) badly\b", re.I)


_TELL_PREFIX = re.compile(r"^(?:i\s+)?(?:need|needs|have|has|got) to tell (?:him|her|them|[a-z]+) [^:]{3,80}:\s*", re.I)


def performance_examples(notes: str, words: Words) -> tuple[list[str], list[str]]:
    """The concrete shortfalls the manager wrote (whole clauses, at most three; 'missed X and the last version was
    copied' is two) and the expectations they imply."""
    parts = []
    for clause in _clauses(notes, words):
        split = [p.strip(" ,") for p in re.split(r",?\s+and\s+(?=(?:the|his|her|their|its|then)\b)", clause)]
        if len(split) == 1 and len(clause.split()) > 20:  # 'missed her last 3 commitments (a, b, c), her PRs sit for days': two
            parts += [p.strip(" ,") for p in re.split(r",\s+(?![^()]*\))", clause)]
            continue
        parts += split if all(_SHORTFALL.search(p) and len(p.split()) >= 3 for p in split) else [clause]
    parts = [_TELL_PREFIX.sub("", c) for c in parts]  # 'need to tell him it isn't good enough: 3 broken deploys': the deploys
    examples = [c for c in parts if _SHORTFALL.search(c) and not _NOT_EVIDENCE.search(c) and not IMPACT.search(c) and not RAISED_BEFORE.search(c)
                and 3 <= len(c.split()) <= 20][:3]
    expected: list[str] = []
    s = "s" if words.they in ("he", "she") else ""
    for clause in examples:
        clause = re.sub(r"\s*\([^)]*\)", "", clause)  # '(the eval harness, the colour bug)': the items named, not the shortfall
        for pattern, line in _EXPECTED:
            m = pattern.search(clause)
            said = line.format(x=m.group("x") if "x" in pattern.groupindex else "", their=words.their, they=words.they, s=s) if m else ""
            if m and said not in expected:
                expected.append(said)
    return examples, expected


def hard_conversation(text: str) -> bool:
    """True when the manager describes a hard conversation (feedback, a performance concern, a complaint about them)."""
    return bool(_HARD.search(text or ""))


def _clauses(notes: str, words: Words) -> list[str]:
    names = "|".join(re.escape(n.casefold()) for n in (words.name, *words.others) if n)
    subject = rf"(?:he|she|they|i|{names})" if names else r"(?:he|she|they|i)"
    out: list[str] = []
    for sentence in _SENTENCE.split(notes or ""):
        pieces = [p.strip(" ,.:") for p in re.split(rf",?\s+(?:and|but|so)\s+(?=(?:{subject})(?:'s|'d)?\b)|,\s+(?:and|but)\s+", sentence, flags=re.I)]
        carry = ""
        for part in pieces:
            part = f"{carry} and {part}" if carry else part
            carry = part if len(part.split()) == 1 else ""  # "priya and aisha had an argument": a bare name joins the next
            if not carry and len(part.split()) >= 3:
                out.append(part)
    return out


# Terse notes leave the person out as the subject ('wants to talk about going part time', 'asked me about the lead role'):
# a clause that opens on what only a person does is about the person the notes are about.
_NO_SUBJECT = re.compile(r"^\s*(?:(?:and|also|but|so|now|just|apparently)\s+)*(?:wants|would like|'d like|asked|asks|keeps asking|is asking|(?:has )?been asking|hopes|is hoping|seems|told me|mentioned)\b")


def _mentions(clause: str, words: Words) -> tuple[bool, list[str]]:
    """Whether the clause is about the person (by name or pronoun), and which others it names, in order."""
    low = clause.casefold()
    person = bool(re.search(rf"\b{re.escape(words.name.casefold())}\b|\b(?:{words.they}|{words.them}|{words.their})\b", low)) or bool(_NO_SUBJECT.match(low))
    others = sorted((o for o in words.others if re.search(rf"\b{re.escape(o.casefold())}\b", low)), key=lambda o: low.find(o.casefold()))
    return person, others


def read_notes(notes: str, words: Words) -> Reading:
    """The reasons for the meeting in the manager's notes, in the order said (a clause that only adds to the one before
    joins it), with the aims they stated and whether news is still unknown to the person."""
    reading = Reading(hard=bool(_HARD.search(notes or "")), back_from_leave=bool(_BACK.search(notes or "")),
                      said_no=bool(_SAID_NO.search(notes or "")), right_on_substance=bool(_RIGHT.search(notes or "")),
                      wish_open=bool(_WISH_OPEN.search(notes or "")),
                      after_asked=bool(re.search(r"\bwhat (?:do|should) i do (?:after|afterwards|next)\b|\bafter the (?:meeting|1[:-]1|talk)\b", notes or "", re.I)))
    hard_time = _HARDSHIP.search(notes or "")
    reading.hardship = next((c for c in _clauses(notes, words) if _HARDSHIP.search(c)), "") if hard_time else ""
    guess = "" if hard_time else next((c for c in _clauses(notes, words) if HARDSHIP_GUESS.search(c)), "")
    reading.hardship_guess = guess
    reading.gap = gap_text(notes)
    last: Reason | None = None
    for clause in _clauses(notes, words):
        if guess and clause == guess:
            continue  # a guess about their life outside work is asked about openly, never a read of them or a fact
        if _ASKS_ANY.search(clause):
            last = None
            continue
        about_person, others = _mentions(clause, words)
        if _UNKNOWN.search(clause) and not _NEWS.search(clause):
            reading.news_unknown = True
            continue
        if _AIM.search(clause):
            reading.aims.append(clause)
            continue
        if _ASKED.search(clause):
            last = None
            continue
        if _LOGISTICS.search(clause) and not others:
            last = None
            continue
        reason = _classify(clause, about_person, others, words)
        if reason is None:
            if last is not None and last.kind == "incident" and _UNHEARD.search(clause) and last.other in others:
                last.unheard = True  # "haven't talked to marco yet": a fact for the manager, not words to repeat
            elif last is not None and len(last.said) < 3 and _adds_to(last, clause, about_person, others):
                last.said.append(clause)
            continue
        same = next((r for r in reading.reasons if r.kind == reason.kind and (r.kind != "incident" or r.other == reason.other)), None)
        if same is not None and reason.kind in ("news", "incident") and len(same.said) < 3:
            same.said.append(clause)
            last = same
            continue
        reading.reasons.append(reason)
        last = reason
    _news_to_tell(notes, words, reading)
    _win_to_recognise(notes, words, reading)
    reading.gone = [o for o in words.others if re.search(rf"\b{re.escape(o)}\b,?\s+(?:who\s+)?(?:has\s+|had\s+|'s\s+)?(?:since\s+|now\s+)?(?:left|quit|gone|moved on)\b", notes or "", re.I)]
    return reading


# The manager says the meeting is to tell them something ('i need to tell her straight', 'i have to break it to him').
_TELL_THEM = re.compile(r"\b(?:need|have|got|want|going) to (?:tell|break it to|let \w+ know|give) (?:her|him|them)\b|\bhow (?:do|should) i tell (?:her|him|them)\b", re.I)
_INSTEAD = re.compile(r"\binstead\b|\bfrom now on\b|\bgoing forward\b", re.I)


def _news_to_tell(notes: str, words: Words, reading: Reading) -> None:
    """When the meeting is to tell them something, a decision or change in the notes is that news even when it does not
    name them ('victor and i decided: the fine-tuned model is cancelled'), with what they do instead joined to it."""
    if not _TELL_THEM.search(notes) or any(r.kind == "news" for r in reading.reasons):
        return
    clauses = [c for c in _clauses(notes, words) if not _AIM.search(c) and not _LOGISTICS.search(c)]
    news = next((c for c in clauses if _NEWS.search(c) or re.search(r"\bdecided\b", c, re.I)), None)
    if news is None:
        return
    instead = next((c for c in clauses if c != news and _INSTEAD.search(c) and _mentions(c, words)[0]), None)
    invested = next((c for c in clauses if re.search(r"\b(?:been|was) \w+ing\b[^.;]*\b(?:for|on|into) (?:it|this|that)\b", c, re.I) and _mentions(c, words)[0]), "")
    reading.reasons.insert(0, Reason("news", [news] + ([instead] if instead else []), told=True, invested=invested))
    reading.news_unknown = True


def _told_notes(r: Reason, w: Words) -> tuple[str, str]:
    """The news said whole, in the manager's voice to them, and the title's short head: the decision (after 'decided:'),
    then what they do instead; what they already put in is credited by name."""
    decision = re.split(r"\bdecided\b[^:]*:\s*", r.said[0], maxsplit=1, flags=re.I)[-1].strip(" ,.")
    said = _sentence(second_person(decision, w))
    if len(r.said) > 1:
        instead, *why = re.split(r",\s*(?=which\b)", r.said[1], maxsplit=1)
        said += " " + _sentence(second_person(instead.strip(" ,."), w))
        why_said = re.sub(r"^which (?:is|'s) (?:(?:honestly|really|also|actually) )?", "", why[0].strip(" ,."), flags=re.I) if why else ""
        said += f" It's {second_person(why_said, w)}." if why_said and why_said != why[0].strip(" ,.") else ""
    s = "s" if w.they in ("he", "she") else ""
    notes = (f"{w.name} doesn't know yet: say it in your first two minutes, plainly, with no selling and no 'but': \u201c{_month_case_q(said)}\u201d "
             f"Give the reason in a sentence, then stop and listen; don't reopen the decision.")
    if r.invested:
        notes += f" Name what {w.they} already put in ({r.invested}) and that it was not wasted effort."
    notes += f" Then what {w.they} own{s} now and what happens next."
    ended = _ENDED.search(decision)
    return notes, (f"{ended.group('x')} is {ended.group('v')}" if ended else _subject(r.said[0]))


_ENDED = re.compile(r"(?P<x>\b(?:the|his|her|their|our) [\w -]{3,40}?) (?:is|was|has been|got|are) (?:now )?(?P<v>cancel+ed|shelved|scrapped|paused|dropped|killed|stopped|postponed|delayed|moved)\b", re.I)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def _month_case_q(text: str) -> str:
    return re.sub(r"\bq([1-4])\b", lambda m: f"Q{m.group(1)}", text)


_RECOGNISE = re.compile(r"\b(?:recogni[sz]e|celebrate|thank|credit|praise|acknowledge|call out|shout ?out)\b", re.I)
_WIN = re.compile(r"\b(?:shipped|launched|landed|delivered|finished|closed|won|published|fixed|rescued|saved)\b", re.I)


def _win_to_recognise(notes: str, words: Words, reading: Reading) -> None:
    """A result the manager says they want to recognise ("she shipped the ranking model ... i want to recognise it"):
    a credit item, unless one is there already."""
    if any(r.kind == "credit" for r in reading.reasons) or not any(_RECOGNISE.search(a) for a in reading.aims + [notes]):
        return
    done = next((c for c in _clauses(notes, words) if _WIN.search(c) and _DID.search(c) and _mentions(c, words)[0]), None)
    if done is not None:
        reading.reasons.insert(0, Reason("credit", [done], win=True))
        return
    won = _WORK_WON.search(notes)  # 'his sepsis model finally passed clinical validation': their work is the subject
    if won is not None:
        verb = "shipped" if re.match(r"(?i)shipped|launched|went live|landed", won.group("v")) else "delivered"
        reading.reasons.insert(0, Reason("credit", [f"{words.they} {verb} {won.group('p').lower()} {won.group('x').strip()}.", won.group(0)], win=True))


# Their work as the subject of its result ('her churn model went live', 'his sepsis model finally passed clinical validation').
_WORK_WON = re.compile(r"\b(?P<p>his|her|their) (?P<x>(?:[\w-]+ ){0,4}?(?:model|pipeline|project|forecaster|classifier|detector|paper|service|system|dashboard|tool|feature|study|experiment|migration|launch|analysis)s?)"
                       r" (?:has |have )?(?:finally |just |now |officially )?(?P<v>passed|went live|shipped|launched|landed|cleared|beat|got (?:approved|accepted|signed off))\b[^,.;!?]{0,50}", re.I)


# "while he was out tarik finished the attribution model he had started": done by someone else while they were away.
_FINISHED_AWAY = re.compile(
    r"\b(?:while|when) (?:he|she|they|\w+) (?:was|were) (?:out|away|off|on leave)\b.{0,20}?\b(?P<who>[a-z]+) (?:finished|completed|wrapped up|shipped|delivered)\b"
    r"|\b(?P<who2>[a-z]+) (?:finished|completed|wrapped up|shipped|delivered)\b.{0,60}\b(?:while|when) (?:he|she|they|\w+) (?:was|were) (?:out|away|off|on leave)\b"
    r"|\b(?P<thing>(?:his|her|their) [\w -]{3,40}?) (?:got|was|has been|had been) (?:finished|completed|shipped|wrapped up|delivered) by "
    r"(?P<who3>someone else|another \w+|the (?:rest of the )?team|[a-z]+)\b[^.;]{0,40}?\b(?:while|when) (?:he|she|they|\w+) (?:was|were) (?:out|away|off|on leave)\b",
    re.I,
)


# "oren (covering her) rewrote half her pipeline while she was out": their own work reworked by the one who covered.
_REWORK_VERB = r"\b(?:rewrote|rewritten|redid|redone|refactored|rebuilt|reworked|replaced|overhauled|restructured|changed)\b"
_CHANGED_AWAY = re.compile(
    rf"{_REWORK_VERB}[^.;]{{0,60}}?\b(?:while|when) (?:he|she|they|\w+) (?:was|were) (?:out|away|off|on leave)\b|"
    rf"\b(?:while|when) (?:he|she|they|\w+) (?:was|were) (?:out|away|off|on leave)\b[^.;]{{0,80}}?{_REWORK_VERB}",
    re.I,
)
_TAKEN = re.compile(r"\b(?:took over|taken over|picked up|inherited)\s+(?P<x>(?:his|her|their|the)\s+[\w -]+?)(?=\s+(?:and|while|when|but)\b|[,.;]|$)", re.I)


# A wish to keep going on a piece of work ("wants another quarter on the graph research"): a go/no-go, not a career goal.
_CONTINUE = re.compile(r"^(?:keep (?:going|at it|working)|continue|carry on|stay on|extend|get (?:another|more|an extra)|have (?:another|more|an extra)|spend (?:another|more))\b", re.I)


# The scope a goal names ('staff eng owning the risk platform', 'lead the pricing rebuild'): what a stretch should be in.
_SCOPE = re.compile(r"\b(?:own(?:ing)?|lead(?:ing)?|run(?:ning)?|head(?:ing)?|tak(?:e|ing) over)\s+(?P<x>(?:the|a|an|our)\s+[\w -]+?)\s*$", re.I)


def goal_words(said: str) -> tuple[str, str]:
    """The goal in a clause, as a whole phrase ('to be staff eng owning the risk platform'), never the words around it
    ('fraud model v3 is nearly done, she wants'); and the scope it names ('the risk platform'), '' when none."""
    goal = _GOAL.search(said)
    if goal is None:
        return "", ""
    what = re.split(r"\s+(?:and|but|so|because|though|although)\s+(?:i|we|he|she|they|it)\b", goal.group("what").strip(), maxsplit=1)[0]
    lead = "to " if re.search(r"\bto\s*$", said[: goal.start("what")]) else ""
    return lead + what.strip(), goal_scope(what)


def goal_scope(goal: str) -> str:
    """The scope a goal names ('Staff ML engineer owning the risk platform' -> 'the risk platform'), '' when none."""
    scope = _SCOPE.search(goal or "")
    return scope.group("x").strip() if scope else ""


def continues_work(reason: Reason) -> bool:
    """True for a goal that is a wish to keep going on a piece of work ('wants to keep going on the research')."""
    goal = _GOAL.search(" ".join(reason.said)) if reason.kind == "goal" else None
    return goal is not None and bool(_CONTINUE.search(goal.group("what").strip()))


# "while she was away her work was paused, then restarted under teodoro": their work carried on by a colleague, not an incident.
_AWAY = re.compile(r"\b(?:while|when) (?:he|she|they|\w+) (?:was|were) (?:out|away|off|on leave)\b", re.I)
_HANDED = re.compile(r"\b(?:restarted|picked up|taken over|took over|handed|reassigned|moved|continued|carried on|given)\b[^.;]{0,40}?\b(?:under|to|by|with)\s+(?P<who>[A-Za-z]+)\b", re.I)


def _handed_away(clause: str, others: list[str]) -> str:
    """The colleague who carried on their work while they were away ('restarted under Teodoro'), or ''."""
    m = _HANDED.search(clause) if _AWAY.search(clause) else None
    return next((o for o in others if m and m.group("who").casefold() == o.casefold()), "")


# Work the person takes over from a colleague ('she'll pick up the churn model from priya'): a handover, not an incident.
_TAKES_OVER = re.compile(
    r"\b(?:pick(?:s|ing)? up|take(?:s|ing)? over|inherit(?:s|ing)?|tak(?:e|es|ing) on|get(?:s|ting)?|is getting)\s+"
    r"(?P<x>(?:the |his |her |their |a |an )?[\w/ -]{3,60}?)\s+(?:from|off)\s+(?P<who>[A-Za-z]+)\b", re.I)


def _takes_over(clause: str, about_person: bool, others: list[str]) -> Reason | None:
    """A handover to this person from a named colleague, with the work named."""
    m = _TAKES_OVER.search(clause)
    who = next((o for o in others if m and o.casefold() == m.group("who").casefold()), None)
    if m is None or who is None or not about_person:
        return None
    return Reason("takeover", [re.sub(r"^(?:the|his|her|their|a|an)\s+", "", m.group("x").strip(), flags=re.I)], other=who)


def _classify(clause: str, about_person: bool, others: list[str], words: Words) -> Reason | None:
    takeover = _takes_over(clause, about_person, others)
    if takeover:
        return takeover
    handed = _handed_away(clause, others)
    if handed:
        return Reason("handback", [clause], other=handed, changed=True)
    if others and _CHANGED_AWAY.search(clause):
        return Reason("handback", [clause], other=others[0], changed=True)
    role = _ROLE_TOOK.search(clause) if _CHANGED_AWAY.search(clause) else None
    if role:  # 'handed to a contractor and partly rewritten': someone unnamed reworked it
        return Reason("handback", [clause], other=role.group("r").lower(), changed=True)
    done = _FINISHED_AWAY.search(clause)
    if done and done.group("who3"):  # "her project got finished by someone else while she was out"
        who = done.group("who3")
        other = who.capitalize() if who.capitalize() in words.others else who.lower()
        return Reason("handback", [clause], other=other, finished=True)
    if done and (done.group("who") or done.group("who2")).capitalize() in words.others:
        return Reason("handback", [clause], other=(done.group("who") or done.group("who2")).capitalize(), finished=True)
    cover = _COVER.search(clause)
    if cover and cover.group("who").capitalize() in words.others:
        return Reason("handback", [clause], other=cover.group("who").capitalize())
    if OWN_PART.search(clause):
        return None  # "i think i handled the cancellation badly": the manager's own part, owned in the item about the change
    if _READ.search(clause):
        return Reason("read", [clause])
    if _BELONG.search(clause) and (about_person or not others):
        return Reason("belonging", [clause])
    if _PRAISE.search(clause) and _DID.search(clause) and (about_person or re.search(r"\b(?:his|her|their)\b", clause, re.I)):
        return Reason("credit", [clause], other=others[0] if others else "")
    body = _REPORTING.sub("", clause)
    if re.search(r"\bcover(?:ing|s|ed)? for\b|\bstanding in for\b|\bfilling in for\b", body, re.I):
        return None  # carrying a colleague's work while they are out: load to talk about, not something that happened between them
    acting = [o for o in others if re.search(rf"\b{re.escape(o)}\b(?!['’]s\b)", body, re.I)  # "marco's pipeline" names work, not an act
              and not re.search(rf"\b(?:agreed|decided|settled|arranged|confirmed|spoke|talked|checked|sorted it)\s+(?:it\s+|this\s+|that\s+)?with\s+{re.escape(o)}\b", body, re.I)  # 'i agreed with victor he gets it': the manager's act
              and not could_have_helped(body, o)  # 'wiktor could have explained it in ten minutes': help not asked for, no act
              and not re.search(rf"\b(?:given|handed|gave|assigned|moved|offered|promised|went)\s+(?:it\s+|over\s+)?to\s+{re.escape(o)}\b", body, re.I)]  # the one it went to did nothing
    if acting and (about_person or re.search(r"\b(?:his|her|their)\b", body, re.I)) and _EVENT.search(body) and not _HABIT.search(body):
        return Reason("incident", [clause], other=acting[0], by_person=_acts_first(body, words, acting[0]))
    news = _NEWS.search(clause)
    if news and own_act(clause[: news.start()], news.group(0), words):
        news = None  # "she cancelled her vacation", "... and cancelled her vacation": her own act, context to acknowledge, not news
    goal = _GOAL.search(clause) or ASKED_IF.search(clause)
    if goal is not None and not _their_wish(clause[: goal.start()], words):
        goal = None  # "i don't want to scare her off": a wish, but not theirs
    if about_person and goal and not news:
        flexible = FLEXIBLE_WORK.search(goal.group("what"))  # 'wants to talk about going part time': a request about how they work
        return Reason("ask" if _LESS.match(goal.group("what")) or _MOVE.match(goal.group("what")) or flexible else "goal", [clause])
    lived = news is not None and re.search(r"\b(?:since|after|ever since)\b[^.;]{0,30}$|\b(?:about|over|with|by|during)\s+(?:the|this|that|our)\s*$",
                                           clause[: news.start()], re.I)  # "quiet since the reorg moved her", "unhappy about the reorg": known
    if news and not lived and (about_person or re.search(r"\b(?:his|her|their)\b", clause, re.I)):
        return Reason("news", [clause])
    return None


_PASSIVE = re.compile(r"^(?:got|was|were|been|is being)\b", re.I)


def own_act(before: str, verb: str, words: Words) -> bool:
    """True when a change verb ('cancelled', 'moved to', 'pushed back') has the person as its subject: their name or
    pronoun right before it ('she's cancelled', 'priya already moved to'), or no subject at all because the clause
    carries on from one about them ('..., and cancelled her vacation'). A passive ('was moved', 'got pushed') is done
    to them and stays news."""
    if _PASSIVE.match(verb):
        return False
    me = "|".join(re.escape(x) for x in dict.fromkeys((words.they, words.name.casefold(), words.name.split()[0].casefold())) if x)
    helpers = r"(?:(?:'s|'d|\s+has|\s+had|\s+have)\s*)?(?:\s*(?:just|also|even|already|then|herself|himself|themselves)\s+)*"
    return bool(re.search(rf"\b(?:{me}){helpers}\s*$", before, re.I)
                or re.fullmatch(r"\s*(?:(?:and|then|also|just|already|even|so)\s+)*", before, re.I))


# Someone named as help that was there to ask ('the data format wiktor could have explained in ten minutes', 'ana would
# have shown him'): a person to point them to, never someone who did something to them.
_COULD_HAVE = (r"\s+(?:could|would|might|can|should)(?:\s+(?:easily|just|probably|have))*\s+"
               r"(?:explained|shown|helped|answered|told|walked|pointed|sorted|fixed|unblocked|clarified|"
               r"explain|show|help|answer|tell|walk|point|sort|fix|unblock|clarify)\b")


# Someone named as the one they did not ask ('instead of asking aisha', 'never asks omar', 'too shy to ask li'): the help
# that was there, not a wrongdoer. 'without asking X' stays out: it is how a change lands on X ('merged it without asking her').
_NOT_ASKED = (r"\b(?:instead of|rather than|(?:too \w+|afraid|scared|nervous) to|never|didn'?t|did not|doesn'?t|does not|won'?t|hasn'?t|has not|"
              r"could have|could'?ve|should have|should'?ve)\s+(?:just\s+|even\s+)?(?:ask(?:ing|ed|s)?|ping(?:ing|ed|s)?|go(?:ing)? to|went to|"
              r"check(?:ing|ed)? with|reach(?:ing|ed)? out to|talk(?:ing|ed)? to|message|messag(?:ing|ed))\s+")
# Someone named in the role of help ('aisha helped him', 'with omar's help', 'li is her buddy', 'paired with sam'), or of
# a request ('priya asked him to', 'for tom's team'): a role the sentence gives them, never someone who did something to them.
_HELP_ROLE = (r"\b{o}\s+(?:had\s+|has\s+)?(?:(?:kindly|already|also|even)\s+)?(?:helped|helps|offered|mentors?|mentored|coached|showed|explained|walked|"
              r"paired|onboarded|answered|unblocked|is (?:his|her|their|the) (?:onboarding )?(?:buddy|mentor))\b|"
              r"\b(?:with|from)\s+{o}['’]s\s+help\b|\bhelp from\s+{o}\b|\b(?:buddy|mentor)(?:,\s*|\s+)(?:is\s+)?{o}\b|"
              r"\bpair(?:s|ed|ing)?\s+(?:up\s+)?with\s+{o}\b|\b{o}\s+(?:asked|asks|wants|wanted|needs|needed|requested)\s+(?:him|her|them|me|us)\s+(?:to|for)\b")


def could_have_helped(text: str, other: str) -> bool:
    """True when `other` is named as help that could have been (or was not) asked, or in the role of help or of a request,
    not as someone who acted on the person."""
    o = re.escape(other)
    return bool(re.search(rf"\b{o}\b{_COULD_HAVE}", text, re.I) or re.search(rf"{_NOT_ASKED}{o}\b", text, re.I)
                or re.search(_HELP_ROLE.format(o=o), text, re.I))


_NOT_A_NAME = frozenset("she her him they them you who that which someone anyone anything nobody for about the a an questions question me us "
                        "people help anyone's his their it one two three single any many much what why how whether if around anybody everyone "
                        "everybody somebody".split())  # 'hasn't asked one question': a count, never the one not asked


def helper_named(notes: str) -> tuple[str, str] | None:
    """The colleague named as help that was there to ask, with what they know ('the gauge station data format'), or None."""
    m = re.search(rf"(?:(?P<on>(?:the|a|an|our|his|her|their)\s+[\w -]{{3,50}}?)\s+(?:that\s+|which\s+)?)?\b(?P<who>[A-Za-z]{{3,}}){_COULD_HAVE}", notes or "", re.I)
    if m is None:  # 'redid a feature job three times instead of asking aisha': the one not asked, and about what
        m = next((x for x in re.finditer(rf"(?P<on>){_NOT_ASKED}(?P<who>[A-Za-z]{{3,}})\b",
                                         notes or "", re.I) if x.group("who").casefold() not in _NOT_A_NAME), None)
    if m is None or m.group("who").casefold() in _NOT_A_NAME:
        return None
    on = re.sub(r"^.*\b(?:reverse-engineering|figuring out|working out|decoding|debugging|on|with)\s+", "", m.group("on") or "", flags=re.I).strip()
    return m.group("who").capitalize(), on


def _their_wish(before: str, words: Words) -> bool:
    """True when the words before a wish ('... wants to lead') make the person its subject: their name or pronoun,
    then at most a few adverbs or helpers ('priya really wants to', 'sam asked me straight out if', 'she keeps asking to')."""
    me = "|".join(re.escape(x) for x in {words.name.casefold(), words.name.split()[0].casefold(), words.they, "he", "she", "they", "who"})
    # 'tom emailed yesterday asking if ...', 'she pinged me on slack this morning asking to ...': how and when it was asked
    how = (r"emailed|messaged|pinged|slacked|texted|dm'?d|wrote|mailed|called|came to me|came to see me|came by|me|"
           r"(?:on|over|in|by|via) (?:email|slack|chat|teams|dm|the phone|text)|yesterday|today|earlier|again|this (?:morning|afternoon|week)|"
           r"last (?:night|week|friday|monday)|on (?:mon|tues|wednes|thurs|fri)day|(?:mon|tues|wednes|thurs|fri)day")
    return bool(re.search(rf"(?:^|\b(?:{me}))(?:\s+(?:really|also|still|now|just|even|has|had|have|always|keeps?|kept|told me|said|says|been|is|was|{how})\b)*\s*$",
                          before.casefold()))


_ACT = r"(?:said|told|called|took|wrote|rewrote|made|gave|sent|shouted|snapped|yelled|did|presented|dismissed|critici[sz]ed|mocked|blamed|ignored|interrupted|overrode|reverted|merged|changed|claimed|tore|trashed|\w+ed)\b"


def _acts_first(body: str, words: Words, other: str) -> bool:
    """True when the person is the one who acted ("aisha said priya's features ...") before the colleague did anything."""
    low = body.casefold()
    me = f"{re.escape(words.name.casefold())}" + (f"|{words.they}" if words.they != "they" else "")
    mine = re.search(rf"\b(?:{me})\s+(?:just |then |also )?{_ACT}", low)
    theirs = re.search(rf"\b{re.escape(other.casefold())}\s+(?:just |then |also )?{_ACT}", low)
    return mine is not None and (theirs is None or mine.start() < theirs.start())


def _adds_to(last: Reason, clause: str, about_person: bool, others: list[str]) -> bool:
    """A clause that only adds to the reason before it: what followed ("... and she's gone quiet since"), the
    colleague's side ("priya went quiet"), or context without the person ("a lead role gets posted in jan")."""
    if last.kind == "incident":
        return last.other in others or bool(re.search(r"\b(?:since|after that|afterwards|ever since|now)\b", clause, re.I)) or bool(_UNHEARD.search(clause))
    if last.kind in ("goal", "read"):
        return not about_person or last.kind == "read"
    if last.kind == "handback":
        return not others and not last.finished
    return False


# Direct questions inside the request, each with its recommendation (decision rules as data).
@dataclass(frozen=True)
class _AskRule:
    name: str
    pattern: re.Pattern[str]


_ASK_RULES: tuple[_AskRule, ...] = (
    _AskRule("joint", re.compile(
        r"\b(?:get|put|bring|sit|have)\s+(?:them|the two(?: of them)?|both(?: of them)?|[a-z]+ and [a-z]+)(?: both)?\s+(?:in|into|down)\s*(?:a |one |the same )?(?:room|together)\b|"
        r"\bjoint (?:meeting|conversation|session|1:1)\b|\ball three of us\b|\b(?:sit|talk to) them (?:down )?together\b", re.I)),
    _AskRule("starter", re.compile(
        r"\b(?:starter|first|small|real|scoped) (?:project|task|ticket)\b[^?]{0,80}\bor\b[^?]{0,60}\b(?:read\w*|papers|docs|code ?base|code)\b|"
        r"\b(?:read\w*|papers|docs)\b[^?]{0,80}\bor\b[^?]{0,60}\b(?:starter|first|small|real) (?:project|task)\b", re.I)),
    _AskRule("starter_fair", re.compile(
        r"\b(?:give|assign|hand|put)\s+(?:him|her|them|[a-z]+)\s+(?P<what>[^?]{3,60}?)\s+as (?:a |an |his |her |their )?(?:starter|first|onboarding) "
        r"(?:task|project|ticket)s?\b[^?]{0,20}\bor is (?:that|it|this) (?:too )?(?:mean|much|harsh|unfair|cruel|a lot)\b", re.I)),
    _AskRule("bring_up", re.compile(
        r"(?<!\bhow )\b(?:do|should|shall|can|would) i (?:even )?(?:bring (?:it|this|that|him|her|them|[a-z]+) up|bring up|raise|mention|address|name)\b(?P<what>[^?.;]*)|"
        r"\bbring it up or let it (?:go|slide|be)\b|\b(?:raise|mention) it or (?:not|leave it|let it go)\b", re.I)),
    _AskRule("tell", re.compile(r"(?<!\bwhat )(?<!\bhow )\b(?:do|should) i (?:tell|break it to|let) (?:him|her|them|[a-z]+)\b(?P<what>[^?.;]*)", re.I)),
    _AskRule("not_yet", re.compile(
        r"\bhow (?:do|should|can) i (?:say|tell (?:him|her|them)|deliver|break|give)\b[^?]{0,40}\b(?:not yet|no|bad news|the news|decision)\b|"
        r"\b(?:say|saying|tell\w*) (?:him |her |them )?['\"\u2018\u201c]?not yet['\"\u2019\u201d]? (?:w/o|without)\b|\b(?:w/o|without) (?:crushing|flattening|deflating|demoralis\w+|demoraliz\w+|killing (?:his|her|their) (?:motivation|morale|drive))\b|"
        # 'how do i say it without losing him', 'without her walking': the no, said so they stay
        r"\bhow (?:do|should|can) i (?:say|tell|put|frame|deliver)\b[^?.;]{0,25}\b(?:w/o|without) (?:losing (?:him|her|them)\b|(?:him|her|them) (?:walking|quitting|leaving|checking out))|"
        r"\bwhat (?:to|do i|should i) (?:say|not say)\b[^?]{0,40}\bwhat not to\b|\bwhat (?:NOT|not) to say\b", re.I)),
    _AskRule("start", re.compile(r"\bhow (?:do|should|can) i (?:even )?(?:start|open|begin|frame|raise|broach|approach|bring (?:it|this|that) up)\b", re.I)),
    _AskRule("asks", re.compile(r"\bwhat (?:do|should|can) i (?:actually |concretely )?ask (?:him|her|them|[a-z]+) to (?:do|work on|show)\b|\bwhat (?:does|would) (?:he|she|they) (?:need|have) to (?:do|show)\b", re.I)),
    _AskRule("offload", re.compile(
        r"\bwhat (?:can|could|should|do) i (?:actually |realistically |even )?(?:take|move|get) off (?:him|her|them|his|their|[a-z]+)\b|"
        r"\bwhat (?:can|could|should|do) i (?:actually |realistically )?(?:take away|drop|offload|hand off|reassign)\b|"
        r"\bwhat (?:can|could|should) (?:come|go) off (?:his|her|their|[a-z]+['’]s) plate\b", re.I)),
    _AskRule("buddy", re.compile(
        r"\b(?:should|do|shall|can) i (?:swap|change|replace|switch|reassign|find (?:a )?(?:new|different|another)) (?:out )?(?:the |his |her |their )?(?:onboarding )?(?:buddy|mentor)\b|"
        r"\b(?:swap|change|switch) (?:the |his |her |their )?(?:onboarding )?(?:buddy|mentor)\b", re.I)),
    _AskRule("who_buddy", re.compile(
        r"\bwho (?:should|could|do i make|do i pick|do i pair\b[^?]{0,20}\bwith|would make a good|is the best) (?:be )?(?:his |her |their |the )?(?:onboarding )?(?:buddy|mentor)\b|"
        r"\bwho (?:should|could) (?:buddy|mentor|onboard) (?:him|her|them|[a-z]+)\b", re.I)),
    _AskRule("the_ask", re.compile(
        r"\bwhat(?:'s| is|s) (?:the |my )?(?:actual |concrete |real |specific )?ask\b|\bwhat do i (?:actually |concretely )?ask (?:him|her|them|[a-z]+) (?:for|to change)\b", re.I)),
    _AskRule("promise", re.compile(
        r"\b(?:do|should|must|can) i (?:honou?r|keep|stand by|stick to|deliver on|follow through on|inherit) (?:that|the|this|his|her|their|a) (?:\w+ )?(?:promise|commitment)\b|"
        r"\bhonou?r (?:that|the|this|his|her|their) (?:\w+ )?promise\b|\b(?:am i|is it) (?:bound|on the hook) (?:by|for) (?:that|the|this) promise\b", re.I)),
    _AskRule("first", re.compile(r"\bwhat (?:do|should) i do first\b|\bwhere do i (?:even )?start\b|\bwhat(?:'s| is) (?:my |the )?first (?:step|move)\b", re.I)),
    _AskRule("hr", re.compile(
        r"\b(?:loop|bring|get|pull)\s+(?:in\s+)?HR\b|\b(?:loop|bring|get|pull)\s+HR\s+in\b|\b(?:involve|tell|inform|go to|talk to|escalate to|report (?:it|this|him|her|them) to)\s+HR\b|"
        r"\bHR (?:involved|in the loop)\b|\bis (?:this|it|that) (?:an? )?HR (?:thing|matter|issue)\b", re.I)),
)
_ASKS_ANY = re.compile("|".join(f"(?:{r.pattern.pattern})".replace("?P<what>", "?:") for r in _ASK_RULES), re.I)


def asks_how_to_say_no(notes: str) -> bool:
    """True when the manager asks how to deliver a 'not yet' or a no ('how do i tell her without crushing her')."""
    rule = next(r for r in _ASK_RULES if r.name == "not_yet")
    return bool(rule.pattern.search(notes or ""))


def answer_asks(notes: str, words: Words, reading: Reading) -> list[AskAnswer]:
    """The direct questions in the notes, each answered with a recommendation and why, in the order asked."""
    out: list[AskAnswer] = []
    for rule in _ASK_RULES:
        m = rule.pattern.search(notes or "")
        if m is None:
            continue
        answer = _ANSWERS[rule.name](m, words, reading)
        if answer is not None:
            out.append((m.start(), answer))  # type: ignore[arg-type]
    return [a for _, a in sorted(out, key=lambda x: x[0])]  # type: ignore[index]


def _incident(reading: Reading) -> Reason | None:
    return next((r for r in reading.reasons if r.kind == "incident"), None)


# The manager has already heard each side on their own: the joint meeting is the next step, not something to wait for.
_HEARD_SEPARATELY = re.compile(
    r"\b(?:done|had|held|did|finished)\s+(?:the\s+|both\s+|two\s+)?(?:separate|individual|1:1|one-on-one)\s+(?:chats?|talks?|conversations?|meetings?|1:1s?)\b|"
    r"\b(?:talked|spoke|spoken|met)\s+(?:to|with)\s+(?:each(?: of them)?|both(?: of them)?|them(?: both)?)\s+(?:separately|individually|one[- ]on[- ]one)\b|"
    r"\balready\s+(?:heard|talked to|spoken to|met)\s+(?:each|both)\b", re.I)


def joint_after_separate(notes: str) -> bool:
    """The notes ask for a joint meeting with two people after the manager has already met each on their own."""
    joint = next((r.pattern for r in _ASK_RULES if r.name == "joint"), None)
    return bool(joint and joint.search(notes or "") and _HEARD_SEPARATELY.search(notes or ""))


def _answer_joint(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer | None:
    if _HEARD_SEPARATELY.search(m.string):
        return None  # the agenda below is that joint meeting
    inc = _incident(reading)
    other = inc.other if inc else w.others[0] if w.others else "the other person"
    quoted = _QUOTED.search(" ".join(inc.said) if inc else "")
    substance = f"what \u201c{quoted.group(1)}\u201d should mean, agreed and written down" if quoted else "the standard or decision they disagree on, agreed and written down"
    return AskAnswer(
        question=f"Do you get {w.name} and {other} in a room together?",
        answer=(f"Yes, but not yet: hear each of them separately first (this 1-on-1 is that step for {w.name}), then meet "
                f"together within the week with a short agenda: the substance first ({substance}), then how disagreements "
                "get raised from now on."),
        why="Together before each has been heard, it turns into a trial in front of you; after, it settles the question and shows them you back both.",
    )


def _answer_starter(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    return AskAnswer(
        question="A starter project right away, or reading code and papers first?",
        answer=(f"A small, scoped starter project in {w.their} first week or two, with the reading done alongside it and aimed "
                "at that project, not two weeks of reading first. Pick something real but low-risk that goes all the way to "
                "production, with a buddy who reviews it."),
        why="People learn a codebase and a deploy path by changing them; an early shipped change builds confidence and shows you how they work, and reading with a purpose sticks.",
    )


def _answer_starter_fair(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    what = m.group("what").strip()
    pool = re.sub(r"^(?:half |a |one |two |three |a couple of )?(?:a )?(?:sprint|week|day|month)s?(?:'s)? (?:worth )?of\s+", "", what, flags=re.I)
    return AskAnswer(
        question=f"Is {what} a fair starter task?",
        answer=(f"Yes, if it is scoped and paired: pick a few small, well-understood items from the {pool}, pair {w.them} with "
                f"{w.their} buddy on the first ones, and check in after a few days. What would be unfair is leaving {w.them} "
                "alone with the hardest ones for the whole stretch."),
        why="Fixing real issues is a fast tour of the code and the deploy path, and early wins build the confidence to ask.",
    )


def _answer_bring_up(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    what = (m.groupdict().get("what") or "").strip()
    inc = _incident(reading)
    person_asked = next((o for o in w.others if re.search(rf"\b{re.escape(o.casefold())}\b", (what + m.group(0)).casefold())), "")
    subject = person_asked or (inc.other if inc and not what else "")
    if inc is not None and not inc.by_person:
        other = subject or inc.other
        return AskAnswer(
            question=f"Do you bring up {other}?",
            answer=(f"Yes, bring up what happened, not {other} as a person: ask how {w.they} {w.are} finding things first, then "
                    f"name it in one sentence and listen. Then say what you will do about it: talk to {other} separately, and make "
                    f"clear {_norm(inc)}. Don't set up a three-way conversation first."),
            why=(f"{w.name} already knows it happened; if you say nothing, silence reads as agreeing with it or not caring. "
                 f"Hearing {w.them} first, then {other} on {other}'s own, keeps it fair to both."),
        )
    thing = subject or "it"
    return AskAnswer(
        question=f"Do you bring {thing} up or let it go?",
        answer=(f"Bring it up, privately and soon, as a question rather than an accusation: say what you noticed in one "
                f"sentence, ask how {w.they} {w.are}, and listen. Then deal with what is behind it."),
        why="Letting it go tells them nobody noticed or cared; a private, calm question costs little and usually gets the real story.",
    )


def _answer_tell(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    return AskAnswer(
        question=f"Do you tell {w.name}?",
        answer=(f"Yes, yourself, early in the meeting and plainly, with the why; then stop and listen. Don't let {w.them} "
                "hear it from someone else first."),
        why="News told straight by their manager, with the reason, is hard; the same news heard second-hand feels like being kept out.",
    )


def _answer_start(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    if reading.conduct and SOFTLY.search(m.string):
        return _answer_softly(m.string, w)
    if reading.conduct:
        return _answer_open_conduct(m.string, w)
    return AskAnswer(
        question="How do you start it?",
        answer=("Say why you're meeting in your first two minutes: \u201cI want to talk about X. Here is what I've seen, and "
                "why it matters.\u201d Then the facts and their impact, then ask for their side and listen, and end with "
                "agreed next steps and a date to check in."),
        why="Small talk before bad news makes people anxious and the message blurry; said early and plainly, it is kinder and leaves time to listen.",
    )


def _answer_not_yet(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer | None:
    """How to say 'not yet' (or deliver a no) so it is a path, not a verdict: the answer first, credit what is real, the
    gaps with the work that would close each, a date, and what not to say."""
    notes = m.string
    if not (reading.gap or re.search(r"\bpromot\w*|\bsenior\b|\bstaff\b|\bprincipal\b|\bnext level\b|\bcalibration\b|\blevel\b", notes, re.I)):
        return None
    strengths = stated_gaps(notes)[0] or [x for x in [stated_strength(notes)] if x]
    credit = f" Then credit what is real ({'; '.join(strengths)}), in a sentence, not a sandwich." if strengths else " Then credit what is real, in a sentence, not a sandwich."
    asks = gap_asks(reading.gap) if reading.gap else []
    seen = gap_examples(notes)
    example = f"the example you gave ({'; '.join(seen)})" if seen else "one example"
    gaps = (f" Then the gaps as you see them ({reading.gap}), each with {example} and the work that would show the opposite: "
            + "; ".join(asks) + ".") if asks else f" Then the gaps, each with {example} and the work that would show the opposite."
    lost = (" Own the decision: say you argued for the case and it did not carry, without blaming the panel or hiding behind it."
            if re.search(r"\b(?:pushed|argued|fought|advocated) (?:for|hard)\b|\blost\b", notes, re.I) else "")
    return AskAnswer(
        question=f"How do you say 'not yet' without crushing {w.them}?",
        answer=(f"Say it in the first two minutes, in one sentence: \u201cNot this time, and here is exactly what would change that.\u201d"
                f"{credit}{gaps} Agree a date to look at the evidence together, and say what you will do for the case once it is there.{lost} "
                f"Then stop and ask how it lands. Don't soften it into a maybe, compare {w.them} with others, promise the next round, "
                "or pile on every gap you can think of."),
        why="A vague no reads as 'never' and loses people; a clear answer with two gaps, the work that closes them and a date reads as a path.",
    )


def _answer_open_conduct(notes: str, w: Words) -> AskAnswer:
    """How to open a behaviour conversation: the topic and one real example in the first two minutes, then their side."""
    examples = [e for e in conduct_examples(notes, w)[0] if _QUOTED.search(e)]
    said = f" Comments like {examples[0]} have landed badly, and that has to change." if examples else " Here is what I've heard, and why it matters."
    unaware = (f" {w.they.capitalize()} won't see it coming, so give {w.them} a moment to react before you move on."
               if re.search(r"\bwon'?t see it coming\b|\bhas no idea\b|\bdoesn'?t know\b|\bunaware\b|\bblindside\w*", notes, re.I) else "")
    about = "some of your review comments" if re.search(r"\breview|\bcomment|\bPRs?\b|pull request", notes, re.I) else "some of the things you've said to people"
    answer = (f"Say why you're meeting in your first two minutes, with one real example: \u201cI want to talk about how {about} "
              f"land.{said}\u201d{unaware} Then ask for {w.their} side and listen, and end with the change "
              "and a date to check in.")
    return AskAnswer(
        question="How do you open it?",
        answer=answer,
        why="Small talk before a hard message makes people anxious and the message blurry; one real example keeps it about behaviour, not character.",
    )


def _answer_softly(notes: str, w: Words) -> AskAnswer:
    """How to raise someone's behaviour with them so it is a problem solved together, not a reprimand: why they
    matter and what they carry first, then the specific remarks and whom they landed on, their view, one change."""
    examples = conduct_examples(notes, w)[0]
    said = f" ({', '.join(examples[:2])})" if examples and _QUOTED.search(examples[0]) else ""
    hit = [o for o in w.others if re.search(rf"\b(?:on|to|at) {re.escape(o)}\b", notes, re.I)]
    landed = f" and how they landed on {' and '.join(hit[:2])}" if hit else " and how they landed"
    pressure = f"the pressure {w.they} {w.are} under right now and " if _PRESSURE.search(notes) else ""
    return AskAnswer(
        question="How do you raise it without it landing as a telling-off?",
        answer=(f"Keep it private, short and specific. Open with {pressure}why {w.their} work matters to you, then name the "
                f"remarks themselves{said}{landed}, as one thing you noticed, not a verdict on {w.them}. Ask what is going "
                f"on for {w.them} and listen, then agree one change (comments about the code, never the person) and a short "
                "check-in after the pressure eases."),
        why=("A vague 'you've been harsh' sounds like a judgement of the person and invites a defence; the exact words and "
             "a question sound like a problem you solve together, and the pressure explains it without excusing it."),
    )


def _answer_asks(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer | None:
    if not reading.gap:
        return None
    asks = gap_asks(reading.gap)
    listed = "; ".join(f"({i}) {a}" for i, a in enumerate(asks, 1))
    return AskAnswer(
        question=f"What do you ask {w.name} to do?",
        answer=(f"One piece of work per gap you named ({reading.gap}), each with a date: {listed}. Agree when you will look at "
                f"the evidence together, and what you will do for {w.their} case once it is there."),
        why="Concrete work with a date turns 'not yet' into a path; a vague 'keep going' gives nothing to aim at and reads as never.",
    )


def _answer_first(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer | None:
    if not reading.conduct:
        return None
    return AskAnswer(
        question="What do you do first?",
        answer=(f"Check in with each person who raised it, today or tomorrow: thank them, ask what they need now, and tell "
                f"them what you will do (without promising secrecy you can't keep). Then talk to {w.name} this week, with "
                "the specific examples, their impact and a clear expectation; the agenda below is that conversation."),
        why=("The people who came to you need to see it was heard before anything else; and a behaviour talk is fairest "
             "and most useful when it is soon, specific and about what was done, not about who complained."),
    )


def _answer_hr(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    if reading.conduct:
        return AskAnswer(
            question="Do you have to loop in HR?",
            answer=(f"Yes, for advice now, before you talk to {w.name}: tell your HR partner what was reported and what you "
                    "plan to do, and keep dated notes. It becomes HR's process rather than your conversation if anything "
                    "touches a protected characteristic (gender, race, age, disability...), if there is a threat or "
                    "retaliation, or if it continues after you have set the expectation."),
            why=("Behaviour that more than one person feels is a pattern, and a record from the start protects the people "
                 f"who raised it and {w.name} alike; {w.their} output does not change what you do."),
        )
    return AskAnswer(
        question="Do you have to loop in HR?",
        answer=("Yes if it touches harassment, discrimination, a protected characteristic, a threat or someone's health; "
                "otherwise ask HR for advice and keep dated notes, and handle the conversation yourself."),
        why="HR can tell you what your company's process needs, and notes made at the time are what count later.",
    )


# What someone carries, as the manager listed it: "he's doing matchdays + the recruitment model + covering for X".
_LOAD = re.compile(r"\b(?:(?:he|she|they)(?:['’]s|['’]re| is| are)|is|are|(?:has|have|'s) been)\s+(?:doing|juggling|running|carrying|handling|covering|on)\s+(?P<l>[^.;!?]+)", re.I)
_LOAD_SPLIT = re.compile(r"\s*(?:(?<!\d)\+|&|,|\band also\b|\bplus\b|\band\b)\s*", re.I)  # '60+ hr weeks' is one piece
_COVERING = re.compile(r"^(?:covering|filling in|standing in|cover)\b", re.I)
_LIVE = re.compile(r"\b(?:on-?call|matchdays?|game ?days?|support|ops|operations|releases?|incidents?|live|rota|pager|weekly|daily)\b", re.I)


_ON_TOP = re.compile(r"\b(?:took|taken|taking|picked|picking|got|given)\s+(?:over|on|up)?\s*(?P<a>[^.;!?]{3,60}?)\s+on top of\s+(?P<b>[^.;!?,]{3,50}?)(?=\s+(?:and|but|so|which)\b|[.;!?,]|$)", re.I)


def load_items(notes: str) -> list[str]:
    """The pieces of work the notes list as someone's load, in the manager's words (at most five)."""
    m = _LOAD.search(notes or "")
    if m is None:
        extra = _ON_TOP.search(notes or "")  # 'she took over tom's data validation on top of the feature store migration'
        return [re.sub(r"^(?:the|her|his|their)\s+", "", extra.group(g).strip(" ,"), flags=re.I) for g in ("a", "b")] if extra else []
    pieces = [re.sub(r"\s+(?:who|which|that|since|for the (?:last|past)) .*$", "", p).strip(" ,") for p in _LOAD_SPLIT.split(m.group("l"))]
    pieces = [p for p in pieces if len(p.split()) >= 1 and len(p) >= 3]
    return pieces[:5] if len(pieces) >= 2 else []


def _answer_offload(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    load = [re.sub(r"\b(?:guy|person|girl|gal|lady|man|woman|dude|fella)\b", "role", p, flags=re.I) for p in load_items(m.string)]
    covering = [p for p in load if _COVERING.search(p)]
    live = [p for p in load if p not in covering and _LIVE.search(p)]
    rest = [p for p in load if p not in covering and p not in live]
    steps = []
    if covering:
        steps.append(f"hand over {'; '.join(covering)} first: it is someone else's job, so get a backfill or split it across the team, and tell the people who depend on it")
    if rest:
        steps.append(f"defer or pause {'; '.join(rest)} for a few weeks, with a new date you agree with whoever is waiting for it")
    if live:
        steps.append(f"keep {'; '.join(live)} (fixed dates, hard to move), but pair a second person on it so {w.they} {w.are} not the only one who can do it")
    plan = ("; ".join(steps) + ".") if steps else (
        "list everything on their plate before the meeting; hand over anything they cover for someone else first, defer project "
        "work with a new date agreed with whoever waits for it, and keep fixed-date work but pair a second person on it.")
    return AskAnswer(
        question=f"What can you take off {w.name}?",
        answer=(plan[0].upper() + plan[1:] + f" Bring this as a proposal and ask {w.them} what would help most; then tell the stakeholders yourself."),
        why="Taking work off someone is the manager's job: a concrete proposal shows you mean it, while 'tell me if it's too much' leaves the tired person to do the asking.",
    )


# The buddy the manager planned ('plan was aisha as his onboarding buddy') and signs they have no time for it.
_PLANNED_BUDDY = re.compile(r"\b(?P<n>[A-Za-z]{3,}) (?:as|is|was|would be|to be) (?:his|her|their|the) (?:onboarding )?(?:buddy|mentor)\b", re.I)
_NO_TIME = re.compile(r"\b(?:buried|swamped|slammed|drowning|underwater|overloaded|stretched|maxed out|at capacity|no time|no bandwidth|flat out|too busy)\b", re.I)


def _answer_the_ask(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer | None:
    """The concrete ask in a behaviour conversation: one change said as a request, a look back together, a date."""
    if not reading.conduct:
        return None
    public = re.search(r"\bpublic(?:ly)?\b|\bin (?:the )?(?:channel|standup|meeting|front of)\b|\bon (?:the )?(?:PRs?|pull requests?)\b", m.string, re.I)
    repair = (f" Where the comments were public, ask {w.them} to repair it in the same place: a short reply owning the tone, "
              "then the substance.") if public else ""
    return AskAnswer(
        question="What is the actual ask?",
        answer=(f"One change, said as a request, not a hint: review comments are about the code, never the person (no sarcasm, "
                f"no 'did you even', a suggestion instead of a verdict).{repair} Then ask {w.them} to look back at {w.their} "
                "last few reviews with you next week, and agree a check-in in two to three weeks."),
        why="A clear, small, checkable change is easy to say yes to; 'be nicer' is not an ask anyone can meet or you can check.",
    )


# What was promised, as the manager quotes it ('promised him a move into ML engineering by the summer').
PROMISED = re.compile(r"\bpromised (?:him|her|them|[A-Z][a-z]+) (?P<what>[^.;!?]{3,90}?)(?=[.;!?]|,\s*(?:nothing|no|but|and)\b|$)", re.I)


def promised_text(notes: str) -> str:
    """What was promised to the person, in the manager's words without quote marks, or ''."""
    said = PROMISED.search(notes or "")
    return re.sub(r"(?<!\w)['\u2018\"]|['\u2019\"](?!\w)", "", re.sub(r"\s+", " ", said.group("what"))).strip() if said else ""


def _answer_promise(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    """Whether to honour a promise someone else made to this person: neither repeat it nor drop it; find out what was
    said, come back by a date with what is realistic, and say early if it cannot happen."""
    what = promised_text(m.string) or "what was promised"
    return AskAnswer(
        question="Do you honour the promise?",
        answer=(f"Honour the intent, not blindly the date. In this meeting, don't repeat the promise and don't dismiss it: say you "
                f"know about it ({what}), ask {w.them} exactly what was said and what {w.they} understood, and say you will come "
                f"back by a date you name (within a few weeks) with what is realistic: the gap to close, a first piece of work "
                f"toward it with someone to learn from, and a checkpoint. If it cannot happen on that timeline, say so as soon as "
                f"you know, with the reason and what would make it possible."),
        why=(f"An unwritten promise from a manager who left is still what {w.name} is counting on; breaking it quietly costs the "
             "trust you are starting to build, and re-promising it before you know costs more later."),
    )


def _answer_who_buddy(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    """Who a new joiner's buddy should be, when the obvious choice has no time: time to answer beats seniority."""
    notes = m.string
    slammed = _NO_TIME.search(notes)
    team_busy = re.search(r"\beveryone(?:'s| is)? (?:\w+ )?(?:slammed|swamped|buried|busy|stretched|underwater|flat out)\b|\b(?:the )?(?:whole )?team(?:'s| is) (?:\w+ )?(?:slammed|swamped|stretched|underwater|buried|flat out)\b", notes, re.I)
    first = ("Not the obvious person while they have no time: a buddy with no time teaches a new person that asking is a burden. "
             if slammed else "")
    busy = ("With everyone stretched, pay for it: take something off the buddy's plate for the first two weeks, and say so to the team. "
            if team_busy else "Take something off the buddy's plate for it. ")
    return AskAnswer(
        question=f"Who should be {w.name}'s buddy?",
        answer=(f"{first}Pick the person who can give about an hour a day for {w.their} first two weeks and knows the code "
                f"{w.they} will touch first; time to answer quickly matters more than seniority, and a mid-level engineer "
                f"often makes the best buddy (it is growth for them too). {busy}Ask the obvious expert for one 30-minute "
                f"walkthrough of the system instead, and be the fallback yourself in week one: a 15-minute check-in each day."),
        why="New joiners learn from the questions they get answered within the hour; a busy expert's answers come a day late.",
    )


def _answer_buddy(m: re.Match[str], w: Words, reading: Reading) -> AskAnswer:
    planned = _PLANNED_BUDDY.search(m.string)
    buddy = planned.group("n").capitalize() if planned and planned.group("n").casefold() not in {"plan", "someone", "who"} else "the planned buddy"
    if _NO_TIME.search(m.string):
        return AskAnswer(
            question="Do you swap the buddy?",
            answer=(f"Yes, before day one: pick someone with room in the next month who knows the code {w.name} will touch "
                    f"first, and brief them. Ask {buddy} for one short intro instead, and tell {buddy} plainly they are off the hook."),
            why=("A buddy with no time teaches a new person that asking is a burden; the first weeks need someone who answers "
                 "within the hour."),
        )
    return AskAnswer(
        question="Do you swap the buddy?",
        answer=(f"Keep {buddy} if they can give about an hour a day for the first two weeks; if not, swap now, before "
                f"day one, to someone who can, and brief them on what {w.name} should learn first."),
        why="What makes a buddy work is time to answer quickly, more than seniority.",
    )


_ANSWERS = {"starter_fair": _answer_starter_fair, "buddy": _answer_buddy, "offload": _answer_offload, "asks": _answer_asks, "first": _answer_first, "hr": _answer_hr, "joint": _answer_joint, "starter": _answer_starter, "bring_up": _answer_bring_up, "tell": _answer_tell, "start": _answer_start, "not_yet": _answer_not_yet, "who_buddy": _answer_who_buddy, "promise": _answer_promise, "the_ask": _answer_the_ask}


def _norm(reason: Reason) -> str:
    text = " ".join(reason.said)
    return next((norm for pattern, norm in _NORMS if pattern.search(text)), "how this is handled here from now on")


def _plain_verb(verb: str) -> str:
    """A third-person verb in its plain form ('talks' -> 'talk', 'pushes' -> 'push', 'replies' -> 'reply')."""
    low = verb.lower()
    if low.endswith("ies"):
        return verb[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1] if not low.endswith("ss") else verb


_SUBJECTLESS = re.compile(r"(^|,\s+|;\s+)((?:always |often |never |still |also )?)(doesn'?t\b|hasn'?t\b|isn'?t\b|wasn'?t\b|"
                          r"(?:[a-z]{3,}(?<!ss)(?<!ous)(?<!is)s|[a-z]{3,}ed)\b(?=\s+(?:his|her|their|your|it|the|a|an|to|any|anything|up|on|in|back|every|each)\b))", re.I)
_YOUR_VERB = {"doesn't": "don't", "doesnt": "don't", "hasn't": "haven't", "hasnt": "haven't", "isn't": "aren't", "isnt": "aren't", "wasn't": "weren't", "wasnt": "weren't"}


def _your_verb(verb: str) -> str:
    """A verb said of the person, said to them ('misses' -> 'miss', "doesn't" -> "don't", 'skipped' stays)."""
    low = verb.lower()
    return _YOUR_VERB.get(low, verb if low.endswith("ed") else _plain_verb(verb))


def second_person(text: str, w: Words) -> str:
    """The manager's clause said to the person ("dagny's code" -> "your code", "he was tracking" -> "you were tracking");
    only the person's own name and pronouns change ("as if it were his" stays when he is someone else)."""
    name = re.escape(w.name.casefold())
    subj = {"she": "she", "he": "he"}.get(w.they, "")
    subjects = f"{name}|{subj}" if subj else name
    verbs = {"was": "were", "is": "are", "has": "have", "wasn't": "weren't", "isn't": "aren't", "hasn't": "haven't", "doesn't": "don't", "does": "do"}
    out = re.sub(rf"\b{name}['’]s\b(?=\s+(?!been\b|gone\b|got\b|not\b|just\b|a\b|an\b|the\b|very\b|so\b|really\b)[a-z])", "your", text, flags=re.I)
    out = re.sub(rf"\b(?:{subjects})\s*['’]s(?=\s+(?:(?:already|just|also|now|since|never|not) )?(?:missed|made|done|been|got|had|taken|shipped|slipped|[a-z]{{3,}}ed)\b)", "you've", out, flags=re.I)  # "he's missed": has
    out = re.sub(rf"\b(?:{subjects})\s*['’]s\b", "you're", out, flags=re.I)
    out = re.sub(rf"\b(?:{subjects}) (was|is|has|does|doesn'?t|hasn'?t|isn'?t|wasn'?t)\b", lambda m: "you " + verbs.get(m.group(1).lower(), m.group(1)), out, flags=re.I)
    out = re.sub(rf"\b(?:{subjects}) ((?:always|often|never|constantly|usually|sometimes|still|just|really|also) )?([a-z]{{3,}}s)\b(?!['’])",
                 lambda m: f"you {m.group(1) or ''}{_plain_verb(m.group(2))}", out, flags=re.I)  # 'oren talks down' -> 'you talk down'
    if w.they == "she":
        out = re.sub(r"\bher\b(?=\s+(?:[a-z]{3,}|\d))(?!\s+(?:to|and|at|in|on|for|with|about|that|from|into|as|when|after|before|since|over)\b)", "your", out, flags=re.I)
        out = re.sub(r"\b(?:her|she)\b", "you", out, flags=re.I)
        out = re.sub(r"\bhers\b", "yours", out, flags=re.I)
    elif w.they == "he":
        out = re.sub(r"\bhis\b(?=\s+(?:[a-z]{3,}|\d))", "your", out, flags=re.I)
        out = re.sub(r"\bhis\b", "yours", out, flags=re.I)
        out = re.sub(r"\b(?:he|him)\b", "you", out, flags=re.I)
    # a clause with its subject left out ('misses his own dates, doesn't flag it until i ask'): the person is its subject
    out = _SUBJECTLESS.sub(lambda m: f"{m.group(1)}you {m.group(2)}{_your_verb(m.group(3))}", out)
    out = re.sub(r"\bi\b", "I", out)  # the manager speaking
    return re.sub(rf"\b{name}\b", "you", out, flags=re.I)


MAX_QUOTE_WORDS = 8  # the manager's words are quoted whole phrase by whole phrase to name things, never pasted back
_DANGLING_END = frozenset("the a an of to and or but with for at in on by from his her their my our your its who that so".split())


def _quote(said: list[str]) -> str:
    """The manager's clauses, each as whole phrases up to MAX_QUOTE_WORDS words (never cut mid-phrase)."""
    parts = [p.strip() for s in said for p in re.split(r":\s+", s) if p.strip()]  # "ready-ish: great technically, ...": two points
    return "; ".join(f"\u201c{_clip(p)}\u201d" for p in parts)


def _clip(text: str) -> str:
    """Whole comma-separated phrases while they fit; a first phrase too long alone is cut where no word dangles."""
    kept: list[str] = []
    for piece in re.split(r"(?<=,)\s+", text.strip()):
        if len(" ".join(kept + [piece]).split()) > MAX_QUOTE_WORDS:
            break
        kept.append(piece)
    if kept:
        return " ".join(kept).rstrip(",;: ")
    words = text.split()[:MAX_QUOTE_WORDS]
    while len(words) > 3 and words[-1].casefold().strip(",;:") in _DANGLING_END:
        words.pop()
    return " ".join(words).rstrip(",;:") + "\u2026"


@dataclass
class ReasonItem:
    """An agenda item for one reason: title, who leads, its weight, notes, questions and prep."""

    title: str
    owner: Literal["them", "you", "both"]
    weight: float
    notes: str
    questions: list[str]
    prep: list[str]
    guidance: str
    detail: str
    rank: int = 2  # the reason for the meeting leads; a handover follows the welcome and their topics


_DECIDED_ON = re.compile(r"\bdecided to \w+ (?P<o>(?:the |her |his |their |our )?[\w -]{3,50}?)"
                         r"(?=\s+(?:\w+ )?(?:has|had|have|is|was|were)\b|\s+(?:that|which|who)\b|\s+\w+['’](?:s|ve|re|d)\b|[,;.]|$)", re.I)


def _subject(clause: str) -> str:
    """What a piece of news is about: the words before its verb ('his eval infra project moved ...' -> 'his eval infra
    project'), or what was decided about ('decided to shelve the sneaker model noemi has ...' -> 'the sneaker model')."""
    decided = _DECIDED_ON.search(clause)
    if decided:
        return decided.group("o").strip()
    body = re.sub(r"^(?:while|when|since|after) [^,]*?(?:was|were) (?:out|away|off)\W*", "", clause, flags=re.I)
    m = _NEWS.search(body)
    head = body[: m.start()] if m else body
    marks = list(re.finditer(r",\s*(?:which|that|who)\b", head))
    head = head[: marks[-1].start()] if marks else head  # 'the X, which i've already given': the X
    head = re.sub(r"\s+(?:got|was|were|has been|have been|is being|is|are|had been|just)\s*$", "", head.strip(), flags=re.I)
    joined = list(re.finditer(r"\s+and\s+(?=(?:the|his|her|their|our|a|an)\b)", head, re.I))
    head = head[joined[-1].end():] if m and joined else head  # 'X ships on Y and the fine-tuned model is cancelled': the model
    words = head.split()[-8:]
    start = next((i for i, x in enumerate(words) if x.casefold() in ("the", "his", "her", "their", "a", "an", "our")), 0)  # the thing, from its article
    return " ".join(words[start:]) if words else "the change"


def reason_items(reading: Reading, w: Words) -> list[ReasonItem]:
    """The agenda items for the reasons the notes give, in the order the manager said them."""
    items: list[ReasonItem] = []
    read = next((r for r in reading.reasons if r.kind == "read"), None)
    for r in reading.reasons:
        if r.kind == "news":
            items.append(_news_item(r, w, reading.news_unknown, reading.after_asked))
        elif r.kind == "incident":
            items.append(_incident_item(r, w, reading.right_on_substance, r.other in reading.gone))
        elif r.kind == "goal" and reading.back_from_leave and continues_work(r):
            items.append(_keep_item(r, w))
        elif r.kind == "goal":
            items.append(_goal_item(r, w, read))
        elif r.kind == "handback":
            items.append(_finished_item(r, w) if r.finished else _changed_item(r, w) if r.changed else _handback_item(r, w, reading.wish_open))
        elif r.kind == "takeover":
            items.append(_takeover_item(r, w))
        elif r.kind == "credit":
            items.append(_credit_item(r, w))
        elif r.kind == "belonging":
            items.append(_belonging_item(r, w))
        elif r.kind == "ask":
            items.append(_ask_item(r, w, reading.said_no))
        elif r.kind == "read" and not any(x.kind == "goal" for x in reading.reasons):
            items.append(ReasonItem(
                "Your honest read", "you", 2,
                (f"Say what you have seen plainly and kindly, as two or three things that happened (what, when, the effect), "
                 f"not as a label or a verdict on {w.them}. Then ask how it compares with {w.their} own view."),
                ["How does that compare with how you see it?"],
                [f"Your read in your own words ({_quote(r.said)}) stays with you: turn it into two or three things you saw, each with when it happened."],
                "holistic-feedback", "Your read of them, said as what you saw with examples, never as a label.",
            ))  # fmt: skip
    return items


_OWN_TIME = re.compile(r"\b(?:over|on|during) (?:a|the|one) (?:weekend|saturday|sunday|holiday)\b|\bin (?:his|her|their) (?:own|spare) time\b", re.I)
def _own_time_ask(w: Words) -> str:
    return (f" Then ask, gently and without making it a rule, what made {w.their} own time feel necessary, and say the next one can be "
            "raised in working hours.")


def _credit_item(r: Reason, w: Words) -> ReasonItem:
    """Work they took on that the manager values: named specifically, the work praised rather than the hours, and who
    owns it from here agreed with the colleague it came from."""
    did = _DID.search(" ".join(r.said))
    thing = re.sub(r"\s+(?:last|this|yesterday|today|on)\b.*$|\s+\w+day$", "", did.group("x").strip(), flags=re.I) if did else "what they took on"
    for name in w.others:
        thing = re.sub(rf"\b{re.escape(name.casefold())}(?=['’]s\b|\b)", name, thing, flags=re.I)
    head = did.group(0).lower().split()[:2] if did else ["took", "on"]
    verb = " ".join(head if head[1] in ("up", "on", "over", "for") else head[:1])
    scope = f" Then agree the scope with {r.other}: who owns {thing} from here, and what {w.they} can hand back." if r.other else ""
    effect = re.search(r"\b(?:lifted|improved|raised|increased|grew|cut|reduced|saved|halved|doubled|passed|cleared|beat|went live|got (?:approved|accepted|signed off))\b[^,.;]{2,40}", " ".join(r.said), re.I)
    notes = (f"Name it specifically, early: {w.they} {verb} {thing} unasked, and say what it showed (initiative, care for the "
             f"team's work). Praise the work, not the hours behind it.{scope}{_own_time_ask(w) if _OWN_TIME.search(' '.join(r.said)) else ''}") if not r.win else (
        f"Name it specifically, early: {w.they} {verb} {thing}" + (f", and it {effect.group(0).strip()}" if effect else "")
        + ". Say what it changed for the team and the users, and who you will tell about it (your manager, the stakeholders); "
        "then ask what was hard about it and what they learned.")
    questions = [f"What made you pick up {thing}, and how is it going?"] if not r.win else [
        "What was hardest about it, and what did you learn?", "What would you like to take on next?"]
    if r.other:
        questions.append(f"How much of {thing} do you want to keep, and what should go back to {r.other}?")
    prep = [f"Look at {thing} before the meeting so the thanks is specific."] + ([f"Check with {r.other} how {thing} is split now."] if r.other else [])
    return ReasonItem(f"Recognise: {thing}", "you", 2, notes, questions, prep, "advocate-and-credit-the-team",
                      "Work they took on themselves: credited specifically, the scope agreed.")


def _keep_item(r: Reason, w: Words) -> ReasonItem:
    """Back from time away with a wish to keep some of what they did there: heard, sized, and answered by a date."""
    goal = _GOAL.search(" ".join(r.said))
    what = goal.group("what").strip() if goal else "keep some of that work"
    s = "s" if w.they in ("he", "she") else ""
    notes = (f"{w.they.capitalize()} would like to {what}. Say you heard it and that it is welcome: ask which part matters "
             f"most and how much of {w.their} week {w.they} imagine{s} for it, then agree when you will answer and what it "
             "would replace.")
    questions = ["Which part of it would you most like to keep, and how much of your week would it take?"]
    prep = [f"Decide how much room there is for it (a day a week, a small project) before the meeting, so {w.name} hears a real answer soon."]
    return ReasonItem(f"What {w.they} would like to keep: {_clip_words_plain(what, 8)}", "both", 3, notes, questions, prep,
                      "re-onboarding", "Back with a wish to keep some of the work done away: heard, sized and answered by a date.")


def _clip_words_plain(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("\u2026" if len(words) > n else "")


def _move_item(r: Reason, w: Words, what: str, said_no: bool) -> ReasonItem:
    """Their request to move to other work: heard out first, the point of their current work explained, and the answer
    given honestly (the manager's no, when decided, with what would change it)."""
    for name in w.others:
        what = re.sub(rf"\b{re.escape(name.casefold())}(?=['’]s\b|\b)", name, what, flags=re.I)
    said = " ".join(r.said)
    quoted = _QUOTED.search(said)
    why = f" ({w.they} say{'s' if w.they in ('he', 'she') else ''} the current work \u201c{quoted.group(1)}\u201d)" if quoted else ""
    answer = ("Then give your answer honestly: not now, with the reason, what would change it and when you will look again; "
              "don't leave it open." if said_no else "Say when you will answer, and what a move would depend on.")
    notes = (f"{w.they.capitalize()} asked to {what}. Hear {w.them} out first and ask what is behind it{why}. Take the doubts "
             f"seriously: explain why {w.their} current work matters (who uses it, what it changes) and what {w.their} part "
             f"is, and ask what would make it worth doing for {w.them}. {answer}")
    questions = ["What draws you to that work, and what is missing in what you do now?",
                 "What would make your current work feel worth doing?"]
    prep = [f"Write down in two sentences why {w.name}'s current work matters, and what would change your answer."]
    return ReasonItem(f"{w.name}'s request: {what}", "both", 4, notes, questions, prep, "explain-the-why",
                      f"{w.name} asked to move: heard out, the why of the current work, an honest answer.")


# A request for fewer or different hours ('move to four days a week', 'go part-time', 'compressed hours'): flexible work,
# not a wish to move to other work and not a load to talk them out of.
FLEXIBLE_WORK = re.compile(r"\b(?:(?:four|three|two|[1-4])[- ]days? (?:a|per) week|(?:four|three|[3-4])[- ]day (?:week|weeks)|part[- ]time|"
                           r"compressed (?:hours|week)|(?:fewer|reduced|shorter|flexible) (?:hours|days)|job[- ]share|\d{2} ?% (?:time|hours|contract))\b", re.I)


def _flexible_work_item(r: Reason, w: Words, what: str) -> ReasonItem:
    """A request to work fewer or different hours: taken seriously as a request, with what the manager can agree now,
    the formal route for it, and how the work is scoped to the new pattern."""
    notes = (f"{w.they.capitalize()} asked to {what}. Take it seriously and say so: ask what pattern would work for {w.them} and from "
             "when, say what you can agree now (a trial from a date, which days) and what needs the formal flexible-working "
             f"request with HR, and by when {w.they} will have an answer. Then scope the work to the new pattern together: what "
             f"{w.they} own{'s' if w.they != 'they' else ''} on the new pattern, and what moves to someone else, so it is not a full week's work in fewer days.")
    questions = ["What pattern would work best for you, and from when?", "What would make the new pattern work well, for you and for the work?"]
    prep = [f"Check the company's flexible-working policy and the HR route before the meeting, so you can tell {w.name} what you can agree now and what goes through the formal request.",
            f"Sketch what {w.name}'s work looks like at the new pattern: what stays with {w.them} and what moves."]
    return ReasonItem(f"{w.name}'s request: {what}", "both", 4, notes, questions, prep, "sustainable-pace",
                      f"{w.name} asked for flexible work: a request to agree how, not a wish to leave the work.")


def _ask_item(r: Reason, w: Words, said_no: bool = False) -> ReasonItem:
    """Their own request for less (to drop research time, step back from a project): discussed as their ask, with
    what is behind it, before anything is decided; a request to move to other work has its own item, and one for
    fewer or different hours is flexible work."""
    goal = _GOAL.search(" ".join(r.said)) or ASKED_IF.search(" ".join(r.said))
    if goal and FLEXIBLE_WORK.search(goal.group("what")):
        return _flexible_work_item(r, w, re.split(r",\s+(?:and\s+|but\s+)?(?:she|he|they)\b", goal.group("what").strip(), maxsplit=1)[0].strip())
    if goal and _MOVE.match(goal.group("what")):
        return _move_item(r, w, goal.group("what").strip(), said_no)
    what = re.split(r",\s+(?:and\s+|but\s+)?(?:she|he|they)\b", goal.group("what").strip(), maxsplit=1)[0].strip() if goal else "change their load"
    notes = (f"{w.they.capitalize()} asked to {what}. Discuss it as {w.their} ask, not a decision already made: what is behind "
             f"it, and whether dropping it would help or would take away the part of the work that gives {w.them} energy. If "
             f"the load is the problem, offer to take other work off {w.their} plate instead, and agree together what changes "
             f"and for how long.")
    yours = second_person(what, w)
    questions = [f"You asked to {yours}: what would that free up for you?", "If we took something else off your plate instead, what would you pick?"]
    prep = [f"Decide what else you could take off {w.name}'s plate, so the answer to {w.their} request is not only yes or no."]
    return ReasonItem(f"{w.name}'s request: {what}", "both", 3, notes, questions, prep, "sustainable-pace",
                      f"{w.name} asked for less: {w.their} request discussed as {w.their} ask, with what is behind it.")


def _belonging_item(r: Reason, w: Words) -> ReasonItem:
    """A wish to prove they belong: reassurance said plainly, and what good looks like, so they can stop proving it."""
    notes = (f"Say it plainly: {w.they} {w.are} here because {w.they} {w.are} good, and {w.their} place is not on trial. "
             f"Then say what good looks like in {w.their} first months (two or three concrete outcomes, at normal hours), "
             f"so {w.they} can measure {w.them}self against that rather than against late nights.")
    said = _QUOTED.search(" ".join(r.said))
    if said and len(said.group(1).split()) <= MAX_QUOTE_WORDS:  # their own words, whole: worth hearing back
        notes += f" {w.they.capitalize()} said: \u201c{said.group(1)}\u201d."
    questions = ["What would tell you that you're doing well here?", "What does proving yourself look like to you right now?"]
    prep = [f"Write down two or three outcomes that would make {w.name}'s first months a success, and one thing already done well."]
    return ReasonItem("You belong here: what good looks like", "you", 3, notes, questions, prep, "trust-and-safe-failure-culture",
                      "Worried about proving they belong: reassurance and clear expectations, not more effort.")


_GIVEN_AWAY = re.compile(r"\b(?:which|that) (?:i|we)(?:'ve| have)? (?:already )?(?:more or less |pretty much |basically |kind of )?(?:given|handed|promised|offered|assigned)(?: it)? to (?P<who>[^,.;?!()]{3,40})", re.I)
_HEARSAY = re.compile(r"\b(?:i'?ve heard|i heard|heard (?:secondhand|second-hand|via|from|through)|secondhand|second-hand|apparently|i'?m told|i was told|rumou?r)\b", re.I)


def _news_item(r: Reason, w: Words, unknown: bool, after: bool = False) -> ReasonItem:
    subjects = [second_person(_subject(s), w) for s in r.said]
    named = [_subject(s) for s in r.said]
    first = f"{w.name} doesn't know yet: tell {w.them} yourself, " if unknown else "Tell it "
    decided = next((m for m in map(_DECIDED_ON.search, r.said) if m), None)
    said = _quote(r.said)
    if decided:  # a decision made above them: said as the decision, with credit for the work it ends
        before = re.split(r"\b(?:that|and|but|so|because)\b|[,.;:]", r.said[0][: decided.start()])[-1].strip()
        who = re.sub(r"^\W*(?:my|our)\s+", "your ", before, flags=re.I) or "it was"
        said = f"{who} decided to {decided.group(0).split()[2]} {decided.group('o').strip()}, and it is final"
    notes = (f"{first}near the start and plainly, one piece at a time, each with the why (a business call, not a judgement "
             f"on {w.them}): {said}. Then stop and listen, and say what {w.they} own{'s' if w.they in ('he', 'she') else ''} now and what happens next.")
    gone = next((m for m in map(_GIVEN_AWAY.search, r.said) if m), None)
    if gone:  # 'which i've already more or less given to someone else': the manager's own decision, said as it is
        said = f"{named[0]} has gone to {gone.group('who').strip()}"
        notes = notes.replace(_quote(r.said), said)
    if any(_HEARSAY.search(x) for x in r.said):  # heard second-hand: what they were told is theirs to say first
        notes = (f"You heard part of this second-hand, so start by asking what {w.they} {'were' if w.they == 'they' else 'was'} told about "
                 f"{named[0]}, and listen. Then " + notes[0].lower() + notes[1:]).replace("near the start and plainly", "plainly")
    if decided:
        notes += (f" Credit the work by name and what it taught the team; don't reopen the decision or blame whoever made it. "
                  f"Then what {w.they} would like to work on next, so {w.they} leave{'s' if w.they in ('he', 'she') else ''} with a next step, not only a loss.")
    questions = ["How does that land with you?"] + ([f"What would you want to happen next with {x}?" for x in subjects[:2]] if not decided else
                                                    ["What from this work should we write up or keep?", "What would you like to work on next?"])
    prep = [f"Write down the reason for each change and what {w.name} owns or can aim for now, before the meeting."]
    if after:
        prep.append(f"Afterwards: write down what you agreed, check in with {w.name} the next day, make sure the announcement "
                    f"credits {w.their} work by name, and start the talk about what {w.they} work{'s' if w.they in ('he', 'she') else ''} on next within the week.")
    heads = [re.sub(r"\s*\([^)]*$", "", x).strip() for x in named[:2]]  # a bracket the clip cut open is left out of the title
    if r.told:
        notes, head = _told_notes(r, w)
        heads = [head]
        questions = ["How does that land with you?", f"What would you want from me to make {'the new work' if len(r.said) > 1 else 'the next step'} a good one?"]
    return ReasonItem(f"News for {w.name}, told early: " + "; ".join(heads), "you", 3, notes, questions, prep,
                      "explain-the-why", "News they don't have yet: told early and plainly, with the why, then listening.")


# What they did was about the colleague's work (a PR rewritten, a review torn apart), not a moment ("snapped at Tom's question").
_ABOUT_WORK = re.compile(r"\b(?:PR|pull request|code|review\w*|work|model|notebook|commit\w*|design|doc|analysis|rewr\w+|revert\w*|redid|overw\w+|ripped)\b", re.I)


_RIGHT = re.compile(r"\bright on (?:the )?substance\b|\b(?:she|he|they)(?:'s| is| are| was| were) (?:actually |technically )?right\b|\b(?:has|had) a point\b", re.I)


def _incident_item(r: Reason, w: Words, right: bool = False, gone: bool = False) -> ReasonItem:
    quoted = _QUOTED.search(" ".join(r.said))
    if r.by_person:
        notes = (f"You saw: {_quote(r.said)}. Hear {w.their} view first: the substance may be right. Then, on its own, how it was "
                 f"done and its effect on {r.other}; ask {w.them} to put it right with {r.other}, and agree {_norm(r)}.")
        questions = [
            (f"What did you think of {r.other}'s work, and what would 'good' look like?" if _ABOUT_WORK.search(" ".join(r.said))
             else f"What was going on for you in that moment with {r.other}?") if not quoted else f"What does \u201c{quoted.group(1)}\u201d mean to you, concretely?",
            f"How do you think it came across to {r.other}?",
            f"What would you do to put it right with {r.other}?",
        ]
        prep = [f"Talk to {r.other} separately too, so both are heard before any joint conversation."]
        return ReasonItem(f"What happened with {r.other}: {w.their} side, then the delivery", "both", 4, notes, questions, prep,
                          "facts-not-blame", f"{w.name} and {r.other}: hear {w.their} view, then the effect of how it was done.")
    unheard = f" (you haven't heard {r.other}'s side yet, so don't judge it in the room)" if r.unheard else ""
    pieces = [p for c in r.said for p in re.split(r",\s+", c) if re.search(rf"\b{re.escape(r.other)}\b", p, re.I)]
    act = (f"check what is on record, since {r.other} has left" if gone else f"talk to {r.other} separately{unheard}")
    notes = (f"Ask how {w.they} {w.are} doing before naming it. Then say what you know in one sentence "
             f"({_quote(pieces or r.said)}), hear {w.their} side and how it landed, and say what you will do: {act}, and make clear {_norm(r)}.")
    if right:
        were = "were" if w.they == "they" else "was"
        notes += (f" Say plainly that {w.they} {were} right on the substance, and that how it was said in front of others "
                  f"cost {w.them} the argument; agree one repair step with {r.other} (a short word, or a follow-up on the "
                  "work itself) and how to disagree in the room next time.")
    said_you = _REPORTING.sub("", second_person(r.said[0], w))
    yours = re.search(r"\byour((?:\s+(?!at\b|on\b|in\b|over\b|from\b|to\b|for\b|with\b|as\b|and\b|the\b|while\b|when\b|since\b|during\b|but\b|because\b|after\b|before\b)[\w'-]+){1,3})", said_you)
    about = f"{r.other} and your{yours.group(1)}" if yours else f"what happened with {r.other}"
    questions = [
        "How are you feeling about it now?",
        f"I heard about {about}. How did that land with you?",
        "What would you like to happen now?",
    ]
    prep = [f"Get the facts straight before the meeting (what happened, when, who saw it), and plan your conversation with {r.other} for after it."
            if not gone else f"Get the facts straight before the meeting (what was said, when, what is on record): {r.other} has left, so ask those who worked with them."]
    if gone:  # someone who has left did it: no wrongdoing to hear about, what they said or left behind
        questions[1] = f"What did you understand from {r.other}, and what do you need from me now?"
    return ReasonItem(f"What happened with {r.other}", "both", 4, notes, questions, prep,
                      "facts-not-blame", f"Something {r.other} did that affected {w.name}: hear {w.them} first, then act on it.")


_MONTH = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?: (?:cycle|round|posting))?", re.I)


_MONTH_NAME = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b", re.I)


def _goal_item(r: Reason, w: Words, read: Reason | None) -> ReasonItem:
    found = (m for said in [*r.said, " ".join(r.said)] for m in (_GOAL.search(said) or ASKED_IF.search(said),) if m)
    goal = next(found, None)  # "wants to lead X", "asked if she can go up to senior": in the sentence that says it
    what = _MONTH_NAME.sub(lambda m: m.group(0).capitalize(), second_person(goal.group("what").strip(), w)) if goal else ""
    honest = (f" Then your honest read, as you put it ({_quote(read.said)}): what is already there and the gap, each with an "
              "example.") if read else " Then your honest read: what is already there and the gap, each with an example."
    when = _MONTH.search(" ".join(r.said))
    by = f"before {when.group(0).capitalize()}" if when else "before the next date that matters"
    # what they want, named; their own words are theirs to say in the meeting, never the manager's notes quoted as theirs
    wants = f" ({what})" if what else ""
    notes = (f"Start from what {w.they} want{'s' if w.they in ('he', 'she') else ''}{wants}: ask {w.them} to say it in {w.their} own words "
             f"and what draws {w.them} to it.{honest} Agree one or two concrete steps {by}, and how you will support {w.their} case.")
    questions = ["What draws you to it, and what would you do first?", "Where do you think you're ready, and where not yet?",
                 "What would you want from me between now and then?"]  # fmt: skip
    prep = ["Write down two concrete strengths and the one or two gaps, each with an example, and one step that would close each gap."]
    return ReasonItem(f"{w.name}'s goal: {what}" if what else f"{w.name}'s goal", "both", 4, notes, questions, prep, "champion-career-growth",
                      "A goal in their own words: the honest gap and concrete steps toward it.")


def _finished_item(r: Reason, w: Words) -> ReasonItem:
    """Work a colleague finished while they were away: said plainly, as a call about timing that says nothing about
    them, then what they would like to own next."""
    done = re.search(r"\b(?:finished|completed|wrapped up|shipped|delivered)\s+(?P<x>(?:the|his|her|their|a|an)\s+[\w -]+?)(?=\s+(?:\w+ )?(?:had|has|was|were|while|when)\b|[,.;]|$)", " ".join(r.said), re.I)
    passive = _FINISHED_AWAY.search(" ".join(r.said))
    thing = done.group("x").strip() if done else passive.group("thing").strip() if passive and passive.group("thing") else "the work"
    yours = second_person(thing, w)
    notes = (f"Say it plainly and early, yourself, before {w.they} find{'s' if w.they in ('he', 'she') else ''} out another way: "
             f"{r.other} finished {thing} while {w.they} {'were' if w.they == 'they' else 'was'} away. It was a call about "
             f"timing, and it says nothing about {w.them}; credit what {w.they} built before leaving. Then ask what {w.they} "
             f"would like to own next, rather than handing {thing} back.")
    questions = [f"How do you feel about {yours} being finished while you were away?", "What would you like to own next?"]
    ask = f"Ask {r.other} for" if r.other[:1].isupper() else "Get"
    prep = [f"{ask} a short note on how {thing} ended up, and note what {w.name} built before leaving, to credit it."]
    title = f"{r.other} finished {thing}: what you own next"
    return ReasonItem(title[:1].upper() + title[1:], "you", 3, notes, questions, prep, "re-onboarding",
                      f"Work {r.other} finished while they were away: said plainly, not a judgement, then what they own next.")


_THEIR_WORK = re.compile(r"\b(?P<x>(?:his|her|their)\s+[\w -]{3,40}?)\s+(?:was|were|got|had been|has been|went|moved|passed)\b", re.I)
_REWORKED = re.compile(
    r"\b(?:rewrote|rewritten|redid|redone|refactored|rebuilt|reworked|replaced|overhauled|restructured|changed)\s+(?:about |roughly |most of |some of |parts? of |"
    r"a lot of |half (?:of )?|about half (?:of )?)*(?P<x>(?:his|her|their|the)\s+[\w -]+?)(?=\s+(?:while|when|and|but)\b|[,.;]|$)",
    re.I,
)
_UNTIL = re.compile(r"\b(?:here|staying|on contract|contract (?:ends|runs)|around|with us)\s+(?:till|until|through|to)\s+(?P<u>(?:the )?(?:end of )?\w+)", re.I)


# Someone unnamed who took the work ('handed to a contractor', 'given to another team'), and a colleague since gone.
_ROLE_TOOK = re.compile(r"\b(?:to|by|with|under)\s+(?P<r>(?:a|an|the|another|our)\s+(?:contractor|consultant|freelancer|agency|vendor|temp|(?:other|platform|data|ml) team))\b", re.I)
# Said of the one who covered ('who has since left'), never of the person ('before she left'): an auxiliary or 'since' first.
_GONE = re.compile(r"(?<!\bshe )(?<!\bhe )(?<!\bthey )(?<!\bi )(?<!\bwe )\b(?:(?:has|have|had) (?:since |now |already )?|(?:since|now|already) )(?:left|gone)\b(?! (?:it|the|her|his|their)\b)|\bcontract (?:has )?ended\b|\bno longer (?:here|with us|around)\b", re.I)


def _changed_item(r: Reason, w: Words) -> ReasonItem:
    """Their work reworked by the colleague who covered: told by the manager before the team says it, the improvement
    credited without a verdict on them, and ownership settled by the manager, not by whoever touched it last."""
    said = " ".join(r.said)
    m = _REWORKED.search(said) or _TAKEN.search(said) or _THEIR_WORK.search(said)
    thing = m.group("x").strip() if m else f"{w.their} work"
    did = "reworked" if _REWORKED.search(said) or re.search(_REWORK_VERB, said, re.I) else "carried on"
    yours = second_person(thing, w)
    until = _UNTIL.search(said)
    month = until and _MONTH.fullmatch(until.group("u"))
    by = f" before {r.other} leaves in {until.group('u').capitalize()}" if month else f" before {r.other} leaves ({until.group('u')})" if until else ""
    claimed = _QUOTED.search(said)
    were = "were" if w.they == "they" else "was"
    s_ = "s" if w.they != "they" else ""
    if _GONE.search(said) and not r.other[:1].isupper():  # the one who reworked it has left: it is theirs again to review
        theirs = _THEIR_WORK.search(said)
        thing = theirs.group("x").strip() if theirs else thing
        yours = second_person(thing, w)
        the = re.sub(r"^(?:a|an)\s+", "the ", r.other)
        notes = (f"Tell {w.them} plainly and early: while {w.they} {were} away {thing} went to {r.other} and was partly reworked, and "
                 f"{the} has since left, so it is {w.their}s again. Credit what works without making it a verdict on {w.their} "
                 f"work. Then {w.they} review{s_} the changes and decide{s_} what to keep, with time for that in the first weeks, not on top of everything else.")
        questions = [f"What would you like to know first about what changed in {yours}?", "What do you want to look at first in the changes, and how much time would a review take?"]
        prep = [f"Gather what {the} left on {thing} (the changes, notes, open issues) so {w.name} can review it."]
        mine = {"her": "hers", "his": "his"}.get(w.their, "theirs")
        notes = notes.replace(f"so it is {w.their}s again", f"so it is {mine} again")
        return ReasonItem(f"What changed in {yours}: {mine} again", "you", 4, notes, questions, prep, "re-onboarding",
                          f"Their work reworked by {r.other}, who has left: told plainly, theirs again, with time to review what changed.")
    notes = (f"Tell {w.them} yourself, early, before standup or {r.other} does: {r.other} {did} {thing} while {w.they} {were} away. "
             f"Credit what is better without making it a verdict on {w.their} work. Then settle who owns it; "
             f"it is your call, not {r.other}'s: for example {w.they} own{'s' if w.they != 'they' else ''} it again, with a handover from {r.other}{by}. "
             f"Ask what {w.they} want{'s' if w.they != 'they' else ''} to own and how the handover should go.")
    questions = [f"What would you like to know first about what changed in {yours}?", f"How much of {yours} do you want back, and how soon?",
                 "How should we tell the team who owns it, and who should say it?"]  # fmt: skip
    framing = f" (\u201c{claimed.group(1)}\u201d)" if claimed else ""
    prep = [f"Decide who owns {thing} from here before the meeting, and tell {r.other} the same day, after {w.name}.",
            f"Talk to {r.other} separately about how the work is described in standups{framing}: credit for the rework, and ownership as you decided it."
            if did == "reworked" else f"Ask {r.other} for a short note on what changed in it and why, so you can explain it to {w.name} plainly."]  # fmt: skip
    return ReasonItem(f"What changed in {yours}, and who owns it", "you", 4, notes, questions, prep, "re-onboarding",
                      f"{r.other} {did} their work while they were away: told by you first, credited, ownership settled by you.")


# The manager does not know yet what the person wants back: the handback is a question, not a plan.
_WISH_OPEN = re.compile(r"\b(?:don'?t|do not|doesn'?t) (?:yet |really )?know (?:yet )?(?:what|whether|if) (?:she|he|they)(?:'d| would)? (?:wants?|like|want to)\b|"
                        r"\bnot sure (?:what|whether|if) (?:she|he|they) (?:wants?|would like)\b", re.I)


def _handback_item(r: Reason, w: Words, open_wish: bool = False) -> ReasonItem:
    owned = re.search(r"\b(?:used to own|owned|owns|was running|ran|led)\s+(?P<x>[^,.;]+)", " ".join(r.said), re.I)
    thing = second_person(owned.group("x").strip(), w) if owned else "the work"
    covered = re.search(r"\b(?:covering|covered|running|ran|picked up|took over)\s+(?P<x>(?:his|her|their|the)\s+[^,.;]+?)(?=\s+(?:and|but|while|since)\b|[,.;]|$)", " ".join(r.said), re.I)
    if open_wish:  # what comes back is theirs to say first: nothing handed back or kept before they have said it
        what = covered.group("x").strip() if covered else "the work"
        yours = second_person(what, w)
        s = "s" if w.they in ("he", "she") else ""
        notes = (f"Ask what {w.they} want{s} to come back to before anything is decided: {what}, which {r.other} has been "
                 f"covering, is one option, not a given either way. Credit {r.other}'s cover without making it a verdict on "
                 f"{w.them}, and agree when you will settle it together (after the first week or two back) and how {r.other} hands over if it comes back.")
        questions = [f"What would you like to come back to: {yours}, something else, or a mix?", "What would you want to know before you decide?"]
        prep = [f"Ask {r.other} for a short note on the state of {what}, and tell {r.other} that what comes back is not decided yet."]
        return ReasonItem(f"What {w.name} comes back to: {what}, open", "both", 3, notes, questions, prep, "re-onboarding",
                          f"Work {r.other} covered: what comes back is their call to make with you, not presumed.")
    notes = (f"What comes back from {r.other}, and when ({_quote(r.said)}): a gradual handback rather than all at once, what stays with "
             f"{r.other} for now, and how {r.other} hands over (a short note, a pairing session).")
    questions = [f"How much of {thing} do you want back, and how soon?", "What would you like the team to be told, and by whom?"]
    prep = [f"Ask {r.other} for a short note on the state of {thing} before the meeting."]
    return ReasonItem(f"Handing back {thing} from {r.other}", "both", 3, notes, questions, prep, "re-onboarding",
                      f"Work {r.other} covered: a gradual handback.")


def _takeover_item(r: Reason, w: Words) -> ReasonItem:
    """Work the person takes over from a colleague: how the handover runs, what they own from when, who to ask."""
    thing, s = r.said[0], "s" if w.they in ("he", "she") else ""
    notes = (f"The handover of the {thing} from {r.other}: a handover session with {r.other} this week (code, data, what has been "
             f"tried, the open risks and dates), what {w.they} own{s} and from when, and {r.other} as the person to ask while "
             f"{w.they} settle{s} in. Ask what {w.they} would want to see first.")
    questions = [f"What would you want from {r.other} to feel you own the {thing}?", f"What do you want to see first on the {thing}: the code, the data, the results so far?"]
    prep = [f"Ask {r.other} for a short handover note before the meeting: where the {thing} stands, what has been tried, the open risks and dates.",
            f"Book a handover session with {r.other} and {w.name} for this week."]
    return ReasonItem(f"Taking over the {thing} from {r.other}", "both", 3, notes, questions, prep, "reduce-key-person-risk",
                      f"Work handed over from {r.other}: a planned handover, an owner and a date.", rank=4)


def opener(reading: Reading, w: Words) -> str:
    """The first thing to say when the manager's aim calls for it ('not in trouble'), else ''."""
    if any(_TROUBLE.search(a) for a in reading.aims):
        return f"Say it in your first sentence: {w.they} {w.are} not in trouble; this is about how {w.they} {w.are} doing."
    return ""
