"""An explanation for a reader who is not technical, composed from what the manager states instead of pasting it: a
stated range said as the one figure to plan around, how often the real figure lands inside the range, what to do
with it and when it narrows; a metric the reader misread corrected in one plain sentence ("0.91 AUC does not mean
it misses 9%"), what the metric is, then what the model does, in the manager's numbers. The manager's notes about
the reader ("she's smart, not technical", "write me two paragraphs") never reach the message.
"""

from __future__ import annotations

import re
from math import gcd

from tools.message import Point

_NUM = r"[+-]?[€$£]?\d(?:[\d,.]*\d)?(?:\s?(?:k|m|bn|%))?(?![\w])"
# '180 tonnes, 80% range 140-230': the most likely figure, then its range.
_MID_RANGE_RE = re.compile(
    rf"(?P<mid>{_NUM})\s?(?P<unit>[a-z]{{1,12}})?,?\s+(?:with an?\s+)?(?P<p>\d{{2}})\s?%\s+(?:range|interval|band)(?:\s+(?:of|is))?\s+(?P<lo>{_NUM})\s*(?:-|–|to)\s*(?P<hi>{_NUM})\s?(?P<unit2>[a-z]{{1,12}})?",
    re.I,
)
# '80% chance demand lands 9,000-13,000 hl', '80% it lands between 14k and 19k boxes': a range with how often.
_RANGE_RE = re.compile(
    rf"(?P<p>\d{{2}})\s?%\s+(?:chance\s+|sure\s+|likely\s+|confident\s+)?(?:(?:that\s+)?(?P<what>[a-z]+(?:\s+[a-z]+)?)\s+)?(?:lands?|falls?|comes? in|will (?:land|be|fall|come in)|is)\s+(?:between\s+)?"
    rf"(?P<lo>{_NUM})\s*(?:-|–|to|and)\s*(?P<hi>{_NUM})\s?(?P<unit>[a-z]{{1,12}})?",
    re.I,
)
# A reader who asks for one number ('can't just give one number', 'wants the number', 'as a single figure').
_ONE_NUMBER_RE = re.compile(r"\b(?:one|single|1)\s+(?:number|figure)\b|\bthe number\b|\bjust (?:a|one) number\b|\bwhy a range\b|\bexplain the range\b", re.I)

# A metric figure as the reader saw it ('0.91 AUC', '99.2% precision', "'97% recall'").
_METRIC_NAMES = r"roc[- ]auc|auc|precision|recall|accuracy|f1(?:[- ]score)?|sensitivity|specificity"
_METRIC_RE = re.compile(rf"(?P<v>[+-]?\d+(?:\.\d+)?\s?%?)\s*(?P<m>{_METRIC_NAMES})\b|\b(?P<m2>{_METRIC_NAMES})(?:\s+of|\s*[=:])?\s+(?P<v2>\d+(?:\.\d+)?\s?%?)(?![\d.])", re.I)
# How they misread it ('whether that means it misses 9% of privileged docs', 'now thinks 0.8% of drivers get a wrong bill').
_MISREAD_RE = re.compile(
    r"\b(?:and\s+)?(?:now\s+)?(?:thinks?|thought|assumes?|assumed|reads? (?:it|that|this) as|took (?:it|that) to mean|whether (?:that|it|this) means|asked if (?:that|it|this) means|if (?:that|it|this) means)"
    r"\s+(?:(?:that|it|this)\s+means\s+|that\s+)?(?P<wrong>(?:[^.;?]|\.(?=\d))+)",
    re.I,
)
_DENIAL_RE = re.compile(r"^(?:no,?\s+)?(?:it|that|this)\s+(?:doesn'?t|does not|didn'?t)\s+mean\s+(?:that|this)\b|^(?:that'?s|thats|that is|it'?s) not what it means\b|^(?:it|that) (?:doesn'?t|does not)\b[^.]{0,20}$", re.I)
_METRIC_MEANING = {
    "auc": "AUC is one overall score for how well the model ranks the cases it should flag above the rest, on a scale from a coin toss to perfect; it is not a share of cases missed",
    "precision": "Precision is the share of the cases the model flags that really are what it flags them as",
    "recall": "Recall is the share of the real cases that the model catches",
    "sensitivity": "Sensitivity is the share of the real cases that the model catches",
    "accuracy": "Accuracy is the share of all cases the model gets right",
    "f1": "F1 is one score that balances how many real cases the model catches against how many of its flags are right",
    "specificity": "Specificity is the share of the harmless cases that the model correctly leaves alone",
}

