"""Quantities stated in a normalised question: durations and ranges (in working weeks, with the role
each plays: time left, time invested, effort, a deadline, tenure, a backlog), chances, minutes,
percentages of capacity, head counts and confidence levels.

Units are defined once, in `lead_core.units` (`WEEKS_PER_UNIT`); everything downstream works in working weeks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lead_core.units import WEEKS_PER_UNIT
from lead_core.number_words import SAID_NUMBER, number

UNIT = r"(?P<unit>(?:working |work |business |calendar )?(?:hours?|days?|weeks?|sprints?|months?|quarters?))"
NUM = r"\d+(?:\.\d+)?"
# "3 to 5 weeks", "between 3 and 5 weeks", "3 or 4 weeks", "3-week", "3 weeks"
DURATION_RE = re.compile(
    rf"(?:(?:between|from)\s+)?(?P<a>{NUM})(?:\s*(?:to|or|and|/)\s*(?P<b>{NUM}))?(?:\s*/\s*(?P<c>{NUM}))?"
    rf"\s*-?\s*(?:more\s+|extra\s+|full\s+|solid\s+|fixed\s+|whole\s+)?{UNIT}\b",
    re.IGNORECASE,
)
# "could stretch to 3", "worst case 4", "maybe 3" right after a duration: the pessimistic bound.
STRETCH_RE = re.compile(
    rf"^\s*(?:left|more|remaining|to go)?\s*,?\s*\(?\s*(?:but\s+)?(?:(?:it\s+)?(?:could|might|may|can)\s+(?:easily\s+)?(?:stretch|slip|go|run|be|take)\s+(?:to|up to|as (?:long|much) as)?|"
    rf"worst[- ]case|at (?:the )?most|up to|maybe|possibly|or even|realistically|max(?:imum)?|tops)\s*(?P<n>{NUM})(?!\d)(?!\.\d)(?!\s*(?:%|percent|pct|/))"
    rf"(?:\s*{UNIT})?",
    re.IGNORECASE,
)
RANGE_WORST = re.compile(r"\b(?:worst[- ]case|at (?:the )?most|up to|max(?:imum)?|tops|stretch|slip)\b", re.I)
# "another week, two at worst", "3 weeks left (5 tops)": the worst case said after its number.
WORST_AFTER = re.compile(
    rf"^(?:\s*(?:left|more|remaining|to go))?[^.;?!\d]{{0,40}}?[,;(]\s*(?:or\s+|but\s+|maybe\s+|and\s+)?(?P<n>{NUM})(?!\d)(?!\.\d)\s*(?:{UNIT.replace('(?P<unit>', '(?:')}\s*)?"
    rf"(?:at (?:the )?worst|worst[- ]case|tops|max(?:imum)?|at (?:the )?most|at the outside|if (?:it|things) go(?:es)? (?:badly|wrong|sideways))\b",
    re.IGNORECASE,
)
LIKELY_RE = re.compile(rf"^[^.;?!]{{0,30}}?\b(?:most likely|prob(?:ably|ly|s)?|prolly|likely|realistically)\s+(?P<n>{NUM})"
                       rf"|^(?:\s*(?:left|more|remaining|to go))?\s*[,;(]\s*(?P<m>{NUM})\s+(?:(?:is\s+)?most likely|likely|prob(?:ably|ly|s)?|prolly|realistically)\b", re.IGNORECASE)  # '1.5 to 3 weeks left, 2 most likely'
BARE_UNIT = UNIT.replace("(?P<unit>", "(?:")
# "2 weeks best case, 3 likely, 5 if the cluster acts up": three labelled cases after a duration.
SPREAD_RE = re.compile(
    rf"^\s*(?:(?:in the )?best[- ]case|at best|best|optimistic(?:ally)?|if all goes well)\s*[,;]?\s*(?P<l>{NUM})\s*(?:{BARE_UNIT}\s*)?"
    rf"(?:(?:is\s+)?(?:most likely|likely|realistic(?:ally)?|expected|prob(?:ably|ly|s)?|prolly|realistic case|likely case))\s*[,;]?\s*(?:and\s+|or\s+|but\s+)?(?P<h>{NUM})(?:\s*{BARE_UNIT})?",
    re.IGNORECASE,
)
# "4 weeks left (3 if it goes well, 7 if not)", "about 3 weeks left, 2 if lucky, 5 if the feed keeps dying", "4 days left
# she reckons, 3 if ..., 8 if ...": low and high cases.
IF_SPREAD = re.compile(
    rf"^(?:[^.;?!()]{{0,80}}?\(|\s*(?:left|more|remaining|to go)?(?:,?\s+(?:she|he|they|we|i|[a-z]+)\s+(?:reckons?|thinks?|says?|said|guesses|estimates?|figures?))?\s*[,;:-])\s*(?:maybe\s+|perhaps\s+|possibly\s+|or\s+|could be\s+)?(?P<a>{NUM})(?:\s*(?P<ua>{BARE_UNIT}))?\s+if\b[^,;)]{{2,80}}[,;]\s*(?:or\s+|and\s+)?(?:maybe\s+|prob(?:ably|ly|s)?|prolly\s+|possibly\s+|up to\s+|could be\s+)?(?P<b>{NUM})(?:\s*(?P<ub>{BARE_UNIT}))?\s+(?:if\b|worst[- ]case\b|at worst\b|tops\b)",
    re.I,
)
# "1.5 wks left, 1 best case, 3 worst", "2 weeks left, a week at best, 4 at worst": the low and high cases labelled after.
BEST_WORST = re.compile(
    rf"^\s*(?:left|more|remaining|to go|(?:most )?likely|prob(?:ably|ly|s)?|prolly|realistic(?:ally)?|expected)?\s*[,;(:-]\s*(?P<a>{NUM})(?:\s*(?P<ua>{BARE_UNIT}))?\s*(?:best(?:[- ]case)?|at best|if (?:all goes well|(?:we'?re|she'?s|he'?s|they'?re|i'?m) lucky|lucky))\s*[,;]?\s*"
    rf"(?:and\s+|or\s+|but\s+)?(?P<b>{NUM})(?:\s*(?P<ub>{BARE_UNIT}))?\s*(?:worst(?:[- ]case)?|at (?:the )?worst)\b",
    re.I,
)
# "3 weeks (best 2, worst 7)", "2 wks likely - best case 1, worst case 5": the cases labelled before their numbers.
BEST_WORST_BEFORE = re.compile(
    rf"^\s*(?:left|more|remaining|to go|(?:most )?likely|prob(?:ably|ly|s)?|prolly|realistic(?:ally)?|expected)?\s*[,;(:-]\s*(?:at\s+)?best(?:[- ]case)?\s*:?\s*(?P<a>{NUM})(?:\s*(?P<ua>{BARE_UNIT}))?\s*[,;/]?\s*"
    rf"(?:and\s+|but\s+)?(?:at\s+)?worst(?:[- ]case)?\s*:?\s*(?P<b>{NUM})(?:\s*(?P<ub>{BARE_UNIT}))?",
    re.I,
)
# "4-5 days left, 2 wks if the camera keeps fogging up": a worse case said with its condition right after the estimate.
IF_WORSE = re.compile(
    rf"^\s*(?:left|more|remaining|to go)?\s*[,;(-]\s*(?:or\s+|but\s+|maybe\s+|could be\s+)?(?P<n>{NUM})\s*(?P<u>{BARE_UNIT})?\s+(?:if|when|once|should)\b",
    re.I,
)
APPROX_AFTER = re.compile(r"^\s*(?:or so|give or take|and change|plus or minus|\+/-|ish)\b", re.I)
APPROX_RE = re.compile(r"(?:about|around|roughly|approx(?:imately)?|~|maybe|something like|close to|nearly|almost)\s*$", re.I)

# The role of a duration, from the words around it (first matching rule wins).
ROLE_RULES: tuple[tuple[str, str, str], ...] = (
    # "2 days a week" (text2num writes "2 days 1 week"): a share of someone's time, not a size.
    ("rate", r"", r"^\s*(?:a|1|per|each|every)\s+(?:week|sprint|month)\b"),
    # "what if we squeeze integration to 3 days": a change to try, not another task.
    ("variant", r"\b(?:squeez|cut|shrink|reduc|compress|trim|shorten)\w*\b[^.;?]{0,40}\b(?:to|down to|into)\s*$", r""),
    ("rate", r"\b\d+(?:\.\d+)?\s+(?:days?|hours?)\s+(?:a\s+|per\s+|each\s+|every\s+)?$", r"^\s*(?:to|for|of|on|starting|$|[,.;])"),
    ("total", r"\binto (?:a|an|the)\s+$", r""),  # "2 weeks into a 6 week rebuild": the 6 is the whole
    ("total", r"\b(?:halfway|half way|\d+% (?:of the way )?)\s*(?:through|into) (?:a|an|the|her|his|their)\s+$", r""),  # "halfway through an 8 week refresh"
    ("leave", r"", r"^\s*(?:of\s+)?(?:parental |paternity |maternity |medical |sick |long )?(?:leave|off|vacation|holiday|sabbatical)\b"),
    # "has jury duty for two weeks", "is on leave for 3 weeks": time away from the work, not work to do.
    ("leave", r"\b(?:jury (?:duty|service)|court|reserve duty|military service|on (?:leave|vacation|holiday|pto)|off|out|away)\s+for\s+(?:about |around |roughly |~)?$", r""),
    # (role, pattern before the duration, pattern after the duration)
    ("tenure", r"\b(?:joined|started|onboarded|hired)\b[^.;]{0,20}$", r"^\s*ago\b"),
    # "she's 2 months in", "he's 10 days into the role": how long a person has been here, not work done on something
    ("tenure", r"\b(?:he|she|they|i)(?:'s|'re|'m| is| are| am)\s+(?:only |just |about |nearly |almost |barely |now |still only )?$",
     r"^\s*(?:in\b(?!\s+(?:the|to|on|at|a|an|her|his|their|it|this|that)\b)|into (?:the |her |his |their |this )?(?:new )?(?:job|role|team|company|position|org)\b)"
     r"(?![^.;]{0,30}\b(?:left|to go|remaining|more|another|needs?|reckons|estimates?)\b)"),  # "he's 3 wks in with 2-4 left", "she's 6 wks in, needs another 2-4": into the work, with the rest to go
    # "six weeks into the job", "two months in the role", "with us for five weeks": time in the job, never work invested.
    ("tenure", r"", r"^\s*(?:into|in)\s+(?:the|her|his|their|my|this|a)\s+(?:new\s+)?(?:job|role|team|company|org|gig|position|post)\b"),
    ("tenure", r"\b(?:with us|on (?:the|my|our) team|in (?:the|my|our) team|at the company|here)\s+(?:for\s+)?(?:about |around |roughly |~|only |just |over |almost |nearly )?$", r""),
    ("ago", r"", r"^\s*(?:ago|back)\b"),
    ("ago", r"\b(?:last|past|previous|prior)\s+(?:about |around |roughly |~)?$", r""),  # "for the last 18 months": a stretch of the past
    ("tenure", r"\b(?:new hire|joined|started|onboard\w*)\b[^.;]{0,25}$|^\s*(?:\w+,?\s+)?$", r"^\s*(?:in|into (?:the|her|his|their) (?:job|role)|since (?:joining|starting))\b(?!\s+(?:the|to|on|at)\b)"),
    ("deadline", r"\b(?:due|deadline|ends?|closes?|needed|needs? (?:it|to ship|to land)|has to (?:ship|land|be done)|must (?:ship|land)|launch(?:es)?|ships?|demo|review|board (?:meeting)?|cutoff|freeze)\b[^.;]{0,25}\b(?:in|within)\s*$", r""),
    ("deadline", r"\b(?:in|within)\s*$", r"^\s*(?:from now|from today|time)\b"),
    # "2 weeks from monday", "10 working days after the 4th", "a week on friday": a day counted from a named one (dates reads
    # it); "for two weeks from monday", "two weeks from the 7th, fixed loan" are the length of a stretch that starts then
    ("deadline", r"\b(?:is|'s|are|be|was|due|by|on|until|till|before|starts?|starting|begins?|beginning|kicks? off|kicking off|launch\w*|ships?|shipping|lands?|landing|goes live|go live|live|ready|demo|review|deadline|ends?|ending|finish\w*|wraps?|closes?)\s+(?:about\s+|around\s+|roughly\s+|exactly\s+|in\s+)?$", r"^\s*(?:(?:from|after)\s+(?:the\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|tomorrow|today|next\s+\w+|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}/\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)|on\s+(?:mon|tue|wed|thu|fri)[a-z]*)\b"),
    ("deadline", r"", r"^\s*(?:out(?!\s+of\b)|away|from now|from today|until (?:the )?(?:deadline|launch|demo|board|review|end))\b(?!\s+(?:from|of|on)\s+(?:done|finish\w*|wrapping|shipping|landing|completion|completing))(?!\s+on\b)"),
    ("deadline", r"\b(?:deadline is|deadline of|have|got|gives? us|leaves? us|only)\s*$", r"^\s*(?:until|till|before|left until|to (?:the )?(?:deadline|launch))\b"),
    ("total", r"", r"^\s*(?:total|in total|all in|end to end|overall)\b"),
    ("total", r"\b(?:halfway|half way|\d+% (?:done|through|of the way))\b[^.;]{0,40}$", r"^\s*(?:long\s+)?[\w-]*\s*(?:project|model|effort|job|piece|migration|refactor|build|initiative|research|rewrite|program|experiment|spike|poc)\b"),
    ("done", r"\b(?:spent|invested|put(?: in)?|sunk(?: in)?|poured(?: in)?|been (?:on|at|working on) (?:it|this|that)? ?(?:for)?|after|already|it'?s been|its been|been)\s+(?:about |around |roughly |over |almost |nearly |like )?$", r""),
    ("done", r"\b(?:been|was|has been|have been)\s+(?:on|at|working on|doing)\s+[^.;,]{1,50}\bfor\s+(?:about |around |roughly |over |almost |nearly |like )?$", r""),
    ("done", r"\b(?:'s been|s been|has been|have been|been)\s+(?:on|at|working on|doing)\s+(?:the |her |his |their |a |an )?[\w/-]+(?:\s+[\w/-]+){0,4}\s+(?:about |around |roughly |over |almost |nearly |like )?$", r""),
    ("done", r"\b(?:moved|switched|started)\b[^.;]{0,40}$", r"^\s*ago\b"),
    ("remaining", r"", r"^\s*out on\b"),
    # "his remaining estimate is 4 weeks", "the estimate for what is left: 3 weeks", "time left is about 2 weeks": what is left, said as a noun
    ("remaining", r"\b(?:remaining|left(?:-over)?)\s+(?:estimate|work|effort|time|scope)\s*(?:is|was|of|at|:|=|now)?\s*(?:about |around |roughly |maybe |~)?$"
                  r"|\b(?:estimate|time|work)\s+(?:for what'?s |of what is |for what is |on what'?s )?(?:left|remaining)\s*(?:is|was|of|at|:|=|now)?\s*(?:about |around |roughly |maybe |~)?$", r""),
    ("remaining", r"\b(?:lands?|finish(?:es)?|wraps?(?: up)?|ships?|done(?: with)?) (?:it |this |that |(?:the |her |his |their )?[\w-]+(?: [\w-]+){0,3} )?in\s+(?:about |around |roughly |maybe |another |~)?$", r""),
    ("effort", r"\bfor\s+(?:about |around |roughly |maybe |like |the next |another )?$", r""),
    ("remaining", r"\banother\s+$", r"^(?!\s*of\s+(?:\w+\s+)?(?:time|help|support|capacity)\b)"),  # "thinks another week": what is left
    ("done", r"", r"^\s*(?:into\b|in\s+(?:it|the|this|that|her|his|their|a|an)\b|already\b|of work (?:already|done|in)|invested|sunk|spent|deep into|already in)"),
    ("done", r"", r"^\s*in\b(?!\s+(?:the|to|on|at|a|an|her|his|their)\b)(?=\s*(?:[,.;?]|and|but|on|so|with|now|already|$))"),
    ("done", r"", r"^\s*in\s+on\s+(?:the|her|his|their|our|this|that)\b"),  # "4 weeks in on the lint detector"
    ("remaining", r"\b(?:needs?|need|takes?|another|finish(?:es|ing)? in|done in|wrap(?:s|ping)? up in|land(?:s|ing)? in)\s+(?:about |around |roughly |maybe |another |at least )?$", r"^\s*(?:more|left|remaining|to go|to finish|to wrap|from (?:done|finish\w*|wrapping|shipping|landing|completion)|away from|out from|of work left|left on|until (?:it'?s )?done|till done)"),
    ("remaining", r"", r"^\s*(?:more\b|left\b|remaining\b|to go\b|to finish\b|to wrap\b|from (?:done|finish\w*|wrapping|shipping|landing|completion)\b|away from (?:done|finish\w*|wrapping|shipping|landing|completion)|out from\b|out (?:on|of) (?:done|finish\w*|wrapping)|out on\b|of work left|left on|until (?:it'?s )?done|till done|off (?:done|finish\w*))"),
    ("remaining", r"\b(?:only|just|still)\s+(?:about |around |roughly )?$", r"^\s*(?:of work|left)"),
    ("backlog", r"\bbacklog\b[^.;]{0,20}$", r""),
    ("backlog", r"", r"^\s*(?:of\s+)?(?:work\s+(?:in\s+(?:the\s+)?)?)?backlog\b"),  # "14 weeks of backlog"
    ("total", r"\b(?:an?|1|the)\s*$|\bon an?\s*$", r"^\s*(?:long\s+)?(?:model|project|effort|job|piece of work|migration|refactor|build|initiative|research|rewrite|program)\b"),
    ("effort", r"", r""),
)


@dataclass
class Duration:
    """A duration or range stated in the question, in working weeks, with its role and position."""

    low: float
    likely: float
    high: float
    role: str
    start: int
    end: int
    unit: str

    @property
    def weeks(self) -> list[float]:
        """[low, likely, high] rounded for display."""
        return [round(self.low, 2), round(self.likely, 2), round(self.high, 2)]


def _unit_weeks(unit: str) -> float:
    word = unit.lower().split()[-1].rstrip("s")
    factor = WEEKS_PER_UNIT[word]
    if unit.lower().startswith("calendar") and word == "day":
        factor = 1 / 7
    return factor


def _role(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    for role, pat_before, pat_after in ROLE_RULES:
        if pat_before and not re.search(pat_before, before, re.IGNORECASE):
            continue
        if pat_after and not re.search(pat_after, after, re.IGNORECASE):
            continue
        return role
    return "effort"


BARE_RE = re.compile(
    rf"\b(?:maybe\s+|about\s+|another\s+|roughly\s+)?(?P<a>{NUM})(?:\s*(?:to|or)\s*(?P<b>{NUM}))?\s+(?:more\b|left\b|remaining\b|to go\b)(?!\s+(?:ml\s+)?(?:engineers?|people|hires?|scientists?))",
    re.IGNORECASE,
)
CLAUSE_STRETCH_RE = re.compile(
    rf"^[^.;?!]{{0,70}}?\((?:but\s+)?(?:could|might|may|can)\s+(?:stretch|slip|go|run|be)\s+(?:to|up to)?\s*(?P<n>{NUM})|"
    rf"^[^.;?!]{{0,70}}?\b(?:could|might|may)\s+(?:stretch|slip|run)\s+(?:to|up to)\s*(?P<m>{NUM})",
    re.IGNORECASE,
)


def _bare(text: str, found: list["Duration"]) -> list["Duration"]:
    """Numbers without a unit that continue a duration ("5 weeks into it, maybe 4 more to go")."""
    out: list[Duration] = []
    for m in BARE_RE.finditer(text):
        if any(d.start <= m.start("a") < d.end for d in found):
            continue
        previous = [d for d in found if d.end <= m.start()]
        if not previous:
            continue
        factor = WEEKS_PER_UNIT[previous[-1].unit]
        a = float(m.group("a"))
        b = float(m.group("b")) if m.group("b") else a
        low, high = sorted((a, b))
        likely = (low + high) / 2
        stretch = re.match(rf"^[^.;?!]{{0,25}}?\b(?:could be|maybe|or even|up to|might be)\s+(?P<n>{NUM})", text[m.end() :], re.IGNORECASE)
        if stretch and float(stretch.group("n")) > high:
            high = float(stretch.group("n"))
        out.append(Duration(low * factor, likely * factor, high * factor, "remaining", m.start(), m.end(), previous[-1].unit))
    return out


# "label audit 3 weeks, retrain + calibration 2 to 4, then ...": a range in a list of estimates takes its
# neighbours' unit when they share one.
LISTED_RANGE = re.compile(rf"(?<![\d./:$€£#])(?P<a>{NUM})\s+to\s+(?P<b>{NUM})(?=\s*(?:[,;)]|\.\s|\s+(?:then|and|plus)\b|$))(?!\s*%)")


def _listed_ranges(text: str, found: list["Duration"]) -> list["Duration"]:
    out: list[Duration] = []
    for m in LISTED_RANGE.finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        near = [d for d in found if abs(d.start - m.end()) < 120 or abs(m.start() - d.end) < 120]
        units = {d.unit for d in near}
        if len(units) != 1 or not near:
            continue
        a, b = float(m.group("a")), float(m.group("b"))
        if not 0 < a < b:
            continue
        factor = WEEKS_PER_UNIT[units.pop()]
        role = _role(text, m.start(), m.end())  # 'needs another 2 to 4': what is left, not a size
        ahead = LIKELY_RE.match(text[m.end() :])  # '2 to 4, 3 most likely'
        said = float(ahead.group("n") or ahead.group("m")) if ahead else None
        likely = said if said is not None and a <= said <= b else (a + b) / 2
        out.append(Duration(a * factor, likely * factor, b * factor, role if role in ("remaining", "done") else "effort", m.start(), m.end(), near[0].unit))
    return out


# "..., offline eval 1, staged rollout 2": a bare number closing a list item takes its neighbours' unit.
LISTED_SINGLE = re.compile(rf"(?<=[a-z] )(?P<a>{NUM})(?=\s*(?:[,;]|\.\s|\s+(?:then|and|plus)\b|$))(?!\s*%)(?!\s+(?:and|or|&)\s+\d+\b(?!\s*(?:-\s*)?(?:weeks?|days?|sprints?|months?)\b))")
# ('a trial in rooms 5 and 6': numbers listed together name things, they are no estimate)
NOT_BEFORE_COUNT = re.compile(r"\b(?:and|but|plus|of|to|the|a|an|from|by|at|than|about|top|v|version|team|us|gpus?|people|users?|merchants?|sites?|regions?|models?|p|not|likely|maybe|probably|perhaps|or|least|most|max|min|tops|realistically|honestly|say|like|around|roughly|approx)\s$", re.I)


MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s$", re.I)


def _listed_singles(text: str, found: list["Duration"]) -> list["Duration"]:
    out: list[Duration] = []
    for m in LISTED_SINGLE.finditer(text):
        if any(d.start <= m.start() < d.end for d in found) or NOT_BEFORE_COUNT.search(text[max(0, m.start() - 12) : m.start()]) or MONTH_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # 'the audit on jan 12.': a day of a month, not another estimate
        before = [d for d in found if 0 <= m.start() - d.end < 80]
        units = {d.unit for d in before}
        a = float(m.group("a"))
        if len(units) != 1 or not 0 < a <= 12 or not re.search(r"[,;]\s*(?:then\s+)?[a-z][\w/ -]{1,40}$", text[: m.start()].rstrip()):
            continue
        factor = WEEKS_PER_UNIT[units.pop()]
        out.append(Duration(a * factor, a * factor, a * factor, "effort", m.start(), m.end(), before[-1].unit))
    return out


TRIPLE_RE = re.compile(rf"(?<![\d/])(?P<a>{NUM})\s*/\s*(?P<b>{NUM})\s*/\s*(?P<c>{NUM})(?![\d/])(?!\s*(?:working |business )?(?:days?|weeks?|sprints?|months?)\b)")
GLOBAL_UNIT = re.compile(r"\bin (?:working |business )?(?P<u>days|weeks)\b|\b(?P<v>days|weeks),? (?:optimistic|best)", re.I)


def _unitless_triples(text: str) -> list[Duration]:
    """Three-point estimates written without a unit ('5/8/15'), in the unit the question states once ('in working days')."""
    unit = GLOBAL_UNIT.search(text)
    word = ((unit.group("u") or unit.group("v")) if unit else "days").lower().rstrip("s")
    factor = WEEKS_PER_UNIT[word]
    out = []
    for m in TRIPLE_RE.finditer(text):
        low, likely, high = sorted(float(m.group(k)) for k in "abc")
        if high <= 0:
            continue
        out.append(Duration(low * factor, likely * factor, high * factor, "effort", m.start(), m.end(), word))
    return out


def _joined_ranges(text: str, found: list[Duration]) -> list[Duration]:
    """Two durations joined as a range ('a week to a fortnight', '3 days to 2 weeks') become one [low, mid, high]."""
    out: list[Duration] = []
    for d in sorted(found, key=lambda x: x.start):
        prev = out[-1] if out else None
        if prev is not None and re.fullmatch(r"\s*(?:to|-|–|or)\s*", text[prev.end : d.start]) and prev.high < d.low:
            out[-1] = Duration(prev.low, (prev.low + d.high) / 2, d.high, prev.role, prev.start, d.end, prev.unit)
            continue
        out.append(d)
    return out


def _if_spread_in(m: re.Match[str], factor: float) -> tuple[float, float]:
    """The low and high case of an IF_SPREAD, in the unit of the estimate they qualify (a unit of their own converted)."""
    low = float(m.group("a")) * (_unit_weeks(m.group("ua")) / factor if m.group("ua") else 1.0)
    high = float(m.group("b")) * (_unit_weeks(m.group("ub")) / factor if m.group("ub") else 1.0)
    return low, high


def _in_unit(stretch: re.Match[str], factor: float) -> float:
    """A stretch's number in the unit of the estimate it stretches ('a week, maybe 8 days': 1.6 weeks); a bare number
    is in that unit already."""
    unit = stretch.groupdict().get("unit")
    return float(stretch.group("n")) * (_unit_weeks(unit) / factor if unit else 1.0)


def _stretched(text: str, end: int, factor: float) -> tuple[float, int]:
    """The pessimistic end of an estimate stretched once or more right after it ('3 weeks, maybe 4, worst case 5'), each
    stretch in its own unit, and where the last one ends."""
    high = 0.0
    while (more := STRETCH_RE.match(text[end:]) or WORST_AFTER.match(text[end:])) is not None and _in_unit(more, factor) > high:
        high, end = _in_unit(more, factor), end + more.end()
    return high, end


# "about 3 weeks left, could be 2, could be 5", "a fortnight, maybe 10 days, or 3 weeks": hedged cases said after an
# estimate ('4 weeks left on the router, might be 3'), each after a comma, each in its own unit when it has one (else the
# estimate's).
HEDGE_CASE = re.compile(
    rf"^(?:(?!\s(?:then|and|plus|after|before|followed)\b)[^,;.?!\d]){{0,40}}?[,;(]\s*(?:or\s+|but\s+|and\s+)?(?:(?:it\s+)?(?:could|might|may)\s+(?:be|take)|maybe|possibly|perhaps|or(?:\s+(?:maybe|possibly))?)\s+"
    rf"(?P<n>{NUM})(?!\d)(?!\.\d)(?:\s*{UNIT})?(?=\s*(?:[,;).?!]|\s+(?:if|but|and|or|could|might|maybe|depending|worst|at)\b|$))",
    re.IGNORECASE,
)


def _hedged(text: str, end: int, factor: float) -> tuple[list[float], int]:
    """The cases hedged right after an estimate ('3 weeks left, could be 2, could be 5' gives [2, 5]), each in the
    estimate's unit, and where the last one ends."""
    cases: list[float] = []
    while (case := HEDGE_CASE.match(text[end:])) is not None and (not cases or re.match(r"\s*[,;(]", text[end:])):
        cases.append(_in_unit(case, factor))
        end += case.end()
    return cases, end


