"""The gate every sentence of a drafted message that comes from the manager's own words passes before it reaches the
body: the reader is spoken to, never of ("the director wants" -> "you want", "he lends us his analyst" -> "you lend us
your analyst"); the manager's framing around the content goes ("need to tell X that ...") and so does context meant for
the drafter alone (their meeting with the reader, what they want from the tool, how the reader will feel); a sentence
that still fails a plain grammar check ("you keeps", "I need we", a verbless note, a dangling "that", an unclosed
bracket) is not sent, and the stated facts it carried are handed back so the caller can list them for the manager.

`read_note` is the one home that sorts a sentence of the manager's notes before any of it reaches a body: an
instruction to the writer about the message itself ('say no to X', 'no stats words', 'dont want it to sound like
excuses'), never sent; the manager's frame or label around content ('ok need to ask X for ...', 'Proposal: ...', 'this
is happening, but I want ideas on ...'), taken off and the content said to the reader; or content, kept as it is.

Pure functions over text (lemminflect gives verb forms); the caller says who the reader is (`Reader`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from lead_core.number_words import amounts, number, numbers_in
from tools.reader_facing import KeptOut, Verdict, against_verdict, without_repeats


class Reader(BaseModel):
    """Who the message speaks to, as the manager's words name them."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    names: list[str] = Field(default_factory=list, max_length=8, description="The words the manager used for the reader: their name, their title ('Director of Network Ops', 'board member'), their organisation.")
    pronoun: str = Field(default="", pattern=r"^(?:he|she|they|)$", description="The pronoun the manager used for the reader: he, she, they or '' when unknown.")
    others: list[str] = Field(default_factory=list, max_length=20, description="Other people the manager named (a he/she after one of them is theirs, not the reader's).")


@dataclass
class Gated:
    """A body after the gate: its text, the sentences left out, the stated facts those carried that the body
    no longer says (for the manager to add), and each piece of the notes left out with why (for the manager's notes)."""

    body: str
    dropped: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    kept_out: list[KeptOut] = field(default_factory=list)


# ---- Verb agreement after 'you'
_BE_HAVE = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
            "doesn't": "don't", "'s": "'re", "’s": "’re"}  # fmt: skip
_ADVERBS = r"(?:(?:still|also|just|always|never|already|really|often|usually|now|then|only|even|actually|probably|clearly|\w+ly)\s+)?"


@lru_cache(maxsize=4096)
def base_verb(word: str) -> str:
    """'keeps' -> 'keep', 'lends' -> 'lend', 'is' -> 'are' (said after 'you'); the word itself when it is no
    third-person form of a verb."""
    low = word.lower()
    if low in _BE_HAVE:
        return _keep_case(word, _BE_HAVE[low])
    if not low.endswith("s") or low.endswith("ss"):
        return word
    from lemminflect import getAllInflections, getAllLemmas

    lemmas = getAllLemmas(low).get("VERB", ())
    for lemma in lemmas:
        if lemma != low and low in getAllInflections(lemma, upos="VERB").get("VBZ", ()):
            return _keep_case(word, lemma)
    return word


def _keep_case(old: str, new: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


# What a reply says back of the reader's question, put where the answer goes.
_ASKED_LABEL = re.compile(r"^(?:short answer|in short|the answer)(?: to '[^']*')?:\s+(?P<y>you (?:asked|wanted to know|wondered|were asking)\b)", re.I)
# Verbs said of the reader after an 'and' with no subject of their own ('you saw it and now thinks ...').
_AND_VERB = re.compile(rf"(\byou\b(?:[^.;:!?]|\.(?=\d))*?\band\s+{_ADVERBS})(thinks|says|wants|needs|feels|believes|asks|expects|hopes|worries|wonders|knows|sees|reads|keeps|tells|quotes|calls|claims|repeats|uses|writes|sends|shares|mentions|intends|plans|proposes|means|has|is|was)\b", re.I)


# "he's missed three deadlines" said to him: 'has' before a past participle with an object ("you've missed"), never "you're".
_HAS_DONE = re.compile(
    rf"\b([Yy]ou)['’](?:s|re)\s+({_ADVERBS})([a-z]+)(?=\s+(?P<o>a|an|the|his|her|their|its|my|our|your|\d+|one|two|three|four|five|six|several|every|all|some|no|it|this|that|these|those)\b(?!\s+(?:weeks?|sprints?|months?|quarters?|years?|morning|afternoon|time|days?)\b))"
)
CLAUSE_START = frozenset("the it this that these those".split())  # "worried the model ...": may open a clause after an adjective


def _past_participle(word: str, not_adjective: bool = False) -> bool:
    """A verb's past participle (`not_adjective`: and never a describing word, 'worried', 'done')."""
    from lemminflect import getAllInflections, getAllLemmas

    if not_adjective and "ADJ" in getAllLemmas(word):
        return False
    forms = [getAllInflections(lemma, upos="VERB") for lemma in getAllLemmas(word).get("VERB", ())]
    return any(word in f.get("VBN", f.get("VBD", ())) for f in forms)  # a regular verb lists one form for both


def _agree(text: str) -> str:
    """Every 'you' followed by a third-person verb, in agreement ('you keeps' -> 'you keep', "you's" -> "you're")."""
    text = re.sub(rf"\b([Yy]ou)['’](?:s|re)\s+({_ADVERBS})(been|got|had)\b", r"\1've \2\3", text)
    text = _HAS_DONE.sub(lambda m: f"{m.group(1)}'ve {m.group(2)}{m.group(3)}" if _past_participle(m.group(3), m.group("o") in CLAUSE_START) else m.group(0), text)
    text = _AND_VERB.sub(lambda m: m.group(1) + base_verb(m.group(2)), text)
    return re.sub(rf"\b([Yy]ou)\s+({_ADVERBS})([a-z]+n['’]t|[a-z]+|['’]s)\b", lambda m: f"{m.group(1)} {m.group(2)}{base_verb(m.group(3))}" if not m.group(3).startswith(("'", "’")) else f"{m.group(1)}{base_verb(m.group(3))}", text)


# ---- The reader named in the third person
_DETERMINER = r"(?:(?:my|our|the|their|your)\s+)?"


def _reader_pattern(reader: Reader) -> re.Pattern[str] | None:
    """The reader as the manager names them, with an article before and a bracketed aside after ('our director
    (Perpetua)', 'Director of Network Ops (Gideon)', 'Gideon's')."""
    named = [n.strip() for n in reader.names if len(n.strip()) >= 2 and n.strip().lower() not in _NOT_READER_WORDS]
    words = sorted({*named, *(_org_head(n) for n in named if _org_head(n))}, key=len, reverse=True)
    if not words:
        return None
    names = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w'’-]){_DETERMINER}(?:{names})(?![\w-])(?:\s*\([^()]{{0,80}}\)|{_APPOSITIVE})?(?P<s>['’]s\b)?", re.I)


# "Aurelie, our lead investor at Larchmont Ventures, asked ...": who the reader is, said between commas (kept only when
# it holds no verb, so "Aurelie, our numbers are late," is no description of her).
_APPOSITIVE = r",\s+(?P<app>(?:our|my|the|a|an|their)\s+[^,.;:()!?]{2,80}?),(?=\s+(?:\w+ly\s+)?[a-z])"


_ORG_NOUNS = frozenset(
    "hospital clinic bank university council trust school college company firm agency ministry department authority "
    "estate plant mill works farm cooperative co-op union club association society foundation charity fund board".split()
)


def _org_head(name: str) -> str:
    """'the hospital' for 'St Brendan's University Hospital': how the manager's notes name the reader's organisation
    again; '' when its last word is no kind of organisation."""
    words = name.split()
    return f"the {words[-1].lower()}" if len(words) >= 2 and words[-1].lower() in _ORG_NOUNS else ""


_NOT_READER_WORDS = frozenset({"all", "you", "team", "everyone", "him", "her", "them", "he", "she", "they", "it"})


def _readers_as_you(text: str, reader: Reader) -> str:
    """The reader's name or title said as 'you' ('your' for a possessive); a greeting's vocative ('Gideon, ...') stays.
    A title ('the CRO', 'director') is the reader only as the subject of a clause or an owner: 'the slots at the CRO'
    may be a lab, not the reader."""
    pattern = _reader_pattern(reader)
    if pattern is None:
        return text
    proper = {n.casefold() for n in reader.names if n[:1].isupper() and not n.isupper() and not re.search(r"\s(?:of|for)\s|^(?:the|our|my)\s", n, re.I) and " " not in n.strip()}

    def said(m: re.Match[str]) -> str:
        if m.group("app") and (_AUX.search(m.group("app")) or re.search(r"\b(?:i|we|you|they|he|she|it)\b", m.group("app"), re.I)):
            return m.group(0)  # "Gideon, our numbers are late, ...": no description of him
        if m.start() == 0 and text[m.end() : m.end() + 1] == ",":
            return m.group(0)  # "Gideon, can you ...": spoken to already
        core = re.sub(r"^(?:my|our|the|their|your)\s+|\s*\(.*$|,.*$|['’]s$", "", m.group(0), flags=re.I).strip()
        subject = m.start() == 0 or re.search(r"(?:[.!?:;,]|\b(?:and|but|so|because|since|when|if|that))\s*$", text[: m.start()], re.I)
        if core.casefold() not in proper and not m.group("s") and not subject:
            return m.group(0)
        word = "your" if m.group("s") else "you"
        return _keep_case(m.group(0), word) if m.start() == 0 or re.search(r"[.!?:]\s*$", text[: m.start()]) else word

    return pattern.sub(said, text)


# What is left of the reader's role and title when only their surname was said as 'you' ('our head of clinical services
# Dr Chidinma you have asked', 'Professor Ines you'): all of it is the one reader.
_ROLE_AND_TITLE_BEFORE_YOU = re.compile(
    r"(?:\b(?:our|my|the)\s+(?:[\w&/-]+\s+){1,6}?)?\b(?:dr|prof|professor|mr|mrs|ms|mx|miss)\.?\s+[\w'’-]+\s+(?=you(?:r)?\b)", re.I
)


def one_reader(text: str) -> str:
    """The reader's role, title and first name left before the 'you' that replaced their surname, taken off: 'Our head
    of clinical services Dr Chidinma you have asked me to ...' -> 'You asked me to ...'."""
    out = _ROLE_AND_TITLE_BEFORE_YOU.sub("", text)
    if out == text:
        return text
    out = re.sub(r"\b([Yy]ou) ha(?:ve|s) (asked|wanted|requested)\b", r"\1 \2", out)  # 'you have asked me to explain': when they asked
    return _cap(out) if text[:1].isupper() else out


# The reader's part said as a duty laid on them ('she needs to decide whether ...', said to her 'You need to decide ...'):
# a decision is asked for; their own report to others ('she has to explain it to the trustees') is what the message helps.
_YOU_MUST = r"^(?P<lead>(?:(?:so|and|but|now|then|ultimately)\s+)?)you\s+(?:will\s+|would\s+|still\s+)?(?:need|have got|have|must|should|'ll need|got)\s+(?:to\s+)?"
_YOU_MUST_DECIDE = re.compile(_YOU_MUST + r"(?P<v>decide|choose|pick|confirm|approve|sign off|agree|let (?:me|us) know|tell (?:me|us))\b(?P<rest>[^?!]*?)[.!]?$", re.I)
_YOU_MUST_REPORT = re.compile(_YOU_MUST + r"(?P<v>explain|present|report|answer|brief|justify|defend|walk)\b(?P<rest>[^.?!]*?\b(?:to|for|at|in front of)\s+(?:the|your|our|a|an)\s+[^.?!]+|\s+(?:it|this|that)\b[^.?!]*)[.!]?$", re.I)


