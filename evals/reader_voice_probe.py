"""A probe of drafted messages written TO their reader: runs the drafts cases of the given scenario sets through the
offline copilot and prints every body sentence that speaks of the reader in the third person (their name, the
title the manager called them by, or he/she/his/her with no one else named before it), fails a plain grammar
check (a 'you' with a third-person verb, 'I need we', a verbless fragment of the manager's notes, a dangling
'that'/'whether', an unclosed bracket or quote), or is the manager's notes pasted back (`pasted_back`: an instruction
to the writer, a label of the notes, the manager's frame or aside, their mood (an emoji, a feeling about the message, a
word shouted in capitals), a verbless line or a misspelling copied from the question); a subject is checked for what
it pastes back only. Its checks are its own, kept apart from the drafter's gate so the count measures the drafts, not the gate.
Run: `python -m evals.reader_voice_probe [--sets blind_v21 dev_v19 ...]`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

SETS = [f"blind_v{n}" for n in (18, 20, 21, 22, 24, 25, 27, 29)] + [f"dev_v{n}" for n in (19, 23, 26, 28)]
DATASETS = Path(__file__).parent / "datasets"

_TITLES = r"(?:ceo|cfo|coo|cto|cpo|cmo|cro|ciso|vp|svp|evp|gm|director|boss|head of [\w-]+|board member|chair|customer|client|partner|manager)"
_THIRD_VERB = re.compile(r"\byou\s+(?:keeps|wants|needs|has|is|was|does|doesn't|says|thinks|asks|goes|gets|lends|gives|takes|makes|knows|sees|wonders)\b", re.I)
_BAD_SUBJECT = re.compile(r"\b(?:I|we|you|they)\s+(?:need|want)\s+(?:we|they|I|he|she)\b(?!\s*(?:'|’))|\bI (?:needs|wants|has|is|keeps)\b|\bwe (?:needs|wants|has|is|was|keeps)\b", re.I)
_DANGLING = re.compile(r"\b(?:whether|if|because|and|or|but|to|of|the|a)\s*[.!?]?$", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)
_AUX = re.compile(
    r"\b(?:is|are|was|were|be|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall)\b|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b", re.I
)
_SUBJECT_VERB = re.compile(r"\b(?:i|we|you|they|it|he|she)\s+(?:\w+ly\s+)?[a-z]+\b", re.I)


def has_verb(sentence: str) -> bool:
    """True when the sentence holds a finite verb: an auxiliary, a subject and its verb, or a word English knows
    only as a past or third-person form of a verb."""
    from lemminflect import getAllLemmas

    if _AUX.search(sentence) or _SUBJECT_VERB.search(sentence):
        return True
    pair = re.match(r"^(?:[A-Z][\w-]+(?:,\s*|\s+and\s+))+[A-Z][\w-]+\s+(?P<v>[a-z]+)\b", sentence.strip())
    if pair and getAllLemmas(pair.group("v")).get("VERB", ("",))[0] == pair.group("v"):
        return True  # "Marco and Aisha own the rota": two named people and their verb
    words = re.findall(r"[a-z]+", sentence.lower())
    first = getAllLemmas(words[0]) if words else {}
    if words and first.get("VERB", ("",))[0] == words[0] and words[0] not in ("want", "need"):
        return True  # "Talk to me.": an imperative
    for i, word in enumerate(words):
        lemmas = getAllLemmas(word)
        if "VERB" not in lemmas or word.endswith("ing") or word in ("want", "need"):
            continue
        after_noun = i > 0 and words[i - 1] not in _DETERMINERS and not words[i - 1].isdigit()
        if ("NOUN" not in lemmas and "ADJ" not in lemmas) or (lemmas["VERB"][0] != word and after_noun):
            return True  # "the pilot slips", "it moved"; never "the slips"
    return False


_DETERMINERS = frozenset("the a an this that these those our my your his her their its some any no every each of for".split())


def sentences(body: str) -> list[str]:
    """The body's sentences after its greeting, without option lines, headings or the sign-off."""
    out: list[str] = []
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    for p in paragraphs[1:] if paragraphs and re.match(r"(?i)(?:hi|hello|hey|dear)\b", paragraphs[0]) else paragraphs:
        if re.fullmatch(r"(?i)(?:thanks|kind regards|best|cheers),?", p) or p.startswith("Options:"):
            continue
        for line in p.splitlines():
            if re.match(r"^\s*[-*•]\s+", line):
                continue  # a list item may be a fragment
            out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'‘“(])", line) if s.strip()]
    return out


