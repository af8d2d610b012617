"""The specifics a manager states before a 1-on-1 (numbers, money, named work and documents, what was said in a
meeting, counted incidents) read as short clauses in their words, and whether an agenda already carries each one.
An agenda that leaves one out names it in an item of its own, so no stated fact is dropped for a generic template.
Works on run-on notes without punctuation ('two sprint commitments missed in a row his last three PRs ...').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lead_core.numbers import NUMBER_WORDS
from tools.message import longest_shared_run

# Where one fact ends and the next begins in notes written as one breath: punctuation, or a new subject.
_STOP = re.compile(r"[.;!?\n]+|(?<!\d):(?!\d)|,\s+(?!which\b|who\b|whose\b)|\s+-{1,2}\s+|\s+(?:and when|and then|and now|but|so|because|while|although|though|meanwhile|whereas)\s+", re.I)
_NEW_SUBJECT = frozenset("i he she they we his her their my our he's she's they're hes shes theyre i'm im".split())
_OBJECT_BEFORE = frozenset("on to for with from at by of about off into onto over under than gave give giving told tell asked ask and let make "
                           "help want need needs see saw keep kept put pay paid thank trust brief beyond like without across around through behind between within "
                           "past since until via per against broke took made cost hit sent ran wrote lost ate blew got left keeps keep kept "
                           "overrode ignore ignores ignored skip skips skipped break breaks tells says warns reminds".split())
_PLACE_LEAD = re.compile(r"^(?:then\s+)?(?:in|at|during|on|after|before)\s+(?:the|a|an|our|my|this|last|every|each)\b", re.I)
_HEAD = frozenset("the his her their our my last past about only over nearly almost another first a an".split())
_LEAD = re.compile(r"^(?:(?:and|but|so|then|also|plus|meanwhile|oh|tbh|honestly|now|just|yeah|well),?\s+)+", re.I)
_TRAIL = re.compile(r"(?:\s+(?:and|but|so|or|the|a|an|to|of|with|for|that|which|who|when|if|yesterday|today))+\s*$", re.I)
_MEETING = re.compile(r"(?<![/\d.])\b(?:1[:-]?1s?|1 on 1|one[- ]on[- ]ones?)\b(?![/.]\d)", re.I)  # never the 11 of a date ('21/11')
# A clause that ends by pointing back at the one before ('sam's launch review depends on it'): no fact on its own.
_BACK_REFERENCE = re.compile(r"\b(?:on|to|with|for|from|about|needs|uses|blocks|waits on)\s+(?:it|that|this)\W*$", re.I)
_PREP_START = re.compile(r"^(?:of|to|for|with|from|by|than|like|as)\b", re.I)
# What the manager must say, not a fact about the situation: 'need to tell him the pipeline work isn't good enough'.
_MESSAGE_START = re.compile(r"^(?:i\s+)?(?:need|needs|have|has|got|want) to (?:tell|say|ask|raise|let \w+ know)\b", re.I)

_COUNT_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w.isalpha() and w not in ("a", "an", "one", "zero", "no")), key=len, reverse=True))
_MONEY = r"[$€£]\s?\d[\d,.]*\s?(?:k|m|bn)?\b|\b\d[\d,.]*\s?(?:k|m|bn)\b(?!\s*(?:rows?|records?|lines?|users?|samples?))|\b\d[\d,.]*\s?(?:dollars|euros|pounds|usd|eur|gbp)\b"
_NUMBER = re.compile(rf"{_MONEY}|\b\d{{1,2}}(?:st|nd|rd|th)\b|\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th) time\b|\b\d{{1,3}}(?:\.\d+)?\s?%|\b\d+(?:\.\d+)?\b|\b(?:{_COUNT_WORDS})\b|\btwice\b|\ba dozen\b", re.I)
_SPAN_ONLY = re.compile(rf"^(?:(?:the )?(?:last |past |next |another |over |for |about |nearly |almost )?(?:\d+|{_COUNT_WORDS}|a|an|one)\s+(?:more\s+)?(?:days?|weeks?|months?|years?|quarters?|hours?|minutes?|mins?)|(?:\d+|{_COUNT_WORDS}) of us)$", re.I)
_SPAN_START = re.compile(rf"^(?:\d+|{_COUNT_WORDS}|a|an|one)\s+(?:more\s+)?(?:days?|weeks?|months?|years?|quarters?|hours?|minutes?|mins?)\b|^(?:\d+|{_COUNT_WORDS}) of us\b", re.I)
_SPAN_FACT = re.compile(r"\b(?:days?|weeks?|hours?)\s+of\s+(?:re-?work|work|effort|delay|downtime|firefighting|clean-?up|outage)\b|\b(?:weeks?|days?|months?|sprints?)\s+(?:left|to go|late|behind|overdue|remaining|early|from done|away from)\b|\b(?:late|overdue|behind) by\b", re.I)
_DATE_WORD = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?$|^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*,?$|^(?:on|the|by|due|until|till|from|since)$", re.I)
# Two facts joined by 'and' in one long clause: 'we moved X onto Y on oct 5 and the Z is owned by dashiell now'.
_AND_NEW = re.compile(r"\s+and\s+(?=(?:the|a|an|his|her|their|our|my|its)\s)", re.I)
# The word before a number that ends one run-on fact ('rough two sprint commitments', 'lately four code reviews').
_RUN_ON_END = re.compile(r"^(?:\w+ly|rough|bad|tough|hard|again|too|fine|ok|okay|lol|tbh|honestly)$", re.I)
_ARTIFACT = re.compile(
    r"\b(?:docs?|documents?|proposals?|PRs?|pull requests?|reports?|dashboards?|decks?|rfcs?|specs?|design docs?|audits?|models?|pipelines?|"
    r"migrations?|launch(?:es)?|releases?|incidents?|outages?|overrides?|overriding|offers?|estimates?|recommendations?|sprints?|commitments?|"
    r"reviews?|tests?|deadlines?|deliverables?|budgets?|contracts?|pages|on-?call|rota|tickets?|experiments?|results?|metrics?|forecasts?|owned by|owner|platforms?|services?|process|demos?|slipped|slips|delayed|failed|flaky|reverted|rolled back)\b", re.I)
_QUOTE = re.compile(r"(?<!\w)['\"\u2018\u201c][^'\"\u2019\u201d]{3,80}['\"\u2019\u201d](?!\w)")
# About the meeting itself, or the manager's own aim: no fact about the situation.
_LOGISTICS = re.compile(r"\bnot (?:my|one of my) (?:direct )?reports?\b|\b(?:a|my|our) (?:fellow )?peer\b|^(?:he|she|they)(?:'s| is| are)?\s+(?:the one who\s+)?(?:heads|runs|leads|manages|owns)\s|\bi (?:need|want|'d like|would like|have to|must)\b|^(?:two|three|2|3) things\b|\b(?:1[:-]?1s?|1 on 1|one[- ]on[- ]one|min(?:ute)?s?|mins|prep(?: me)?|agenda|hard chat|catch[- ]?up|meeting)\b|"
                        r"^(?:i|we)(?:'d|'m| need| want| would| have| hope| don'?t want)\b|\bjust (?:the two of us|us)\b|^(?:this is|it'?s) just us\b|\bskip[- ]?level\b|\b(?:one of )?my (?:\w+ )?(?:leads|reports|managers|directs)\b|\b(?:we|they) both report to\b|"
                        # who the person is ('he's our most senior ML engineer', 'she's a junior data engineer on X's team', 'she starts mon jan 4
                        # as a mid-level ML engineer (not in my team file yet)'): no fact to raise
                        r"\bnot (?:in|on) (?:my|the|our) (?:team )?(?:file|list)\b|^(?:need|want|'d like|would like) (?:it|this|that|things|(?:him|her|them) to)\b|\bformal (?:process|route|warning)\b|^(?:he|she|they) (?:starts|joins|started|joined|is starting|is joining)\b[^.;]{0,40}?\bas (?:an? |our |the )?(?:[\w-]+ ){0,4}?"
                        r"(?:engineers?|scientists?|analysts?|leads?|researchers?|designers?|developers?|interns?|grads?|managers?|architects?)\b|"
                        r"^(?:he|she|they)(?:'s|'re| is| are)\s+(?:(?:our|my|the|a|an|one of (?:our|my|the))\s+)?(?:[\w-]+\s+){0,4}?"
                        r"(?:engineers?|scientists?|analysts?|leads?|researchers?|designers?|developers?|interns?|grads?|hires?|managers?|architects?)\b", re.I)
# How the manager heard it ('two juniors came to me separately'): who raised it is protected, never said to the person.
_HOW_HEARD = re.compile(r"\b(?:came to me|told me|raised (?:it|this)|complained|reported (?:it|this|him|her)|flagged (?:it|this))\b", re.I)
_STOPWORDS = frozenset(
    "the a an and or but of to in on at by for with from his her their my our your its this that these those he she they i we "
    "is are was were be been being has have had got get gets it as about into over off up out again last just very really "
    "some more most any all also than then them him me us who which what when where there here".split())


@dataclass(frozen=True)
class Specific:
    """One stated fact in the manager's words, with the tokens that show an agenda carries it."""

    text: str
    numbers: tuple[str, ...]
    words: tuple[str, ...]