def reader_part(sentence: str) -> str:
    """A sentence that lays a duty on the reader said as what the message wants of them: 'You need to decide whether X'
    -> 'Could you decide whether X?'; 'You have to explain it to the trustees on Tuesday' -> 'I hope this helps when
    you explain it to the trustees on Tuesday.'; any other sentence as it is."""
    m = _YOU_MUST_DECIDE.match(sentence.strip())
    if m:
        return f"Could you {m.group('v').lower()}{m.group('rest').rstrip(' ,;')}?"
    m = _YOU_MUST_REPORT.match(sentence.strip())
    if m:
        return f"I hope this helps when you {m.group('v').lower()}{m.group('rest').rstrip(' ,;')}."
    return sentence


# ---- The reader's pronouns
_SUBJECT_PRONOUN = {"he": "he", "she": "she", "they": "they"}
_FORMS = {
    "he": {"he": "you", "him": "you", "his": "your", "himself": "yourself"},
    "she": {"she": "you", "hers": "yours", "herself": "yourself"},
}
# 'her' is 'your' before what she has ('her staff meeting'), 'you' as an object ('with her monday', 'coach her through').
_OBJECT_NEXT = re.compile(
    r"\s*(?:$|[.,;:!?)]|\b(?:there|to|on|in|at|for|with|and|or|up|out|back|off|a|an|the|this|that|next|now|know|feel|what|how|why|when|too|again|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|tomorrow|today|tonight|first|directly|about|through|into|over|before|after|if|once|as|so|but|yet|still|either|anymore|later|soon|right away|straight away)\b)",
    re.I,
)


# A group reader's say in the message ('I do want their ideas on the checklist' in a post to the team): theirs is yours.
GROUP_THEIRS = re.compile(r"\btheir\b(?=\s+(?:own\s+)?(?:ideas|input|thoughts|feedback|views|suggestions|questions|concerns|comments|objections|help|say)\b)", re.I)


def _pronouns_as_you(text: str, previous: str, reader: Reader) -> str:
    """The reader's he/she (the gender the manager used for them) said as 'you', unless someone else is named before
    it (in this sentence or the one before): 'he lends us his analyst Kemi and we coach her' -> 'you lend us your
    analyst Kemi and we coach her'."""
    if reader.pronoun == "they":
        return GROUP_THEIRS.sub(lambda m: _keep_case(m.group(0), "your"), text)
    if reader.pronoun not in ("he", "she"):
        return text
    forms = r"she|her|hers|herself" if reader.pronoun == "she" else r"he|him|his|himself"
    others = [o for o in reader.others if o and o.casefold() not in {n.casefold() for n in reader.names}]
    out, last = [], 0
    for m in re.finditer(rf"\b(?P<w>{forms})(?:['’](?P<t>s|ll|d|ve))?\b", text, re.I):
        before = previous + " " + text[: m.start()]
        other = max((x.end() for o in others for x in re.finditer(rf"\b{re.escape(o)}\b", before, re.I)), default=-1)
        you = max((x.end() for x in re.finditer(r"\byou\b", before, re.I)), default=-1)
        if other > you:
            continue  # "his analyst Kemi ... coach her": Kemi's
        word, tail = m.group("w"), (m.group("t") or "").lower()
        low = word.lower()
        if low == "her":
            new = "you" if _OBJECT_NEXT.match(text, m.end()) else "your"
        else:
            new = _FORMS[reader.pronoun].get(low, "you")
        if tail:
            new += {"s": "'ve" if re.match(rf"\s+{_ADVERBS}(?:been|got|had)\b", text[m.end() :]) else "'re", "ll": "'ll", "d": "'d", "ve": "'ve"}[tail]
        out.append(text[last : m.start()] + _keep_case(word, new))
        last = m.end()
    return "".join(out) + text[last:] if out else text


# ---- The manager's framing and the drafter's context
# "need to tell Kelmar that ...", "have to let the VP know that ...": what follows the 'that' is the message.
_TELL_THAT = re.compile(
    r"^(?:so\s+|ok\s+|okay\s+)?(?:i\s+|we\s+)?(?:really\s+)?(?:need|have|want|got|must|should|'d like|would like)\s+to\s+"
    r"(?:tell|let|inform|warn|remind|update|notify|say\s+(?:no\s+)?to|write\s+to|email|reply\s+to|answer|respond\s+to|explain\s+to|break\s+it\s+to)\s+"
    r"[^.;:]{0,120}?(?:\s+know)?,?\s+that\s+(?=\w)",
    re.I,
)
# The same words with no message after them ('Need to say no to you.'): all framing.
_FRAMING_ONLY = re.compile(
    r"^(?:so\s+|ok\s+)?(?:i\s+|we\s+)?(?:really\s+)?(?:need|have|want|got|must|should)\s+to\s+(?:tell|let|inform|warn|say|write|reply|respond|answer|email|explain|give|draft|send|break)\b"
    r"(?:\s+\S+){0,8}\s*[.!]?$",
    re.I,
)
# A sentence the manager wrote about the job ('managing up problem', 'write the no', 'need a short version she can reuse').
_TO_THE_DRAFTER = re.compile(
    r"^(?:(?:i|we|it)\s+)?(?:need|needs|want|wants|'d like|would like)\s+(?:a|an|one|the|two|three|some)\s+(?:(?:short|quick|brief|plain|clear|simple|firm|soft|polite|honest|kind|little|one-line|two-line)\s+)*"
    r"(?:version|note|reply|message|email|draft|paragraphs?|sentences?|lines?|words|answer|response|post|update)\b"
    r"|^(?:write|draft|help me (?:write|draft|say))\s+(?:the|a|an|me|this|that|it)\b"
    r"|^(?:want|need|trying|hoping|looking|wanting)\s+to\b"  # "Want to fix the pattern, not fight about the one date": the manager's aim, to the drafter
    r"|^(?:heads-up|fyi|context|background)\s+(?:note\s+)?(?:to|for)\s+you\b"
    r"|\bhelp\s+(?:me\s+)?(?:draft|drafting|write|writing|word|wording|with)\b[^.]{0,60}\b(?:note|message|email|reply|ask|post|update|letter)\b",  # "I should be grateful for help drafting a short note to ..."
    re.I,
)
# The manager's own time with the reader ('I've got 30 min with you Monday', 'my 1:1 with you is thursday').
_MEETING_READER = re.compile(
    r"\b(?:i|we)(?:['’]ve|\s+have|['’]ll have|\s+will have)?\s+(?:got|have|get|had|see|meet|am seeing|['’]m seeing|am meeting|['’]m meeting)\s+(?:a\s+|an\s+)?"
    r"(?:\d+|half an|an|one|a|thirty|fifteen|twenty|forty-five)?[\s-]*(?:min(?:ute)?s?|hours?|hr|slot|1:1|one-on-one|1-on-1|meeting|call|chat|sync)?\s*(?:with\s+)?you\b"
    r"|\b(?:my|our|the)\s+(?:1:1|one-on-one|1-on-1|meeting|call|chat|sync|catch-up)\s+with\s+you\b",
    re.I,
)
# The one home of 'the reader's feeling said to the writer' ('you're going to be annoyed', 'she is furious because a
# client got 40 flags', 'you're head of X, not technical'): how they feel or who they are goes, what happened stays.
_FEELINGS = (
    r"annoyed|upset|angry|mad|furious|fuming|livid|disappointed|unhappy|frustrated|grumpy|stressed|worried|nervous|anxious|uneasy|wary|"
    r"sceptical|skeptical|irritated|impatient|cross|confused|hate (?:it|this|that)|grumble|push back|freak out|panic"
)
_READER_STATE = re.compile(
    r"^(?:i know\s+|i think\s+|honestly,?\s+)?(?P<who>you|he|she|they)(?:['’]re|['’]s|\s+are|\s+is|\s+were|\s+was|['’]ll|\s+will|\s+might|\s+may)?,?\s+"
    r"(?:going to\s+|gonna\s+|really\s+|very\s+|so\s+|quite\s+|a bit\s+|pretty\s+|\w+ly\s+)*(?:be\s+)?(?:" + _FEELINGS + r")\b"
    r"|^you(?:['’]re|\s+are)\s+(?:[^.;:!?]{0,60}?,?\s+)?(?:not|non-?)\s*technical\b"  # "You're head of claims operations, not technical, ...": who the reader is, for the writer
    r"|^you(?:['’]re|\s+are)\s+(?:the\s+|our\s+|my\s+)?(?:head|director|vp|chief|manager|lead|ceo|cfo|coo|cto|cpo|chair|owner|boss)\b(?![^.;:!?]*\b(?:so|and)\s+(?:i|we)\b)[^.;:!?]*[.!]?$"  # "You're head of logistics at X.": their own job told back
    r"|^you(?:['’]re|\s+are)\s+(?:a|an)\s+(?:numbers|details?|big[- ]picture|tech|finance)\s+(?:person|guy|type)\b",
    re.I,
)
_STATE_WHY = re.compile(r"\s*,?\s*(?:because|bc|since|as|that|after|about how)\s+(?P<x>\S.*)$", re.I)
_NAMED_FIRST = re.compile(r"^[^,]{2,60},\s+(?=(?:you|he|she|they)\b)", re.I)  # "Henrietta, she's furious because ..."


def reader_state(sentence: str, pronouns: tuple[str, ...] = ("you",)) -> str | None:
    """The manager telling the writer how the reader feels or who they are: None when the sentence is not that; else
    what happened, the part the reader may be told ('you are furious because a client got 40 flags' -> 'a client got
    40 flags'; '' when nothing happened beyond the feeling). `pronouns` are the words for the reader: 'you' once the
    sentence is said to them; 'he', 'she', 'they' too in the manager's own notes."""
    text = _NAMED_FIRST.sub("", sentence.strip(), count=1)
    m = _READER_STATE.match(text)
    if m is None or (m.group("who") and m.group("who").lower() not in pronouns):
        return None
    why = _STATE_WHY.match(text[m.end() :])
    return why.group("x").strip() if why else ""


def _without_framing(text: str) -> tuple[str, bool]:
    """The sentence without the manager's 'need to tell X that' before it, and whether the words dropped named the
    reader (so a 'their' left in the message is the reader's)."""
    m = _TELL_THAT.match(text)
    if m:
        rest = text[m.end() :]
        return rest[:1].upper() + rest[1:], True
    return text, False


# A clause of the notes that says what something cost with no subject, after a comma ('we had them typed in from the
# archive books, took 3 weeks longer').
_COST_CLAUSE = re.compile(
    r",\s+(?=(?:took|cost|added|ate up|used up|set us back)\s+(?:us\s+|me\s+)?(?:another\s+|an extra\s+|about\s+|roughly\s+|around\s+|~\s*)?"
    r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)\s+(?:(?:extra|more|whole)\s+)?(?:days?|weeks?|wks?|months?|sprints?|hours?)\b)",
    re.I,
)


def _verbless_head(text: str) -> re.Match[str] | None:
    """'Our biggest customer (Kelmar Foods, ...) that the rollout is going to slip': a head with no verb before
    'that', left where the manager's 'need to tell' was cut."""
    m = re.match(r"^(?P<h>[^:;]{2,160}?)\s+that\s+(?=(?:the|our|your|their|a|an|this|we|i|it|they|you|he|she|there)\b)", text, re.I)
    if m is None:
        return None
    head = re.sub(r"\([^()]*\)", " ", m.group("h"))
    return None if has_verb(head) or not re.search(r"\w", head) else m


# ---- Grammar sanity
_AUX = re.compile(
    r"\b(?:is|are|was|were|be|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|won't|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't)\b"
    r"|\w['’](?:s|re|ve|ll|d|m)\b|\bn['’]t\b",
    re.I,
)
_ARTICLE_BEFORE = frozenset("the a an this that these those our my your his her their its some any no every each of for to in on at by with from".split())