# What follows a duration that makes it a span of data, not work ('9 months of rejects', '3 years of orders', 'two weeks
# of footage'): 'of' and a noun that is not work ('2 weeks of work', 'a month of labelling' stay work).
DATA_SPAN_AFTER = re.compile(
    r"\s+(?:worth\s+)?of\s+(?:the\s+|our\s+|their\s+|old\s+|past\s+|historic(?:al)?\s+|raw\s+|new\s+)*(?!(?:work|effort|dev|development|engineering|coding|labell?ing|testing|qa|prep|time|focus|build|building|clean-?up|cleaning|runway|slack|holiday|leave|paternity|maternity|notice|ramp|onboarding|training|support|on-?call|rework|review)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:data|rejects?|records?|orders?|images?|photos?|footage|videos?|logs?|history|claims?|transactions?|sales|readings?|samples?|scans?|tickets?|calls?|emails?|labels?|telemetry|events?|returns?|bookings?|shipments?)\b",
    re.I,
)


def find_durations(text: str) -> list[Duration]:
    """Every duration in the normalised text, with its [low, likely, high] in working weeks and its role."""
    out: list[Duration] = []
    consumed = 0
    for m in DURATION_RE.finditer(text):
        if m.start() < consumed:
            continue
        if re.search(r"\b(?:those|these)\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
            continue  # "no project work those 2 days": the days already said, not work to do
        if DATA_SPAN_AFTER.match(text, m.end()):
            continue  # "relabel 9 months of optical-sorter rejects": how much data, not how long the work takes
        unit = m.group("unit")
        word = unit.lower().split()[-1].rstrip("s")
        if word == "hour":
            continue  # hours are meeting lengths or effort too small to plan with
        factor = _unit_weeks(unit)
        a = float(m.group("a"))
        b = float(m.group("b")) if m.group("b") else None
        c = float(m.group("c")) if m.group("c") else None
        end = m.end()
        if c is not None and b is not None:
            low, likely, high = sorted((a, b, c))
        elif b is not None and b > 0 and (b >= a or b < a / 4):
            low, high = sorted((a, b)) if b >= a else (a, a)
            likely = (low + high) / 2
            ahead = LIKELY_RE.match(text[end:])
            if ahead and low <= float(ahead.group("n") or ahead.group("m")) <= high:
                likely = float(ahead.group("n") or ahead.group("m"))
            worst = STRETCH_RE.match(text[end:])
            if worst and RANGE_WORST.search(worst.group(0)):  # '4 to 5 days left, worst case 2 wks': the range's pessimistic end
                bound = float(worst.group("n")) * (_unit_weeks(worst.group("unit")) if worst.group("unit") else factor) / factor
                if bound > high:
                    high, end = bound, end + worst.end()
                    consumed = end  # the worst case's own number is no second piece of work
        else:
            low = likely = high = a
            spread = SPREAD_RE.match(text[end:])
            stretch = STRETCH_RE.match(text[end:]) or WORST_AFTER.match(text[end:])
            later = CLAUSE_STRETCH_RE.match(text[end:])
            if_spread = IF_SPREAD.match(text[end:]) or BEST_WORST.match(text[end:]) or BEST_WORST_BEFORE.match(text[end:])
            said = _if_spread_in(if_spread, factor) if if_spread else None
            cases, hedged_end = _hedged(text, end, factor)
            if said and said[0] <= a <= said[1]:
                low, high = said  # "four weeks left (3 if it goes well, 7 if ...)", "a week left, 3 days if nothing breaks, two weeks worst case"
                consumed = end + if_spread.end("b")  # the cases' own numbers are no further work
            elif cases and min(cases) < a:
                low, high = min(cases), max([a, *cases])  # 'about 3 weeks left, could be 2, could be 5': one estimate, 2 to 5
                if high == a and APPROX_RE.search(text[max(0, m.start() - 25) : m.start()]):
                    high = a * 1.25
                consumed = end = hedged_end  # the cases' own numbers are no further work
            elif spread and a <= float(spread.group("l")) <= float(spread.group("h")):
                likely, high = float(spread.group("l")), float(spread.group("h"))
                end += spread.end()
            elif stretch and _in_unit(stretch, factor) > a:
                high, end = _stretched(text, end, factor)  # 'a week, maybe 8 days': 1.6 weeks; '3 weeks, maybe 4, worst case 5': 5
                consumed = end  # the stretches' own numbers are no second piece of work
            elif later and float(later.group("n") or later.group("m")) > a and not DURATION_RE.search(text[end : end + later.start("n" if later.group("n") else "m")]):
                high = float(later.group("n") or later.group("m"))
            elif APPROX_RE.search(text[max(0, m.start() - 25) : m.start()]) or APPROX_AFTER.match(text[end:]):
                low, high = a * 0.875, a * 1.25
        worse = IF_WORSE.match(text[end:])
        bound = float(worse.group("n")) * (_unit_weeks(worse.group("u")) if worse.group("u") else factor) / factor if worse else 0.0
        if worse is not None and bound > high:
            high = bound  # the condition's case is the pessimistic end, never a new likely
            consumed = end + worse.end()  # its own number is no second piece of work
        if a == 0 or (b is None and PROPERTY_AFTER.match(text[end:])):
            continue  # "90-day retention deletes", "a 30 day lookback": a property of the thing, not work to do
        if out and out[-1].role == "rate" and a == 1 and not text[out[-1].end : m.start()].strip():
            continue  # "2 days 1 week" (a normalised "2 days a week"): the week is the rate's, not a duration
        out.append(
            Duration(low * factor, likely * factor, high * factor, _role(text, m.start(), m.end()), m.start(), end, word)
        )
    out = _joined_ranges(text, out)
    ranges = _listed_ranges(text, out)
    listed = sorted(out + ranges, key=lambda d: d.start)
    return sorted(out + _bare(text, out) + ranges + _listed_singles(text, listed) + _unitless_triples(text), key=lambda d: d.start)


# Words after a duration that make it a property of something ("90-day retention", "a 7 day rolling average"), not work.
PROPERTY_AFTER = re.compile(
    r"^[\s-]+(?:old\s+)?(?:retention|lookback|look-back|window|rolling|moving|trailing|average|avg|notice|grace|cool-?down|sla|history|"
    r"horizon|churn|active|expiry|ttl|free trial|trial period|refund|warranty|payment terms|lag|cadence|cycles?|rota|strength|survival|mortality|readmissions?|"
    # a measure taken at that age ('28-day strength', '30-day readmission rate', '7-day accuracy'): a metric, not work
    r"return rate|default rate|accuracy|error|rates?|returns?|defaults?|delinquency|conversion|uptime|turnaround|clock|stakes|value|ltv|revenue|spend|usage)\b",
    re.IGNORECASE,
)


# Chances: "maybe 60%", "a coin flip", "unlikely", "pretty confident".
CHANCE_WORDS: tuple[tuple[str, float], ...] = (
    (r"coin ?flip|fifty[- ]fifty|50/50(?! (?:between|split))|50-50(?! (?:between|split))|toss-?up", 0.5),
    (r"long shot|moonshot|slim chance|slim odds|hail mary", 0.2),
    (r"\bunlikely\b|probably (?:not|won'?t)|doubtful", 0.25),
    (r"(?:pretty|fairly|quite) (?:confident|sure)(?= (?:that )?(?:it|it'll|it will|the|she|he|we|they)\b(?! (?:is|was|'s) about))|good chance|most likely works|likely to work", 0.8),
    (r"very (?:confident|likely)|almost certain|near(?:ly)? certain", 0.9),
)
PERCENT_RE = re.compile(rf"(?P<n>{NUM})\s*(?:%|percent|pct)", re.IGNORECASE)
SUCCESS_CONTEXT = re.compile(
    r"\b(?:chance|odds|probability|likel\w*|works?|working|succeed\w*|success|pans? out|lands?|first (?:try|go|time|attempt|pass|shot)|clears?|hits?|good enough|passes|holds? up|converge\w*|helps?|pays? off|gets? (?:to|there)|"
    r"beats?|beating|outperform\w*|confiden\w*|sure|think|reckon|honestly|guess|gut|i'?d say|feels?|sim|simulation|monte carlo)\b",
    re.IGNORECASE,
)
# '~70% it gets within a grade of the graders', '60% they match the old engine': a chance the work does something.
IT_DOES_AFTER = re.compile(r"^\s*(?:that\s+)?(?:it|they|we|the (?:new )?(?:model|ranker|classifier|retrain|approach))\s+(?:\w+\s+)?(?:gets?|makes?|hits?|reach(?:es)?|match(?:es)?|clears?|lands?|beats?|passes|comes? in|stays?|holds?)\b", re.I)
# "~75% on the 18th", "about 65% for feb 1": the odds of landing by a date.
ON_TIME_AFTER = re.compile(
    r"^\s*(?:for|by|on|before|to (?:hit|make|land))\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|end|mid|q[1-4]|next|this|then\b|that date|the (?:date|deadline|freeze|launch))",
    re.IGNORECASE,
)
LOAD_CONTEXT = re.compile(r"\b(?:capacity|utili[sz]\w*|load(?:ed)?|allocated|booked|stretched|overloaded)\b|\b(?:running|operating)\s+(?:at\s+)?(?:~\s*|about\s+|around\s+|roughly\s+)?\d{2,3}\s*%|\b(?:we'?re|we are|team is|running|run|operating) at\b|\b(?:of us|both|all|each|everyone|team|we)\s+(?:is\s+|are\s+|running\s+|working\s+)?at\s*(?:~|about\s+|around\s+|roughly\s+|nearly\s+|close to\s+)?\d", re.I)  # '2 of us at ~150%'
# A confidence asked for ("with 90% confidence", "80% odds"), not a belief that the work succeeds ("80% sure it lands").
CONFIDENCE_RE = re.compile(
    rf"(?P<n>{NUM})\s*(?:%|percent)\s*(?:confiden\w*|sure|certain(?:ty)?)(?!\s+(?:that\s+)?(?:it|it'll|she|he|they|we|this|the)\b)"
    rf"|\bwith\s+(?:like\s+|about\s+|around\s+|roughly\s+|maybe\s+|~\s*)?(?P<m>{NUM})\s*(?:%|percent)\s*(?:odds|probability|certainty|confiden\w*)"
    rf"|\b(?P<k>[1-9]) in 10 (?:confiden\w*|certain\w*|odds|chance)"
    rf"|\b(?:by|before|for) [^.?!,;]{{2,30}}? (?:at|with) (?P<j>[5-9]\d)\s*(?:%|percent)(?!\s*(?:capacity|load|utili|self|accuracy|recall|precision|of))"
    rf"|\bdate\b(?: [^.?!;]{{0,50}}?)? (?:(?:i|we) (?:can|could)|(?:can|could) (?:i|we)) (?:hit|make|commit(?: to)?|promise|give|say|quote|stand behind)(?: (?:them|him|her|it|[a-z][\w'-]*))? (?:at|with) (?P<i>[5-9]\d)\s*(?:%|percent)"  # 'a trial date for the X model i can commit at 85%'
    rf"|\b(?:bet|stake|put money|stand behind|stand by|defend) (?:on|my \w+ on)? ?(?:it )?(?:at|with) (?P<b>[5-9]\d)\s*(?:%|percent)"  # "a date i'd bet on at 85%", "one i can stand behind at 90%"
    rf"|\bwhat (?:date )?(?:would|do|should|could) (?:you|i|we) (?:put|say|give|quote|commit to|promise|pick)(?: \w+){{0,3}}? (?:at|with) (?P<w>[5-9]\d)\s*(?:%|percent)"
    rf"|\b(?:put money on|bet on|commit to)\b[^.?!]{{0,20}}?,?\s+(?:say|at|with|like)\s+(?P<s>[5-9]\d)\s*(?:%|percent)"
    rf"|(?:\b(?:the|an?|my|our|your|need|needs|needed|want|wants|give me)\s+|^\W*)(?P<d>[5-9]\d)\s*(?:%|percent)\s+(?:date|day|deadline|estimate|number)\b"  # '85% date needed for ...'
    rf"|\b(?:date|day|eta|deadline)\b[^.?!;]{{0,25}}?\b(?:i'?d|i would|i'?m|i am|i can|i could|we'?d|we would|we'?re|we are|we can|you'?d)\s+(?:be\s+)?(?P<e>[5-9]\d)\s*(?:%|percent)\s+(?:on|about|of|with)\b"  # 'give me a date i'd be 80% on'
    rf"|\b(?:date|eta|when)\s+(?:at|@|with)\s+(?P<a>[5-9]\d)\s*(?:%|percent)(?!\s*(?:capacity|load|of))",  # 'live when both done. date at 80%?  # "whats the 80% date on fraud v3"  # "what date would you put money on, say 80%"
    re.IGNORECASE,
)
PROGRESS_AFTER = re.compile(r"^\s*(?:of (?:the |our |those |these |all |its |their )?(?:(?!(?:time|runs|attempts|tries|trials|seeds|simulations|scenarios)\b)[a-z-]+ ){0,2}(?!(?:time|runs|attempts|tries|trials|seeds|simulations|scenarios)\b)[a-z]+s\b|[\w-]*resolution|accuracy|recall|precision|coverage|conversion|retention|automation|deflection|auc|f1|ndcg|of (?:tickets|cases|users|customers|traffic|queries|requests)|fewer|less|more|lift|uplift|reduction|improvement|better|increase|decrease|drop|higher|lower|savings?|off\b|done|complete\w*|through|of the way|finished|there|labell?ed|annotated|utili[sz]ed|of (?:the )?(?:data|work|budget))\b", re.I)
SPLIT_RE = re.compile(rf"\b(?P<a>{NUM})\s*/\s*(?P<b>{NUM})\b(?!\s*(?:between|split|time|days?|weeks?))")


@dataclass
class Quantity:
    """A number with what it measures and where it is."""

    value: float
    start: int
    end: int


BUDGET_AFTER = re.compile(r"^\s*(?:of (?:the |our |my )?(?:[\w-]+ )?(?:budget|spend|quota|allocation|credits)|spent|used|burned)\b", re.I)
MEASURED = re.compile(r"\.\d*[1-46-9]")  # 91.2%: nobody states odds to a tenth, a dashboard does (62.5% may be odds)
WAS_AFTER = re.compile(r"^[^.;]{0,30}\((?:was|from|vs\.?|down from|up from)\b", re.I)


# Odds said as 'k in n' ('maybe 1 in 3 it beats X'), not a count of weeks or items ('9 weeks out of 10', '1 in 4 flagged'),
# nor a rate of a population ('about 1 in 3 did not complete', '1 in 10 turn out positive').
ODDS_IN = re.compile(r"\b(?P<k>\d{1,2})\s+in\s+(?P<n>\d{1,3})\b(?![.,]?\d)(?!\s*(?:%|percent)(?!\w))(?!\s*(?:weeks?|days?|months?|sprints?|years?|hours?|of)\b)(?!\s+(?:it|they|we)\s+(?:flags?|gets?|marks?|calls?|sends?|rejects?|misses?)\b)"
    r"(?!\s+(?:did|didn'?t|do|does|don'?t|doesn'?t|were|weren'?t|are|aren'?t|had|have|has|turn(?:s|ed)?|went|got|end(?:s|ed)?|drop(?:s|ped)?|complete[sd]?|finish(?:es|ed)?|fail(?:s|ed)?|came|stay(?:s|ed)?|left)\b)", re.I)


# A range's coverage: 'between 19 and 26 in 80% of sims', '3-5 days in 90% of runs'.
COVERAGE_BEFORE = re.compile(r"\d+(?:\.\d+)?\s+(?:to|and|-)\s+\d+(?:\.\d+)?\s*(?:[a-z]+\s+)?in\s+(?:about\s+|~\s*)?$", re.I)


# A person's share of time on the work, said before the number: "he's only at 50% on it", "she is on it at 60%".
SHARE_BEFORE = re.compile(
    r"\b(?!(?:we|us|team|teams|it|that|this|there|which|what|everyone|everybody|both|all|people|folks|engineers|staff|capacity|utili[sz]ation|load)\b)(?P<who>he|she|they|i|[a-z]+)(?:'s|'re|'m| is| are| am)\s+"
    r"(?:only\s+|just\s+|currently\s+|now\s+|still\s+|really\s+)?(?:(?:(?:on|doing|working on) (?:it|this|that|the [\w-]+(?: [\w-]+)?)\s+(?:at\s*)?)|at\s*)"
    r"(?:~\s*|about\s+|around\s+|roughly\s+|like\s+|maybe\s+|max\s+|most\s+)?$",
    re.I,
)


# The share of a person's time the work gets, said with the number: "he's only at 50% on it", "40% of her time", "half-time".
WORK_SHARE = re.compile(
    SHARE_BEFORE.pattern[:-1] + r"(?P<p>\d{1,3})\s*(?:%|percent)(?!\s*(?:chance|odds|confiden|sure|certain|capacity|load|done|complete|finished|through|of the way|likely|accura|precision|recall|f1|auc|coverage))"
    r"|\b(?!(?:we|us|team|teams|it|that|this|there|which|what|everyone|everybody|both|all|people|folks|engineers|staff|capacity|utili[sz]ation|load)\b)(?P<who2>he|she|they|i|[a-z]+)(?:'s|'re|'m| is| are| am)\s+(?:only\s+|just\s+|currently\s+|now\s+|still\s+|really\s+)?(?:~\s*|about\s+|around\s+|roughly\s+|like\s+|maybe\s+)?(?P<r>\d{1,3})\s*(?:%|percent)\s+on\s+(?:it|this|that|the)\b"
    r"|\b(?P<q>\d{1,3})\s*(?:%|percent)\s+of\s+(?:his|her|their|my|[a-z]+'s)\s+(?:time|week)\b|\b(?P<h>half[- ]time|half (?:of )?(?:his|her|their|my) (?:time|week))\b",
    re.I,
)


def work_share(text: str) -> Quantity | None:
    """The share of a person's time the work gets (0-1), when the text says it; None otherwise (full time)."""
    m = WORK_SHARE.search(text)
    if m is None:
        return None
    value = 0.5 if m.group("h") else float(m.group("p") or m.group("r") or m.group("q")) / 100
    return Quantity(value, m.start(), m.end()) if 0.05 <= value < 1 else None


# An error band, not a chance: 'within plus or minus 8%', '±5%', 'off by 10%'.
BAND_BEFORE = re.compile(r"(?:within|plus or minus|±|\+/-|\+-|off by|error of|margin of|accurate to)\s*(?:about |roughly |around |~)?$", re.I)


def find_percentages(text: str) -> dict[str, Quantity]:
    """Percentages by meaning: success (a chance), load (of capacity), confidence (asked for)."""
    found: dict[str, Quantity] = {}
    for m in CONFIDENCE_RE.finditer(text):
        value = float(m.group("n") or m.group("m") or m.group("j") or m.group("i") or m.group("b") or m.group("w") or m.group("s") or m.group("d") or m.group("e") or m.group("a") or int(m.group("k")) * 10)
        found.setdefault("confidence", Quantity(value, m.start(), m.end()))
    band_end = -1
    shares = [(s.start(), s.end()) for s in WORK_SHARE.finditer(text)]
    for m in PERCENT_RE.finditer(text):
        if any(a <= m.start() < b for a, b in shares):
            continue  # "tom's only 60% on it", "40% of her time": a share of the person's time, not a chance
        if any(q.start <= m.start() < q.end for q in found.values()) or PROGRESS_AFTER.match(text[m.end() :]) or re.search(r"\bnot\s+$", text[: m.start()], re.I):
            continue
        if BAND_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or (band_end >= 0 and not re.search(r"[.;?!]\s", text[band_end : m.start()]) and m.start() - band_end < 80):
            band_end = m.end()
            continue  # 'lands within plus or minus 8% ..., holiday weeks more like 15%': an error band, not a chance
        if COVERAGE_BEFORE.search(text[max(0, m.start() - 50) : m.start()]):
            continue  # 'between lap 14 and 21 in 75% of runs': how often a range holds, not a chance the work succeeds
        if SHARE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "he's only at 50% on it": a share of the person's time, not a chance
        around = text[max(0, m.start() - 40) : m.end()] + re.split(r"[.;?!]", text[m.end() : m.end() + 60])[0]  # 'maybe 60% the new booking-curve features actually help'
        value = float(m.group("n"))
        if MEASURED.search(m.group("n")) or WAS_AFTER.match(text[m.end() :]):
            continue  # "pick success 91.2% (was 86.0)": a measured rate, not a chance anyone stated
        if LOAD_CONTEXT.search(around) and ("load" not in found) and value >= 50 and not BUDGET_AFTER.match(text[m.end() :]):
            found["load"] = Quantity(value, m.start(), m.end())
        elif (SUCCESS_CONTEXT.search(around) or ON_TIME_AFTER.match(text[m.end() :]) or IT_DOES_AFTER.match(text[m.end() :])) and "success" not in found and 0 < value <= 100:
            found["success"] = Quantity(value / 100, m.start(), m.end())
    if "success" not in found:
        for m in ODDS_IN.finditer(text):
            k, n = int(m.group("k")), int(m.group("n"))
            around = text[max(0, m.start() - 40) : m.start()] + re.split(r"[.;?!]", text[m.start() : m.end() + 60])[0]
            if 0 < k < n and SUCCESS_CONTEXT.search(around) and not BAND_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                found["success"] = Quantity(round(k / n, 2), m.start(), m.end())  # 'he thinks maybe 1 in 3 it beats the hashing'
                break
    if "success" not in found:
        odds = _odds_split(text)
        if odds is not None:
            found["success"] = odds
    if "success" not in found:
        for pattern, value in CHANCE_WORDS:
            m = re.search(pattern, text, re.IGNORECASE)
            if m:
                found["success"] = Quantity(value, m.start(), m.end())
                break
    return found


# A chance said of a date: 'roughly 1 in 3 for feb 1, 75% by feb 22'. The date starts where the match ends.
CHANCE_OF_DATE = re.compile(
    r"(?:(?:about|roughly|around|maybe|~|only|like)\s*)?(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s*%|(?P<k>\d{1,2})\s+in\s+(?P<n>\d{1,3})\b|(?P<coin>a coin ?flip|50/50))"
    r"\s*(?:chance\s+|odds\s+)?(?:(?:for|of)\s+(?:[\w-]+\s+){1,4}?(?=(?:by|on|before)\s))?(?:for|by|on|before|of hitting|to hit|to make)\s+",  # '60% for all 38 by feb 1'
    re.I,
)


def chances_by_date(text: str) -> list[Quantity]:
    """Chances said of a date, each with `end` at the start of the date phrase it is said of."""
    out: list[Quantity] = []
    for m in CHANCE_OF_DATE.finditer(text):
        if m.group("pct"):
            value = float(m.group("pct")) / 100
        elif m.group("k"):
            k, n = int(m.group("k")), int(m.group("n"))
            if not 0 < k < n:
                continue
            value = k / n
        else:
            value = 0.5
        if 0 < value <= 1:
            out.append(Quantity(value, m.start(), m.end()))
    return out


def _odds_split(text: str) -> Quantity | None:
    """'honestly it's 60/40': the first share of a split that sums to 100 is the chance it works."""
    for m in SPLIT_RE.finditer(text):
        a, b = float(m.group("a")), float(m.group("b"))
        if a + b != 100 or a == 50:
            continue
        said_as_odds = re.search(r"\b(?:its|it's|it is|honestly|odds|chances?)\s+$", text[: m.start()], re.I)
        if said_as_odds or SUCCESS_CONTEXT.search(text[max(0, m.start() - 60) : m.end() + 40]):
            return Quantity(a / 100, m.start(), m.end())
    return None


MINUTES_RE = re.compile(rf"(?P<n>{NUM})[\s-]*(?P<u>minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)  # '45 minutes', 'a 20-min 1:1'
HEADCOUNT_RE = re.compile(
    r"(?<![\d.])(?P<n>\d+)\s+(?:more|extra|additional|new)?\s*(?:senior |junior |staff |ml |data |machine learning |ai |mle |research |platform |contract |full-time |part-time |mlops |ml ?ops |infra |devops |backend |dedicated |applied |on-?call |(?=(?:[a-z-]+\s+){1,2}(?:contractors?|engineers?|scientists?|annotators?|labell?ers?|analysts?|researchers?)\b)[a-z-]+\s+)*"
    r"(?:engineers?|scientists?|researchers?|people|hires?|heads?|headcount|contractors?|mles?|data engineers?|ds|labell?ers?|annotators?|analysts?|sres?|posts|roles|positions|reqs|ftes?)\b(?![- ](?:weeks?|days?|months?|hours?|years?))",
    re.IGNORECASE,
)


def find_minutes(text: str) -> Quantity | None:
    """A meeting length ("45 min", "half an hour", "an hour")."""
    for m in MINUTES_RE.finditer(text):
        if re.search(r"\b(?:in|within)\s+$", text[: m.start()], re.I):
            continue  # "1:1 in 10 min": when it starts, not how long it is
        value = float(m.group("n")) * (60 if m.group("u").lower().startswith(("hour", "hr")) else 1)
        if 10 <= value <= 180:
            return Quantity(value, m.start(), m.end())
    bare = BARE_LENGTH.search(text)
    if bare and 15 <= int(bare.group("n")) <= 120:  # '1:1 monday, 45.': the meeting's length, its unit left out
        return Quantity(float(bare.group("n")), bare.start("n"), bare.end("n"))
    return None


BARE_LENGTH = re.compile(r"\b(?:1:1|1-1|one[- ]on[- ]one|1on1)\s+(?:\w+\s+){0,2}?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri)\w*\s*,\s*(?P<n>\d{2,3})\s*(?:[.,;!?]|$)", re.I)


def find_headcount(text: str) -> Quantity | None:
    """How many people the manager wants ("two more ML engineers")."""
    for m in HEADCOUNT_RE.finditer(text):
        if 0 < int(m.group("n")) <= 50 and not NOT_AN_ASK_AFTER.match(text[m.end() :]):
            return Quantity(float(m.group("n")), m.start(), m.end())
    return None


# "3 people blocked weekly", "2 people per week on call": people counted in the situation, not people asked for.
NOT_AN_ASK_AFTER = re.compile(r"^\s+(?:are |were |get |got |sit |sat )?(?:blocked|waiting|idle|stuck|affected|impacted|per\s|a week|each|every|on (?:call|it|the)|left|quit|leaving|out)\b", re.I)


# The size of a small ask said in hours or minutes, in the sender's own words ('~2 hrs', 'an hour or two', '2-3 hours',
# '90 mins of work'): too small to plan a project with, so find_durations leaves hours out, but it IS the ask's size.
_SAID_COUNT = rf"(?:{SAID_NUMBER}|an?)"
SIZE_IN_HOURS = re.compile(
    rf"(?<![\w:/])(?P<a>{_SAID_COUNT})(?:\s*(?:-|–|to|or)\s*(?P<b>{_SAID_COUNT}))?\s*(?:hours?|hrs?|h)\b"
    rf"(?:\s+or\s+(?P<c>{_SAID_COUNT})\b(?!\s*(?:days?|weeks?)))?"
    rf"|(?<![\w:/])(?P<m>\d{{2,3}})\s*(?:minutes?|mins?)\b",
    re.I,
)
# Hours that say when or how often, not how big: 'in 2 hours', 'for the last 3 hours', '2 hours ago', '4 hours a day'.
NOT_A_SIZE_BEFORE = re.compile(r"\b(?:(?:down|out|offline|broken|stuck|failing|waiting|queued|queueing|running|been \w+) for|in|within|for the (?:last|past)|over the (?:last|past)|every|per|each|after|since|last|past|next|first)\s*$", re.I)
NOT_A_SIZE_AFTER = re.compile(r"^\s*(?:ago|a (?:day|week|night)|per|each|every|later|before|after|from now|delay|late|behind|of (?:downtime|outage|delay))\b", re.I)
MAX_ASK_HOURS = 8.0  # a size said in hours beyond a working day would have been said in days


def size_in_hours(text: str) -> float | None:
    """The likely size in hours of an ask said in hours or minutes ('~2 hrs' is 2, 'an hour or two' 1.5), or None."""
    for m in SIZE_IN_HOURS.finditer(text):
        if NOT_A_SIZE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) or NOT_A_SIZE_AFTER.match(text[m.end() :]):
            continue
        if m.group("m"):
            hours = int(m.group("m")) / 60
        else:
            said = [number(g, article=True) for g in (m.group("a"), m.group("b") or m.group("c")) if g]
            if any(x is None for x in said):
                continue
            hours = sum(said) / len(said)  # type: ignore[arg-type]
        if 0 < hours <= MAX_ASK_HOURS:
            return hours
    return None
