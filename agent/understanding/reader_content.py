"""Whether a clause of the manager's notes is content for the reader, decided on positive evidence. A clause reaches
the message only when it states something of the work or the world the reader needs (a clause with its own subject
and verb, or a figure, a date or a status); it never does when it is an imperative to the copilot ("decline nicely",
"keep it tight"), a description of the reader or audience ("hes a numbers man", "none of the partners are
technical"), the request for the message itself ("Victor wants a status for his staff meeting"), or the manager's
feelings ("I hate doing this"). Whatever is kept out is handed back with why, for the notes under the draft.

Grammar comes from lemminflect (a word's parts of speech and base form); the word classes below are semantic classes
(verbs of writing, of attitude; nouns that name a message), one home for each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tools.reader_facing import KeptOut

# Discourse words that open a clause and say nothing ("ok so", "and", "pls").
_LEAD = re.compile(r"^(?:(?:and|but|so|also|plus|ok|okay|oh|pls|please|just|btw|ps|honestly|right|anyway|fyi)\b[,:]?\s*)+", re.I)
# Contractions typed without their apostrophe: 'hes a numbers man'.
_UNAPOSTROPHED = {"hes": "he's", "shes": "she's", "theyre": "they're", "im": "i'm", "ive": "i've", "youre": "you're"}
# Verbs whose imperative tells the copilot how to write, send or sound.
_WRITING_VERBS = frozenset(
    "write draft reply respond answer decline refuse turn say tell mention explain keep make sound be use avoid add include lead open close end "
    "cut skip thank credit stress emphasise emphasize frame word phrase soften send give put help translate summarise summarize apologise "
    "apologize grovel address copy cc sign polish rewrite shorten focus pitch remind stick update email e-mail message ping slack dm".split()
)
# Verbs of attitude or reaction: said of a reader or an audience, they describe them for the writer.
_ATTITUDE_VERBS = frozenset("care like love hate prefer mind dislike skim worry fear enjoy grumble complain moan whine panic freak chair".split())
# Verbs of how a reader takes in a message: said of the reader or an audience (never of a named colleague), a note.
_READING_VERBS = frozenset("read skim scan open forward print do".split())
# Nouns that name the message itself (what the reader wants from it is the request for the message).
_MESSAGE_NOUN = (
    r"(?:status|update|note|e-?mail|letter|message|reply|answer|response|summary|explanation|brief|briefing|one-?pager|memo|bullets?|"
    r"number|figure|yes(?: or |/)no|words|wording|draft|post|blurb|paragraph|version|write-?up|recap|heads[- ]up)"
)
_WANTS_MESSAGE = re.compile(
    rf"\b(?:wants?|wanted|needs?|needed|expects?|asks? for|asked for|(?:would|should|'d|’d) like|is after)\s+(?:(?:a|an|one|the|some|his|her|their|my|our|just|short|quick|brief|clear|straight|plain|proper|written|honest|simple|'|‘)\s*|[\w-]+\s+){{0,3}}{_MESSAGE_NOUN}\b",
    re.I,
)
# Where the message goes ('this goes to the exec team on friday', 'it'll be forwarded to the board').
_ROUTED = re.compile(
    r"^(?:this|the (?:note|email|message|update|reply|letter))(?:['’]ll| will| is going to|['’]s going to)?\s+(?:goes|go|gets?|be|is)\s+(?:forwarded\s+|sent\s+|read\s+)?(?:out\s+)?(?:to|by)\b(?!\s+(?:prod|production|staging|live|qa|test|pilot)\b)"
    r"|^it(?:['’]ll| will| is going to|['’]s going to)?\s+(?:be|get|gets)\s+(?:forwarded|sent|read)\s+(?:to|by)\b",
    re.I,
)
# 'has asked me to explain to the trustees ...', 'need to write to Isidora': the request for the message.
_ASKED_TO_WRITE = re.compile(
    r"\bsomething\s+(?:that\s+)?(?:she|he|they|i|we)\s+can\s+(?:read|say|use|forward|send|show|quote|paste|put)\b"
    r"|\b(?:asked|asks|wants|wanted|needs)\s+(?:me|us)\s+to\s+(?:write|draft|explain|reply|respond|answer|tell|email|e-mail|message|send|put together|word|brief)\b"  # 'has asked me to explain'
    r"|^(?:i|we)\s+(?:need|have|want|got|'ve got|'d like|would like)\s+to\s+(?:write|draft|email|e-mail|reply|respond|answer|message|send|explain)\b",  # 'I need to write to Isidora'; 'he needs to tell us by ...' is theirs
    re.I
)
# The person or group a clause can describe: a pronoun (typed with or without its apostrophe), a role or a group.
_ROLE = r"(?:cfo|ceo|coo|cto|cmo|cpo|vp|svp|evp|gm|director|boss|head|chair|chairman|chairwoman|president|manager|lead|owner|founder|cofounder|co-founder|chief|officer|rep|dean|principal)"
_AUDIENCE = r"(?:board|partners|trustees|council|members|execs?|committee|panel|room|audience|everyone|everybody|people|ppl|folks|others)"
_PERSON_SUBJECT = re.compile(
    rf"^(?:(?:he|she|they)\b|(?:none|all|most|some|half|both)\s+of\s+(?:the|our|my)\s+{_AUDIENCE}\b|(?:the|our|my)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE}|{_AUDIENCE})\b|{_AUDIENCE}\b)",
    re.I,
)
_COPULA = re.compile(r"^(?:['’]s|['’]re|\s+(?:is|are|was|were|isn['’]?t|aren['’]?t|seems?|sounds?))\b\s*(?:not\s+|very\s+|really\s+|quite\s+|a bit\s+|kind of\s+|super\s+|so\s+|pretty\s+|also\s+)*", re.I)
# How a person is taking things ('fuming', 'worried'): said of the reader, a reason to write, never a line to send.
_STATE = re.compile(r"(?:fuming|furious|livid|upset|angry|annoyed|worried|nervous|anxious|panick?ing|freaking out|stressed|frustrated|unhappy|disappointed|on the warpath)\b", re.I)
# A clause opening on a modal, with no subject of its own ('Would be a great story for the press'): a fact of the work
# only with a figure, a date or a status in it ('has to be done before the pour on 29 jan').
_MODAL_OPENING = re.compile(r"^(?:would|could|should|might|will|can|may|must)\b", re.I)
# A connective standing as its own clause ('Next, we switch ...', 'Meanwhile, ...').
_CONNECTIVE = re.compile(r"^(?:next|then|meanwhile|also|however|first|second|third|finally|instead|otherwise|plus|so|in short|for now|in the meantime|on top of that|as a result|separately)[.:]?$", re.I)
# A clause that opens on its verb: its subject is the clause before ('our COO, Ingeborg, is fuming').
_NO_SUBJECT = re.compile(r"^(?:is|are|was|were|has|had|wants|needs|thinks|says|asked|keeps|hates|likes|cares)\b", re.I)
# The manager's own feelings or history: never the message's content.
_FEELING = re.compile(
    r"^i(?:['’]?m| am)\s+(?:(?:kind of|kinda|so|really|a bit|a little|honestly|totally|slightly|quite|pretty)\s+)*"
    r"(?:panick?ing|nervous|anxious|worried|stressed|dreading|scared|terrified|overwhelmed|annoyed|frustrated|tired|exhausted|fed up|losing my mind|freaking out)\b(?!.*\b(?:that|because|about the)\b)"
    r"|^i\s+(?:hate|dread|loathe|can'?t stand)\s+(?:doing|having|writing|sending|asking|chasing|this|it|that)\b"
    r"|^i\s+know\s+(?:that\s+|it\s+|this\s+)?(?:sounds|looks|reads|seems)\b|^i\s+know\s+(?:\w+\s+){1,3}(?:will|'ll|’ll|is going to)\s+be\s+(?:disappointed|upset|annoyed|unhappy|sad|gutted|angry|livid|mad)\b"
    r"|^i(?:['’]ve| have)\s+been\s+putting\s+(?:it|this)\s+off\b",
    re.I,
)
# A count of the message's parts ('five bullets max', 'half a page at most'): its format.
_FORMAT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half an?|a)\s+(?:short\s+)?(?:bullets?|bullet points|words|lines|sentences|paragraphs|pages?)\b(?:\s+(?:max|tops|at most))?"
    r"|\b(?:max|at most|under|no more than)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:bullets?|words|lines|sentences|paragraphs|pages?)\b",
    re.I,
)
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|half|twice|dozen|double"
_FIGURE = re.compile(rf"\d|[£$€%]|\b(?:{_NUMBER_WORDS})\b", re.I)
_WHEN = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\bmay\s+\d|\b(?:today|tomorrow|tonight|yesterday|"
    r"weeks?|wks?|days?|months?|quarter|q[1-4]|years?|yr|eod|eow|noon|morning|night|season|spring|summer|autumn|winter|christmas|xmas|holidays?|weekend|since|until|till|til)\b",
    re.I,
)
_STATUS = re.compile(
    r"\b(?:done|live|blocked|stuck|late|early|ready|shipped|paused|broken|fixed|down|behind|ahead|on track|at risk|in progress|waiting|pending|manual|poor|flaky|"
    r"stable|finished|left|remaining|to go|unsigned|missing|overdue|open|delayed|slipping|slipped|cancelled|approved|signed|rolled back|still|now|already|yet|only|no longer|because|since|unless|otherwise|without)\b",
    re.I,
)
# A label that heads a fact of the work ('blocker: ...', 'risk: ...', 'why: ...').
_CONTENT_LABEL = re.compile(
    r"^[-*•]?\s*(?:the\s+|our\s+|my\s+)?(?:suggestions?|proposals?|recommendations?|offer|ask|request|blockers?|risks?|issues?|problems?|status|costs?|impact|why|reasons?|causes?|next(?: steps?)?|eta|done|numbers|facts|plan|results?|"
    r"progress|news|context|update|wins?|fix|safeguards?|meanwhile|mitigation|budget|timeline|dates?|decided|decision|change)\s*:\s+\S",
    re.I,
)
_OBJECT_START = frozenset("it this that them him her me us you the a an my our their his your these those some any one".split())
_AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|will|won't|wont|can|can't|cant|cannot|could|would|should|must|may|might|does|did|doesn't|didn't|isn't|aren't|wasn't)\b|['’](?:s|re|ll|ve|d)\b", re.I)


def kept_out(clause: str, reader: str = "") -> str:
    """Why the clause is no content for the reader ('' when nothing rules it out): an imperative to the copilot, a
    description of the reader or audience, the request for the message, or the manager's feelings."""
    text = _plain(clause)
    if not text:
        return "a word to the writer"
    if _CONTENT_LABEL.match(clause.strip()):
        return ""  # 'our suggestion: keep a 4% buffer': labelled as content, its imperative is ours to the reader
    if _FEELING.search(text):
        return "your own feelings, for you, not the reader"
    if _WANTS_MESSAGE.search(text) or _ASKED_TO_WRITE.search(text) or _ROUTED.match(text):
        return "the request for the message itself"
    if _FORMAT.search(text) and not re.search(r"\b(?:we|i|our|it)\b", text, re.I):
        return "an instruction on the message's format"
    if _imperative(text):
        return "an instruction to the writer"
    if _describes_person(text, reader):
        return "a description of the reader, for the writer"
    return ""


