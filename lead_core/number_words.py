"""Numbers the manager writes, read in one place: in words ('two hundred and fifty', 'twenty-five', 'one and a half',
'a hundred and thirty percent', 'three hundred k') or in figures ('$9k', '1.5M', '71%'). text2num reads the number
words (`alpha2digit` in running text, `text2num` for one phrase); the few things it does not read are defined here
once: 'a couple (of)', 'a dozen', 'half a', 'and a half', 'a fortnight', a leading 'a' ('a hundred'), the 'k'/'M'
suffixes, and the 'and' of a list between two numbers ('three hundred and forty and four hundred and ten' is two
numbers, not '344 110'). Every part of the product that reads a number from the manager's words reads it here."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS: dict[str, int] = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())}  # fmt: skip
TENS: dict[str, int] = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# A figure's suffix ('300k', '1.5M', '2bn'); a lowercase 'm' is a million only after a currency or a decimal point
# ('$3m', '1.2m'), since '30m' alone is as often thirty minutes.
SUFFIXES: dict[str, int] = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
# Idioms for a number text2num leaves alone.
COUPLE = 2
DOZEN = 12
HALF = 0.5
FORTNIGHT_WEEKS = 2
CURRENCY_SIGNS = "$€£"
CURRENCY_WORDS = re.compile(r"\s*(?:euros?|eur|dollars?|usd|pounds?|gbp|bucks)\b", re.I)

# One word of a number said in words ('twenty-five' is one word).
_SIMPLE = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_WORD = rf"(?:(?:{'|'.join(TENS)})-(?:one|two|three|four|five|six|seven|eight|nine)|{_SIMPLE}|{'|'.join(SCALES)})"
# A number in words: its words, 'and' only after a scale ('two hundred and fifty', never 'forty and four'), and a
# leading 'a' before a scale ('a hundred and thirty').
_AFTER_SCALE = "|".join(rf"(?<={s}\s)" for s in SCALES)
_WORDS = rf"(?:(?:an?\s+(?=(?:{'|'.join(SCALES)})\b))?{_WORD}(?:(?:\s+|-)(?:(?:{_AFTER_SCALE})and\s+)?{_WORD})*)"
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# One amount: a currency sign, a figure or words (or an idiom), 'and a half', a scale, a percent sign or word.
_AMOUNT = re.compile(
    rf"(?<![\w.,])(?P<cur>[{CURRENCY_SIGNS}]\s?)?"
    rf"(?:(?P<half>half\s+an?)\b"
    rf"|(?P<couple>a\s+(?:couple|pair)(?:\s+of)?|couple\s+of)\b"
    rf"|(?P<dozen>(?:(?P<dz>an?|{_SIMPLE}|\d+)\s+)?dozen)\b(?!s)"
    rf"|(?P<fig>{_FIGURE})|\b(?P<words>{_WORDS})\b(?!-[a-z]))"
    rf"(?P<andhalf>\s+and\s+a\s+half\b)?"
    rf"(?:\s?(?P<suf>k|K|M|m|mn|bn)\b|\s+(?P<scale>thousand|million|billion|k|grand)\b)?"
    rf"(?P<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?",
    re.I,
)
# One number as said, in figures or words, for a rule to put inside its own pattern ('two to three weeks'); `number`
# reads what it matched.
SAID_NUMBER = (rf"(?:(?:half\s+an?\b|a\s+(?:couple|pair)(?:\s+of)?\b|couple\s+of\b|(?:an?|{_SIMPLE}|\d+)\s+dozen\b(?!s)"
               rf"|{_FIGURE}|{_WORDS}\b)(?:\s+and\s+a\s+half\b)?)")
_LIST_AND = re.compile(rf"\b(?P<a>(?:{'|'.join(TENS)}|{_SIMPLE})(?:-[a-z]+)?)\s+and\s+(?=(?:an?\s+)?{_WORD}\b)(?!a\s+half\b)", re.I)
_COUPLE_OF_TIME = re.compile(r"\bcouple (?=(?:more )?(?:[\w-]+ )?(?:days?|weeks?|months?|sprints?|hours?|engineers?|people|hires?|persons?)\b)", re.I)
_ORDINAL = re.compile(r"\b(?:[a-z]+-)?(?:first|second|third|fifth|eighth|ninth|twelfth|[a-z]+th)\b", re.I)  # 'tenth', 'twenty-first'
_A_SCALE = re.compile(rf"\b(?:a|an)\s+(?={'|'.join(SCALES)}\b)", re.I)


@dataclass(frozen=True)
class Amount:
    """One number the manager stated, in figures or words: its value with any scale ('three hundred k' is 300000),
    the number as written before the scale (300), their words for it, where it is, and what it is of."""

    value: float
    face: float
    said: str
    start: int
    end: int
    percent: bool = False
    currency: str = ""
    in_words: bool = False  # the number itself said in words ('ninety-five thousand'), not in figures or an idiom


def _words_value(words: str) -> float | None:
    """A number in words as a value ('two hundred and fifty' -> 250, 'a hundred' -> 100), by text2num."""
    from text_to_num import text2num

    said = re.sub(r"^an?\s+", "one ", words.lower().strip())
    try:
        return float(text2num(said, "en"))
    except ValueError:
        return None  # 'twenty twenty-six': no one number


def _scale_of(m: re.Match[str]) -> int:
    suffix, scale = m.group("suf"), (m.group("scale") or "").lower()
    if scale:
        return {"grand": 1_000, "k": 1_000}.get(scale) or SCALES[scale]
    if not suffix:
        return 1
    if suffix == "m" and not (m.group("cur") or "." in (m.group("fig") or "")):
        return 1  # '30m' alone: minutes as often as millions
    return SUFFIXES[suffix.lower()]


def _face(m: re.Match[str]) -> float | None:
    if m.group("half"):
        return HALF
    if m.group("couple"):
        return float(COUPLE)
    if m.group("dozen"):
        times = m.group("dz")
        return float(DOZEN) * (1 if not times or times.lower() in ("a", "an") else float(times) if times.isdigit() else UNITS.get(times.lower(), TENS.get(times.lower(), 1)))
    if m.group("fig"):
        return float(m.group("fig").replace(",", ""))
    return _words_value(m.group("words"))


def amounts(text: str) -> list[Amount]:
    """Every number a text states, in figures or in words, with its scale, percent sign and currency ('a hundred and
    thirty percent' -> 130 %, 'three hundred k' -> 300000, '$9k' -> 9000 $, 'one and a half' -> 1.5, 'half a point'
    -> 0.5); two numbers joined by a list's 'and' are two amounts."""
    out: list[Amount] = []
    for m in _AMOUNT.finditer(_LIST_AND.sub(lambda x: x.group("a") + " ;;; ", text.replace("\u00a0", " "))):  # same length
        face = _face(m)
        if face is None or not m.group(0).strip():
            continue
        face += HALF if m.group("andhalf") else 0
        said = text[m.start() : m.end()]
        currency = (m.group("cur") or "").strip() or (CURRENCY_WORDS.match(text, m.end()).group(0).strip().lower() if CURRENCY_WORDS.match(text, m.end()) else "")
        out.append(Amount(face * _scale_of(m), face, said.strip(), m.start(), m.end(), bool(m.group("pct")), currency, bool(m.group("words"))))
    return out