# Words a note can do without: what is left names the fact in fewer of the manager's words in a row than an echo check allows.
_FILLER = {w: rank for rank, group in enumerate((
    "the a an that which really just very basically actually honestly tbh literally pretty quite kind sort perhaps about like",
    "is are was were been being has have had got gotten some own us now",
    "his her their our my",
)) for w in group.split()}  # lower goes first
MAX_RUN = 7


def condensed(text: str) -> str:
    """The fact as a note in the manager's words, never more than MAX_RUN of them in a row: where a run grows too long, a
    filler word inside it goes (the latest one), and the note stops where none can."""
    kept: list[tuple[str, int, bool]] = []  # (word, its place in the text, inside a quote)
    said = text
    text = re.sub(r"\bfrom (\d[\d.,]*%?) to (\d[\d.,]*%?)", r"\1 → \2", text)  # 'dropped from 98 to 91%': both numbers kept, in fewer words
    tokens, quoted = text.split(), False
    for i, token in enumerate(tokens):
        opens = token[:1] in "'\"\u2018\u201c"
        if i + 1 < len(tokens) and tokens[i + 1][:1] in "'\"\u2018\u201c" and token.casefold() in _QUOTE_VERBS:
            kept.append(("calls it" if token.casefold().startswith("sa") else f"{token} it as", -9, False))  # own words before a quote
            continue
        inside = quoted or opens
        quoted = inside and not token.endswith(("'", '"', "\u2019", "\u201d"))
        kept.append((token, i, inside))
        if _longest_run(said, kept) > MAX_RUN:
            run = _run(kept)
            can = [k for k in run[1:-1] if _filler_rank(kept[k][0]) is not None and not kept[k][2]]
            drop = min(reversed(can), key=lambda k: _filler_rank(kept[k][0]) or 0, default=None)  # 'the' before 'her'
            if drop is None:
                kept.pop()
                kept = _clean_end(kept)
                break
            kept.pop(drop)
    note = " ".join(word for word, _, _ in kept).strip(" ,(")
    return note + ")" if note.count("(") > note.count(")") else note