def has_verb(text: str) -> bool:
    """True when the words hold a finite verb: an auxiliary, a pronoun and its verb, an imperative opening, or a word
    English knows only as a verb ('slips' after a noun, never 'the slips')."""
    if _AUX.search(text) or re.search(r"\b(?:i|we|you|they|he|she|it)\s+(?:\w+ly\s+)?(?!(?:and|or|but|to|the|a|an|of|in|on)\b)[a-z]+", text, re.I):
        return True
    from lemminflect import getAllLemmas

    pair = re.match(r"^(?:[A-Z][\w-]+(?:,\s*|\s+and\s+))+[A-Z][\w-]+\s+(?P<v>[a-z]+)\b", text.strip())  # "Marco and Aisha own the rota": two named people, then their verb
    if pair and getAllLemmas(pair.group("v")).get("VERB", ("",))[0] == pair.group("v"):
        return True
    words = [w.split("-")[-1].rstrip(".,") for w in re.findall(r"[a-z0-9][a-z0-9'%$.,-]*", text.lower())]  # "double-check": its verb; "9%" is a word before "comes"
    if words and getAllLemmas(words[0]).get("VERB", ("",))[0] == words[0] and words[0] not in ("want", "need", "managing") and len(words) > 1:
        return True  # "Talk to me.", "Send it by Friday."
    for i, word in enumerate(words):
        lemmas = getAllLemmas(word)
        if "VERB" not in lemmas or word.endswith("ing"):
            continue
        after_noun = i > 0 and words[i - 1] not in _ARTICLE_BEFORE and not words[i - 1][:1].isdigit()
        after_plural = i > 0 and words[i - 1].endswith("s") and "NOUN" in getAllLemmas(words[i - 1]) and lemmas["VERB"][0] == word  # "the dates allow"
        if ("NOUN" not in lemmas and "ADJ" not in lemmas and "ADV" not in lemmas) or (lemmas["VERB"][0] != word and after_noun) or after_plural:
            return True
    return False


_FAULTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("you with a third-person verb", re.compile(r"\byou\s+" + _ADVERBS + r"(?:keeps|wants|needs|has|is|was|does|doesn't|says|thinks|asks|goes|gets|lends|gives|takes|makes|knows)\b", re.I)),
    ("a subject where a verb should be", re.compile(r"\b(?:I|we|you|they)\s+(?:need|want)s?\s+(?:we|they|I|he|she)\s+(?!['’])\w", re.I)),
    ("a verb that does not agree", re.compile(r"\b(?:it|he|she|this|(?<!s )that)\s+(?:need|want|keep|have|do|are|were|don't)\b(?!\s+(?:to\s+be|not)\b)|\b(?:I|we|they)\s+(?:needs|wants|has|keeps|is|was)\b", re.I)),
    ("a word run together", re.compile(r"\b(?:shes|hes|theyre|youre|im|ive|dont|doesnt|cant|wont|isnt|didnt)\b", re.I)),
    ("a dangling end", re.compile(r"\b(?:that|whether|if|because|and|or|but|of|the|a|an)\s*[.!]?$", re.I)),
)


def unclosed(text: str) -> bool:
    """True when a bracket or quote opens and never closes (a plural's apostrophe, learners' scores, is no quote)."""
    opened = len(re.findall(r"(?<![\w])['‘](?=\w)", text))
    closed = len(re.findall(r"(?<=[\w.?!%)])['’](?![\w])", text))
    return text.count("(") != text.count(")") or text.count('"') % 2 == 1 or text.count("“") != text.count("”") or opened > closed


def faults(sentence: str) -> list[str]:
    """What makes a sentence unfit to send as it stands: a verb that does not agree, a subject where a verb should be,
    a dangling end, an unclosed bracket or quote, or (outside a 'Label: ...' line) no verb at all, when it states no
    number or date either (a status note such as 'recall up from 0.61 to 0.74' is short, not broken)."""
    text = sentence.strip()
    found = [name for name, pattern in _FAULTS if pattern.search(text)]
    if "a dangling end" in found and (text.endswith("?") or re.search(r"\b(?:that|this)\s*[.!]?$", text) and has_verb(text)):
        found.remove("a dangling end")  # "It doesn't mean that.": 'that' is the thing meant
    elif "a dangling end" in found and re.search(r"\b[a-z]{3,}\s+(?:we|they|you|i|he|she|(?:our|the|their|your|my)\s+[a-z]+)\s+(?:\w+\s+){1,4}(?<!because )(?<!instead )(?<!out )(?<!ahead )(?<!part )(?<!result )(?<!all )(?<!some )(?<!most )of\s*[.!]?$", text, re.I):
        found.remove("a dangling end")  # "the 400 species we have many photos of": a relative clause ends on its preposition
    if unclosed(text):
        found.append("an unclosed bracket or quote")
    body = text.split(":", 1)[1] if re.match(r"^[^:]{1,40}:\s", text) else text
    if ":" not in text[:42] and not text.endswith("?") and len(body.split()) >= 2 and not stated_facts(body) and not has_verb(body):
        found.append("no verb")
    elif _verbless_head(text):
        found.append("a 'that' clause with nothing to hang on")
    if fragment(text):
        found.append("a fragment of the notes")
    return found


def _finite_verb(words: list[str]) -> bool:
    """True when a few words hold a verb beyond doubt: an auxiliary or a word English has only as a verb ('Third
    time' has none: 'third' and 'time' are an ordinal and a noun first)."""
    from lemminflect import getAllLemmas

    text = " ".join(words)
    if _AUX.search(text) or re.search(r"\b(?:i|we|you|they|he|she|it)\s+[a-z]+", text, re.I):
        return True
    return any(set(getAllLemmas(w.lower())) == {"VERB"} for w in words)


_ORDINAL_OR_COUNT = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|again|once|twice|another|more|all|both|none|half)\b", re.I)


def fragment(sentence: str) -> bool:
    """True for a clipped piece of the notes said as a sentence: a few words, no verb, a count or an ordinal and
    nothing it is about ('Eleven people.', 'Third time.', 'Two weeks, tops.'); a label line, a question and a
    closing ('Thanks again.') are no fragment."""
    text = sentence.strip()
    words = re.findall(r"[\w%$€£'’-]+", text)
    if not 1 <= len(words) <= 4 or text.endswith("?") or re.match(r"^[^:]{1,40}:\s", text) or _finite_verb(words):
        return False
    if re.match(r"(?i)^(?:thanks|thank you|cheers|best|regards|many thanks)\b", text):
        return False
    return bool(stated_facts(text) or _ORDINAL_OR_COUNT.search(text))


def _mended(sentence: str) -> str:
    """A sentence with a bracket or quote left open mended where that loses nothing said: a short aside never closed
    ('roughly 60k all in (I know.') goes, a longer one keeps its words without the bracket; a stray opening quote goes."""
    text = sentence
    m = re.search(r"\s*\((?P<a>[^()]*)$", text)
    if m and text.count("(") > text.count(")"):
        aside = m.group("a").strip(" .")
        if len(aside.split()) <= 6 and not stated_facts(aside):
            text = text[: m.start()].rstrip(" ,") + "."
        else:  # '(only 2 weeks.': the aside states a fact, so its bracket is closed where the sentence ends
            text = f"{text[: m.start()]} ({aside.rstrip(' ,;')})" + (m.group("a").rstrip()[-1:] if m.group("a").rstrip()[-1:] in ".!?" else ".")
    if unclosed(text) and text.count("(") == text.count(")"):
        opening = list(re.finditer(r"(?<![\w])['‘](?=\w)", text))
        if opening:
            at = opening[-1].start()
            text = text[:at] + text[at + 1 :]
    return text


# ---- Facts a dropped sentence carried
_FACT = re.compile(
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"  # '12/02': one date, never the numbers 12 and 02
    r"|[$€£]?\d[\d.,:]*\s*(?:%|k\b|m\b|[a-z]+)?"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.I,
)


def stated_facts(sentence: str) -> list[str]:
    """The numbers and dates a sentence states, in figures or words ('$185k', '30 min', 'Monday', '22 January',
    'a hundred and thirty percent')."""
    found = [(m.start(), m.group(0).strip(" .,")) for m in _FACT.finditer(sentence)]
    found += [(a.start, a.said) for a in amounts(sentence) if not re.match(r"[\d$€£.]", a.said)]  # said in words
    return list(dict.fromkeys(x for _, x in sorted(found) if x))


def fact_still_said(fact: str, text: str) -> bool:
    """True when a text still says a stated fact: in the same words, or, for a number, at the same value in figures
    or words ('130%' says 'a hundred and thirty percent', 'three hundred k' says '300k')."""
    if fact.lower() in text.lower():
        return True
    if (pair := re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/\d{2,4})?", fact)) is not None:
        return _numeric_date_said(int(pair.group(1)), int(pair.group(2)), text)
    value = number(fact)
    return value is not None and value in numbers_in(text)


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def _numeric_date_said(a: int, b: int, text: str) -> bool:
    """'12/02' is still said by '12 February' or 'February 12' (either reading of the day and the month)."""
    for day, month in ((a, b), (b, a)):
        if 1 <= month <= 12 and re.search(rf"\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS[month - 1]}|\b{_MONTHS[month - 1]}[a-z]*\.?\s+{day}(?:st|nd|rd|th)?\b", text, re.I):
            return True
    return False


# ---- The manager's notes, sorted: instruction, frame or content
@dataclass(frozen=True)
class Note:
    """One sentence of the manager's notes, sorted: `kind` is 'instruction' (to the writer, never sent; `text` is
    ''), 'frame' (a label or frame taken off; `text` is the content said as a sentence) or 'content' (kept as is);
    `role` says what the content is for the message: a point, a reason, an offer, an ask or the reader's request."""

    kind: str
    text: str
    role: str = "point"


# What a note to the writer says about the message itself: whether to say no, words to avoid, how it must not sound,
# the form the reader prefers, the manager's nerves about it.
# How long the message may be, said to the writer ('half a page at most', 'keep it under 150 words', 'two paragraphs tops').
_LENGTH_LIMIT = (
    r"(?:keep (?:it|this) (?:to|under|below|within)\s+|(?:in\s+)?(?:under|at most|max(?:imum)?|no more than|not more than|less than)\s+)?"
    r"(?:half a|a|one|two|three|four|five|six|\d+)\s+(?:pages?|paragraphs?|lines?|sentences?|words?|bullets?|screens?)"
    r"(?:\s+(?:at most|at the most|max|maximum|tops|or less|or fewer|long))?"
)
_INSTRUCTION = re.compile(
    r"^(?:pls\s+|please\s+|so\s+|just\s+)?say\s+(?:no|yes)\s+to\b(?:\s+[^\s,.;]+){0,3}(?:\s*\([^()]{0,60}\))?\s*[.!]?$"
    r"|^(?:(?:ok|so|hey)[\s,]+)*(?:(?:can|could|would)\s+(?:you|u)\s+(?:pls\s+|please\s+)?|pls\s+|please\s+)(?:decline|draft|write|reply to|turn down|say no to|respond to|help me)\b"  # 'can u decline mirela's ask ...': the ask of the tool
    r"|^(?:and\s+)?(?:no|zero|without|avoid|skip|keep out|leave out)\s+(?:any\s+|the\s+)?(?:stats?|statistic(?:s|al)|maths?|technical|tech|jargon|acronyms?|ml)(?:\s+(?:words?|terms?|speak|talk|language|jargon|lingo))?(?:\s+(?:pls|please))?\s*[.!]?$"
    r"|^(?:i\s+)?(?:don'?t|dont|do not|never)\s+(?:want\s+)?(?:it|this|the (?:note|email|message|reply|update|post))\s+to\s+(?:sound|come across|read|look|feel)\b"
    r"|^(?:and\s+|but\s+)?(?:i\s+|we\s+)?(?:really\s+)?(?:don'?t|dont|do not|never)\s+(?:want|mean|intend)\s+to\s+(?:suggest|imply|hint|say|blame|accuse|point (?:the|a) finger|make (?:it|this) (?:sound|look)|give (?:the|an) impression|throw)\b"  # 'I do not want to suggest that their equipment is at fault'
    r"|^(?:an?\s+)?(?:(?:short|quick|brief|plain|clear|simple|shorter|plainer|simpler|one-line|two-line)[, ]+(?:and\s+)?)+(?:version|note|summary|line|answer|reply|explanation)\b(?:\s+(?:she|he|they|you|i|we)\s+can\b[^.]*)?[.!]?$"  # 'Short plain version you can repeat.'
    r"|^(?:she|he|they|you)(?:['’]ve|\s+have|\s+has)(?:\s+got)?\s+(?:the|a|an|her|his|their|your)\s+(?:[\w-]+\s+){0,3}(?:call|meeting|review|presentation|sync|standup|board|offsite|session)\b[^.]{0,30}[.!]?$"  # 'You have the group ops call Wed.': why the writer is asked, not news to the reader
    r"|^(?:they|he|she|[a-z]+)\s+(?:prefers?|likes?|wants?|asked for)\s+(?:an?\s+)?(?:one-page|one page|1-page|two-page|short|brief|written)\s+(?:memo|note|doc(?:ument)?|email|summary|write-up)s?\b"
    r"|^(?:and\s+)?(?:please\s+|pls\s+)?" + _LENGTH_LIMIT + r"(?:\s*(?:,|;|\band\b)\s*(?:and\s+)?(?:no|zero|without|avoid)\s+[\w -]{2,30}?)?(?:\s+(?:pls|please))?\s*[.!]?$"  # 'Half a page at most, and no statistical language please.'
    r"|^(?:and\s+)?i['’]?m\s+(?:\w+\s+){0,2}(?:nervous|anxious|worried|scared|stressed) about (?:this|it|sending)\b"
    r"|^(?:so\s+|and\s+|but\s+)?how\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:best\s+)?(?:say|put|word|phrase|frame|tell|announce|pitch|write)\s+(?:it|this|that|them)\b"  # 'how do i say it without it landing as a power move': how to phrase it
    r"|^(?:it['’]?s|it is|this is|this one['’]?s|the (?:note|email|message|reply|update) is)\s+(?:for|to|going to)\s+(?:dr\.?\s+|prof\.?\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*(?:,|\()[^.]{0,80}\b(?:director|head|chief|vp|lead|manager|officer|ceo|cfo|coo|cto|cmo|owner|chair|partner|founder)\b",
    re.I,
)
# What the manager tells the writer about the reader or the writing, in any voice ('she hates jargon', 'he likes things
# short', "he's not technical", 'CFO is dorothea', "name's ingrid", 'answer her honestly', 'be straight with him', 'keep
# it plain', 'make it sound calm', 'draft it', 'write the no', 'decline it'), and so as it reads once said to the reader
# ('You are dorothea.', 'Answer your honestly.'): a clause of it is never sent.
_STYLE = (r"short|shorter|brief|briefer|plain|plainer|simple|simpler|concise|calm|calmer|kind|kinder|gentle|gentler|firm|firmer|soft|softer|polite|clear|"
          r"friendly|warm|warmer|professional|casual|formal|upbeat|positive|neutral|human|punchy|crisp|tight|honest|straight|direct|diplomatic|tactful|nice|light|low-key")