def number(text: str, *, article: bool = False) -> float | None:
    """The one number a phrase is ('three hundred and forty', '55k', '71%', 'four thousand', '$9k'), else None;
    with `article`, a lone 'a' or 'an' is one ('an MLE', 'a day')."""
    said = text.strip().strip(".,;:")
    if article and said.lower() in ("a", "an"):
        return 1.0
    found = amounts(said)
    if len(found) != 1 or found[0].start != 0 or found[0].end < len(said.rstrip()):
        return None
    return found[0].value


def numbers_in(text: str) -> set[float]:
    """The numbers a text states, in figures or words, each as its value and as written ('300k' gives 300000 and 300),
    for checking that a number said one way is the number said another way."""
    return {x for a in amounts(text) for x in (a.value, a.face)}


def _figure(x: float) -> str:
    if x >= 1_000_000 and x % 100_000 == 0:
        return f"{x / 1_000_000:g} million"
    return f"{x:,.0f}" if x == int(x) else f"{x:g}"


def in_figures(text: str) -> str:
    """A sentence with its larger numbers said in words written in figures, the way a reader scans them: a percentage
    ('a hundred and thirty percent' -> '130%'), a sum with its scale ('three hundred k' -> '300k', 'ninety-five
    thousand' -> '95,000') and any number from a hundred up; small counts ('nine weeks'), idioms ('half a point') and
    short years ('in twenty-four') stay words."""
    out, last = [], 0
    for a in amounts(text):
        scaled = a.value != a.face
        if not a.in_words or not (a.percent or scaled or a.value >= 100):
            continue
        if re.search(r"\bpoint\s+$", text[: a.start], re.I):
            continue  # 'one point two million': a decimal said in words stays words, never 'one point 2 million'
        said = f"{_figure(a.face)}%" if a.percent else f"{_figure(a.face)}k" if a.value == a.face * 1_000 and re.search(r"\b(?:k|grand)$", a.said, re.I) else _figure(a.value)
        out += [text[last : a.start], said]
        last = a.start + len(text[a.start : a.end].rstrip())
    return "".join(out) + text[last:] if out else text