def has_evidence(clause: str) -> bool:
    """True when the clause states something of the work or the world: a verb with its own subject, or (in a verbless
    note of three words or more) a figure, a date or a status ('feature store migration about half done')."""
    from tools.reader_voice import has_verb

    if _CONTENT_LABEL.match(clause.strip()):
        return True  # 'blocker: vendor contract unsigned': the label says it is a fact of the work
    text = _plain(clause)
    if _role_apposition(text):
        return False  # 'crop protection manager at the growers coop': who someone is
    if has_verb(text) and not _imperative(text) and not _MODAL_OPENING.match(text):
        return True
    if _FIGURE.search(text) and _STATUS.search(text):
        return True  # '2-3 left', 'day 3 blocked': a figure and where it stands
    if _past_opening(text) or re.match(r"(?i)no\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in|on|from|since|for|at|so far|yet|after|during|across)\b", text):
        return True  # 'tried a bigger model, ...', 'no regressions in the shadow run': what we did, what we found
    return len(text.split()) >= 3 and bool(_FIGURE.search(text) or _WHEN.search(text) or _STATUS.search(text))


def reader_clauses(clauses: list[str], reader: str = "") -> tuple[list[str], list[KeptOut]]:
    """The clauses of one sentence that are content for the reader, and those kept out with why. A clause with no
    evidence of its own that continues a content clause ('..., then the summarizer launch review') goes with it."""
    kept: list[str] = []
    out: list[KeptOut] = []
    before = False
    for i, clause in enumerate(clauses):
        subject = clauses[i - 1] + " " if i and not before and _NO_SUBJECT.match(clause.strip()) else ""  # 'our COO, Ingeborg, is fuming': judged with its subject
        why = kept_out(subject + clause, reader)
        content = not why and (has_evidence(clause) or (before and not _has_clause(clause)))
        if _CONNECTIVE.match(clause.strip()) and i + 1 < len(clauses):
            why, content = "", not kept_out(clauses[i + 1], reader) and has_evidence(clauses[i + 1])  # 'Next, we switch ...': goes with what follows
        if content:
            kept.append(clause)
        elif why or len(re.findall(r"[A-Za-z]{2,}", clause)) >= 4:  # 'For our director', a stray quote mark: no piece of the notes to list
            out.append(KeptOut(text=clause.strip(" .,;"), why=why or "it does not say anything of the work for the reader"))
        before = content
    return kept, out