# The manager's notes about the reader or the message, never said to the reader.
_NOTE_RE = re.compile(
    r"^(?:you|she|he|they)\b[^.,;]{0,14}\b(?:smart|sharp|clever|bright|non-?technical|technical|busy|numerate)\b"
    r"|^you(?:'d like| would like| want| wanted| keep asking| asked| asks)\b|^(?:she|he|shes|hes)(?:'s| is)?\s+(?:meeting|presenting|talking|going|seeing|worried)\b"
    r"|\b(?:no (?:stats?|statistics|jargon|ml)(?: \w+)?|why a range(?: not a number)?|keep it (?:short|simple)|plain (?:english|words)|(?<!here's a )short (?:plain )?(?:note|version)|two paragraphs|without sounding|his name is|her name is|something (?:she|he|they) can (?:reuse|say|use)|(?:she|he|they) can reuse)\b"
    r"|^(?:(?:a |the |our |my )?(?:board member|trustee|ceo|coo|cfo|cto|cco|cmo|vp|director|chair|gm|head of [\w ]+?|[\w-]+ lead|[\w-]+ manager)\b(?:[^.]|\.(?=\d))*?\b(?:asked|asks|wants|keeps asking|needs|would like)\b)",
    re.I,
)


def _period(text: str) -> str:
    for pattern, word in ((r"\bnext week\b|\bweekly\b|\bper week\b|\bweek's\b", "weeks"), (r"\bsummer\b", "summers"), (r"\bseason\b", "seasons"),
                          (r"\bnext year\b|\bannual\b|\byearly\b|\bper year\b", "years"), (r"\bnext month\b|\bmonthly\b", "months"), (r"\bq[1-4]\b|\bquarter", "quarters"), (r"\btomorrow\b|\bdaily\b", "days")):  # fmt: skip
        if re.search(pattern, text, re.I):
            return word
    return "times"


def _often(p: int, period: str) -> str:
    """'80' -> 'in about 8 weeks out of 10'."""
    step = gcd(p, 100)
    a, b = p // step, 100 // step
    if b == 5:
        a, b = a * 2, 10  # '8 in 10' reads more easily than '4 in 5' next to an 80% the reader may have seen
    if period == "times":
        return f"about {a} times out of {b}" if b <= 20 else f"about {p}% of the time"
    return f"in about {a} {period} out of {b}" if b <= 20 else f"about {p}% of the time"


def _unit(m: re.Match[str], *names: str) -> str:
    for name in names:
        u = m.groupdict().get(name)
        if u and u.lower() not in ("and", "or", "but", "so", "the", "with", "range", "chance", "percent", "how", "what", "which", "if", "in"):
            return f" {u}"
    return ""


_CALENDAR = frozenset("january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday christmas".split())


def _lowered(m: re.Match[str]) -> str:
    """', Decide the second brew': a verb capitalised after a comma, said in lower case (names and months keep theirs)."""
    from agent.understanding.people import is_first_name

    word = m.group(1)
    return m.group(0) if word.lower() in _CALENDAR or is_first_name(word) else m.group(0).replace(word, word.lower())


def _cleaned(text: str) -> str:
    text = re.sub(r"(?<=[a-z0-9%]),\s+([A-Z][a-z]{2,})\b", _lowered, text)
    text = re.sub(r"(?i)\b(by|in|early|late|mid|end of) (may|june|march|april)\b", lambda m: f"{m.group(1)} {m.group(2).capitalize()}", text)
    text = re.sub(r"\s*\((?:recall|precision|auc|f1|sensitivity|specificity)\)", "", text, flags=re.I)
    text = re.sub(r"(?i)\bat our threshold\b", "at the setting we use", text)
    text = re.sub(r"(?i)\bdocs\b", "documents", text)
    text = re.sub(r"(?i)\blast yr\b", "last year", text)
    text = re.sub(r"(?i)\bwks\b", "weeks", text)
    return text.strip()


def _sentence(text: str) -> str:
    text = text.strip().rstrip(" ,;")
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _kept(points: list[Point]) -> list[Point]:
    """The manager's own points still worth saying: no note about the reader, no restated range or misreading."""
    out = []
    for p in points:
        text = p.text.strip()
        if re.match(r"(?i)you\s+(?:saw|read|noticed|spotted)\b", text):
            continue  # what the reader saw: the explanation's first line says it
        if _NOTE_RE.search(text) or _READER_MEETING_RE.search(text) or _DENIAL_RE.search(text) or _MISREAD_RE.search(text) and _METRIC_RE.search(text):
            continue
        if _SHARE_RE.search(text):  # 'the range is our 80% interval: in four years out of five ..., and most of the width comes from X': X
            text = " ".join(c for c in re.split(r",\s+and\s+|;\s+", text) if not _SHARE_RE.search(c) and not re.search(r"\bout of\b", c))
            text = text[:1].upper() + text[1:]
        if not text or _RANGE_RE.search(text) or _MID_RANGE_RE.search(text):
            continue  # the range, said again in the manager's shorthand
        out.append(p.model_copy(update={"text": _cleaned(text)}))
    return out