# A day of the month said as two words after a month or 'the' ('january twenty second'): text2num reads it as 20 and 'second'.
_SPACED_ORDINAL = re.compile(r"\b((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|the)\s+)"
                             r"(twenty|thirty) (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)


def joined_ordinals(text: str) -> str:
    """'january twenty second', 'the thirty first': one ordinal, written as if hyphenated ('twenty-second')."""
    return _SPACED_ORDINAL.sub(r"\1\2-\3", text)


def digits(text: str, *, ordinals: bool = False) -> str:
    """Running text with its number words written as digits and everything else kept ('two hundred and fifty people'
    -> '250 people', 'one and a half weeks' -> '1.5 weeks', 'a couple of days' -> '2 days', 'a fortnight' -> '2 weeks',
    'between three hundred and forty and four hundred and ten' -> 'between 340 and 410'); with `ordinals`, an ordinal
    too ('the thirty-first' -> 'the 31st'), else it stays a word ('the second GPU node')."""
    from text_to_num import alpha2digit

    kept: list[str] = []
    text = joined_ordinals(text)
    if not ordinals:
        def keep(m: re.Match[str]) -> str:
            kept.append(m.group(0))
            return f"qqord{len(kept) - 1}qq"

        text = _ORDINAL.sub(keep, text)
    out = re.sub(r"\bper cent\b", "percent", text, flags=re.I)  # British: '80 per cent'
    out = _LIST_AND.sub(lambda m: m.group("a") + " qqandqq ", out)
    out = _A_SCALE.sub("one ", out)
    out = re.sub(r"\b(?:a couple(?: of)?|couple of) (?=(?:more )?[a-z])", f"{COUPLE} ", out, flags=re.I)
    out = _COUPLE_OF_TIME.sub(f"{COUPLE} ", out)
    out = re.sub(r"\b(?:a|one) dozen\b", str(DOZEN), out, flags=re.I)
    out = re.sub(r"\bhalf an? (?!(?:dozen|hundred|thousand|million|billion)\b)(?=[a-z])", f"{HALF} ", out, flags=re.I)
    out = re.sub(r"\b(?:a )?fortnight\b", f"{FORTNIGHT_WEEKS} weeks", out, flags=re.I)
    out = alpha2digit(out, "en", threshold=0).replace(" qqandqq ", " and ")
    out = re.sub(r"\b(\d+) dozen\b", lambda m: str(int(m.group(1)) * DOZEN), out)
    out = re.sub(r"\b(\d+) and a half\b", r"\1.5", out)
    return re.sub(r"qqord(\d+)qq", lambda m: kept[int(m.group(1))], out) if kept else out
