"""Normalised question text: number words become digits (text2num), shorthand becomes plain words, and
every match on the normalised text can be traced back to the manager's own words for provenance.

Number words are read by lead_core.number_words (text2num's `alpha2digit`, which converts number words inside
running text, "three to five weeks", "ten working days", "forty percent", without touching the rest, plus the few
idioms it does not cover, "a couple of", "half a", "a fortnight"); the shorthand and duration idioms are listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from lead_core.number_words import TENS as NUMBER_TENS
from lead_core.number_words import digits, joined_ordinals

# Abbreviations whose full stop is no sentence end ('a pilot quote incl. our coverage map by thurs').
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"\bincl\.(?=\s)", "including"), (r"\be\.g\.(?=\s|,)", "for example"), (r"\bi\.e\.(?=\s|,)", "that is"),
    (r"\bapprox\.(?=\s)", "approximately"), (r"\bvs\.(?=\s)", "vs"), (r"\betc\.(?=\s+[a-z])", "etc"),
)


def expand_abbreviations(text: str) -> str:
    """The text with its abbreviations written out, so their full stops end no sentence."""
    for pattern, repl in ABBREVIATIONS:
        text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    return text


# Shorthand and duration idioms, rewritten before the number words become digits (whole words, case-insensitive); the
# number idioms ('a couple of', 'half a', 'and a half', 'a fortnight') are lead_core.number_words'.
IDIOMS: tuple[tuple[str, str], ...] = (
    (r"(?<!to )(?<!or )(?<!-)\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?ish\b", r"about \1"),  # "3-ish days": about 3
    (r"\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?ish\b", r"\1"),  # "3 to 4-ish": the range says it
    (r"\b(couple|few|days?|weeks?|months?|sprints?)[- ]?ish\b", r"\1"),
    (r"\b([a-z]+)-(?=(?:day|week|month|sprint|hour|minute)s?\b)", r"\1 "),
    (r"\b(?:an? |one )?(day|week|month|sprint) and a half\b", r"1.5 \1s"),
    (r"\bcouple[- ,]+(?:or )?three\b", "2 to 3"),
    (r"\bseveral\b(?= (?:\w+ )?(?:days?|weeks?|months?|sprints?)\b)", "3 to 5"),
    (r"\ba handful of\b(?= (?:\w+ )?(?:days?|weeks?|months?|sprints?)\b)", "3 to 5"),
    (r"\ba good (?=(?:day|week|month|sprint)\b)", "1 "),
    (r"\banother (day|week|month|sprint) or (?:two|2)\b", r"1 to 2 more \1s"),
    (r"\bhalf an? (hour)\b", r"30 minutes"),
    (r"\b(?:a )?few (?=(?:\w+ ){0,1}(?:day|week|month|sprint))", "3 "),
    (r"\b(?:an?|one) (hour)\b", r"60 minutes"),
    # "we grade 1.2m eggs a week", "~1,000 cracked a week": a count of things each week, kept a rate ("per week"), never a
    # week of work; a count of people ("3 engineers a week") or of time ("2 days a week") is left to the rules for those
    (r"((?<![\w.,])(?:~\s*)?\d[\d,]*(?:\.\d+)?\s*(?:[kmb]|bn|million|thousand)?\s+(?!(?:people|persons?|engineers?|devs?|developers?|folks|of|hires?|heads?|ftes?|mles?|ds|scientists?|analysts?|"
     r"researchers?|weeks?|wks?|days?|months?|hours?|hrs?|sprints?|quarters?|years?|minutes?|mins?)\b)[a-z][\w-]*(?:\s+(?!(?:to|for|in|on|of|with|and|or|is|are|was|were)\b)[a-z][\w-]*)?)\s+(?:an?|each|every)\s+(day|week|month|year)\b",
     r"\1 per \2"),
    (r"\b(?:an?) (?=(?:(?:full|extra|more|whole|single|solid|fixed)\s+)?(?:day|week|wk|month|sprint|quarter)s?\b)", "1 "),
    (r"\banother (?=(?:(?:full|extra|whole|solid)\s+)?(?:day|week|wk|month|sprint)\b)", "another 1 "),  # "another week": one more
    (r"\b(?:an?) (?=(?:\w+ )?(?:engineer|scientist|researcher|person|hire)\b)", "1 "),
    (r"(?<![\d:/])\b(\d+(?:\.\d+)?)\s*(?:wks?|w)\b(?!/)", r"\1 weeks"),  # "3w", "2 wks"; not "1:1 w/ kenji"
    # "3d left" is days; "3D scans", "a 2D map", "3d printed parts" are dimensions
    (r"\b(\d+(?:\.\d+)?)\s*(?-i:d)\b(?!\s*[-/]?\s*(?:print|scan|model|map|render|view|imag|point|mesh|cad|printer|vision|data|camera|sensor|lidar|reconstruct|geometr|shape|foot|body)\w*)", r"\1 days"),
    (r"\bweds\b", "wednesday"),  # "from weds"
    *ABBREVIATIONS,
    # "for mondays all hands", "by fridays board call": a day's event typed without the apostrophe, a date, not every Monday
    (r"\b(mon|tues|wednes|thurs|fri)days\s+(?=(?:all[- ]?hands|stand-?ups?|meeting|board|review|demo|call|sync|planning|offsite|"
     r"deadline|launch|release|session|presentation|kick-?off|retro|standup|exec|leadership|steerco|town ?hall|qbr)\b)", r"\1day's "),
    (r"\b(\d+(?:\.\d+)?)\s*(?:mos?|mths?)\b", r"\1 months"),
    (r"\b(\d+(?:\.\d+)?)\s*(?:mins?)\b", r"\1 minutes"),
    (r"(?<![$€£\d.,])\b([1-9]\d?)m\b(?=\s*(?:[,.;)]|$|slot|meeting|tomorrow|today|mon|tue|wed|thu|fri|next|on|with))", r"\1 minutes"),  # "30m tomorrow"
    (r"\b(\d+(?:\.\d+)?)\s*(?:hrs?)\b", r"\1 hours"),
    (r"\bqtr\b", "quarter"),
    (r"\btmrw\b|\btmw\b|\btomorow\b", "tomorrow"),
    (r"\bw/o\b", "without"),
    (r"\b(?:w/c|wc|wk/c)\b(?=\.?\s*(?:mon\w*\s+|the\s+)?\d)", "week commencing"),  # 'w/c 11 jan', 'wc 4th jan': a week named by its Monday
    (r"\bw/\s*", "with "),
    (r"\bw (?=(?:the|a|an|my|our|his|her|their|this|that)\b)", "with "),
    (r"\bthru\b", "through"),
    (r"\bppl\b", "people"),
    (r"\bteh\b", "the"),
    (r"\b(\d{2})\s*-\s*(\d{2})\b(?=\s+(?:it|that|odds|chance|shot|split|on it)\b)", r"\1/\2"),  # "60-40 it works": odds
    (r"(?<!\d-)\b(?!1-1s?\b(?!\s*(?:weeks?|days?|months?|sprints?)\b))(?!\d{4}-\d{1,2}-\d{1,2}\b)(\d+)\s*-\s*(?=\d)", r"\1 to "),  # '2027-01-29' is a date  # a '1-1' is a meeting, not a range
    (r"\b([a-z]+|\d+(?:\.\d+)?) more (weeks?|days?|months?|sprints?)\b", r"\1 \2 more"),  # "six more weeks" is time left
    (r"\b(\d+(?:\.\d+)?)\s*(days?)\s*(?:/|per|a|an|each)\s*(?:wk|week)\b", r"\1 \2 1 week"),  # "1 day/wk": a share of the week
    (r"\b(\d+(?:\.\d+)?) (day|week|month|sprint)s? or (\d+(?:\.\d+)?)\b(?! (?:of (?:us|them|the|my|our)|people|engineers?|hires?|teams?|%|hours?|days?|weeks?|months?|sprints?|quarters?)\b)", r"\1 to \3 \2s"),  # "a day or two"
    (r"\b(\d+(?:\.\d+)?) (day|week|month|sprint)s?,\s*(?:maybe |or |possibly )?(\d+(?:\.\d+)?) \2s?\b", r"\1 to \3 \2s"),  # "a day, day and a half"
    # "for the next month", "over the next 3 weeks", "within the coming fortnight": a stretch from now, not next month's date
    (r"\b(for|over|during|within|in) the (?:next|coming) (\d+(?:\.\d+)? (?:days?|weeks?|months?|sprints?|quarters?))\b", r"\1 \2"),
    (r"\b(for|over|during|within|in) the (?:next|coming) (day|week|month|sprint|quarter)\b", r"\1 1 \2"),
    (r"\b(for|over|during|within|in) the (?:next|coming) fortnight\b", r"\1 2 weeks"),
)


# The words the parser's rules turn on: a typed word one slip away from one of them ("wnats", "deadine",
# "agnda") is read as that word, but only when the typed word is not an English word or a first name itself.
# A general spell checker would also "correct" the names and ML jargon questions are full of.
TYPO_TARGETS = frozenset(
    """wants needs asked asking pulled pull borrow switch finish finished remaining left weeks days months sprint sprints
    deadline deadlines estimate forecast probability chances odds likely realistic confident confidence agenda promotion
    promoted burnout tomorrow monday tuesday wednesday thursday friday january february march april june july august
    september october november december reply respond message email update draft explain announce decline
    request requests priority prioritize triage incident outage should would could because before after until
    holiday holidays vacation leave manager director engineer engineers scientist scientists analyst analysts project model pipeline
    their which about""".split()
)


# Contractions typed without their apostrophe ('whats left', 'thats 2 weeks'): words, never a slip of a rule word
# ('whats' is one letter from 'wants').
UNMARKED_CONTRACTIONS = frozenset(
    """whats thats heres theres wheres whos hows whens whys dont cant wont isnt arent didnt doesnt wasnt werent hasnt
    havent hadnt shouldnt couldnt wouldnt youre theyre weve theyve youve youll theyll shell itll wholl thatll""".split()
)


def _edits1(word: str) -> set[str]:
    """Every string one deletion or one adjacent swap away (SymSpell's deletion idea, plus swaps)."""
    deletes = {word[:i] + word[i + 1 :] for i in range(len(word))}
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return deletes | swaps


@lru_cache(maxsize=1)
def _typo_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for target in TYPO_TARGETS:
        for variant in _edits1(target) | {target}:
            index.setdefault(variant, target)
    return index


def fix_typos(text: str) -> str:
    """Restore the rule words a typing slip broke: a missing, swapped or doubled letter ("wnats", "deadine")."""
    index = _typo_index()

    def repair(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low in TYPO_TARGETS or low in UNMARKED_CONTRACTIONS or len(low) < 5:
            return word
        target = (index.get(low) or next((index[v] for v in _edits1(low) if v in TYPO_TARGETS), None)
                  or next((index[v] for v in _edits1(low) if v in index and len(index[v]) == len(low)), None))  # one letter swapped for another: 'engeneer'

        if target is None or low.startswith(target) or (target[0] != low[0] and low[1:] != target[1:]):
            return word  # "pipelines" is a plural, not a slip
        from agent.understanding.people import common_words, is_first_name

        if low in common_words() or is_first_name(low):
            return word
        return target

    return re.sub(r"\b[A-Za-z]{5,}\b", repair, text)


ASK_START = re.compile(
    r"^\s*(?:and |so |but |also |then |ok |okay )*(?:what|whats|what's|how|should|can|could|would|will|is|are|do|does|did|which|when|who|where|why|any|pls|please|give|tell|help|draft|write|need|i need|yes or no|yes,? no)\b",
    re.IGNORECASE,
)


def final_ask(text: str) -> str:
    """The last sentence that asks something ('... left: a 1-2 wks, b 2 wks. yes or no, and whats the odds'):
    managers give the context first and the ask last. The last sentence when none reads as an ask."""
    sentences = [x for x in re.split(r"(?<=[.?!])\s+|\n+", text.strip()) if x.strip()]
    for sentence in reversed(sentences):
        if "?" in sentence or ASK_START.match(sentence):
            return sentence
    return sentences[-1] if sentences else ""


TENS = {"ten": 10, **NUMBER_TENS}
# Odds said in words ('maybe sixty-forty it works'): text2num reads 'sixty-forty' as one number, so they are split first.
ODDS_WORDS = re.compile(r"\b(" + "|".join(TENS) + r")[- ](" + "|".join(TENS) + r")\b(?![- ](?:one|two|three|four|five|six|seven|eight|nine)\b)", re.I)
QUOTE_AFTER_NUMBER = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(['\"])(?!\w)", re.I)
BEFORE_NUMBERS = 11  # the idioms above this index are rewritten before text2num runs, the rest after
# "first try", "second opinion" stay words; after a month ("february first") or before "of <month>" they are days.
ORDINAL_WORDS = re.compile(r"(?<!-)\b(?:first|second|third)\b", re.IGNORECASE)  # "thirty-first" is a number for text2num
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)"
MONTH_BEFORE = re.compile(rf"\b{MONTH_WORD} $", re.IGNORECASE)
OF_MONTH_AFTER = re.compile(r" of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def _ordinal_is_a_day(text: str, m: re.Match[str]) -> bool:
    """'february first', 'the third of march': a day of the month, for text2num to turn into digits."""
    before = text[max(0, m.start() - 11) : m.start()]
    return bool(MONTH_BEFORE.search(before)) or (before.lower().endswith("the ") and OF_MONTH_AFTER.match(text, m.end()) is not None)


@dataclass
class Text:
    """The question and its normalised form, with a map from normalised offsets back to the original."""

    original: str
    normal: str

    @classmethod
    def of(cls, question: str) -> "Text":
        """Normalise a question (number words to digits, shorthand expanded)."""
        return cls(question, normalise(question))

    @cached_property
    def _blocks(self) -> list[tuple[int, int, int, int]]:
        matcher = SequenceMatcher(None, self.normal, self.original, autojunk=False)
        return [(i1, i2, j1, j2) for _tag, i1, i2, j1, j2 in matcher.get_opcodes()]

    def to_original(self, pos: int) -> int:
        """The offset in the original question that corresponds to a normalised offset."""
        for i1, i2, j1, j2 in self._blocks:
            if i1 <= pos < i2 or (pos == i2 == len(self.normal)):
                if i2 - i1 == j2 - j1:
                    return j1 + (pos - i1)
                return j1 if pos == i1 else j2
        return len(self.original)

    def words(self, start: int, end: int) -> str:
        """The manager's own words for a span of the normalised text (widened to whole words)."""
        a, b = self.to_original(start), self.to_original(end)
        if b <= a:
            b = min(len(self.original), a + (end - start))
        while a > 0 and (self.original[a - 1].isalnum() or (a > 1 and self.original[a - 1] in "-'" and self.original[a - 2].isalnum())):
            a -= 1  # "three-ish weeks" whole, not "ish weeks"
        while b < len(self.original) and self.original[b].isalnum():
            b += 1
        return self.original[a:b].strip(" ,;:.!?")


def _odds_in_digits(m: re.Match[str]) -> str:
    a, b = TENS[m.group(1).lower()], TENS[m.group(2).lower()]
    return f"{a}/{b}" if a + b == 100 else m.group(0)


# A date written day.month the European way ('Wednesday 13.1.', 'on 11.1. I take over', '22.12.2026'): always day first.
DOTTED_DATE = re.compile(r"(?<![\w.,$£€/])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?:(?P<y>\d{4}|\d{2})(?![\d.]))?(?![\d%])")
_DECIMALS_BEFORE = re.compile(r"\d\.\d+\s*(?:-|to|and|vs\.?|from|->)?\s*$")
# What makes a bare 'D.M.' a date: a weekday, a date word or another dotted date just before it ('bis 20.1.').
_DOTTED_CONTEXT = re.compile(
    r"(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|\b(?:on|by|from|until|till|til|before|after|since|due|deadline|starting|starts?|ends?|through|thru|back|off|am|ab|bis|vom)|\d{1,2}[./]\d{1,2}[./]?\s*(?:-|to|and|until|till))\s*$",
    re.I,
)


CLOCK_TIME = re.compile(r"\b(\d{1,2}):(\d{2})\s?([AaPp])\.?[Mm]\b\.?")


def _as_24_hours(m: re.Match[str]) -> str:
    """'3:41 PM' -> '15:41', '12:05 am' -> '00:05'."""
    hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
    return f"{hour:02d}:{m.group(2)}" if int(m.group(1)) <= 12 else m.group(0)


def _dotted_as_slashed(m: re.Match[str]) -> str:
    """'13.1.' -> '13/1', '22.12.2026' -> '22/12/2026'; a decimal ('from 1.2 to 2.5.') or an impossible day stays."""
    d, mo = int(m.group("d")), int(m.group("m"))
    before = m.string[max(0, m.start() - 24) : m.start()]
    if not (1 <= d <= 31 and 1 <= mo <= 12) or _DECIMALS_BEFORE.search(before) or not (m.group("y") or _DOTTED_CONTEXT.search(before)):
        return m.group(0)  # 'it costs 3.5.': a decimal at the end of a sentence, no date
    end = "." if m.end() == len(m.string.rstrip()) and not m.group("y") else ""  # the question's own last full stop
    return f"{d}/{mo}" + (f"/{m.group('y')}" if m.group("y") else "") + end


def normalise(text: str) -> str:
    """Number words to digits and shorthand expanded; spacing and everything else kept."""
    text = DOTTED_DATE.sub(_dotted_as_slashed, text)  # day.month dates read as the numeric dates they are
    text = CLOCK_TIME.sub(_as_24_hours, text)  # 'Sent: ... 3:41 PM' is a time, never a product manager
    out = fix_typos(text.replace("\u00a0", " ").replace("’", "'").replace("–", "-").replace("—", " - "))
    out = joined_ordinals(out)  # 'january twenty second' is the 22nd, never 20 and a 'second'
    out = ODDS_WORDS.sub(_odds_in_digits, out)  # 'sixty-forty': 60/40
    out = QUOTE_AFTER_NUMBER.sub(r"\1 \2", out)  # "'a sprint or two'": text2num skips a number word a quote touches
    for pattern, repl in IDIOMS[:BEFORE_NUMBERS]:
        out = re.sub(pattern, repl, out, flags=re.IGNORECASE)
    kept: dict[str, str] = {}
    words = [m for m in ORDINAL_WORDS.finditer(out) if not _ordinal_is_a_day(out, m)]
    for i, m in enumerate(reversed(words)):  # "first try", "second opinion" stay words
        kept[f"qqord{i}qq"] = m.group(0)
        out = out[: m.start()] + f"qqord{i}qq" + out[m.end() :]
    out = digits(out, ordinals=True)
    for key, word in kept.items():
        out = out.replace(key, word)
    for pattern, repl in IDIOMS[BEFORE_NUMBERS:]:
        out = re.sub(pattern, repl, out, flags=re.IGNORECASE)
    return out


# A manager correcting themself mid-sentence ('with wynn no wait sorry not wynn with Morwen', 'thursday, sorry I mean
# friday', 'tom - scratch that - priya'): the words taken back are no part of what they mean.
_TAKE_BACK = re.compile(
    r"(?P<mark>\s*[,;(-]*\s*(?:(?:no+,?\s+wait|wait,?\s+no)(?=\s*[,.!:;)-]|\s+(?:sorry|not|i mean|actually|make that|it'?s|\d+)\b|\s+(?-i:[A-Z]))|"
    r"no,?\s+sorry(?=\s*[,.!:;)-]|\s+not\b)|sorry,?\s+no(?=\s*[,.!:;)-])|sorry,?\s+i\s+mean[t]?|no,?\s+i\s+mean[t]?|"
    r"scratch that|strike that|or rather(?!\s+than\b)|correction:|oops)\b[,.:)-]*\s*"
    r"(?:sorry,?\s*)?(?:[,-]\s*)?(?:not\s+(?P<neg>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s*[,-]?\s+(?=\S))?)",
    re.IGNORECASE,
)
_LINK = frozenset("with to for and on at by from about".split())


def _taken_back(before: list[str], neg: str | None, after: list[str]) -> int:
    """How many of the last words before a take-back it replaces: the words it names ('not wynn'), else as many as the
    correction's own tail repeats ('30 min no wait 45 min': two), else one."""
    if neg:
        said = neg.casefold().split()
        k = len(said)
        return k if [w.casefold().strip(",.;:") for w in before[-k:]] == said else 0
    det = ("the", "a", "an", "my", "his", "her", "their", "our", "this", "that")
    if after and after[0].casefold() in det:  # 'the model, or rather the pipeline': the whole noun phrase goes
        at = next((i for i in range(len(before) - 1, max(-1, len(before) - 5), -1) if before[i].casefold() in det), None)
        if at is not None:
            return len(before) - at
    for k in (3, 2):
        if len(before) >= k and len(after) >= k and [w.casefold() for w in before[-k + 1 :]] == [w.casefold().strip(",.;:") for w in after[1:k]]:
            return k
    return 1


def self_corrected(text: str) -> str:
    """The text as the manager meant it: a slip they take back mid-sentence is removed with its correction marker, so
    only the correction is read ('a hard conversation with wynn no wait sorry not wynn with Morwen' reads 'a hard
    conversation with Morwen'); text without a take-back comes back unchanged."""
    m = _TAKE_BACK.search(text)
    if m is None or m.start() == 0 or re.search(r"[.!?\n]\s*$", text[: m.start()]):
        return text
    before, rest = text[: m.start()].split(" "), text[m.end() :]
    k = _taken_back(before, m.group("neg"), rest.split())
    if k == 0 or k > len(before):
        return text
    kept = before[:-k]
    first = rest.split(" ", 1)
    link = {"w/": "with"}
    if kept and first[0].casefold() in _LINK and link.get(kept[-1].casefold(), kept[-1].casefold()) == first[0].casefold():
        rest = first[1] if len(first) > 1 else ""  # 'with wynn ... with Morwen': the link word once
    return self_corrected(" ".join([*kept, rest]).strip())