def explains(question: str) -> bool:
    """True when the question holds something to explain this way: a misread metric, or a range the reader wants as one number."""
    return _misread(question) is not None or _range(question) is not None or _effect(question) is not None


# 'whether '0.87 AUC' on our slide means it misses 13% of fraud': the misreading said after the figure.
_MEANS_AFTER_RE = re.compile(r"^['’\"]?[^.;?]{0,80}?\bmeans?\s+(?:that\s+)?(?P<wrong>(?:[^.;?]|\.(?=\d))+)", re.I)


def _misread(question: str) -> tuple[re.Match[str], re.Match[str]] | None:
    metric = _METRIC_RE.search(question)
    wrong = _MISREAD_RE.search(question[metric.end() :]) if metric else None
    if metric is not None and wrong is None and re.search(r"(?i)\b(?:whether|if)\s+['‘\"]?$", question[: metric.start()]):
        wrong = _MEANS_AFTER_RE.search(question[metric.end() :])
    if metric is None or wrong is None or not re.search(r"(?i)\b(?:doesn'?t|does not|not what it means|isn'?t what|actually means)\b", question):
        return None
    return metric, wrong


# 'a range of £410m to £470m' with 'our 80% interval' said apart from it.
_RANGE_OF_RE = re.compile(rf"\brange (?:of|from)\s+(?P<lo>{_NUM})\s*(?:-|–|to)\s*(?P<hi>{_NUM})", re.I)
_SHARE_RE = re.compile(r"\b(?P<p>\d{2})\s?%\s+(?:range|interval|band)\b", re.I)


def _range(question: str) -> dict[str, str] | None:
    """The stated range: how often it holds (p), its ends, the most likely figure and the unit, when the reader wants one number."""
    if not _ONE_NUMBER_RE.search(question):
        return None
    m = _MID_RANGE_RE.search(question) or _RANGE_RE.search(question)
    if m is not None:
        found = {"mid": "", "what": "", **{k: v or "" for k, v in m.groupdict().items()}}
        found["unit"] = _unit(m, "unit", "unit2").strip()
        return found
    of, share = _RANGE_OF_RE.search(question), _SHARE_RE.search(question)
    if of is None or share is None:
        return None
    return {"p": share.group("p"), "lo": of.group("lo"), "hi": of.group("hi"), "mid": "", "unit": "", "what": ""}


# A measured effect with the range around it ('+2.1% but the plausible range is about -0.4% to +4.6%').
_PCT = r"[+-−]?\d+(?:\.\d+)?\s?%"
_EFFECT_RE = re.compile(rf"(?P<mid>{_PCT})[^.;]{{0,40}}?\brange\b[^.;\d+-]{{0,20}}(?P<lo>{_PCT})\s*(?:to|-|–|and)\s*(?P<hi>{_PCT})", re.I)
# The line the manager suggests the reader says ('suggesting he says 'early results look promising'').
_SUGGESTED_LINE_RE = re.compile(r"\bsuggest\w*\s+(?:that\s+)?(?:he|she|they|you|we)\s+(?:says?|use|tell\w*|go with)\s+['‘\"](?P<line>[^'’\"]{6,200})['’\"]", re.I)
_SAID_AT_RE = re.compile(r"\b(?:announce|share|present|say|mention)\w*\s+it\s+(?:at|in|on)\s+(?P<at>[^.,;]+)", re.I)


def _value(x: str) -> float:
    return float(x.replace("%", "").replace("−", "-").replace("+", "").strip())


def _effect(question: str) -> re.Match[str] | None:
    """A measured effect whose range still includes no effect at all: not yet a result."""
    m = _EFFECT_RE.search(question)
    return m if m and _value(m.group("lo")) < 0 < _value(m.group("hi")) else None