def _plain(clause: str) -> str:
    """The clause without its opening discourse words, bracketed asides and quotes, apostrophes restored."""
    text = re.sub(r"\s*\([^()]*\)|\s*\([^()]*$|^[^()]*\)", "", clause).strip(" .,;:!?-–—\"'“”‘’")  # an aside, whole or cut by a comma
    text = _LEAD.sub("", re.sub(r"^[\w -]{1,24}:\s+(?=\S)", "", text))  # 'risk: ...': the label says what kind of content follows
    return re.sub(r"\b(?:hes|shes|theyre|im|ive|youre)\b", lambda m: _UNAPOSTROPHED[m.group(0).lower()], text, flags=re.I)


@lru_cache(maxsize=4096)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas

    return getAllLemmas(word.lower())


def _imperative(text: str) -> bool:
    """True when the clause opens on a bare verb said to the copilot: a verb of writing ('decline nicely', 'keep it
    tight', 'write ignazio a reply'), or any verb with an object pronoun or a manner adverb and nothing of the work
    after it ('fix it')."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if not words:
        return False
    verb, after = words[0].lower(), (words[1].lower() if len(words) > 1 else "")
    lemmas = _lemmas(verb)
    if lemmas.get("VERB", ("",))[0] != verb or verb in ("need", "want", "needs"):
        return False
    opens = not after or after in _OBJECT_START or after.endswith("ly") or after in ("to", "for", "with", "on", "up", "out", "back", "in", "off", "down") or not _lemmas(after)
    opens = opens or not ({"NOUN", "VERB"} & set(_lemmas(after)))  # 'go easy on her': a manner, no object
    compound = "NOUN" in _lemmas(after) and "VERB" not in _lemmas(after) and bool(_AUX.search(text))  # 'release advice is signed off': a noun
    if verb in _WRITING_VERBS:
        return not compound and (opens or "NOUN" not in _lemmas(after) or "VERB" not in lemmas or not _has_clause(" ".join(words[1:])))
    return opens and not compound and not (_FIGURE.search(text) or _WHEN.search(text) or _has_clause(" ".join(words[1:])))


def _describes_person(text: str, reader: str) -> bool:
    """True when the clause describes a person or audience for the writer: a trait ('she's kind', 'none of the
    partners are technical'), an attitude ('they mostly care what ...', 'Hannelore chairs it'), with no figure, date
    or status of the work in it. An obligation of theirs ('he has to decide by Friday') is content."""
    subject = _PERSON_SUBJECT.match(text)
    name = re.match(rf"^(?P<n>{re.escape(reader.split()[-1])}|[A-Z][a-z]+)\b(?=\s+\w)", text) if reader.strip() else re.match(r"^(?P<n>[A-Z][a-z]+)\b(?=\s+\w)", text)
    named = False
    if name and not subject:
        from agent.understanding.people import is_first_name

        n = name.group("n")
        the_reader = bool(reader.strip()) and n.lower() == reader.split()[-1].lower()
        subject, named = (name, not the_reader) if the_reader or is_first_name(n) else (None, False)
    if subject is None:
        return False
    rest = text[subject.end() :]
    if re.match(r"^\s*(?:['’]s|\s+(?:has|have|had|need|needs|must|will need|'ll need)\s+to)\b", rest, re.I) and re.search(r"\b(?:to|got to)\s+(?:decide|choose|approve|sign|confirm|pick|tell us|let us know|send|give)\b", rest, re.I):
        return False  # 'he has to decide by next fri': their obligation, said to them as 'you'll need to decide'
    copula = _COPULA.match(rest)
    if copula and not named:  # 'Priya is on leave': a colleague's state is a fact of the work
        predicate = re.split(r"\s+(?:but|and|though)\s+|,\s+", rest[copula.end() :])[0]  # 'she's kind but she'll ask why now': the trait
        if _STATE.match(predicate) or re.match(r"(?i)(?:the|a)\s+(?:sort|kind|type)\b", predicate):
            return True  # 'is fuming because ...', 'the sort who forwards everything': how they are, the writer's reason to write
        return not (_FIGURE.search(predicate) or _WHEN.search(predicate) or _STATUS.search(predicate) or re.search(r"\b(?:who|which|that|because|so)\b", predicate))
    verb = re.match(
        r"^(?:['’](?:ll|d))?\s+(?:(?:mostly|really|always|usually|just|only|also|probably|definitely|never|will|'ll|’ll|would|might|may|doesn['’]?t|don['’]?t|does not|do not|won['’]?t)\s+)*(?P<v>[a-z]+)",
        rest,
        re.I,
    )
    if verb is None:
        return False
    lemma = _lemmas(verb.group("v")).get("VERB", ("",))[0]
    if not named and (lemma in _READING_VERBS or re.match(r"\s+(?:will|'ll|would)\s+(?:want|expect)\s+to\s+(?:see|know|hear|understand)\b", rest, re.I)):
        return True  # 'the execs only read the first line', 'the board will want to see the payback': how they read, for the writer
    return lemma in _ATTITUDE_VERBS


def _past_opening(text: str) -> bool:
    """True when a note opens on a verb in the past ('tried a bigger model', 'rolled back at 09:40'): our own action."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) < 2:
        return False
    verb = words[0].lower()
    if verb in ("was", "were", "had", "did", "would", "could", "should", "might", "must", "been"):
        return False  # an auxiliary with no subject: 'Would be a real win'
    lemma = _lemmas(verb).get("VERB", ("",))[0]
    return bool(lemma) and lemma != verb and not verb.endswith(("ing", "s")) and "NOUN" not in _lemmas(verb)


def _role_apposition(text: str) -> bool:
    """True for a verbless phrase naming someone's role ('crop protection manager at the maasland growers coop')."""
    head = re.split(r"\s+(?:at|of|for|in|from|with)\s+", text, maxsplit=1)[0]
    return not re.match(r"(?i)(?:the|our|my|their|his|her|a|an)\b", head) and not _AUX.search(text) and bool(re.search(rf"\b{_ROLE}$", head, re.I)) and len(head.split()) <= 4


def _has_clause(text: str) -> bool:
    """True when the words hold a finite verb of their own (an auxiliary, or a pronoun and its verb)."""
    return bool(_AUX.search(text) or re.search(r"\b(?:i|we|you|they|he|she)\s+(?!(?:and|or|but|to|the|a|an)\b)[a-z]+", text, re.I))