_JOINS = frozenset("and but or that which who because so while when".split())
_DANGLES = frozenset("will would can could should is are was were be been has have had do does did of the a an to on in at by for from with "
                     "and but or that which who my our his her their its very really even".split())


def _clean_end(kept: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    """A note stopped mid-clause ends where a clause ends: before the last joining word ('we haven't even started dynamics
    and pedal' -> '... dynamics'), never on a helper or a preposition ('... sight-reading will')."""
    cut = max((i for i, (word, _, inside) in enumerate(kept) if i >= 3 and not inside and word.casefold().strip(",;") in _JOINS), default=None)
    kept = kept[:cut] if cut is not None else kept
    while len(kept) > 2 and kept[-1][0].casefold().strip(",;") in _DANGLES and not kept[-1][2]:
        kept = kept[:-1]
    if len(kept) > 4 and kept[-2][0].casefold() in _HELPERS:  # '... will handle' with its object cut off: the verb goes too
        kept = kept[:-2]
    return kept


_HELPERS = frozenset("will would can could should must may might".split())


def _longest_run(said: str, kept: list[tuple[str, int, bool]]) -> int:
    """The longest run of the manager's words in a row in the note; an aside in brackets is a phrase of its own, so the run
    stops at a bracket ('strong model work (valve-leak model is hers)' is two short runs)."""
    note = " ".join(w for w, _, _ in kept)
    return max(longest_shared_run(said, part) for part in re.split(r"[()]", note))


def _filler_rank(word: str) -> int | None:
    """How readily a word can go from a note (0 first), None when it carries the fact; an adverb ('urgently') goes first."""
    bare = word.casefold().strip("(),")
    return 0 if bare.endswith("ly") and len(bare) > 5 and bare not in _NOT_ADVERBS else _FILLER.get(bare)


_NOT_ADVERBS = frozenset("weekly monthly quarterly yearly daily nightly hourly early friendly family supply reply italy costly timely likely".split())


_QUOTE_VERBS = frozenset("says said saying put wrote writes posted typed".split())


def _run(kept: list[tuple[str, int, bool]]) -> list[int]:
    """Indexes into `kept` of the run of words, ending at the last, that stand in a row in the text."""
    run = [len(kept) - 1]
    while run[0] > 0 and kept[run[0] - 1][1] == kept[run[0]][1] - 1 and kept[run[0]][1] >= 0:
        run.insert(0, run[0] - 1)
    return run


def _pieces(notes: str) -> list[str]:
    """The notes cut into clauses, a run-on cut where a new subject starts ('... in a row his last three PRs ...'); a
    place said first ('then in the weekly ops review') stays with what was said there."""
    out: list[str] = []
    for part in _STOP.split(_MEETING.sub("meeting", notes or "")):
        tokens = part.split()
        start = 0
        for i in range(1, len(tokens)):
            word, before = tokens[i].casefold().strip(",\u2019").replace("\u2019", "'"), tokens[i - 1].casefold().strip(",")
            verb_before = before in _OBJECT_BEFORE or before.endswith(("ing", "ed"))
            if word in _NEW_SUBJECT and not verb_before and i - start >= 3:
                out.append(" ".join(tokens[start:i]))
                start = i
        out.append(" ".join(tokens[start:]))
    joined: list[str] = []
    for piece in (p.strip() for p in out if p.strip()):
        if joined and _BACK_REFERENCE.search(piece) and len(piece.split()) <= 8:  # 'sam's review depends on it': 'it' is the clause before
            joined[-1] = f"{joined[-1]}; {piece}"
        elif joined and _PLACE_LEAD.match(joined[-1]) and len(joined[-1].split()) <= 6:
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    split = [q for p in joined for q in (_AND_NEW.split(p) if len(p.split()) > 16 else [p])]
    return [q for p in split for q in _at_numbers(p)]


def _at_numbers(piece: str) -> list[str]:
    """A piece too long to be one fact, or holding the meeting's own words, cut at each number ('... rough two sprint
    commitments missed in a row' gives 'two sprint commitments missed in a row')."""
    long = len(piece.split()) > 18 or bool(_LOGISTICS.search(piece))
    cuts: list[int] = []
    for m in _NUMBER.finditer(piece):
        if _SPAN_START.match(piece[m.start() :]):
            continue
        head = piece[: m.start()].split()
        back = 0
        while back < min(3, len(head)) and head[-1 - back].casefold() in _HEAD:
            back += 1
        if not long and not (len(head) > back and _RUN_ON_END.match(head[-1 - back])):
            continue
        if head and _DATE_WORD.match(head[-1]):  # 'on oct 5': a date, not the start of a fact
            continue
        at = len(" ".join(head[: len(head) - back])) + (1 if len(head) > back else 0)
        if not cuts or len(piece[cuts[-1] : at].split()) >= 8:  # 'three to four months gives perhaps a 25% chance': one fact
            cuts.append(at)
    if not cuts:
        return [piece]
    return [piece[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(piece)])]