def _effect_points(question: str, m: re.Match[str], points: list[Point]) -> list[Point]:
    mid, lo, hi = (m.group(k).replace(" ", "") for k in ("mid", "lo", "hi"))
    said = [f"The {mid} is our best guess so far, not a settled result: the real effect could be anywhere from {lo} to {hi}, so we can't yet rule out that it does nothing"]
    rest = [x for x in _kept(points) if not (lo in x.text.replace(" ", "") and hi in x.text.replace(" ", ""))]
    line = _SUGGESTED_LINE_RE.search(question)
    if line:
        at = _SAID_AT_RE.search(question)
        where = f"For {at.group('at').strip()}, you" if at else "You"
        words = line.group("line").strip().rstrip(".")
        rest.append(Point(kind="point", text=f"{where} could say: \"{words[:1].upper() + words[1:]}\"."))
    return _in_order([Point(kind="point", text=_sentence(x)) for x in said], rest, question)


def explained_points(question: str, points: list[Point]) -> list[Point] | None:
    """The explanation's points, in order, or None when the question holds nothing this module explains."""
    effect = _effect(question)
    if effect is not None:
        return _effect_points(question, effect, points)
    misread = _misread(question)
    if misread is not None:
        metric, wrong = misread
        value, name = (metric.group("v") or metric.group("v2")).strip(), metric.group("m") or metric.group("m2")
        key = re.sub(r"(?i)^roc[- ]", "", name).lower().split("-")[0].split(" ")[0]
        said = [f"{value} {name} does not mean {_cleaned(wrong.group('wrong')).rstrip(' ,')}"]
        rest = _kept(points)
        if not any(value.rstrip("%").strip() in p.text for p in rest) and key in _METRIC_MEANING:
            said.append(_METRIC_MEANING[key])  # the figure is not said again in the manager's terms: what it measures
        return _in_order([Point(kind="point", text=_sentence(x)) for x in said], rest, question)
    ranged = _range(question)
    if ranged is None:
        return None
    p, lo, hi, mid = int(ranged["p"]), ranged["lo"], ranged["hi"], ranged["mid"]
    period = _period(question)
    unit = f" {ranged['unit']}" if ranged["unit"] else ""
    often = _often(p, period)
    said = []
    if mid:
        said.append(f"Our best single figure is {mid}{unit}, and that is the number to plan around")
        said.append(f"No forecast can be exact. {often[:1].upper() + often[1:]}, the real figure lands between {lo} and {hi}{unit}")
        said.append(f"So plan for about {mid}, and have a plan ready for either end: as low as {lo} or as high as {hi}")
    else:
        what = ranged["what"].strip() or "the real figure"
        what = what if what.lower() not in ("it", "that", "this") else "the real figure"
        said.append(f"Nobody can know the exact figure in advance, which is why we give a range: {often}, {what} lands between {lo} and {hi}{unit}")
        said.append(f"Any single number would be too high or too low most {period if period != 'times' else 'of the time'}. The range shows how far it can swing and lets us plan for both ends")
    rest = [x for x in _kept(points) if not (lo in x.text and hi in x.text)]
    if not any(re.search(r"\bnarrow|\bknow (?:more|a lot more)\b|\bfirm(?:s)? up\b|\bdecide\b[^.]*\boff\b", x.text, re.I) for x in rest):
        rest.append(Point(kind="point", text="The range narrows as the date gets closer and real figures come in, and I'll send you the tighter figure then."))
    return _in_order([Point(kind="point", text=_sentence(x)) for x in said], rest, question)


# The reader's own meeting the note serves ('shes meeting the transport ministry next tues').
_READER_MEETING_RE = re.compile(
    r"(?:^|\.\s+)(?:she|he|they|you)(?:'s|s|’s| is|'re| are)?\s+(?:meeting|presenting to|briefing|seeing|speaking to|talking to)\s+(?P<x>(?:the|a|an|our|their|his|her)\s+[^,.;]+?)"
    r"(?:\s+(?:on\s+|next\s+|this\s+)?(?P<d>(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow))?\s*(?:[.;,]|$)",
    re.I,
)
_DAY = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}


def _in_order(said: list[Point], rest: list[Point], question: str = "") -> list[Point]:
    """'Here's a short version you can reuse with the board': what the message is for, first; then the explanation."""
    lead = [x for x in rest if re.match(r"(?i)here'?s a\b", x.text)]
    meeting = _READER_MEETING_RE.search(question)
    if not lead and meeting:
        d = meeting.group("d")
        day = f" on {'tomorrow' if d.lower() == 'tomorrow' else _DAY[d[:3].lower()]}" if d else ""
        lead = [Point(kind="point", text=f"Here's a short version you can reuse with {meeting.group('x').strip()}{day}.")]
    return lead + said + [x for x in rest if x not in lead]