FOR_THE_DRAFTER = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:you|she|he|they|(?:the|our|my|your)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:really\s+|absolutely\s+|just\s+)?(?:hates?|dislikes?|likes?|prefers?|loves?|can['’]?t stand|is allergic to|are allergic to)\s+"
    r"(?:(?:things|it|emails?|notes?|messages?|updates?|reading|long|any)\s+)*(?:short|brief|plain|simple|concise|jargon|acronyms?|detail|details|numbers|stats|statistics|maths?|waffle|fluff|bullets?|bullet points|"
    r"tech(?:nical)?(?:\s+(?:words|talk|terms|detail))?|long\s+\w+|surprises|walls of text|essays|buzzwords)\b[^.;]*$"
    r"|^(?:and\s+|but\s+)?(?:you|she|he|they)(?:['’]re|\s+are|\s+is|['’]s)\s+(?:\w+\s+)?(?:not|non-?)\s*(?:technical|techy|a (?:tech|numbers|details?|data) (?:person|guy|type))\b[^.;]*$"
    r"|^(?:please\s+|pls\s+|just\s+|and\s+)?(?:draft|write|decline|answer|reply to|respond to|word|phrase|soften|shorten)\s+(?:it|this|that|the no|the note|the email|the reply|the message|her|him|them|you|your)\b(?:\s+(?:for me|pls|please|for her|for him|now|\w+ly|"
    + _STYLE + r"))*\s*[.!]?$"
    r"|^(?:and\s+|but\s+|so\s+)?(?:you|she|he|they)\s+(?:needs?|wants?|would like|has to have|must have)\s+(?:something|a line|a sentence|words|a version|a note|an answer|a reply|wording)\s+(?:(?:she|he|they|you)\s+can|to)\s+(?:read out|read|forward|say|share|repeat|quote|use|paste|send|pass on|show)\b[^.;]*$"  # "she needs something she can read out": what the writer must give her
    r"|^(?:please\s+|pls\s+|and\s+)?(?:keep|make)\s+(?:it|this|the (?:note|email|reply|message))\s+(?:sound\s+|read\s+|feel\s+|look\s+)?(?:\w+\s+)?(?:" + _STYLE + r"|jargon-free|non-technical|light on \w+)\b[^.;]{0,20}$"
    r"|^(?:please\s+|pls\s+|and\s+)?(?:be|sound)\s+(?:" + _STYLE + r"|upfront|candid|frank|careful|nice)\b(?:\s+(?:with|to)\s+(?:her|him|them|you|your))?\s*(?:about it|pls|please)?\s*[.!]?$"
    r"|^(?:you are|you['’]re)\s+(?P<you>[A-Za-z][\w'-]+)\s*[.!]?$"
    r"|^(?:(?:our|the|my|your|their)\s+)?(?:[\w-]+\s+){0,2}?(?:ceo|cfo|coo|cto|cpo|cmo|cro|ciso|vp|svp|evp|gm|director|head|chair|owner|contact|boss|client|customer)(?:\s+of\s+[\w-]+)?(?:['’]s\s+name)?\s+is\s+(?:called\s+|named\s+)?[A-Za-z][\w'-]+\s*[.!]?$"
    r"|^(?:her|his|their|your|the)?\s*name(?:['’]s|\s+is)\s+[A-Za-z][\w'-]+\s*[.!]?$"
    # how the message must not land, in any clause: 'she will go to victor if this reads like a brush-off'
    r"|\bif\s+(?:this|it|the\s+(?:note|email|reply|message|no|draft|answer))\s+(?:reads|sounds|comes across|lands|looks|feels)\s+(?:like|as)\b"
    r"|^(?:it['’]?s|this is|this one['’]?s|the (?:note|email|message|reply) is)\s+(?:going\s+)?(?:for|to)\s+(?:dr\.?\s+|prof\.?\s+)?[A-Za-z][\w'-]+(?:\s+(?:in|at|from|on)\s+[\w&' -]{1,30})?\s*[.!]?$",
    re.I,
)


# Who the reader is, said as a verbless title line ('crop protection manager at the maasland growers coop (customer)').
_ROLE_LINE = re.compile(
    r"^(?:[\w-]+\s+){0,4}(?:manager|director|head|lead|officer|chief|vp|owner|ceo|cfo|coo|cto|cmo|buyer|planner|coordinator|administrator|chair)"
    r"\s+(?:of|at|for|in)\s+[^.;:,]{2,80}?(?:\s*\((?:customer|client|partner|vendor|supplier|funder|regulator|exec|our customer|a customer)\))?\s*[.!]?$",
    re.I,
)


def _inflected_verb(word: str) -> bool:
    """A word English reads as an inflected verb ('signed', 'runs'), never a noun or a bare form ('manager', 'head')."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return "VERB" in lemmas and lemmas["VERB"][0] != word and "NOUN" not in lemmas


def for_the_drafter(clause: str) -> bool:
    """True when a clause of the manager's words is meant for the writer alone (`FOR_THE_DRAFTER`, or a verbless line
    saying who the reader is); 'you are X' only when X is no English word, so a name ('You are dorothea.', never 'You
    are right.')."""
    from lemminflect import getAllLemmas

    said = clause.strip().rstrip(" .!")
    if _ROLE_LINE.match(said) and not _AUX.search(said) and not any(_inflected_verb(w) for w in re.findall(r"[a-z]+", said.lower())[1:]):
        return True  # 'crop protection manager at the coop (customer)': no finite verb after the title's first word
    m = FOR_THE_DRAFTER.search(said)
    return bool(m) and (not m.group("you") or not getAllLemmas(m.group("you").lower()))


# The manager's feeling about the message closing a sentence of content ('... is late and i'm dreading it'): cut.
_FEELING_TAIL = re.compile(
    r",?\s+(?:and|but|so)\s+(?:honestly\s+)?i['’]?m\s+(?:\w+\s+)?(?:dreading|nervous about|worried about|anxious about|scared of|not looking forward to|stressing about)\s+(?:it|this|that|telling (?:\w+\s?){1,3}|the (?:call|email|conversation))"
    r"(?:\s+(?:because|as|since|cause|cos)\b[^,;:.!?()]*)?\s*(?=[,;:.!?(]|$)",  # '... and I'm dreading it because budgets are awful this year, around £62k': the aside alone goes
    re.I,
)
# A discourse 'honestly' inside content ('two reasons and honestly both are partly on us'): the manager's candour, not a word to send.
_CANDOUR = re.compile(r"\b(?:and|but|so)\s+(?:honestly|tbh|frankly|to be honest),?\s+(?=\w)|(?<=[:;,]\s)(?:honestly|tbh|frankly),?\s+(?=\w)", re.I)
# "i have to tell our customer the dashboard is late": the message starts where a clause of its own does.
_TELL_NP = re.compile(
    r"^(?:i\s+|we\s+)?(?:have to|need to|got to|gotta|must|want to|should)\s+(?:tell|warn|inform|update|remind)\s+(?:our|my|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that\s+)?(?=(?:the|our|we|it|a|an)\s+\w)",
    re.I,
)
# A discourse word opening the manager's note ('ok', 'so', 'right'): never the reader's.
_OPENER = re.compile(r"^(?:(?:ok(?:ay)?|alright|um+|uh+|ugh|hmm+|honestly|tbh|frankly)\b[,.!:]?|(?:so|right|well|anyway)[,!:]|so(?=\s+(?:need|have to|gotta)\b))\s+(?=\S)", re.I)
# "ok to shadow on 100% of EU traffic instead of 20%?": a request for the reader's OK, said with no verb.
_OK_TO = re.compile(r"^(?:[-*•]\s+)?(?:(?:are|is)\s+(?:you|it|we)\s+)?(?:ok|okay|fine|alright)\s+(?:with\s+us\s+|for\s+us\s+)?to\s+(?P<x>[a-z]\S*(?:\s+\S+)+)$", re.I)
# "ok need to ask haruto (VP finance) for an extra $22k": the ask, said to its reader.
_ASK_FRAME = re.compile(
    r"^(?:i\s+|we\s+)?(?:really\s+|also\s+)?(?:need|have|want|got|gotta|must)\s+(?:to\s+)?ask\s+(?P<who>[^,.;:]{1,60}?)(?:\s*\([^()]{0,60}\))?\s+(?P<w>for|to)\s+(?P<x>\S.*)$",
    re.I,
)
# "this is happening, but i want ideas on ...": the decision's finality said to the writer, then the content.
_SETTLED = re.compile(
    r"^(?:this|it|the (?:change|decision|plan))(?:['’]s|\s+is)\s+(?:happening|decided|final|going ahead|settled|not up for (?:debate|discussion|a vote))\s*[,;:.-]?\s*(?:but\s+|and\s+|though\s+)?",
    re.I,
)
_WANT_INPUT = re.compile(r"^(?:i\s+)?(?:want|need|'d like|would like|welcome|am open to|'m open to)\s+(?:your\s+|some\s+|any\s+)?(?P<w>ideas|input|thoughts|feedback|suggestions|views|opinions)\b", re.I)
# The reader's request with no subject, as the manager notes it ('wants a dynamic fare model by jan 15').
_REQUEST_NOTE = re.compile(r"^(?:wants|needs|is asking for|asked for|asks for|would like|has asked for)\s+(?P<x>(?:a|an|the|us|to|some|more|\d)\b.*)$", re.I)
# Labels the manager puts on their notes, by what follows them ('reason:', 'can offer:', 'Proposal:', 'Facts:').
NOTE_LABELS: tuple[tuple[str, str], ...] = (
    ("reason", r"(?:i|we) (?:must|have to|'ll have to|will have to|need to|'m going to|am going to|'re going to|are going to) (?:decline|say no|pass)|(?:the )?(?:main |real |root |big )?reason|no|nope|hard no|(?:it'?s|that'?s) a no|(?:the )?answer is no|reason|why|because|cause|root cause|context|background|(?:we'?re |i'?m )?not (?:doing|building|taking on|taking|running) (?:it|this|that)|(?:we |i )?(?:can'?t|won'?t|cannot) (?:do|build|take on|take|run|support) (?:it|this|that)|why not|no,? because|(?:the )?(?:two|three|four|\d|a few|some|main|several) (?:reasons|causes)|(?:the )?reasons|causes"),
    ("offer", r"counter(?:[- ]?offer)?|(?:my |our )?offer|(?:what )?(?:i|we)(?: can|'ll| will| could|'d| would)? (?:do|offer|give|send|provide|share)(?: (?:her|him|them|you|the \w+))?(?: instead| meanwhile| in the meantime| for now| in the interim| until then)?|can offer|could offer|instead|alternative|plan b"),
    ("ask", r"(?:the |my |our )?(?:one |only |single |main |big |small )?(?:ask|request)s?(?: (?:for|of|to) (?:you|them|her|him|[a-z]+))?|what (?:i|we) need(?: from (?:you|them|her|him|us))?|need from (?:you|them|her|him)|(?:i |we )?(?:still )?need(?:ed)?"),
    ("safeguard", r"what (?:we|i)(?:'re| are|'m| am|'ll be| will be)? (?:doing|putting in place|do|changing)(?: about (?:it|this|that))?|(?:the )?(?:safeguards?|mitigations?|guardrails?|controls(?: in place)?)"),
    ("suggest", r"(?:my |our |the )?(?:proposal|suggestion|recommendation|proposed fix|idea|next step|next steps|the fix|fix)"),
    ("point", r"numbers|figures|stats|metrics|data points|key numbers|facts|the facts|key facts|truth|status|update|news|fyi|note|notes|headline|result|results|(?:honest |short |real )?answer|decided|decision|final|done deal|the plan|plan|(?:the )?case|(?:the )?details|info|context for you|(?:the )?situation|what (?:we|i) (?:have|know|found|see)|where (?:we|things) (?:are|stand)|(?:our|my) side|on our side|picture|(?:the )?reality|bottom line|(?:the )?gist|summary|(?:the )?short version|big picture|tl;?dr"),
)
_LABEL = re.compile(r"^(?P<label>[^:]{1,40}?)\s*:\s+(?P<rest>\S.*)$", re.S)
# How a label is dressed around its noun ('the honest reasons', 'the facts are these', "here's the plan", 'not
# happening before the 18th'): the words that only dress it, taken off before the label is looked up.
_LABEL_DRESS = (
    (re.compile(r"^(?:so|ok|and|but)[,\s]+"), ""),
    (re.compile(r"^here(?:['’]s| is| are)\s+"), ""),
    (re.compile(r"\s+(?:are|is)\s+(?:these|this|as follows|below|simple|short|clear)$"), ""),
    (re.compile(r"^((?:my|our|the)\s+)?(?:(?:honest|real|main|key|short|plain|hard|basic|simple|actual|big|two|three|four|\d)\s+)+(?=\w)"), r"\1"),
    (re.compile(r"^(?:(?:it['’]?s|this is|that['’]?s)\s+)?not happening\b.*$"), "no"),  # 'not happening before the 18th': a no, and why follows
)


def _label_core(label: str) -> str:
    """A label without the words that dress it: 'the honest reasons' -> 'the reasons', 'the facts are these' -> 'the
    facts', 'not happening before friday 18 december' -> 'no'."""
    for pattern, said in _LABEL_DRESS:
        label = pattern.sub(said, label).strip()
    return label


def note_label(sentence: str) -> tuple[str, str] | None:
    """(role, content) of a sentence that opens with one of the manager's labels ('can offer: ...' -> ('offer', ...));
    None when it has none (a time such as '10:30' is none)."""
    m = _LABEL.match(sentence.strip())
    if not m or re.search(r"\d$", m.group("label")):
        return None
    label = _label_core(re.sub(r"^[-*•]\s+", "", m.group("label").strip().lower()))
    for role, words in NOTE_LABELS:
        if re.fullmatch(rf"(?:(?:my|our|the) )?(?:{words})", label):
            return role, m.group("rest").strip()
    return None


_NUMBER = r"(?:~\s*|about |roughly |around |approx\.? |nearly |over |almost )?(?:\d[\d,.]*\s*[%kKmM]?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_NOTE_CLAUSES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^(?P<n>{_NUMBER})\s+of us$", re.I), "there are {n} of us"),  # "5 of us"
    (re.compile(rf"^(?P<x>{_NUMBER}\s+(?:loaded|utili[sz]ed|allocated|booked|busy|over capacity)\b.*)$", re.I), "we've been {x}"),  # "130% loaded for two quarters"
    (re.compile(rf"^(?P<noun>(?:the |our )?[a-z][a-z -]{{2,30}}?)\s+(?:(?:is|at|of)\s+)?(?P<v>{_NUMBER}(?:\s+[a-z%]+){{0,2}})$", re.I), "{the}{noun} is {v}"),  # "backlog ~14 weeks"
)