_APOSTROPHE = {"hes": "he's", "shes": "she's", "theyre": "they're", "im": "I'm", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't",
               "isnt": "isn't", "wasnt": "wasn't", "cant": "can't", "wont": "won't", "hasnt": "hasn't", "havent": "haven't"}


def _tidy(piece: str) -> str:
    piece = re.sub(r"\b[a-z]+\b", lambda m: _APOSTROPHE.get(m.group(0), m.group(0)), piece)  # 'hes answered' as 'he's answered'
    piece = _TRAIL.sub("", _LEAD.sub("", piece.strip(" ,"))).strip(" ,")
    if piece.count("(") != piece.count(")"):  # a bracket cut off at either end: the stray one goes
        piece = piece.strip("() ,")
    if piece.count("(") != piece.count(")"):
        piece = piece.replace("(", "").replace(")", "")
    words = piece.split()
    if len(words) <= 24:
        return piece
    clipped = " ".join(words[:24])
    cut = clipped.rfind(" and ")
    return _TRAIL.sub("", clipped[:cut] if cut > 40 else clipped)


# The manager's private read of the person, or one passed on to them ('his old manager warned me he's prickly about his
# code', 'she's sharp and will go to my boss'): it shapes how the meeting is run, never a fact to say to them.
_TRAITS = (r"prickly|touchy|defensive|thin[- ]skinned|sensitive|precious|territorial|abrasive|difficult|arrogant|political|sharp|stubborn|"
           r"moody|hot[- ]headed|high[- ]maintenance|a handful|a pain|combative|spiky|brittle|fragile|prone to sulk\w*")
