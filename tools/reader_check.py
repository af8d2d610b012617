"""The last check every sentence of a drafted message passes before the reader sees it, whatever built the sentence
(a purpose's skeleton, the gate, a point put back, a rewrite): it speaks to the reader (their organisation's
'their/them/they' said as 'your/you' when nothing else came before for it to stand for), says no word meant for the
writer ('she hates jargon', 'CFO is dorothea', 'answer her honestly', a 'numbers:' label inside a sentence), says no
phrase twice, capitalises names, holidays, days and months, opens where its clause does (never on the leftover of a
cut frame, 'Know the ...', 'That the ...', 'Need ...'), and is a sentence. A sentence that cannot be put right is
withheld, and the numbers and dates it stated are handed back for the manager to add.

Pure functions over text; the caller says who the reader is (`tools.reader_voice.Reader`).
"""

from __future__ import annotations

import re

from lead_core.number_words import in_figures
from tools.reader_voice import Gated, Reader, _agree, fact_still_said, faults, for_the_drafter, note_label, stated_facts

# Holidays and calendar words, always written with capitals.
_CALENDAR = (
    "christmas eve", "christmas day", "christmas", "new year's eve", "new year's day", "chinese new year", "lunar new year",
    "easter", "good friday", "easter monday", "thanksgiving", "hanukkah", "chanukah", "diwali", "ramadan", "eid", "passover",
    "yom kippur", "rosh hashanah", "halloween", "boxing day", "black friday", "cyber monday", "labor day", "labour day",
    "memorial day", "independence day", "valentine's day", "mother's day", "father's day", "st patrick's day", "new year",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_CALENDAR_RE = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in sorted(_CALENDAR, key=len, reverse=True)) + r")(?![\w-])")
_NEW_YEAR_PLAIN = re.compile(r"\b(?:a|the|this|next|every)\s+new year\b(?!['’]s)", re.I)  # 'a new year of data': no holiday

# Words that mean "until the thing lands": one is enough in a sentence.
_MEANTIME_RE = re.compile(r"(?:,\s*|\s+)?\b(?:in the meantime|meanwhile|in the interim|until then|till then|for now|in the mean time)\b", re.I)
# What is left when the manager's frame around the content was cut ('need to let X know the ...', 'tell X that the ...').
_CUT_FRAME_RE = re.compile(r"^(?:Know|Hear)\s+(?:that\s+)?(?=(?:the|our|we|it|a|an|your|this|these|there)\b)|^That\s+(?=(?:the|our|we|an?|your|these|there)\s)", re.I)
# A note with no subject ('Need ~$14k a month more ...'): said by us.
_SUBJECTLESS_RE = re.compile(r"^(?:Need|Needs)\s+(?=\S)")
_LABELLED_NEED_RE = re.compile(r"^(?P<h>(?:What I'm asking for|Ask|The ask|Request):\s+)[Nn]eeds?\s+(?=\S)")  # 'What I'm asking for: need $14k ...': the label says who asks
# A belief of the reader's told back to them ('You think 92% accuracy means ...'): said without putting it on them.
_TOLD_BELIEF_RE = re.compile(r"^You\s+(?:probably\s+|might\s+|may\s+)?(?:think|believe|assume|reckon|figure|thought|believed|assumed)\s+(?:that\s+)?(?P<x>\S.*)$")
_THEY_RE = re.compile(r"\b(?P<w>they|their|theirs|them|themselves)\b(?P<t>['’](?:re|ve|ll|d))?", re.I)
# 'them' is the reader only as who we give or do something for ('send them a list', 'a manual match for them'), 'they'
# only as who did or owes something ('they still haven't given us access', 'they asked for'); a thing's 'them' and 'they'
# ('turning them off', 'if they come later') stay.
_GIVEN_TO_RE = re.compile(r"\b(?:give|send|offer|email|e-mail|show|provide|share|hand|lend|owe|update|brief|ping|call|tell|run\s+[^.,;]{0,40}?\bfor|do\s+[^.,;]{0,40}?\bfor|build\s+[^.,;]{0,40}?\bfor|with|to)\s*$", re.I)
_THEY_DID_RE = re.compile(
    r"(?:['’](?:ve|d)\s+)?\s*(?:still\s+|never\s+|already\s+|just\s+)?(?:haven['’]t|have not|hasn['’]t|didn['’]t|did not|asked|wanted|want|need|needed|promised|agreed|signed|approved|decided|"
    r"told us|said|gave us|sent us|shared|owe|chose|picked|requested|confirmed|missed|changed|cancelled|canceled)\b",
    re.I,
)
_THEY_HUMAN_RE = re.compile(r"\s*(?:still\s+|never\s+|already\s+|just\s+)?(?:(?:haven['’]t|have not|hasn['’]t|didn['’]t|did not)\s+(?:given|sent|told|shared|signed|approved|confirmed|answered|replied)|asked|promised|agreed|signed|approved|decided|requested|confirmed|chose|cancelled|canceled|told us|gave us|sent us)\b", re.I)
_YOURS = {"they": "you", "their": "your", "theirs": "yours", "them": "you", "themselves": "yourselves"}
# Who a 'they' may stand for when said before it: a group, an organisation, someone named.
_GROUP_WORDS = frozenset(
    """vendor supplier team company firm lab agency board council department staff everyone people folks partner partners provider
    contractor contractors crew committee org organisation organization family store shop bank school hospital clinic""".split()
)
_PREPOSITIONS = frozenset("in on at by for until till over during before after from with within through across".split())  # a phrase said twice at a clause's end is an adverbial one
_CLOSINGS = frozenset("thanks cheers best regards sorry congratulations welcome".split())
_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'‘“(])")
_GREETING_RE = re.compile(r"^(?:Hi|Hello|Dear|Hey|Morning|Good morning)\b[^\n]{0,60},?$")