def note_as_prose(text: str) -> str:
    """A verbless line of the manager's notes said as a sentence: '5 of us, roughly 130% loaded for two quarters,
    backlog about 14 weeks' -> 'There are 5 of us, we've been roughly 130% loaded for two quarters, and the backlog is
    about 14 weeks.' The text as it is when any clause has a verb or fits no known shape."""
    body = text.strip().rstrip(".")
    clauses = [c.strip() for c in re.split(r",\s*(?:and\s+)?|;\s*", body) if c.strip()]
    said = []
    for clause in clauses:
        for pattern, shape in _NOTE_CLAUSES:
            m = pattern.match(clause)
            if m and not re.match(r"(?i)(?:i|we|you|they|he|she|it)\b", m.groupdict().get("noun") or "x") and not has_verb(m.groupdict().get("noun") or ""):
                parts = m.groupdict()
                noun = parts.get("noun", "")
                the = "" if re.match(r"(?i)(?:the|our)\b", noun) else "the "
                said.append(shape.format(the=the, **parts))
                break
        else:
            return text
    if len(said) > 1:
        said[-1] = "and " + said[-1]
    out = ", ".join(said)
    return out[:1].upper() + out[1:] + "."


def suggested(text: str) -> str:
    """'report the range plus an early-fill date' -> 'I suggest we report the range plus an early-fill date'; one
    with its own subject ('we move the demo') follows 'I suggest'; any other is named as our suggestion."""
    from lemminflect import getAllLemmas

    first = (re.findall(r"[a-z]+", text.lower()) or [""])[0]
    body = text[:1].lower() + text[1:] if not re.match(r"^(?:I\b|[A-Z]{2})", text) else text
    if re.match(r"(?i)(?:we|i|you|the team)\b", text):
        return f"I suggest {body}"
    if getAllLemmas(first).get("VERB", ("",))[0] == first and not getAllLemmas(first).get("ADJ") and not getAllLemmas(first).get("ADV"):
        return f"I suggest we {body}"
    return f"Our suggestion: {body}"


def read_note(sentence: str) -> Note:
    """One sentence of the manager's notes, sorted (see `Note`): 'say no to lucinda (head of marketing)' is an
    instruction; 'ok need to ask haruto for an extra $22k' is a frame around the ask ('I'm asking you for an extra
    $22k'); 'Proposal: report the range' is a frame around a suggestion ('I suggest we report the range'); 'this is
    happening, but i want ideas on the format' keeps 'I'd like your ideas on the format'; 'wants a fare model by jan
    15' is the reader's request; anything else is content."""
    text = sentence.strip()
    permission = _OK_TO.match(text)
    if permission:  # "ok to shadow on 100% of traffic?": asked for their OK
        return Note("frame", f"Is it OK to {permission.group('x').rstrip(' ?.')}?", "ask")
    opened = _OPENER.sub("", _OPENER.sub("", text, count=1), count=1)  # "ok so need to ..."
    body = opened.strip(" -–—")
    if _INSTRUCTION.search(body) or for_the_drafter(body):
        return Note("instruction", "")
    felt = _FEELING_TAIL.search(body)
    told = _TELL_NP.match(body)
    if felt or told:
        kept = body[: felt.start()] + body[felt.end() :] if felt else body
        body = kept[told.end() if told else 0 :].strip(" ,")
        return Note("frame", body[:1].upper() + body[1:] if text[:1].isupper() or told else body)
    if _CANDOUR.search(body):
        body = _CANDOUR.sub(lambda m: m.group(0).split()[0] + " " if m.group(0).split()[0].lower() in ("and", "but", "so") else "", body)
        return Note("frame", body)
    asked = _ASK_FRAME.match(body)
    if asked and not re.match(r"(?i)(?:about|whether|if|why|how|what)\b", asked.group("x")):
        x = asked.group("x")
        return Note("frame", f"I'm asking you for {x}" if asked.group("w").lower() == "for" else f"I'd like to ask you to {x}", "ask")
    settled = _SETTLED.match(body)
    if settled and len(body) > settled.end() + 8:
        body = body[settled.end() :]
        want = _WANT_INPUT.match(body)
        body = f"I'd like your {want.group('w').lower()}{body[want.end() :]}" if want else body[:1].upper() + body[1:]
        return Note("frame", body)
    labelled = note_label(body)
    if labelled:
        role, rest = labelled
        if role == "suggest":
            return Note("frame", suggested(rest))
        return Note("frame", rest, role)
    request = _REQUEST_NOTE.match(body)
    if request:
        return Note("frame", f"you want {request.group('x')}", "request")
    if opened != text:
        return Note("frame", body[:1].upper() + body[1:] if text[:1].isupper() else body)
    return Note("content", text)


# ---- What a message never carries: the manager's asides and their words to the tool
# The manager's own feelings or retorts ('It isn't, and I'm dreading correcting the chair', 'I shouldn't have to check
# your numbers'): why they write, never what the reader reads.
_OWN_ASIDE = re.compile(
    r"\bi['’]?m\s+(?:(?:really|so|a bit|kind of|honestly|totally|just)\s+)*(?:dreading|not looking forward to|fed up|sick of|tired of|"
    r"(?:nervous|anxious|worried|stressing) about (?:this|it|that|sending|telling|correcting|raising|having to)|scared of (?:this|telling|correcting))\b"
    r"|\bi\s+(?:shouldn['’]?t|should not|should never)\s+(?:have|need)\s+to\b"
    r"|^(?:it|that|this)\s+(?:isn['’]?t|is not|wasn['’]?t|doesn['’]?t|won['’]?t)\s*[,;]\s*(?:and|but)\b"
    r"|^(?:ugh|sigh|lol|fml|argh)\b",
    re.I,
)
# Words the manager wrote to the tool about the message (its tone, how it should sound, who the reader is for the
# writer), wherever they sit in a sentence: 'make it sound like a yes-ish', 'honest framing:', "she's not the enemy".
_TOOL_WORDS = re.compile(
    r"\b(?:make|keep)\s+(?:it|this|the (?:note|reply|email|message))\s+(?:sound|read|look|feel|come across)\b|\byes-?ish\b"
    r"|\b(?:make|keep)\s+(?:it|this)\s+(?:friendly|short|plain|simple|warm|kind|brief|firm|soft|polite|calm|light)\b"
    r"|^(?:the\s+)?(?:honest|soft|positive|gentle|careful|right)\s+(?:framing|spin|angle)\b|\bframing\s*:"
    r"|\b(?:she|he|they)(?:['’]?s|['’]re|\s+is|\s+are)\s+(?:a bit |very |really |quite |pretty |kind of )?(?:touchy|prickly|not the enemy|a friend|my friend)\b"
    r"|\b(?:she|he|they)\s+(?:really\s+|absolutely\s+)?(?:hates?|can['’]?t stand|dislikes?)\s+(?:jargon|long emails|waffle|fluff|acronyms|tech words)\b"
    r"|\b(?:no|zero)\s+(?:jargon|fluff|tech words|stats words|technical words)\b"
    r"|\basking for:?\s+(?:so\s+|and\s+)?i\s+(?:really\s+)?(?:want|need)\b"
    r"|^(?:he|she|they)\s+(?:(?:mostly|mainly|only|really|just|also)\s+)?(?:cares?|worr(?:y|ies))\s+(?:about|what|whether|if|how|most|more)\b"
    # the reader's reaction foreseen for the writer ('but she'll ask why now', "they'll worry about getting stuck with ...",
    # "he's very attached to it"): how to write, never what they read
    r"|(?:^|\b(?:but|and|so)\s+)(?:he|she|they)(?:['’]ll|\s+will|\s+(?:is|are)\s+going\s+to|\s+might|\s+may)\s+(?:probably\s+|definitely\s+|surely\s+|likely\s+|just\s+|still\s+|immediately\s+)?"
    r"(?:ask(?:\s+(?:why|what|how|whether|if|about))?|worry|push\s+back|object|complain|panic|freak\s+out|wonder|resist|argue|challenge|take\s+it\s+(?:badly|personally)|read\s+(?:it|this)\s+as|"
    r"be\s+(?:upset|annoyed|angry|nervous|worried|defensive|disappointed|gutted|touchy|suspicious))\b"
    r"|^(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:very\s+|really\s+|quite\s+|a bit\s+|pretty\s+|so\s+)?(?:attached\s+to|protective\s+of|defensive\s+about|sensitive\s+about|touchy\s+about)\b",
    re.I,
)