def reader_words(recipient: str, role: str, situation: dict[str, Any]) -> list[str]:
    """How the message or the manager named its reader: their name, the audience phrase, the role label."""
    words = [w for w in re.findall(r"[A-Z][\w'-]+", recipient) if w not in ("Prof", "Dr", "Ms", "Mr", "Mrs")] if recipient != "all" else []
    for fact in situation.get("facts", []):
        if fact.get("name") == "audience" and fact.get("source") == "question":
            said = re.sub(r"^(?:to|for)\s+|^(?:my|our|the|your)\s+", "", str(fact.get("text") or "").strip(), flags=re.I)
            if said and said.lower() not in ("him", "her", "them", "he", "she", "they", "team", "my team", "the team", "your team", "everyone"):
                words.append(said)
    if role and role.lower() not in ("team", "report", "leadership", "partner team", "product"):
        words.append(role)
    return list(dict.fromkeys(words))


def _unclosed_single(sentence: str) -> bool:
    """True when a single quote opens ('like 'this) and never closes; a plural's apostrophe (learners' scores) is none."""
    opened = len(re.findall(r"(?<![\w])['‘](?=\w)", sentence))
    closed = len(re.findall(r"(?<=[\w.?!%)])['’](?![\w])", sentence))
    return opened > closed


def problems(sentence: str, previous: str, readers: list[str], others: set[str]) -> list[str]:
    """What is wrong with one body sentence, in the probe's own terms."""
    found = []
    for word in readers:
        said = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence, re.I)
        if said and not re.match(rf"(?i)^{re.escape(word)},", sentence) and not re.search(r"(?i)\b(?:you as|your)\s+$", sentence[: said.start()]):
            found.append(f"names the reader ({word})")
            break
    pronoun = _PRONOUN.search(sentence)
    if pronoun and readers:
        before = previous + " " + sentence[: pronoun.start()]
        if not any(re.search(rf"\b{re.escape(o)}\b", before, re.I) for o in others):
            found.append(f"'{pronoun.group(0)}' with no one else named before it")
    if _THIRD_VERB.search(sentence):
        found.append("'you' with a third-person verb")
    if _BAD_SUBJECT.search(sentence):
        found.append("broken subject after a swap")
    if _DANGLING.search(sentence.rstrip(" .!?")) and len(sentence.split()) > 2 and not sentence.endswith("?"):
        found.append("dangling end")
    head = re.match(r"^(?P<h>.+?)\s+(?:that|whether)\s+\w", sentence)
    if head and ":" not in head.group("h") and not has_verb(re.sub(r"\([^)]*\)", "", head.group("h"))):
        found.append("a that-clause with no main verb before it")
    if sentence.count("(") != sentence.count(")") or sentence.count('"') % 2 or _unclosed_single(sentence):
        found.append("unclosed bracket or quote")
    if ":" not in sentence and not sentence.endswith("?") and len(sentence.split()) >= 2 and not has_verb(sentence):
        found.append("no verb")
    return found