def reader_check(body: str, reader: Reader, manager_words: list[str] | None = None, *, to_one: bool = True) -> Gated:
    """The body with every sentence checked as the reader will read it (see the module docstring); `manager_words`
    are the texts a sentence may come from (their 'they' is said to the reader only then, and only when the message
    goes `to_one` reader outside the manager's team). Returns the body, the sentences withheld and the facts those
    stated that the body no longer says."""
    words = [w for w in (manager_words or []) if w]
    names = {n for n in _names(reader) if not any(_COMMON_NOUN(n).search(x) for x in [*words, body])}  # 'the review rota': a noun, whatever a name list says
    dropped: list[str] = []
    paragraphs = []
    previous = ""
    for p, paragraph in enumerate(body.split("\n\n")):
        lines = []
        for line in paragraph.split("\n"):
            if p == 0 and _GREETING_RE.match(line.strip()):
                lines.append(_capitalised(line, names))
                continue
            mark = re.match(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", line)
            lead, rest = (line[: mark.end()], line[mark.end() :]) if mark else ("", line)
            kept = []
            for sentence in [s for s in _SPLIT_RE.split(rest) if s.strip()]:
                said = checked_sentence(sentence, reader, names, words, to_one=to_one, previous=previous, listed=bool(mark))
                if said:
                    kept.append(said)
                    previous = said
                else:
                    dropped.append(sentence)
            if kept:
                lines.append(lead + " ".join(kept))
            elif not rest.strip():
                lines.append(line)
        if any(x.strip() for x in lines):
            paragraphs.append("\n".join(lines))
    out = "\n\n".join(paragraphs)
    lost = [x for s in dropped for x in stated_facts(s) if not fact_still_said(x, out)]
    return Gated(body=out, dropped=dropped, lost=list(dict.fromkeys(lost)))


def checked_sentence(sentence: str, reader: Reader, names: set[str], manager_words: list[str], *, to_one: bool = True, previous: str = "", listed: bool = False) -> str:
    """One sentence as the reader will read it, or '' when it must be withheld."""
    from tools.message import longest_shared_run

    text = sentence.strip()
    theirs = any(longest_shared_run(text, w) >= 3 for w in manager_words)
    text = _capitalised(in_figures(text), names)
    text = _without_inner_label(text, manager_words)
    text = said_once(text)
    text = _opened(text, theirs)
    if theirs and to_one:
        text = theirs_as_yours(text, previous, reader)
    text = _without_writer_clauses(text)
    if not text:
        return ""
    if not listed and re.fullmatch(r"[A-Za-z][\w'’-]*[.!]", text) and text.rstrip(".!").lower() not in _CLOSINGS:
        return ""  # 'Only.': a word left from a cut sentence
    if theirs and not listed and any(f in ("a dangling end", "a subject where a verb should be", "an unclosed bracket or quote") for f in faults(text)):
        return ""
    return text


def subject_checked(subject: str, reader: Reader) -> str:
    """A subject line with names and holidays capitalised and no leftover of a cut frame ('Know the dashboard moves')."""
    text = _opened(_capitalised(subject, _names(reader)), True)
    return text


def _names(reader: Reader) -> set[str]:
    """The people the manager named, as single words: the reader's name as given with a capital, and everyone else
    they named; never an English word ('Grace' stays as the draft has it)."""
    out = {w.lower() for n in reader.names for w in re.findall(r"\b[A-Z][a-z'’-]+", n)}
    out |= {w.lower() for n in reader.others for w in re.findall(r"[A-Za-z][a-z'’-]+", n)}
    return {w for w in out if len(w) > 2 and w not in _FUNCTION_WORDS and not _english(w)}


_FUNCTION_WORDS = frozenset("the and for but nor yet our your their his her its who whom whose which that this these those from with into onto upon about".split())


def _COMMON_NOUN(word: str) -> re.Pattern[str]:
    """A word said after a determiner ('the review rota', 'our rota'): a thing, never a person."""
    return re.compile(rf"\b(?:the|a|an|our|this|that|your|my|their|its)\s+(?:[\w-]+\s+)?{re.escape(word)}\b", re.I)


def _english(word: str) -> bool:
    from lemminflect import getAllLemmas

    return all(getAllLemmas(part) for part in word.split("-") if part)  # 'claims-fraud' is two English words, no name


def _capitalised(text: str, names: set[str]) -> str:
    """Holidays, days, months, 'I' and the people named written with capitals ('by christmas' -> 'by Christmas',
    'moving sam onto' -> 'moving Sam onto'); 'a new year of data' stays as it is."""
    plain = {m.start() for m in _NEW_YEAR_PLAIN.finditer(text)}

    def cap(m: re.Match[str]) -> str:
        if any(m.start() > s and m.start() - s < 12 for s in plain):
            return m.group(0)
        return re.sub(r"(?<![\w'’])[a-z]", lambda c: c.group(0).upper(), m.group(0))

    out = _CALENDAR_RE.sub(cap, text)
    out = re.sub(r"(?<![\w'’-])i(?=['’]m|['’]ll|['’]ve|['’]d|\s)(?![\w.])", "I", out)
    if names:
        person = r"(?<![\w'’@#/-])(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\ban )(?<!\bour )(?<!\bthis )(?<!\bthat )(?<!\byour )"  # 'the rota' is no name
        out = re.sub(person + "(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])", lambda m: m.group(0)[:1].upper() + m.group(0)[1:], out)
    return out


def _without_inner_label(text: str, manager_words: list[str]) -> str:
    """A label of the manager's notes left inside a sentence ('Why now: numbers: we're 4 people'): the label goes."""
    m = re.match(r"^(?P<head>(?:[A-Z][\w' ]{0,30}:\s+)?)(?P<label>[A-Za-z][\w' ]{0,30}):\s+(?P<rest>\S.*)$", text)
    if not m:
        return text
    labelled = note_label(f"{m.group('label')}: {m.group('rest')}")
    if labelled is None or labelled[0] != "point":
        return text  # 'The reason:', 'What I can offer:': the draft's own labels
    if not m.group("head") and not any(re.search(rf"(?i)\b{re.escape(m.group('label'))}\s*:", w) for w in manager_words):
        return text
    rest = m.group("rest")
    return m.group("head") + (rest if m.group("head") else rest[:1].upper() + rest[1:])


def said_once(text: str) -> str:
    """A sentence with no phrase said twice: a second 'in the meantime'/'meanwhile' goes, and a phrase of three or more
    words opening on a preposition said again at the end of a clause goes ('What we can do for the pilot: a manual
    list for the pilot')."""
    found = list(_MEANTIME_RE.finditer(text))
    for m in reversed(found[1:]):
        text = text[: m.start()] + text[m.end() :]
    words = list(re.finditer(r"[\w'’%$€£]+(?:\.\d+)?", text))
    low = [w.group(0).lower() for w in words]
    for n in range(min(8, len(low) // 2), 2, -1):
        seen: dict[tuple[str, ...], int] = {}
        for i in range(len(low) - n + 1):
            gram = tuple(low[i : i + n])
            if gram in seen and seen[gram] + n <= i and gram[0] in _PREPOSITIONS:
                end = words[i + n - 1].end()
                if re.match(r"\s*(?:[.,;:!?]|$)", text[end:]):
                    start = words[i].start()
                    return re.sub(r"\s+([.,;:!?])", r"\1", (text[:start].rstrip() + text[end:]))
            seen.setdefault(gram, i)
    return text


def _opened(text: str, theirs: bool) -> str:
    """A sentence opening where its own clause does: the leftover of a cut frame goes ('Know the dashboard moves'),
    a note with no subject is said by us ('Need $14k more' -> 'We need $14k more'), and a belief of the reader's is
    said without putting it on them ('You think 92% means ...' -> 'It can look as if 92% means ...')."""
    m = _CUT_FRAME_RE.match(text)
    if m:
        rest = text[m.end() :]
        text = rest[:1].upper() + rest[1:]
    text = _LABELLED_NEED_RE.sub(lambda m: m.group("h"), text)
    if theirs and _SUBJECTLESS_RE.match(text):
        text = _SUBJECTLESS_RE.sub("We need ", text)
    belief = _TOLD_BELIEF_RE.match(text)
    if belief and theirs:
        text = f"It can look as if {belief.group('x')}"
    return text


def theirs_as_yours(text: str, previous: str, reader: Reader) -> str:
    """'their', 'them' and 'they' said to the one reader ('The reason: their sensor data came in late' -> 'your sensor
    data'), unless a group, an organisation, someone else named or a plural comes before them in the sentence or
    someone else is named in the one before ('our vendor changed their API' stays)."""
    others = {o.lower() for o in reader.others if o} - {n.lower() for n in reader.names}
    if any(w.lower() in others | _GROUP_WORDS for w in re.findall(r"[A-Za-z]+", previous)):
        return text  # 'Blocker: vendor contract unsigned. Could you chase their procurement?': the vendor's
    out, last = [], 0
    for m in _THEY_RE.finditer(text):
        before = text[: m.start()]
        low = m.group("w").lower()
        human = low == "they" and _THEY_HUMAN_RE.match(text, m.end())  # 'the alerts are late because they haven't given us access': only people give
        if human and any(w.lower() in others | _GROUP_WORDS for w in re.findall(r"[A-Za-z]+", before)) or not human and _stands_for_someone_else(before, others):
            break
        if low == "them" and not _GIVEN_TO_RE.search(before) or low == "they" and not _THEY_DID_RE.match(text, m.end()):
            continue  # 'testing them', 'if they come later': things the sentence before named, not the reader
        word = m.group("w")
        new = _YOURS[word.lower()]
        tail = m.group("t") or ""
        out.append(text[last : m.start()] + (new[:1].upper() + new[1:] if word[:1].isupper() else new) + tail)
        last = m.end()
    if not out:
        return text
    return _agree("".join(out) + text[last:])


def _stands_for_someone_else(before: str, others: set[str]) -> bool:
    """True when the words before a 'they' name what it may stand for: a group, a plural, an organisation in
    capitals, or someone else the manager named."""
    from lemminflect import getAllLemmas

    clause = re.split(r"[:;]\s|,\s", before)[-1]
    opening = re.sub(r"^(?:(?:in the meantime|meanwhile|in the interim|until then|for now|so|and|but|then|also|today|tomorrow|once|if|because|since|as)\b,?\s*)+", "", clause.strip(), flags=re.I)
    if re.match(r"(?:the|our|a|an|this|that|these|those|its|his|her|my)\s+\w", opening, re.I) or re.match(r"[A-Z][a-z]+\s+(?!you\b)\w", opening) and not re.match(r"(?:We|I|You|It|There|Let|Please|Could|Can|Would|Will|Send|Give|Offer)\b", opening):
        return True  # 'Our freight broker changed their API': the clause's own subject owns it
    body = re.sub(r"^\W*[A-Z][\w'’]*", " ", before)  # the sentence's first word is capitalised anyway
    body = re.sub(r"^[^:]{0,40}:\s", " ", body) if re.match(r"^[^:]{0,40}:\s", before) else body  # a label ('The reason:')
    for w in re.findall(r"[A-Za-z][\w'’-]*", body):
        low = w.lower()
        if low in others or low in _GROUP_WORDS or (w[:1].isupper() and not re.match(r"(?:I|I'\w+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", w) and not _CALENDAR_RE.fullmatch(low)):
            return True
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
            nouns = getAllLemmas(low).get("NOUN", ())
            if nouns and nouns[0] != low:
                return True  # 'the alerts ... because they': a plural came first
    return False


def _without_writer_clauses(text: str) -> str:
    """The sentence without its clauses meant for the writer ('Our CFO is rutger, he likes things short.' goes whole;
    '3 engineers wait, she hates jargon.' keeps its first clause); '' when nothing is left."""
    if for_the_drafter(text):
        return ""
    parts = re.split(r"(,\s+|;\s+|\s+and\s+)", text.rstrip(".!"))
    if len(parts) < 3:
        return text
    clauses = parts[0::2]
    joins = parts[1::2]
    keep = [i for i, c in enumerate(clauses) if not for_the_drafter(c)]
    if len(keep) == len(clauses):
        return text
    if not keep:
        return ""
    out = clauses[keep[0]]
    for i in keep[1:]:
        out += joins[i - 1] + clauses[i]
    end = text[-1] if text[-1] in ".!?" else "."
    return out[:1].upper() + out[1:] + end