def leak(sentence: str) -> str:
    """What in a sentence of a message is the manager's and not the reader's: 'aside' (their own feelings or retort),
    'instruction' (their words to the tool about the message or its reader), or '' when it holds neither."""
    text = sentence.strip().lstrip("-*• ").strip()
    if _OWN_ASIDE.search(text):
        return "aside"
    if _TOOL_WORDS.search(text):
        return "instruction"
    return ""


# "so i want $9k now for a pilot": the ask, said as one ('I'm asking for $9k now for a pilot').
_WANT_AS_ASK = re.compile(
    r"^(?:(?P<l>what i['’]?m asking for:\s+)(?:(?:so|and|but|basically),?\s+)?|(?:so|and|but|basically),?\s+)i\s+(?:really\s+)?(?:want|need|'d like|would like)\s+(?=[$€£]?\d|(?:an?|one|two|three|four|five|six|more|another|the other|approval|sign-?off)\b)",
    re.I,
)


# "honest framing: it's a coin flip ...": the manager's label for how to put it, taken off; what follows is content.
_TOOL_LABEL = re.compile(r"^(?:(?:the|my)\s+)?(?:(?:honest|soft|positive|gentle|careful|right|real|short)\s+)?(?:framing|spin|angle|tone|pitch)\s*:\s+(?=\S)", re.I)
# "... and i'm dreading correcting the chair but i have to before the trustees meeting on the 15th": the aside goes,
# the deadline it carried stays, said as the manager's own plan.
_ASIDE_BUT_BEFORE = re.compile(r"\bbut\s+i\s+(?:have|need|got)\s+to(?:\s+(?:do it|say it|tell (?:him|her|them)|correct (?:it|this)))?\s+(?P<w>(?:before|by|ahead of)\s+[^.;!?]{3,80})", re.I)


_UNITS = r"(?:days?|weeks?|wks?|months?|mos?)"
# A line of the manager's notes with no subject, said as a sentence to the reader.
_NOTE_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "drone vendor, 4 wks late on the point clouds": how late the thing is, never who the reader is
    (re.compile(rf"^(?:[\w&' -]{{2,40}}),\s+(?P<n>{_NUMBER}\s+{_UNITS})\s+(?:late|overdue|behind)\s+(?:on|with)\s+(?P<x>[^,;]+?)\.?$", re.I), "{X} {be} now {n} late."),
    # "3 weeks waiting on a static IP": how long we have waited
    (re.compile(rf"^(?P<n>{_NUMBER}\s+{_UNITS})\s+(?:now\s+)?(?:waiting|waited)\s+(?:on|for)\s+(?P<x>.+?)\.?$", re.I), "We've been waiting {n} for {x}."),
    # "need them by mon 14th or ...": who needs it
    (re.compile(r"^(?:still\s+|really\s+)?need\s+(?P<x>(?:it|them|this|that|the|a|an|your|\d)\b.+?)\.?$", re.I), "I need {x}."),
    # "can only start mon 11/01", "won't have the data till march": a note with no subject is ours
    (re.compile(r"^(?P<x>(?:can|can['’]?t|cannot|could|couldn['’]?t|will|won['’]?t|should|must|may|might)\s+(?!(?:i|we|you|they|he|she|it)\b)(?:only\s+|not\s+|still\s+|also\s+)?[a-z]+\b[^?]*?)\.?$", re.I), "We {x}."),
    # "start jan 4", "starting monday": when we start
    (re.compile(r"^(?:we\s+)?(?:start|starting|kick off|kicking off)\s+(?:on\s+)?(?P<x>(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\s+\d|\d|next|this|tomorrow)[^,;]{0,30}?)\.?$", re.I), "We start on {x}."),
    # "new date 12/02", "realistic eta: mid march": the date we now give
    (re.compile(r"^(?:(?:the|our|my)\s+)?(?P<w>new|revised|realistic|updated|expected|likely|earliest)\s+(?P<d>date|eta|deadline|target|go-live|launch date|delivery date)\s*(?:is\s+|:\s*|-\s*|=\s*)?(?P<x>(?:\d|mid|early|late|end|start|the|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|week|wk)[^,;]{0,40}?)\.?$", re.I), "The {w} {d} is {x}."),
    # "churn retraining still blocked on the warehouse schema", "feature store migration about half done",
    # "new merchant features in": the work and where it stands
    (re.compile(r"^(?P<x>[A-Za-z][\w-]*(?:\s+[A-Za-z0-9][\w-]*){0,3}?)\s+(?P<y>(?:(?:still|now|about|roughly|nearly|almost|mostly|finally|already|fully|partly|~)\s+)*"
                r"(?:blocked|stuck|done|half[ -]done|\d{1,3}\s*%\s+done|live|merged|shipped|deployed|finished|complete|on hold|paused|underway|in progress|ready|waiting)\b.*?|in|out|live)\.?$", re.I), "{X} {be} {y}."),
    # "vendor engineer only on site wed 16th": the thing and its state
    (re.compile(r"^(?P<x>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+only\s+(?P<y>(?:on site|onsite|available|here|in|around|free|in the office)\b.*?)\.?$", re.I), "The {x} is only {y}."),
)


_SAYS = frozenset("says said thinks thought reckons wants wanted needs needed told asked hopes expects".split())


def _status_subject(words: str) -> bool:
    """True when the words before a state ('churn retraining' in 'churn retraining still blocked') can be the thing
    that state is of: no pronoun, auxiliary or verb of saying, no past tense ('we moved it in')."""
    low = words.lower().split()
    return not (_AUX.search(words) or set(low) & (_SAYS | {"i", "we", "you", "he", "she", "they", "it", "this", "that"}) or any(w.endswith("ed") and len(w) > 4 for w in low))


def note_as_sentence(text: str, listed: bool = False) -> str:
    """A line of the manager's notes with no subject said as a sentence ('Drone vendor, 4 wks late on the point
    clouds' -> 'The point clouds are now 4 wks late.', '3 weeks waiting on a static IP' -> "We've been waiting 3 weeks
    for a static IP.", 'Need them by Monday' -> 'I need them by Monday.'); the text as it is when it has a subject."""
    body = text.strip()
    if re.match(r"(?i)(?:i|we|you|they|he|she|it|there|the|our|this|that)\b", body):
        return text
    for pattern, shape in _NOTE_SHAPES:
        m = pattern.match(body)
        if m is None:
            continue
        parts = m.groupdict()
        if "x" in parts and shape.startswith("The {x}") and (_AUX.search(parts["x"]) or re.match(r"(?i)(?:i|we|you)\b", parts["x"])):
            continue
        if shape.startswith("{X} {be}") and (listed or not _status_subject(parts["x"])):
            continue  # a status line of a list ('- Router live on 12 of 20 depots') stays as written
        x = parts.get("x", "")
        x = x[:1].lower() + x[1:] if shape.startswith("We {x}") else x  # "Can only start Monday": our 'can'
        x = x[:1].lower() + x[1:] if shape.startswith(("The {x}", "{X} {be}")) and not re.match(r"^[A-Z]{2}", x) and not _proper(x) else x  # 'Vendor engineer' opened the note
        the = x if re.match(r"(?i)(?:the|our|your|their|my)\b", x) or _proper(x) or re.match(r"^[A-Z]{2}", x) else f"the {x}"
        plural = re.search(r"[^s]s$", x.split()[-1]) if x else None
        said = shape.format(X=the[:1].upper() + the[1:], be="are" if plural else "is", n=parts.get("n", ""), x=x, y=parts.get("y", ""), w=(parts.get("w") or "").lower(), d=re.sub(r"(?i)^eta$", "ETA", (parts.get("d") or "").lower()))
        return re.sub(r"\b(is|are) ((?:still |now )?(?:live|down|up|open|closed|blocked|stuck|paused|on hold|waiting)\b[^.]*?\bsince)\b", lambda m: ("has been " if m.group(1) == "is" else "have been ") + m.group(2), said)  # 'live since Monday': has been
    return text


def said_as_ask(sentence: str) -> str:
    """'so i want $9k now ...' -> "I'm asking for $9k now ..." (the manager's 'so' tells the writer what follows from
    their notes); 'What I'm asking for: I want $9k ...' -> 'What I'm asking for: $9k ...'; a label for how to put it
    ('honest framing: ...') taken off; any other sentence as it is ('I need a date from you' is already said to them)."""
    label = _TOOL_LABEL.match(sentence.strip())
    if label:
        rest = sentence.strip()[label.end() :]
        sentence = rest[:1].upper() + rest[1:]
    m = _WANT_AS_ASK.match(sentence.strip())
    if m is None:
        return sentence
    rest = sentence.strip()[m.end() :]
    return f"{m.group('l')}{rest}" if m.group("l") else f"I'm asking for {rest}"


# The manager's words to the writer closing a sentence of content, with no stop before them ('... more than three hours
# off its ETA dont grovel and dont promise the first like its certain', '..., keep it short pls'): how to write it.
_WRITER_TAIL = re.compile(
    r"(?:^|[,;:]\s*|\s+[-–—]\s+|\s+)(?:(?:and|but|also|just|so)\s+)?(?:pls\s+|please\s+)?"
    r"(?:(?:don['’]?t|do not|never)\s+(?:(?:be|sound|come across|look)\s+(?:too\s+)?(?:grovell?ing|apologetic|defensive|desperate|pushy|needy|preachy|salesy)"
    r"|grovel|(?:over-?)?apologi[sz]e(?=(?:\s+(?:too much|so much|profusely|a lot|for (?:it|this|that|everything)))?\s*[.!]?\s*$)|over-?promise|oversell|overstate|gush|waffle|ramble|hedge|sugar-?coat|make (?:it|this) (?:sound|look|read)|promise\s+(?:[\w/-]+\s+){1,3}(?:like|as if|as though)\b)"
    r"|(?:keep|make)\s+(?:it|this)\s+(?:" + _STYLE + r")\b|(?:" + _STYLE + r")\s+(?:pls|please)\b)[^.!?]*[.!]?\s*$",
    re.I,
)


def without_writer_tail(sentence: str) -> str:
    """A sentence of content without the manager's words to the writer run on at its end ('... off its ETA dont grovel
    and dont promise the first like its certain' -> '... off its ETA.'); '' when the sentence was nothing else."""
    m = _WRITER_TAIL.search(sentence)
    if m is None:
        return sentence
    kept = sentence[: m.start()].rstrip(" ,;:-–—")
    return f"{kept}." if re.search(r"\w", kept) else ""