_PRIVATE_READ = re.compile(
    rf"\b(?:he|she|they)(?:['’]s|['’]re| is| are| can be| gets| tends to be| has a reputation for being)\s+(?:a bit |quite |very |really |pretty |so |known to be |known for being )?"
    rf"['\"\u2018\u201c]?(?:{_TRAITS})\b"
    r"|\b(?:he|she|they)(?:['’]ll| will| would| might)\s+(?:\w+\s+)?go (?:straight |right )?(?:to|over my head to)\s+(?:my boss|hr|the \w+|[A-Za-z]+)\b", re.I)


def private_reads(notes: str) -> list[str]:
    """The manager's private reads of the person in their notes (a trait, a reputation passed on, what they might do),
    each as its clause: for the manager's approach only."""
    out: list[str] = []
    for piece in _pieces(notes):
        text = _tidy(piece)
        if _PRIVATE_READ.search(text) and text not in out:
            out.append(text)
    return out


def _is_specific(piece: str, name: str) -> bool:
    if len(piece.split()) < 3 or _PRIVATE_READ.search(piece) or _LOGISTICS.search(piece) or _HOW_HEARD.search(piece) or _PREP_START.match(piece) or _MESSAGE_START.match(piece) or _SPAN_ONLY.fullmatch(piece.strip()):
        return False
    numbers = [m.group(0) for m in _NUMBER.finditer(piece)]
    spans_only = numbers and all(_SPAN_START.search(m) for m in _number_phrases(piece))
    if name and re.fullmatch(rf"(?:with |and )?{re.escape(name)}\b.*", piece, re.I) and not numbers:
        return False
    span_fact = spans_only and _SPAN_FACT.search(piece)  # '~2 weeks left on fraud v3': a span that is the point
    return bool((numbers and (not spans_only or span_fact)) or _QUOTE.search(piece) or (_ARTIFACT.search(piece) and len(piece.split()) >= 4))


def _number_phrases(piece: str) -> list[str]:
    """Each number with the word or two after it ('two months', '40k in off-spec')."""
    return [piece[m.start() : m.end() + 20].split(",")[0].strip() for m in _NUMBER.finditer(piece)]


def _keys(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    numbers = tuple(m.group(0).casefold().replace(" ", "") for m in _NUMBER.finditer(text))
    words = tuple(dict.fromkeys(w for w in re.findall(r"[a-z][a-z'-]{3,}", text.casefold()) if w not in _STOPWORDS and not w.endswith("'s")))
    return numbers, words


def stated_specifics(notes: str, name: str = "", most: int = 6) -> list[Specific]:
    """The concrete facts the manager stated (at most `most`), each a short clause in their words: numbers and money,
    named work, documents and incidents, words quoted from a meeting. The meeting's own length and day, and what the
    manager wants from it, are no facts about the situation."""
    out: list[Specific] = []
    for piece in _pieces(notes):
        text = _tidy(piece)
        if _is_specific(text, name) and not any(text in s.text for s in out):
            numbers, words = _keys(text)
            out.append(Specific(text, numbers, words))
    return out[:most]


def carried(specific: Specific, agenda_text: str) -> bool:
    """True when the agenda already holds the fact: every number in it, and most of its words."""
    have = agenda_text.casefold()
    flat = have.replace(" ", "")
    if any(n not in flat for n in specific.numbers):
        return False
    if not specific.words:
        return True
    hits = sum(1 for w in specific.words if w in have or w[:5] in have)  # 'reverted' carried by 'revert'; 'dashiell's' by 'dashiell'
    return hits >= max(1, round(0.6 * len(specific.words)))


# A guess the manager is unsure of: "i don't know if something's going on outside work or if he's out of his depth".
_GUESS = re.compile(r"\b(?:(?:don'?t|do not|dont) (?:really )?know|not sure|unsure|wonder(?:ing)?|no idea|can'?t tell)\s+(?:if|whether)\s+(?P<g>[^.;!?]{6,160})", re.I)


def stated_guesses(notes: str) -> list[str]:
    """The possibilities the manager says they can't tell apart, in their words (at most three)."""
    out: list[str] = []
    for m in _GUESS.finditer(notes or ""):
        subject = ""
        for part in re.split(r",?\s+or (?:if |whether )?", m.group("g")):
            part = _tidy(re.split(r"\s+(?:but|and i|so i|i need|i want)\b", part, maxsplit=1, flags=re.I)[0])
            lead = re.match(r"(?:he|she|they|it)(?:'s|'re| is| are)\s", part, re.I)
            subject = lead.group(0) if lead else subject
            part = part if lead or not subject or len(part.split()) > 2 else subject + part  # 'overloaded or just careless': he's careless
            if len(part.split()) >= 2:
                out.append(part)
    return out[:3]