# Words that only ever speak to the writer about the message: its tone, length, format, words to avoid, the reader's tastes.
_INSTRUCTION = re.compile(
    r"\b(?:jargon|stats? words|tone|pls|plz|one-page|one page|memo|bullets?|sound(?:s|ing)? like|excuses|not technical|non-technical|"
    r"(?:he|she|they) (?:hates?|prefers?|likes?)|(?:hates?|prefers?) (?:jargon|detail|numbers|bullets|memos?|short)|nervous about this|"
    r"(?:don'?t|do not) want to (?:suggest|imply|blame)|(?:short|plain|simple) (?:plain |short )?version|"
    r"say (?:no|yes) to|draft (?:a|the|an)|write (?:a|the|an|it)|email to|note to|message (?:for|to) (?:the|my|our)|keep it (?:short|brief|simple))\b",
    re.I,
)
# Labels a manager puts on their notes for the writer ('reason:', 'Facts:', 'can offer:'), copied from the question; a
# status line's label for the reader ('Risk:', 'Blocked:', a project's name) and the drafter's own ('Why:') are not.
_LABEL = re.compile(
    r"^(?:[-*•]\s+)?(?P<l>(?:the\s+|my\s+|our\s+|(?:two|three|\d)\s+)?(?:reasons?|facts?|proposal|(?:i|we)?\s*can offer|offer|context|background|case|ask|notes?|info|fyi|points?|details|numbers|data|plan|idea))\s*:\s",
    re.I,
)
# The manager's frame around the content, or an aside to the writer.
_FRAME = re.compile(
    r"^(?:[-*•]\s+)?(?:ok|okay|so|right|um|ugh)\b[ ,]+(?:i\s+|we\s+)?(?:need|have|want|got)\b"
    r"|^(?:[-*•]\s+)?(?:i\s+|we\s+)?(?:need|have|want|got)\s+to\s+(?:ask|tell|say|let|write|email|explain|inform|warn|update)\s+(?:you|him|her|them)\b"
    r"|\b(?:this|it)(?:'s| is) happening\b|\b(?:this|it) is decided\b|^(?:[-*•]\s+)?(?:wants|needs|asked|asks)\s+(?:a|an|the|us|to)\b",
    re.I,
)


# The manager's mood: emoji, a feeling about the message, a candid aside, a word shouted for emphasis.
_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
_FEELING = re.compile(r"\bi['’]?m\s+(?:\w+\s+)?(?:dreading|nervous about|worried about|anxious about|scared of|stressing about|wound up)\b|\b(?:ugh|argh|sigh|tbh|honestly)\b", re.I)