def _without_inner_label(sentence: str, source: str) -> str:
    """The drafter's label kept and the manager's own label after it taken off: 'The reason: Not happening before
    Friday 18 December: Priya is flat out' -> 'The reason: Priya is flat out'; 'Short answer: The facts are these: ...'
    -> 'Short answer: ...'. The sentence as it is when the second label is not one of the manager's."""
    outer = _LABEL.match(sentence.strip())
    if outer is None or not source:
        return sentence
    inner = _LABEL.match(outer.group("rest"))
    if inner is None or note_label(outer.group("rest")) is None:
        return sentence
    words = re.findall(r"[a-z']+", inner.group("label").lower())[:2]
    if not words or not re.search(rf"(?i)\b{re.escape(' '.join(words))}\b[^:.;]{{0,40}}:", source):
        return sentence
    rest = inner.group("rest").strip()
    kept = re.match(r"[A-Z]{2}|I\b", rest) or _proper(rest)  # 'Priya', 'GPU', 'I': as written
    return f"{outer.group('label')}: {rest if kept else rest[:1].lower() + rest[1:]}"


def _proper(text: str) -> bool:
    """True when the text opens with a name (a capitalised word English does not know in lower case)."""
    from lemminflect import getAllLemmas

    first = (re.findall(r"[A-Za-z]+", text) or [""])[0]
    return first[:1].isupper() and not getAllLemmas(first.lower())


# ---- The gate
def to_reader(sentence: str, reader: Reader, previous: str = "", source: str = "", *, listed: bool = False) -> str:
    """One sentence of the manager's words said to the reader: framing cut, their name, title and pronouns as 'you',
    verbs in agreement. '' when the sentence is the drafter's context alone or an instruction to the writer. A label
    is taken off only when it is the manager's (`source`, the words the sentence came from, has it): the drafter's
    own 'Why:' stays."""
    sentence = without_writer_tail(sentence)
    if not sentence:
        return ""
    sentence = note_as_sentence(said_as_ask(_without_inner_label(sentence, source)), listed)  # "so i want $9k now": the ask, said as one; "need them by monday": who needs them
    note = read_note(sentence)
    left = note.text if note.kind == "frame" else sentence  # a feeling closing the content is already cut from it
    if leak(left) == "aside" and _ASIDE_BUT_BEFORE.search(left):
        return f"I want to set this straight {_ASIDE_BUT_BEFORE.search(left).group('w').strip()}."
    if note.kind == "instruction" or leak(left):
        return ""  # the manager's aside or their words to the tool: never the reader's
    label = note_label(sentence)
    theirs = label is None or not source or re.search(rf"(?i)(?:^|[\s.;])({re.escape(sentence.split(':', 1)[0].strip(' -*•'))})\s*:", source)
    sentence = _cap(note.text) if note.kind == "frame" and note.role != "request" and theirs else sentence
    if note.role == "request":
        return ""  # the reader's request noted for the writer: the message answers it, never tells it back
    text, framed = _without_framing(sentence.strip())
    if _FRAMING_ONLY.match(text) or _TO_THE_DRAFTER.search(text):
        return ""
    text = _readers_as_you(plain_register(lower_shouting(text)), reader)
    text = re.sub(r"^(?:(?:our|my|the|their)\s+)?[\w' -]{2,60}?,\s+you,\s+(?=[a-z])", "You ", text, flags=re.I)  # "Our chair of trustees, Honorine, read ...": the title and the name are one reader
    text = one_reader(text)
    head = _verbless_head(text)
    if head and (framed or re.search(r"\byou\b", head.group("h"), re.I)):
        rest = text[head.end() :]
        text, framed = rest[:1].upper() + rest[1:], True  # "Our biggest customer (...) that the rollout slips": the message is after 'that'
    text = _REFUSAL_OPENER.sub("", text, count=1)
    text = text[:1].upper() + text[1:] if text[:1].islower() and sentence[:1].isupper() else text
    text = _THEIR_CLAUSE_QUOTED.sub(lambda m: m.group("q"), text)  # "'to prove it doesn't hit small merchants harder'": their words, never held up to them in quotes
    text = re.sub(r"\((so(?: that)?|which means|meaning|i\.e\.,?) their\b", r"(\1 your", text, flags=re.I) if reader.names else text  # "(so their staff stop checking by hand)": why it matters to them, said to them
    if framed:
        text = re.sub(r"\btheir\b", "your", text)  # the cut words named the reader: their stores are yours
    text = _pronouns_as_you(text, previous, reader)
    text = _agree(text)
    text = _COST_CLAUSE.sub(", which ", text)  # '..., took 3 weeks longer': what took it is the clause before
    text = _ASKED_LABEL.sub(lambda m: m.group("y")[:1].upper() + m.group("y")[1:], text)  # "Short answer: you asked what ...": their question is no answer
    if _MEETING_READER.search(text):
        return ""
    text = reader_part(text)
    state = reader_state(text)
    said = reader_state(_after_label(text)) if state is None else state
    if said is not None:  # "Short answer: you are furious because a client got 40 flags": how they feel goes, what happened stays
        return _cap(said) if said and has_verb(said) and not faults(_cap(said)) else ""
    return text


# A bare refusal opening a reason the draft already said no before ("Can't, we're on the forecast till March"): the
# reason is the sentence.
_REFUSAL_OPENER = re.compile(r"^(?:can['’]?t|cannot|won['’]?t|nope|not possible|not happening|not now)\s*[,;:–—-]\s*(?=(?:we|i|our|the|it|they|there|this)\b|[A-Z][a-z]+['’]s\b)", re.I)
# A clause of the reader's own words quoted back at them ('... split by size, 'to prove it doesn't hit small
# merchants harder', before ...'): said without the quotes.
_THEIR_CLAUSE_QUOTED = re.compile(r"(?<=[\s,(])['‘](?P<q>(?:to|that|so|because|so that|in case)\s+[a-z][^'‘’]*?(?:['’][a-z][^'‘’]*?)*(?:\s+\S+){2,})['’](?=[\s,.;:)!?]|$)")


def _after_label(text: str) -> str:
    """The words after a leading 'Label:' (up to 80 characters, quotes allowed), or the text when it has none."""
    m = re.match(r"^[^:]{1,80}?:\s+(?=\S)", text)
    return text[m.end() :] if m else text


# Chat shorthand in the manager's notes and the word a message to someone else says instead ('tho', 'bc', 'u').
_CHAT_WORDS: dict[str, str] = {
    "tho": "though", "altho": "although", "bc": "because", "b/c": "because", "cuz": "because", "coz": "because", "u": "you",
    "ur": "your", "w/o": "without", "w/": "with", "thx": "thanks", "rn": "right now", "atm": "at the moment", "imo": "in my view",
    "gonna": "going to", "wanna": "want to", "gotta": "have to", "kinda": "kind of", "sorta": "sort of", "prob": "probably",
    "def": "definitely", "til": "until", "b4": "before", "thru": "through", "pls": "", "plz": "", "tbh": "", "ngl": "", "lol": "",
}  # fmt: skip
_CHAT = re.compile(r"(?<![\w/'’-])(?:" + "|".join(re.escape(w) for w in sorted(_CHAT_WORDS, key=len, reverse=True)) + r")(?![\w/'’-])")


# A contraction typed without its apostrophe ('dont', 'thats', 'im'): the word it is, so no sentence is dropped as run together.
_APOSTROPHE_LOST: dict[str, str] = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't",
    "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't",
    "thats": "that's", "theyre": "they're", "youre": "you're", "im": "I'm", "ive": "I've", "whats": "what's", "theres": "there's",
    "hes": "he's", "shes": "she's", "weve": "we've", "theyve": "they've", "youve": "you've", "wouldve": "would've",
}  # fmt: skip
_RUN_TOGETHER = re.compile(r"(?<![\w'’-])(?:" + "|".join(_APOSTROPHE_LOST) + r")(?![\w'’-])", re.I)


def plain_register(text: str) -> str:
    """The manager's chat shorthand said in full words ('tho' -> 'though', 'bc' -> 'because', 'u' -> 'you'; 'pls',
    'tbh' go); only in lower case, so a capital 'U' or 'DEF' (a name, a code) stays."""
    def said(m: re.Match[str]) -> str:
        if m.group(0) == "def" and not re.match(r"\s+(?:not|going|worth|the|a|need|will|can|should)\b", text[m.end() :]):
            return m.group(0)  # 'def' only as 'definitely'
        if m.group(0) == "u" and re.match(r"\s*[-.]", text[m.end() :]):
            return m.group(0)  # 'u-turn', 'u.s.'
        return _CHAT_WORDS[m.group(0)]

    out = _CHAT.sub(said, text)
    out = re.sub(r"(?<![\w.])e\.g\.,?(?=\s)", "for example", out)  # "we show e.g. 20-45% loss": the notes' Latin said in words
    out = re.sub(r"(?<![\w.])i\.e\.,?(?=\s)", "that is,", out)
    out = _RUN_TOGETHER.sub(lambda m: m.group(0) if m.group(0).isupper() else _keep_case(m.group(0), _APOSTROPHE_LOST[m.group(0).lower()]), out)  # 'IM', 'CANT': an acronym
    out = re.sub(r"\bme\s*\+\s*(?:1|one)\b(?!\s*(?:more|other|others|%))", "me and one other", out)  # "its me + 1": two of us
    out = re.sub(r"\b([Ii])ts(?=\s+(?:me|us|been|going|gonna|not|only|just|still|now|about|all|a|an|the|my|our|your|too|likely|unlikely|fine|ok|okay|done|late|live|ready)\b)", r"\1t's", out)  # "its me + 1": it is
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", out)).strip() if out != text else text


# Emoji and the joiners between them: the manager's mood, never a word of the message.
_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\u200d\ufe0f]+")


def without_emoji(text: str) -> str:
    """The text with no emoji, and no sentence or list line left that held nothing else ('😩.' goes whole)."""
    if not _EMOJI.search(text):
        return text
    text = _EMOJI.sub("", text)
    text = re.sub(r"(?m)^[ \t]*[.!?,;:]+[ \t]*$\n?", "", text)  # a line that was only an emoji
    text = re.sub(r"(?<=[.!?])[ \t]+[.!?]+(?=\s|$)|[ \t]+(?=[.,;:!?])", "", text)
    text = re.sub(r"(?<=\w)[ \t]*\.\.+(?=\s|$)", ".", text)
    text = re.sub(r"[ \t]+$", "", re.sub(r"[ \t]{2,}", " ", text), flags=re.M)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n ")


def lower_shouting(text: str) -> str:
    """Words the manager wrote in capitals for emphasis ('HAVE to', 'the GOOD fries', 'NOT after') in lower case; an
    acronym (NYE, GPU, SLA, CAD) keeps its case, and so does any noun in capitals, which may be one."""
    from lemminflect import getAllLemmas

    def said(m: re.Match[str]) -> str:
        kinds = set(getAllLemmas(m.group(0).lower()))
        return m.group(0).lower() if kinds - {"NOUN", "PROPN"} else m.group(0)  # 'HAVE', 'GOOD', 'AGAIN'; a noun in capitals may be an acronym ('CAD')

    return re.sub(r"\b[A-Z]{3,}\b", said, text)


# A bracketed note to the copilot about its team file ('xiadani (new DS, not in the team file yet)'): no reader's business.
_BRACKET = re.compile(r"\s*\(([^()]{1,120})\)")
_TO_THE_TOOL = re.compile(r"\b(?:team[ .]?(?:file|yaml)|in (?:my|the) (?:file|yaml))\b", re.I)


def without_tool_notes(text: str) -> str:
    """The text without its bracketed notes to the copilot about the team file; the rest of the bracket stays."""
    def kept(m: re.Match[str]) -> str:
        parts = [p.strip() for p in m.group(1).split(",")]
        left = [p for p in parts if not _TO_THE_TOOL.search(p)]
        return m.group(0) if len(left) == len(parts) else (f" ({', '.join(left)})" if left else "")

    return _BRACKET.sub(kept, text)