def _english(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def _known(word: str) -> bool:
    """An English word, an inflection or derivation of one ('summarizer', 'roasteries'), a British spelling, or two
    words run together ('backfill', 'standup')."""
    from agent.understanding.people import common_words
    from lemminflect import getAllLemmas

    vocab = common_words()

    def base(w: str) -> bool:
        return w in vocab or bool(getAllLemmas(w)) or w.replace("is", "iz") in vocab

    if base(word) or base(word.replace("our", "or")):
        return True
    for suffix, stem in (("ies", "y"), ("eries", ""), ("ery", ""), ("ers", ""), ("er", ""), ("r", ""), ("es", ""), ("s", ""), ("ed", ""), ("d", ""), ("ing", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and base(word[: -len(suffix)] + stem):
            return True
    prefixed = re.match(r"(?:re|un|pre|co|sub|over|under|mis|non|multi|post|out)(?=\w{4})", word)  # "relaunch": a word with its prefix
    return bool(prefixed and _known(word[prefixed.end() :])) or any(word[:i] in vocab and word[i:] in vocab for i in range(3, len(word) - 1))


def misspelt(word: str) -> bool:
    """True when a word is no English word but one letter or two away from one ('realisticly', 'maintanence'); a
    name or a term of art near no word is not counted."""
    import difflib

    from agent.understanding.people import common_words

    if len(word) < 7 or _known(word):
        return False
    near = [v for v in common_words() if v[:1] == word[:1] and abs(len(v) - len(word)) <= 2]
    return bool(difflib.get_close_matches(word, near, n=1, cutoff=0.8))


def pasted_back(sentence: str, question: str) -> list[str]:
    """What of the manager's notes a body sentence (or list line) pastes back: an instruction to the writer, a label of
    the notes, the manager's frame or aside, a verbless line or a misspelling copied from the question."""
    found = []
    text = sentence.strip()
    m = _INSTRUCTION.search(text)
    if m and m.group(0).lower() in question.lower():
        found.append(f"instruction ('{m.group(0)}')")
    label = _LABEL.match(text)
    if label and re.search(rf"(?i)\b{re.escape(label.group('l').strip())}\s*:", question):
        found.append(f"label ('{label.group('l').strip()}:')")
    frame = _FRAME.search(text)
    if frame:
        found.append(f"frame ('{frame.group(0).strip(' -*•')}')")
    words = re.findall(r"[a-z][a-z']+", text.lower())
    shared = max((n for n in range(4, len(words) + 1) for i in range(len(words) - n + 1) if " ".join(words[i : i + n]) in " ".join(re.findall(r"[a-z][a-z']+", question.lower()))), default=0)
    body = re.sub(r"^(?:[-*•]\s+)", "", text)
    if shared >= 3 and ":" not in body and not text.endswith("?") and not has_verb(body):
        found.append("verbless line of the notes")
    if _EMOJI.search(text):
        found.append("mood (an emoji)")
    feeling = _FEELING.search(text)
    if feeling and feeling.group(0).lower() in question.lower():
        found.append(f"mood ('{feeling.group(0)}')")
    shouted = [w for w in re.findall(r"\b[A-Z]{3,}\b", text) if re.search(rf"\b{w}\b", question) and _english(w.lower())]
    if shouted:
        found.append(f"mood (shouted {', '.join(shouted)})")
    typos = [w for w in dict.fromkeys(re.findall(r"\b[a-z]{7,}\b", text)) if re.search(rf"\b{w}\b", question) and misspelt(w)]
    if typos:
        found.append(f"misspelling copied ({', '.join(typos)})")
    return found


# What the manager says only to the writer, as it reads once said to the reader: their tastes, their identity, how to write it.
_REMARK = re.compile(
    r"\b(?:you|she|he|they)\s+(?:really\s+)?(?:hates?|dislikes?|likes?|prefers?|loves?|can'?t stand)\s+(?:things\s+|it\s+)?(?:jargon|acronyms?|detail|details|numbers|stats|long|short|brief|plain|waffle|bullets?|tech)\b"
    r"|\b(?:you|she|he|they)(?:'re|\s+are|\s+is|'s)\s+(?:not|non-?)\s*technical\b|^you are [a-z]+\.?$|\bname(?:'s| is)\s+[a-z]"
    r"|^(?:please\s+)?(?:draft|write|decline|answer|keep|make|be)\s+(?:it|this|the no|your|you|her|him|them)\b(?:\s+\w+){0,3}\s*[.!]?$",
    re.I,
)
_AFTER_CUT_FRAME = re.compile(r"^(?:know|that)\s+(?:the|our|we|it|a|an|your)\b", re.I)
_CAPITALISED = r"christmas|easter|thanksgiving|hanukkah|diwali|ramadan|halloween|new year's (?:eve|day)|chinese new year|lunar new year|boxing day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december"
_MEANTIME = re.compile(r"\b(?:in the meantime|meanwhile|in the interim|until then)\b", re.I)
_THEY = re.compile(r"\b(?:their|them|they)\b", re.I)
_GROUP_BEFORE = re.compile(r"\b(?:[a-z]+s|[Vv]endor|[Ss]upplier|[Tt]eam|[Cc]ompany|[Ff]irm|[Ll]ab|[Aa]gency|[Bb]oard|[Cc]ouncil|[Dd]epartment|[Ss]taff|[Ee]veryone|[Pp]eople|[Ff]olks|[A-Z][a-z]+)\b")
_LOSS_WORDS = re.compile(r"\b(?:cost(?:s|ing)?\s+(?:the|us|our|them|[a-z]+)\s|los[te]|losing|loss|scrap|write-?offs?|fines?|penalt|refunds?|fraud|downtime|waste|stockouts?|damages?)", re.I)


def voice_slips(sentence: str, previous: str, question: str, reader_named: bool) -> list[str]:
    """The voice slips a blind reader found, in the probe's own terms: the reader's organisation in the third person,
    a remark meant for the writer, a phrase said twice, a holiday, day or name left in lower case, a word respelt,
    a one-word fragment, a sentence opening with the leftover of a cut frame."""
    found = []
    text = sentence.strip()
    they = _THEY.search(text)
    before = re.sub(r"^[A-Z]\w*|\b(?:us|is|was|has|this|its|as|thanks|does|yes|always|perhaps|less|unless)\b", " ", text[: they.start()] if they else "")
    owned = they and re.match(r"(?:Our|The|A|An|This|That|These|Those|Its)\s+\w", re.split(r"[:;]\s|,\s", text[: they.start()])[-1].strip())  # 'Our courier changed their API'
    if they and reader_named and not owned and not _GROUP_BEFORE.search(before):
        found.append(f"'{they.group(0)}' for the reader")
    remark = _REMARK.search(text)
    if remark:
        found.append(f"remark to the writer ('{remark.group(0).strip()}')")
    words = re.findall(r"[a-z0-9']+", text.lower())
    runs = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
    if len(runs) != len(set(runs)) or len(_MEANTIME.findall(text)) > 1:
        found.append("a phrase said twice")
    low = re.search(rf"(?<![\w'-])(?:{_CAPITALISED})\b", text)
    if low:
        found.append(f"lower case ('{low.group(0)}')")
    from agent.understanding.people import is_first_name

    names = [w for w in re.findall(r"(?<![\w'-])[a-z]{3,}\b", text) if is_first_name(w) and re.search(rf"\b{w}\b", question, re.I) and not _known(w)]
    if names:
        found.append(f"name in lower case ({', '.join(names)})")
    import difflib

    q_words = set(re.findall(r"[a-z]{6,}", question.lower()))
    for w in set(re.findall(r"\b[a-z]{5,}\b", text.lower())) - q_words - set(re.findall(r"[a-z]+", question.lower())):
        near = [q for q in q_words if q[:1] == w[:1] and difflib.SequenceMatcher(None, q, w).ratio() >= 0.75 and not q.startswith(w[:-2]) and not w.startswith(q[:-2])]
        if near and not _known(near[0]) and (not misspelt(near[0]) or len(near[0]) - len(w) >= 2 or is_first_name(near[0])):  # a name, or a word cut short, is no typo put right
            found.append(f"respelt ('{near[0]}' -> '{w}')")
    if re.fullmatch(r"[A-Z][a-z]+[.!]", text) and not re.fullmatch(r"(?:Thanks|Cheers|Best|Regards|Sorry|Congratulations)[.!]", text):
        found.append("one-word fragment")
    if _AFTER_CUT_FRAME.match(text):
        found.append("opens with a cut frame")
    return found


def reader_slips(question: str, subject: str, body: str) -> list[str]:
    """A name the manager gave for the reader not greeted, and a loss the problem causes said as the price of the ask."""
    from agent.understanding.people import is_first_name

    found = []
    given = [m.group(1) for m in re.finditer(r"(?i)\b(?:name'?s|name is|named|called|(?:cfo|ceo|coo|cto|vp|gm|director|lead|head|manager|chair|owner|contact)(?:'s name)? is|to|for)\s+(?:dr\.?\s+)?([a-z]+)\b", question)]
    named = next((g for g in given if is_first_name(g)), "")
    if named and body.startswith("Hello,"):
        found.append(f"greets Hello though the reader is named ({named})")
    priced = re.search(r"(?i)what it costs:\s*(?:about\s+|around\s+|~)?([$€£]?\d[\d.,]*\s?[kKmM]?)", body)
    if priced:
        at = question.find(priced.group(1).strip().lstrip("$€£"))
        if at >= 0 and _LOSS_WORDS.search(re.split(r"[.;]", question[max(0, at - 60) : at])[-1]):
            found.append(f"a loss said as the price of the ask ({priced.group(1).strip()})")
    return found


def probe_case(copilot: Any, case: Any, team: Any) -> list[tuple[str, list[str]]]:
    """(sentence, problems) for every drafted message of one case."""
    turn = copilot.ask(case.question, thread_id=f"probe-{case.id}", team=team)
    out = []
    names = {p.get("value") for p in turn.situation.get("facts", []) if p.get("name") in ("person", "requester") and isinstance(p.get("value"), str)}
    from tools.message import DraftedMessage, DraftInput

    for call in turn.tool_calls:
        if call.name != "draft_message" or not call.ok or call.result is None:
            continue
        args = DraftInput.model_validate(call.arguments)
        drafted = DraftedMessage.model_validate(call.result)
        readers = reader_words(args.recipient, args.recipient_role, turn.situation)
        body = drafted.body
        from agent.understanding.people import is_first_name

        capitalised = {w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", body) if is_first_name(w)}
        others = ({n for n in names if n} | capitalised) - {w for r in readers for w in r.split()} - {args.recipient}
        said = sentences(body)
        for i, s in enumerate(said):
            found = problems(s, said[i - 1] if i else "", readers, others) + pasted_back(s, case.question) + voice_slips(s, said[i - 1] if i else "", case.question, bool(args.recipient) and args.recipient != "all")
            if found:
                out.append((s, found))
        subject = (pasted_back(drafted.subject, case.question) + [x for x in voice_slips(drafted.subject, "", case.question, False) if x.startswith(("lower case", "name in lower", "respelt"))]) if drafted.subject else []
        if subject:
            out.append((f"Subject: {drafted.subject}", subject))  # a subject is a heading: only what it pastes back counts
        whole = whole_draft(case.question, drafted.subject or "", body) + reader_slips(case.question, drafted.subject or "", body)
        if whole:
            out.append(("(the draft)", whole))
        for line in body.splitlines():
            if re.match(r"^\s*[-*•]\s+", line):
                found = pasted_back(line.strip(), case.question)
                if found:
                    out.append((line.strip(), found))
    return out


_PASTED_KINDS = {"instruction", "label", "frame", "verbless line of the notes", "misspelling copied", "mood", "remark to the writer", "'their' for the reader", "'them' for the reader", "'they' for the reader", "a phrase said twice", "lower case", "name in lower case", "respelt", "one-word fragment", "opens with a cut frame"}

# A drafter's own label in front of the manager's words ('Why: ask to you for ...'): the notes pasted, not prose.
_WHY_LINE = re.compile(r"(?:^|(?<=[.!?]\s))Why: ", re.M)
_UNIT_PER = re.compile(r"\b\d+(?:\.\d+)?-(?:minute|min|hour|day|week|month|second)s?\s+(?:per|a|each)\s+\w+", re.I)
_MONEY = re.compile(r"(?P<c>[$€£])\s?(?P<n>\d[\d,.]*\s?[kKmM]?)")
_SOFTER = re.compile(r"\b(?:soft(?:er|en)|gentler|kinder|nicer|less (?:harsh|angry|blunt))\b", re.I)
_HARSH_TO_READER = re.compile(r"\b(?:I need you to (?:stop|quit)|you need to (?:stop|quit)|you (?:always|never)|stop \w+ing|don'?t (?:ever|you dare))\b|^(?:Stop|Quit|Never)\b", re.I)
_JUDGED = re.compile(r"\b(?:good or bad|bad or good|is (?:that|this|it) (?:good|bad|ok|okay|fine)|yes or no)\b", re.I)
_ANSWERED = re.compile(r"\b(?:yes|no|good|bad|fine|not yet|strong|weak|better|worse)\b", re.I)
_PEOPLE_WORD = re.compile(r"\b([A-Za-z][a-z]{2,})\b")


def whole_draft(question: str, subject: str, body: str) -> list[str]:
    """What is wrong with a draft as a whole: a stated number, currency or person of the question it drops, the
    drafter's 'Why:' label on the manager's words, a unit hyphenated before 'per', an inflection of the manager's word
    changed ('relaunch' -> 'relaunched'), a softer rewrite keeping an order to the reader, a judgement asked for and
    not given first."""
    from agent.understanding.people import is_first_name

    found = []
    text = f"{subject}\n{body}"
    asked = question.split('"', 1)[0] if '"' in question else question
    quoted = question[len(asked):]
    flat = re.sub(r"[,~]", "", text)
    for m in re.finditer(r"(?<![\w.:/-])(\d+(?:\.\d+)?)(?![\d:])", question):
        n = m.group(1)
        if len(n) == 4 and n.startswith("20"):
            continue  # a year is said or not as the draft's dates choose
        if not re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", flat):
            found.append(f"drops the number {n}")
    for m in _MONEY.finditer(question):
        if re.search(rf"(?<![$€£\d]){re.escape(m.group('n').strip())}", text) and m.group("c") not in text:
            found.append(f"drops the currency {m.group('c')}")
    names = {w.capitalize() for w in _PEOPLE_WORD.findall(question) if is_first_name(w) and not _known(w.lower())}
    for name in sorted(names):
        if not re.search(rf"\b{name}\b", text, re.I):
            found.append(f"drops the person {name}")
    if _WHY_LINE.search(body) and not re.search(r"(?i)\bwhy\s*:", question):
        found.append("notes pasted as a Why: line")
    if _UNIT_PER.search(text):
        found.append(f"hyphenated unit before per ('{_UNIT_PER.search(text).group(0)}')")
    q_words = set(re.findall(r"[a-z]+", question.lower()))
    for w in set(re.findall(r"\b[a-z]{4,}ed\b", text.lower())) - q_words:
        if w[:-2] in q_words and re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,4}}{w[:-2]}\b", question.lower()):
            found.append(f"inflection changed ('{w[:-2]}' -> '{w}')")
    if _SOFTER.search(asked) and quoted:
        for s in re.split(r"(?<=[.!?])\s+", body):
            if _HARSH_TO_READER.search(s) and s.strip().lower().rstrip(".!") in quoted.lower():
                found.append(f"softer rewrite keeps '{s.strip()}'")
    if _JUDGED.search(asked):
        first = next((s for s in sentences(body)), "")
        if not _ANSWERED.search(first):
            found.append("asked for a judgement, first sentence gives none")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", default=SETS)
    parser.add_argument("--cases", default="", help="only case ids starting with this")
    parser.add_argument("--json", default="", help="also write {case: [[sentence, problems], ...]} here")
    args = parser.parse_args(argv)
    from evals.cases import load_cases
    from evals.runner import build_copilot, resolve_team_path
    from knowledge.retrieval import open_retriever
    from lead_core.settings import load_settings
    from tools.team import load_team

    copilot = build_copilot("offline", retriever=open_retriever(load_settings()), checkpoint_dir=Path(tempfile.mkdtemp()))
    teams: dict[str, Any] = {}
    total, cases_hit, report, pasted, whole = 0, 0, {}, {}, {}
    for name in args.sets:
        for case in load_cases(Path(name) if name.endswith(".yaml") else DATASETS / f"{name}.yaml"):  # a set outside the repo by its path
            if not re.search(r"-d\d+$", case.id) or not case.id.startswith(args.cases):
                continue
            team = teams.setdefault(case.team, load_team(resolve_team_path(case.team))) if case.team else None
            found = probe_case(copilot, case, team)
            report[case.id] = found
            if found:
                cases_hit += 1
                for sentence, why in found:
                    total += 1
                    print(f"{case.id}\t{'; '.join(why)}\t{sentence}")
                    for kind in {w.split(" (")[0] for w in why if w.split(" (")[0] in _PASTED_KINDS}:
                        pasted[kind] = pasted.get(kind, 0) + 1
                    for w in why if sentence == "(the draft)" else ():
                        kind = re.sub(r"\s*(?:\(.*|'.*|\d.*|[A-Z][a-z]+|[$€£])$", "", w).strip()
                        whole[kind] = whole.get(kind, 0) + 1
    print(f"TOTAL {total} sentences in {cases_hit} cases", file=sys.stderr)
    print(f"PASTED BACK {sum(pasted.values())}: " + ", ".join(f"{k} {v}" for k, v in sorted(pasted.items())), file=sys.stderr)
    print(f"WHOLE DRAFT {sum(whole.values())}: " + ", ".join(f"{k} {v}" for k, v in sorted(whole.items())), file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