def without_asides(text: str) -> str:
    """A line of the manager's words (a subject, a request) without their feelings about it, their candour, emoji or
    shouting ('Could we have one more analyst and I'm dreading it' -> 'Could we have one more analyst'), or their notes
    to the copilot about its team file."""
    said = without_tool_notes(lower_shouting(without_emoji(text))).strip()
    felt = _FEELING_TAIL.search(said)
    said = (said[: felt.start()] + said[felt.end() :]).strip(" ,") if felt else said
    return _CANDOUR.sub(lambda m: m.group(0).split()[0] + " " if m.group(0).split()[0].lower() in ("and", "but", "so") else "", said)


# What an e-mail carries around its words and a label with nothing after it: never a sentence of a message.
_HEADER_LINE = re.compile(r"^\s*(?:>\s*)?(?:-{3,}\s*(?:forwarded message|original message|(?:my\s+)?draft|reply|message|email|e-mail)?\s*-*\.?|(?:from|to|cc|bcc|sent|date|subject|reply-to)\s*:\s.*|-{3,})\s*$", re.I)
_ADDRESS = re.compile(r"<\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*>")
_BARE_LABEL = re.compile(r"^\s*(?:[-*•]\s+)?(?:(?:my|our|the|here(?:['’]s| is| are)(?: my| the)?)\s+)?(?:(?:first|rough|own|current|original|short)\s+)?"
                         r"(?:draft|notes?|context|background|facts|reasons?|numbers|details|message|email|text|version)(?:\s+(?:below|here|so far))?\s*[.:]?\s*$", re.I)


def header_line(line: str) -> bool:
    """True for a line of e-mail furniture: a 'From:'/'Sent:'/'Subject:' header or an '-----Original Message-----' rule."""
    return bool(_HEADER_LINE.match(line))


# The line a chat tool puts above each post: who wrote it (and their role) and when ('Angharad (Factory Mgr)  7:48 AM',
# 'Bo Lindqvist 14:02', '[9:15] Priya:'); a post may follow on the same line after the bracketed time and a colon.
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?"
_CHAT_HEADER = re.compile(
    rf"^\s*(?:(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})(?P<role>\s*\([^()\n]{{1,40}}\))?,?\s+\[?{_CLOCK}\]?\s*$"
    rf"|\[{_CLOCK}\]\s*(?P<who2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})\s*:)"
)


def chat_header(line: str) -> str:
    """The writer's name when the line heads a post in a pasted chat log ('Marigold (Finance Director)  9:02 AM'),
    else ''."""
    m = _CHAT_HEADER.match(line)
    if m is None or _CALENDAR_WORD.search(m.group(0).split("(")[0]):
        return ""  # 'Meeting Tuesday 9:30': a time in a note, no post
    return m.group("who") or m.group("who2") or ""


_CALENDAR_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:meeting|call|standup|stand-up|sync|review|demo|deadline|at|by|until|till)\b", re.I)


def without_chat_log(text: str) -> str:
    """The text without the posts of a pasted chat log: each header line and the lines of its post (up to a blank
    line or the next header). A post is its writer's words, the reader's own or someone else's: what the message
    answers, never a sentence of it."""
    lines = text.split("\n")
    headers = [m for m in map(_CHAT_HEADER.match, lines) if m and chat_header(m.group(0))]
    if len(headers) < 2 and not any(m.group("role") or m.group("who2") for m in headers):
        return text  # one bare 'Name 9:30' line: no log
    out: list[str] = []
    in_post = False
    for line in lines:
        if chat_header(line):
            in_post = True
            continue
        if not line.strip():
            in_post = False
        if not in_post:
            out.append(line)
    return "\n".join(out)


def without_furniture(body: str) -> str:
    """A message body without e-mail furniture ('From: Hartmut Brenneke <h.b@x.com>', 'Date: ...', '----------
    Forwarded message ---------', any sentence holding an address in angle brackets) or a label standing alone with
    nothing after it ('My draft.', 'The facts:'): the manager's paste, never the reader's message."""
    lines = []
    for line in body.split("\n"):
        if _HEADER_LINE.match(line):
            continue
        mark = re.match(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", line)
        lead, rest = (line[: mark.end()], line[mark.end() :]) if mark else ("", line)
        parts = _split(rest)
        kept = [x for x in parts if not _ADDRESS.search(x) and not _BARE_LABEL.match(x)]
        if parts and not kept:
            continue
        lines.append(lead + " ".join(kept) if kept != parts else line)
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip("\n") if out != body else body


def gate(body: str, reader: Reader, manager_words: list[str], *, min_run: int = 3, verdict: Verdict | None = None) -> Gated:
    """The body with every sentence that comes from the manager's words (sharing `min_run` words in a row with one of
    `manager_words`) passed through `to_reader` and the grammar check; a sentence that fails is left out, and the
    facts it stated that the body no longer says are returned in `lost`. A clause that says the opposite of the tool's
    `verdict` on the same work, or says again what the body already says, is taken out too; everything left out is
    in `kept_out`, with why."""
    body = re.sub(r"(?<=[\w%£$€] )\((A|An|The) (?=[a-z0-9])", lambda m: f"({m.group(1).lower()} ", without_emoji(without_furniture(body)))  # 'around £62k (a band 7 fully loaded)': an aside mid-sentence
    g = _Gating(reader=reader, manager_words=manager_words, min_run=min_run, verdict=verdict, body=body)
    out_paragraphs = []
    for p in body.split("\n\n"):
        lines = []
        for line in p.split("\n"):
            mark = re.match(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", line)
            lead, rest = (line[: mark.end()], line[mark.end() :]) if mark else ("", line)
            parts = [x for part in _split(rest) for x in run_on_split(part)]
            kept = [x for i, s in enumerate(parts) for x in g.sentence(s, parts[i - 1] if i else "", bool(mark))]
            if kept:
                lines.append(lead + " ".join(kept))
            elif not mark and rest.strip() == "":
                lines.append(line)
        if any(x.strip() for x in lines):
            out_paragraphs.append("\n".join(lines))
    out = "\n\n".join(out_paragraphs)
    lost = [x for s in g.dropped for x in stated_facts(s) if not fact_still_said(x, out)]
    return Gated(body=out, dropped=g.dropped + g.context, lost=list(dict.fromkeys(lost)), kept_out=g.kept_out)


def with_verdict(said: str, verdict: Verdict | None) -> tuple[str, list[KeptOut]]:
    """A sentence for the body without the clauses that say the opposite of the tool's verdict, what is left said as
    whole sentences ('new merchant features in' -> 'The new merchant features are in.'), and the clauses taken out."""
    clauses, against = against_verdict(said, verdict)
    if not against:
        return said, []
    return " ".join(_cap(note_as_sentence(c.strip()).rstrip(".")) + "." for c in clauses), against


# The reader's own question told back to them ('You asked me this morning whether the model can replace ...'): the
# opening of a reply at most, never after it has begun.
TOLD_BACK = re.compile(r"^You\s+(?:asked|wanted to know|were asking|wondered)\b(?:\s+(?:me|us))?[^,.;:]{0,40}?\s+(?:whether|if|why|how|what|when|where|who)\b")
_GREETING = re.compile(r"^(?:Hi|Hello|Dear|Hey|Morning|Good morning)\b[^\n]{0,60},?$")


@dataclass
class _Gating:
    """One body's pass through the gate: what it needs to judge a sentence, and what it has left out so far."""

    reader: Reader
    manager_words: list[str]
    min_run: int
    verdict: Verdict | None
    body: str
    dropped: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    kept_out: list[KeptOut] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    _composed: list[str] | None = None

    def sentence(self, s: str, previous: str, listed: bool) -> list[str]:
        """A sentence of the body as the reader gets it: [] when it is left out."""
        from tools.message import longest_shared_run

        source = next((w for w in self.manager_words if w and longest_shared_run(s, w) >= self.min_run), "")
        if not source and fragment(s) and any(w and longest_shared_run(s, w) >= len(s.split()) for w in self.manager_words):
            return self._out(s, "a clipped piece of your notes", self.dropped)  # 'Eleven people.': too short to share a run, a clipped piece of the notes all the same
        if not source:
            self.said.append(s)
            return [s]
        said = to_reader(s, self.reader, previous, source, listed=listed) or self._clauses_for_them(s, previous, source)
        if not said:
            return self._out(s, "a note for you, not written to them", self.context)  # the drafter's context: never meant for the reader
        if TOLD_BACK.match(said) and any(not _GREETING.match(x) for x in self.said):
            return self._out(said, "their own question, told back to them", self.context)  # 'You asked me this morning whether ...' after the answer
        said = self._checked(said)
        if not said:
            return []
        if (faults(said) and not listed) or unclosed(said):
            said = _mended(said)  # a bullet too: an open bracket is mended, never sent
        if faults(said) and not listed:
            return self._out(s, "not a whole sentence as written", self.dropped)
        self.said.append(said)
        return [said]

    def _clauses_for_them(self, s: str, previous: str, source: str) -> str:
        """The clauses of a sentence kept out as a note that still say our own news ('they'll worry about a boring
        region, we review the split in june' -> 'We review the split in June.'); '' when none does."""
        clauses = [c.strip(" .") for c in re.split(r",\s+(?:and\s+|but\s+|so\s+)?|;\s+", s) if c.strip(" .")]
        if len(clauses) < 2:
            return ""
        ours = [_cap(x.rstrip(".")) + "." for c in clauses if re.match(r"(?i)(?:we|our|i)\b", c) and (x := to_reader(c, self.reader, previous, source))]
        ours = [x for x in ours if not re.search(r"(?i)\byou(?:r|rs)?\b", x) and has_verb(x) and not faults(x)]
        if ours:
            self.kept_out.append(KeptOut(text=s.strip(), why="a note for you, not written to them; only what we do is said"))
        return " ".join(ours)

    def _checked(self, said: str) -> str:
        """The sentence without the clauses that contradict the verdict or repeat the body; '' when none is left."""
        said, against = with_verdict(said, self.verdict)
        self.kept_out += against
        others = self.composed() + self.said  # a sentence of the notes kept before, or one the draft composed
        said, repeated = without_repeats(said, others) if said else ("", [])
        self.kept_out += repeated
        return said

    def composed(self) -> list[str]:
        """The body's sentences that come from no words of the manager's (the draft's own)."""
        from tools.message import longest_shared_run

        if self._composed is None:
            parts = [x for line in self.body.split("\n") for x in _split(re.sub(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", "", line))]
            self._composed = [x for x in parts if not any(w and longest_shared_run(x, w) >= self.min_run for w in self.manager_words)]
        return self._composed

    def _out(self, s: str, why: str, into: list[str]) -> list[str]:
        into.append(s)
        self.kept_out.append(KeptOut(text=s.strip(), why=why))
        return []


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def run_on_split(sentence: str) -> list[str]:
    """A long sentence of the notes joined at a colon, a whole clause on each side ('The model slips to 22 January:
    the tables only got merged on Tuesday, ...'), as two sentences; any other sentence as it is. A label
    ('What I can offer: ...') or a short lead-in keeps its colon."""
    head, colon, tail = sentence.partition(": ")
    if not colon or len(sentence.split()) < 25 or len(head.split()) < 5 or len(tail.split()) < 5 or note_label(sentence) is not None:
        return [sentence]
    subject = re.match(r"(?i)(?:the|our|their|your|my|his|her|its|this|that|these|those|we|i|it|they|he|she|you|a|an|one|two|both|all)\b", tail)
    if not subject or not has_verb(head) or not has_verb(tail) or unclosed(head):  # 'about 360k loaded in total' opens no clause
        return [sentence]
    return [head.rstrip(" ,;") + ".", _cap(tail)]


_SPLIT = re.compile(r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bapprox\.)(?<!\bca\.)(?<!\bcf\.)\s+(?=[A-Z0-9\"'‘“(])")  # 'e.g. 20-45%' goes on


def _split(text: str) -> list[str]:
    return [s for s in _SPLIT.split(text) if s.strip()]
