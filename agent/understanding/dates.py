"""Dates stated in a normalised question, resolved against today: absolute ("8 Jan", "January 15th",
"2027-01-15", "the 15th"), weekdays ("Monday", "next Friday"), period ends ("end of quarter", "EOM",
"end of next month"), and relative ("in 7 weeks", "next week", "tomorrow").

dateparser parses the located phrases (it knows month and weekday names, ordinals and relative
expressions, with today as the base and a preference for future dates); this module finds the phrases
and the business periods dateparser does not know (quarters, "end of the month").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from lead_core.units import MONTHS, WEEKS_PER_UNIT

MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
FULL_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Words a weekday can be said after ("starting wed", "by fri"): with a date after it ("starting wed jan 6") the date says which day.
WEEKDAY_LEAD = r"(?:on|by|before|until|till|from|starting|this|next)"
# Days people name instead of a date; dateparser does not know them.
HOLIDAYS = {"christmas": (12, 25), "xmas": (12, 25), "christmas day": (12, 25), "xmas day": (12, 25), "christmas eve": (12, 24), "xmas eve": (12, 24), "new year's eve": (12, 31), "new years eve": (12, 31),
            "new year's": (1, 1), "new years": (1, 1), "new year": (1, 1), "valentine's day": (2, 14), "valentines day": (2, 14),
            "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "boxing day": (12, 26)}
ORD = r"\d{1,2}(?:st|nd|rd|th)?"
# Days named by the calendar, fixed or movable ('by valentine's day', 'before easter'): _holiday reads them.
NAMED_DAYS = r"valentine'?s day|st\.? patrick'?s day|boxing day|easter(?: sunday| monday)?|thanksgiving"
ORDINAL = r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final|penultimate|second[- ]to[- ]last|next[- ]to[- ]last)"
MONTH_NAMED = rf"(?:{MONTH}|(?:this|next|the)\s+month)"
# 'the last friday of january', 'the 3rd thursday in feb', 'the first monday of next month', 'the last working day of jan'.
NTH_DAY_OF_MONTH = rf"(?:the\s+)?{ORDINAL}\s+(?:{WEEKDAY}|working\s+day|business\s+day|work\s*day|weekday)\s+(?:of|in)\s+(?:the\s+)?{MONTH_NAMED}"
# 'the 2nd week of jan', 'the first full week in february', 'the last week of next month'.
WEEK_OF_MONTH = rf"(?:the\s+)?{ORDINAL}\s+(?:full\s+|working\s+)?week\s+(?:of|in)\s+(?:the\s+)?{MONTH_NAMED}"
# The first days after the year-end break, named by the break: 'after the holidays', 'post-xmas break', 'the first week
# back', 'once we're back'.
BACK_AFTER_BREAK = (r"(?:after|post)[- ](?:the\s+|our\s+)?(?:christmas\s+|xmas\s+|winter\s+|festive\s+|holiday\s+|year[- ]end\s+)?(?:holidays|break|shut-?down|closure|festive period)"
                    r"|(?:the\s+)?first\s+(?:full\s+)?(?:week|day|monday|working day)\s+back|(?:once|when)\s+(?:we'?re|we are|everyone'?s|everyone is|the team'?s|the team is)\s+back(?!\s+(?:on|from|in|at|to)\b)")
DATE_PHRASE = re.compile(
    rf"\b(?:{NTH_DAY_OF_MONTH}|{WEEK_OF_MONTH}|{BACK_AFTER_BREAK}"
    rf"|\d{{1,2}}-{MONTH}(?:-(?:\d{{4}}|\d{{2}})\b)?"  # '11-jan', '29-Jan-2027'
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/(?:\d{{4}}|\d{{2}}))?(?![\d/%\w])"  # '14/1', '24/12 to 1/1', '11/1/2027': read by _numeric
    rf"|\d{{1,2}}(?=\s*(?:-|–|to|thru|through)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})"  # 'closed 21-23 dec': the month said once, after the last day
    rf"|{ORD}\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}})?"
    rf"|{MONTH}\s+{ORD}(?!\d)(?:,?\s+\d{{4}})?"  # 'jan 20', never the '20' of 'jan 2027'
    rf"|(?:the\s+)?{ORD}\s+of\s+(?:next|this|the following|the coming)\s+month"
    rf"|the\s+\d{{1,2}}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)(?=\s*(?:through|thru|to|till|until|-|→|->)\s*(?:the\s+)?(?:{MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)))"  # 'dark 24th thru jan 1'
    rf"|(?:(?<=thru )|(?<=through )|(?<=till )|(?<=until )|(?<=- )|(?<=→ )|(?<=-> )|(?<=\d(?:st|nd|rd|th) to )|(?<=\d(?:st|nd|rd|th)-))\d{{1,2}}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH})"  # '... 24th thru 1st', '24th to 1st'
    rf"|(?:(?:on|by|before|until|till|from|starting)\s+)?{WEEKDAY},?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH})"  # 'by wed 16th': the day of the month says which
    rf"|(?:next|this|coming)\s+{WEEKDAY}\b|(?:on|by|before|until|till|from|starting)\s+{WEEKDAY}\b|{WEEKDAY}(?=\s+(?:morning|afternoon|eod))|{FULL_WEEKDAY}\b|(?:mon|tues?|wed|thu(?:rs?)?|fri)\b(?![\w'])"
    rf"|(?:from|starting(?: in)?|beginning(?: in)?|as of)\s+{MONTH}(?!\s*\d)\b"
    rf"|(?:before|by|until|till|on|for|over)?\s*(?:christmas(?: eve| day)?|xmas(?: eve| day)?|new years?'?s?(?: eve| day)?|{NAMED_DAYS})\b"
    rf"|tomorrow|today|tonight|(?:the\s+)?week after next|next week|next month|this week"
    rf"|year[- ]end\b|(?:before|by|until|till)\s+the\s+(?:holidays|holiday break|break)\b"
    rf"|(?:the\s+)?end of (?:the\s+)?(?:this\s+|next\s+)?(?:quarter|month|year|week|sprint)|eo[qmy]\b|eow\b"
    rf"|(?:in|within)\s+\d+(?:\.\d+)?\s+(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|sprints?)"
    rf"|\d+(?:\.\d+)?\s+(?:working\s+|business\s+)?(?:days?|weeks?|months?|sprints?)\s+(?:from now|from today|out(?!\s+of\b)|away)(?!\s+(?:from|of|on)\s+(?:done|finish\w*|wrapping|shipping|landing|completion|completing))"
    rf"|(?:early|mid|late|end of|beginning of|start of)[- ]{MONTH}"
    rf"|(?:this|next)\s+quarter|(?:(?<!the )(?<!our )(?<!their )(?<!your )(?<!my )|(?=q[1-4](?:\s+\d{{4}})?(?!\s+[a-z])))q[1-4](?:\s+\d{{4}})?(?!\s+(?:planning|plan|kick-?off|offsite|review|roadmap|okrs?|budget|forecasts?|goals?|volumes?|numbers|results|report\w*|deck|board pack|close|sales|revenue|targets?|data|dashboards?|pack|figures|earnings|actuals|accounts|metrics|kpis?|models?|campaign|vs\.?|versus|compared|against|so far|to date|yoy)\b))",  # 'before Q1 planning on the 18th': an event named by its quarter
    re.IGNORECASE,
)
# "will it be live for our shop visits from march 1": when it must be in use by, a deadline, not when work starts.
LIVE_FROM = re.compile(r"\b(?:be|go|goes|going|is|are|being|have it|get it)\s+(?:\w+\s+)?(?:live|ready|in place|available|in production|in prod|usable|switched on|turned on|running|operating|in use|in service|handling|scheduling|serving)\b(?:(?!\b(?:start\w*|begin\w*|kick\w*|move\w*|then|and we|and i)\b)[^.;?!]){0,50}\bfrom\s*(?:the\s+)?$", re.I)
# Someone starts using the work's output on a date: "pricing wants to start using the churn scores from mon jan 18". The
# work is due then; it is not when the work starts.
USE_FROM = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning)\s+(?:to\s+)?(?:us(?:e|es|ing)|consum\w+|rely\w*\s+on|relying\s+on|read\w*|pull\w*|run\w*\s+on|work\w*\s+(?:with|off)|depend\w*\s+on|send\w*|quot\w*)\b[^.;?!]{0,50}\b(?:from|on|starting|as of)\s+(?:the\s+)?(?:" + WEEKDAY + r",?\s+)?$", re.I)
# What the work earns, counted from a date: "she's pencilling the fraud savings in from q2", "finance books the uplift from
# april", "we bank on the savings from march". The work must be done by then; it is not when the work starts.
COUNTED_FROM = re.compile(r"\b(?:pencil\w*|budget\w*|book\w*|bank\w*|count\w*|factor\w*|plan\w* (?:on|for)|forecast\w*)\b(?:(?!\b(?:start\w*|begin\w*|kick\w*|work\w*|then)\b)[^.;?!]){0,40}\b(?:savings?|revenue|uplift|benefits?|gains?|returns?|impact|reduction|income|value)\b[^.;?!]{0,20}?\b(?:from|as of|starting)\s+(?:the\s+)?(?:start of\s+)?$", re.I)
# A dependency that lands on a date frees the work from then: "the schema fix lands weds, so marco's unblocked from then",
# "the labels arrive on the 9th and she can start then". That date is the work's start.
UNBLOCKED_AFTER = re.compile(r"[^.;?!]{0,50}?\b(?:unblocked|unblock(?:s|ing)? (?:him|her|them|us|it|\w+)|free(?:d up)?|good to go|can (?:start|begin|get going|pick (?:it|this) up|get started))\s+(?:from\s+|on\s+|after\s+)?(?:then|that day|that point|there on|that)\b", re.I)
# Work that has to be ready for something that starts on a date: the start is the work's deadline.
NEEDED_BY_START = re.compile(r"(?:\b(?:has|have|needs?|got) to be (?:in|ready|done|live|with|delivered|finished)\b|\b(?:wants?|needs?) (?:it|this|them)\s+(?:live |ready |done |in )?before\b|\bbefore\b)[^.;]{0,60}\b(?:starts?|begins?|kicks? off|opens?)\s+(?:on\s+(?:the\s+)?)?$", re.I)  # 'wants it before the season kicks off on feb 1' 
START_BEFORE = re.compile(r"\b(?:from|starting|start(?:s|ing)?(?:\s+(?!(?:being|having|doing)\b)[a-z]+ing)?|kick(?:s|ing|ed)? off|kick-?off|as of|beginning|begin|effective|moves?|moving|switch(?:es|ing)?|joins?)\s+(?:on\s+)?(?:the\s+)?(?:(?:the\s+)?(?:wk|week)\s+(?:of|commencing|beginning)\s+|" + WEEKDAY + r",?\s+)?$"
                          # "we cant start til wk of jan 11": the earliest start, not a date anything is due
                          r"|\b(?:start|kick-?off|begin)(?:\s+date)?\s*[:=]\s*(?:(?:wk|week)\s+(?:of|commencing|beginning)\s+)?$"  # 'start date: 2027-01-18', 'kickoff = jan 11'
                          r"|\b(?:can'?t|cannot|can not|won'?t|don'?t|not)\s+(?:\w+\s+)?(?:start|begin|kick (?:it )?off|pick (?:it|this) up)\s+(?:on (?:it|this)\s+)?(?:until|till|til|before)\s+(?:the\s+)?(?:(?:wk|week)\s+(?:of|commencing|beginning)\s+|" + WEEKDAY + r",?\s+)?$", re.IGNORECASE)  # "kicking off mon the 7th"
MOVE_ON = re.compile(r"\b(?<!-)(?:wants?|moves?|moving|moved|pull|pulling|switch\w*|off|onto|reassign\w*|start\w*|join\w*|wants? (?:\w+ )?(?:on|off))\b[^.;]{0,40}\bon\s+$", re.IGNORECASE)
MOVE_NEAR = re.compile(r"\b(?<!-)(?:wants?|moves?|moving|moved|pull\w*|switch\w*|off|onto|reassign\w*|start\w*|join\w*|back)\b[^.;,]{0,40}$", re.IGNORECASE)
DEADLINE_WORDS = re.compile(r"\b(?:due|deadline|before|by|board|launch\w*|ship\w*|demo|review|until|till|sign-?off|ready for)\b[^.;]{0,30}$", re.IGNORECASE)
# When the asker needs the ANSWER, not the work: "need to know by xmas whether to plan manual orders", "let me know by
# thurs", "needs an answer before the board pack goes out". The work's own date is elsewhere in the question, or unknown.
ANSWER_BY = re.compile(r"\b(?:(?:need|needs|needed|want|wants|wanted|have|has|got)\s+to\s+(?:know|hear(?:\s+back)?|find out)|let\s+(?:me|us|him|her|them|\w+)\s+know|(?:need|needs|want|wants|asked for|expects?)\s+(?:an?\s+|the\s+|your\s+|my\s+|our\s+)?(?:answer|reply|response|heads[- ]up|yes\s*(?:/|or)\s*no)|(?:answer|reply|respond|get back to (?:me|us|him|her|them|\w+))|hear back)\b(?:\s+for\s+(?:the\s+|our\s+|my\s+|his\s+|her\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+)?)?[^.;?!]{0,12}?\b(?:by|before|until|till)\s+(?:the\s+)?$", re.IGNORECASE)  # 'need a yes/no for the creative brief by next friday'


@dataclass
class StatedDate:
    """A date in the question, resolved, with its role (deadline or start) and position."""

    value: date
    role: str
    start: int
    end: int
    weekday_said: str = ""  # the weekday said with the date when it is not the date's own ('tue jan 6': 6 Jan is a Wednesday)


def _quarter_end(d: date, offset: int = 0) -> date:
    q = (d.month - 1) // 3 + offset
    year = d.year + q // 4
    month = (q % 4) * 3 + 3
    return date(year, month, 31 if month in (3, 12) else 30)


def _month_end(d: date, offset: int = 0) -> date:
    month = d.month + offset
    year = d.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _add_working_days(d: date, days: float) -> date:
    whole = int(round(days))
    while whole > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            whole -= 1
    return d


def _next_day_of_month(day: int, today: date, after: bool = False, months: int = 3) -> date | None:
    """'the 10th': that day in this month, or next month once it has passed (with `after`, strictly after `today`),
    looking `months` months ahead."""
    year, month = today.year, today.month
    for _ in range(months):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and (candidate > today if after else candidate >= today):
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _movable_holiday(p: str, year: int) -> date | None:
    """Easter (Sunday, or its Monday) and Thanksgiving (the fourth Thursday of November) in a year."""
    if "easter" in p:
        return easter(year) + timedelta(days=1 if "monday" in p else 0)
    if "thanksgiving" in p:
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return None


def _holiday(p: str, today: date) -> date | None:
    if (movable := _movable_holiday(p, today.year)) is not None:
        return movable if movable >= today else _movable_holiday(p, today.year + 1)
    for name in sorted(HOLIDAYS, key=len, reverse=True):
        if re.search(rf"\b{re.escape(name)}", p):
            month, day = HOLIDAYS[name]
            value = date(today.year, month, day)
            return value if value >= today else date(today.year + 1, month, day)
    return None


ORDINAL_PLACE = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "fifth": 4, "5th": 4,
                 "last": -1, "final": -1, "penultimate": -2, "second to last": -2, "next to last": -2}


def _month_named(said: str, today: date) -> date | None:
    """The first day of the month a phrase names ('january', 'next month', 'this month'): this year's while it lasts."""
    said = " ".join(said.lower().rstrip(".").split())
    if said in ("this month", "the month"):
        return today.replace(day=1)
    if said == "next month":
        return _month_end(today) + timedelta(days=1)
    month = MONTHS.get(said) or MONTHS.get(said[:3])
    if month is None:
        return None
    return date(today.year if month >= today.month else today.year + 1, month, 1)


def _week_of_month(which: str, first: date) -> date:
    """The Friday that ends the first, second, third or last working week of the month starting on `first`."""
    if ORDINAL_PLACE[which] < 0:
        end = _month_end(first)
        return end - timedelta(days=(end.weekday() - 4) % 7) - timedelta(days=7 * (-ORDINAL_PLACE[which] - 1))
    friday = first + timedelta(days=(4 - first.weekday()) % 7)
    if friday.day <= 3:
        friday += timedelta(days=7)  # a 'week' of one or two days (Fri 1 Jan) is not the first working week
    return friday + timedelta(days=7 * ORDINAL_PLACE[which])


def _nth_of_month(p: str, today: date) -> date | None:
    """'the last friday of january', 'the 2nd working day of next month', 'the 3rd week of feb' (the Friday ending it)."""
    m = re.fullmatch(rf"(?:the\s+)?({ORDINAL})\s+(?:full\s+|working\s+)?(week|{WEEKDAY}|working\s+day|business\s+day|work\s*day|weekday)\s+(?:of|in)\s+(?:the\s+)?({MONTH_NAMED})", p)
    first = _month_named(m.group(3), today) if m else None
    if first is None:
        return None
    which, kind = m.group(1).replace("-", " "), m.group(2)
    if kind == "week":
        return _week_of_month(which, first)
    weekday = WEEKDAYS.get(kind[:3]) if kind[:3] in WEEKDAYS else None
    days = [first + timedelta(days=i) for i in range((_month_end(first) - first).days + 1)]
    fits = [d for d in days if (d.weekday() == weekday if weekday is not None else d.weekday() < 5)]
    place = ORDINAL_PLACE[which]
    return fits[place] if -len(fits) <= place < len(fits) else None


def _day_of_a_month_said(p: str, today: date) -> date | None:
    """'the 20th of next month', 'the 3rd of the following month': that day of the month named."""
    m = re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(next|this|the following|the coming)\s+month", p)
    first = _month_named("this month" if m and m.group(2) == "this" else "next month", today) if m else None
    try:
        return first.replace(day=int(m.group(1))) if first else None
    except ValueError:
        return None


def _back_after_break(p: str, today: date) -> date | None:
    """The first working day after the year-end break, said by the break ('after the holidays', 'the first week back')."""
    if re.fullmatch(BACK_AFTER_BREAK, p) is None:
        return None
    new_year = date(today.year + (today.month > 1 or today.day > 1), 1, 1)
    return _add_working_days(new_year, 1)


def _business(phrase: str, today: date) -> date | None:
    """Dates dateparser does not know: quarter and period ends, relative working days, part of a month,
    a bare day of the month, holidays and a month as a start ('from January')."""
    p = phrase.lower()
    said = _nth_of_month(p, today) or _back_after_break(p, today) or _day_of_a_month_said(p, today)
    if said is not None:
        return said
    m = re.fullmatch(r"(?:on |by |before |until |for )?the\s+(\d{1,2})(?:st|nd|rd|th)", p)
    if m:
        return _next_day_of_month(int(m.group(1)), today, after=True)  # said on the 4th, "the 4th" is next month's: today has its own word
    if re.search(rf"christmas|xmas|new year|{NAMED_DAYS}", p):
        return _holiday(p, today)
    if re.search(r"\bthe (?:holidays|holiday break|break)\b", p):
        return _holiday("christmas eve", today)  # 'before the holidays': the last day before the end-of-year break
    if "week after next" in p:
        return today + timedelta(days=(4 - today.weekday()) % 7 + 14)
    if re.fullmatch(r"year[- ]end", p):
        return date(today.year, 12, 31)
    m = re.fullmatch(rf"(?:from|starting(?: in)?|beginning(?: in)?|as of)\s+({MONTH})", p)
    if m:
        base = _parse(m.group(1) + " 1", today)
        return base.replace(day=1) if base else None
    nxt = 1 if "next" in p else 0
    if re.search(r"quarter|eoq|^q[1-4]", p):
        m = re.match(r"q([1-4])(?:\s+(\d{4}))?", p)
        if m:
            year = int(m.group(2)) if m.group(2) else today.year
            end = _quarter_end(date(year, int(m.group(1)) * 3, 1))
            return end if end >= today or m.group(2) else _quarter_end(date(year + 1, int(m.group(1)) * 3, 1))
        return _quarter_end(today, nxt)
    if re.search(r"end of (?:the )?(?:this |next )?month|eom", p):
        return _month_end(today, nxt)
    if re.search(r"end of (?:the )?(?:this |next )?year|eoy", p):
        return date(today.year + nxt, 12, 31)
    if re.search(r"end of (?:the )?(?:this |next )?week|eow", p):
        return today + timedelta(days=(4 - today.weekday()) % 7 + 7 * nxt)
    m = re.search(r"(\d+(?:\.\d+)?)\s+(working |business |calendar )?(days?|weeks?|months?|sprints?)", p)
    if m:
        n, kind, unit = float(m.group(1)), (m.group(2) or "").strip(), m.group(3).rstrip("s")
        if unit == "day":
            return today + timedelta(days=n) if kind == "calendar" else _add_working_days(today, n)
        if unit == "month" and n == int(n):
            return today + relativedelta(months=int(n))  # 'in 2 months': the same day two months on
        return today + timedelta(days=round(WEEKS_PER_UNIT[unit] * n * 7))
    m = re.match(rf"(early|mid|late|end of|beginning of|start of)[- ]({MONTH})", p)
    if m:
        base = _parse(m.group(2) + " 1", today)
        if base is None:
            return None
        day = {"early": 10, "beginning of": 1, "start of": 1, "mid": 15}.get(m.group(1))
        return base.replace(day=day) if day else _month_end(base)
    if p.startswith("next week"):
        return today + timedelta(days=7 - today.weekday())
    if p.startswith("this week"):
        return today + timedelta(days=max(4 - today.weekday(), 0))
    if p.startswith("next month"):
        return _month_end(today) + timedelta(days=1)
    return None


# The commonest phrases, resolved as dateparser resolves them (tests/agent/understanding/test_calendar_dates.py
# compares the two): its first call costs about 0.3 s (its time-zone patterns), a third of a cold `lead ask`.
WEEKDAYS = {name: i for i, names in enumerate((
    ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"), ("thu", "thur", "thurs", "thursday"),
    ("fri", "friday"), ("sat", "saturday"), ("sun", "sunday"))) for name in names}
NOT_AFTER_NEXT = frozenset({"wed", "sat", "sun"})  # dateparser reads no date in "next wed"; "thur(s)" we read ourselves
DAY_MONTH = r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?"
MONTH_DAY = r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?"


def _calendar(text: str, today: date) -> date | None:
    """A weekday (the next one after today), today/tomorrow, an ISO date or a day of a month (the next one
    after today unless the year is given); None for anything else, which dateparser then reads."""
    p = " ".join(text.lower().split())
    if p in ("today", "tonight"):
        return today
    if p == "tomorrow":
        return today + timedelta(days=1)
    name = p.removeprefix("next ")
    weekday = None if name != p and name in NOT_AFTER_NEXT else WEEKDAYS.get(name)
    if weekday is not None:
        return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p):
        try:
            return date.fromisoformat(p)
        except ValueError:
            return None
    m = re.fullmatch(DAY_MONTH, p)
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m else (None, None, None)
    if m is None and (m := re.fullmatch(MONTH_DAY, p)):
        day, month, year = m.group(2), m.group(1), m.group(3)
    if m is None or month not in MONTHS:
        return None
    return _next_month_day(MONTHS[month], int(day), int(year) if year else None, today)


def _next_month_day(month: int, day: int, year: int | None, today: date) -> date | None:
    """The given day of the month in `year`, or the first such date after today (a 29 February: the next leap year)."""
    for y in ([year] if year else range(today.year, today.year + 9)):
        try:
            value = date(y, month, day)
        except ValueError:
            continue
        if year or value > today:
            return value
    return None


def _parse(phrase: str, today: date) -> date | None:
    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": datetime(today.year, today.month, today.day)}
    text = re.sub(r"^(?:on|by|before|until|till|from|starting|this|coming)\s+", "", phrase.strip(), flags=re.I)
    text = re.sub(rf"^{WEEKDAY},?\s+(?=(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)$)", "", text, flags=re.I)  # 'wed 16th': the 16th (its weekday: _named_weekday)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    known = _calendar(text, today)
    if known is not None:
        return known
    ordinal = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", text, re.I)
    if ordinal:  # 'the 1st', '2nd': the next such day of a month (dateparser reads a small one as a month)
        return _next_day_of_month(int(ordinal.group(1)), today, after=True)
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


# "through january", "for the whole of january": until the month's last day.
THROUGH_MONTH = re.compile(r"(?<!have )(?<!got )(?<!\bve )\b(?:through|thru|until|till|to the end of|for (?:all|the whole|the rest) of|all of)\s+(?P<end>(?:the\s+)?end\s+of\s+)?(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!\s*\d)", re.I)


# Between a stretch's first day and its last: 'from the 14th until mid feb', 'from jan 4 to the 29th'.
SPAN_TO = re.compile(r"\s*(?:until|till|til|to|through|thru|-|–|→|->)\s*(?:(?:about|around|roughly|approx\.?|approximately|maybe|probably|say)\s+)?(?:the\s+)?", re.I)  # '... till about mid jan'


def _last_day_of(month: int, today: date) -> date:
    year = today.year + (1 if month < today.month else 0)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _not_a_date(text: str, m: re.Match[str]) -> bool:
    """Words that look like a date but name none: "the black friday spike", "Good Friday" (a named day of the year, not
    this week's friday)."""
    phrase, before = m.group(0).strip(), text[max(0, m.start() - 30) : m.start()]
    return re.fullmatch(WEEKDAY, phrase, re.I) is not None and re.search(r"\b(?:black|cyber|good|casual|giving)\s*$", before, re.I) is not None


# What a date is the due date of, read from the date's own clause: "grace's lineage doc (due the 15th)", "the deck is due on
# the 12th", "the audit pack, due friday". The item due then, which need not be the person's current work.
DUE_ITEM_BEFORE = re.compile(r"(?P<item>(?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*)\s*(?:\(\s*|,\s*|\s-\s*)?(?:(?:is|are|was|'s|which is|that'?s|also)\s+)?(?:due|needed|wanted)\s+(?:on\s+|by\s+|for\s+)?(?:the\s+)?$", re.I)
ITEM_LEAD = re.compile(r"^(?:(?:and|but|so|also|plus|then|while|with|on top of|as well as|which|that|now|both|just)\s+)+", re.I)
ITEM_JOIN = re.compile(r"\b(?:and|but|so|plus|then|while|with|because|since|when|as well as|on top of|(?:done|working|busy|stuck|finishing|from done) on|from)\s+", re.I)  # the item is after the last
NOT_AN_ITEM = re.compile(r"^(?:it|this|that|they|these|those|he|she|we|i|you|everything|all|something|what|which|one|stuff|work|there|here)(?:'s|'re)?$", re.I)


def due_item(text: str, d: StatedDate) -> tuple[str, int, int] | None:
    """(the item, start, end) a date is said to be due for, from the words just before it; None when the clause names none."""
    window = max(0, d.start - 80)
    m = DUE_ITEM_BEFORE.search(text[window : d.start])
    if m is None:
        return None
    joins = list(ITEM_JOIN.finditer(m.group("item")))
    lead = ITEM_LEAD.match(m.group("item"), joins[-1].end() if joins else 0)
    start = window + m.start("item") + (lead.end() if lead else joins[-1].end() if joins else 0)
    item = text[start : window + m.end("item")].strip()
    return None if not item or NOT_AN_ITEM.match(item) else (item, start, start + len(item))


# Numeric dates ('board meets 14/1', 'closed 24/12 to 1/1', 'mon 11/1'). Which part is the day is decided once for the
# whole question (numeric_order) and applied to every numeric date in it; a number pair with nothing that makes it a date
# before it ('1/2 the team', '4/5 sites') stays a fraction.
NUMERIC_DATE = re.compile(r"(?<![\d/.,$£€])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/%\w])")
NUMERIC_BEFORE = re.compile(rf"(?:\b(?:on|by|from|to|till|until|til|thru|through|before|after|since|due|meets?|sits|convenes|meeting|is|was|be|closed|shut|off|out|back|starting|starts?|begins?|ends?|lands?|ships?|between|and|dated|date|deadline|for|including|incl\.?|inclusive"
                            rf"|kick-?off|launch|review|demo|go-?live|release|sign-?off|cut-?over|board|offsite|eta|target|make|makes|miss|misses|missed|hit|promised|slips?|slipped|moved?|now)|{WEEKDAY},?|[-–(:])\s*$", re.I)
NUMERIC_AFTER = re.compile(r"^\s*(?:to|-|–|thru|through|till|until|and)\s*(?:the\s+)?\d{1,2}/\d{1,2}\b")
FRACTION_AFTER = re.compile(r"^\s*(?:of|the|a|an|days?|weeks?|months?|hours?|time|done|people|sites|stars?|points?)\b", re.I)
# Spellings and signs of a writer who puts the day first, when no number decides it.
DAY_FIRST_CUES = re.compile(r"[£€]|\b(?:fortnight|whilst|colleagues|organis\w+|prioritis\w+|colour|programme|mum|cheers|bank holiday|annual leave|a&e|lorry|postcode)\b", re.I)


def _numeric_dates(text: str) -> list[re.Match[str]]:
    """The numeric dates of the text: number pairs with a date's context and a valid day and month either way round."""
    found = []
    for m in NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if m.group(0) == "24/7" or not (1 <= a <= 31 and 1 <= b <= 31) or min(a, b) > 12 or FRACTION_AFTER.match(text[m.end() :]):
            continue
        if NUMERIC_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) or NUMERIC_AFTER.match(text[m.end() :]) or m.group(3):
            found.append(m)
    return found


def numeric_order(text: str, today: date) -> str:
    """'dm' (day first) or 'md' (month first) for every numeric date in the question: a part over 12 decides, then a
    writer's day-first cues, else the reading whose dates come sooner."""
    pairs = [(int(m.group(1)), int(m.group(2)), m.group(3)) for m in _numeric_dates(text)]
    if any(a > 12 for a, _, _ in pairs):
        return "dm"
    if any(b > 12 for _, b, _ in pairs):
        return "md"
    if DAY_FIRST_CUES.search(text):
        return "dm"

    def ahead(order: str) -> int:
        days = 0
        for a, b, year in pairs:
            day, month = (a, b) if order == "dm" else (b, a)
            value = _next_month_day(month, day, _year(year), today)
            days += abs((value - today).days) if value else 10_000
        return days

    return "md" if ahead("md") < ahead("dm") else "dm"


def _year(said: str | None) -> int | None:
    return None if not said else int(said) + (2000 if len(said) == 2 else 0)


def _numeric(phrase: str, order: str, today: date) -> date | None:
    """A numeric date read in the question's order."""
    m = NUMERIC_DATE.fullmatch(phrase.strip())
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    day, month = (a, b) if order == "dm" else (b, a)
    return _next_month_day(month, day, _year(m.group(3)), today) if 1 <= month <= 12 else None


def _value_of(phrase: str, text: str, m: re.Match[str], order: str, today: date) -> date | None:
    """The date a phrase names: the first day of '21-23 dec' in that month, a numeric date in the question's order, a
    business period, or what dateparser reads ('monday the 4th': the 4th that is a Monday)."""
    first_of_two = PAIRED_DAY_MONTH.match(text, m.end()) if phrase.isdigit() else None
    if first_of_two:
        return _next_month_day(MONTHS[first_of_two.group(1).lower()[:3]], int(phrase), None, today)
    if NUMERIC_DATE.fullmatch(phrase):
        return _numeric(phrase, order, today)
    return _business(phrase, today) or _named_weekday(phrase, _parse(phrase, today))


def _month_of_bare_day(text: str, m: re.Match[str], before: str, out: list[StatedDate], today: date) -> date | None:
    """A bare day of the month in the month said beside it: with the second day ('on the 12th and 13th of jan'), or just
    before it ('the January sale on the 7th'), unless that month is an earlier date's and the day comes before that
    date's ('shut from 18 december, back on the 4th': the 4th of the month after); None when no month is said."""
    day = int(re.search(r"\d+", m.group(0)).group(0))
    paired = PAIRED_DAY_MONTH.match(text, m.end())
    if paired:
        return _next_month_day(MONTHS[paired.group(1).lower()[:3]], day, None, today)
    named = re.search(rf"\b({MONTH})\b[^.;?!\d]{{0,25}}$", before, re.I)
    said_with = next((d for d in out if d.start <= max(0, m.start() - 60) + named.start() < d.end), None) if named else None
    if named is None:
        return None
    if said_with is not None and day < said_with.value.day:
        return None
    return _next_month_day(MONTHS[named.group(1).lower()[:3]], day, None, today)


# A month said with a day beside it ('jan 12-13', '21st of december', '24/12' is numeric and read elsewhere).
MONTH_WITH_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})|\b({MONTH})\s+\d{{1,2}}\b", re.I)


def _quarter_from(phrase: str, before: str, role: str, value: date) -> date:
    """A quarter said as when something starts or counts from ('embed them in the squads from Q2', 'savings from q2'): its
    first day, not its last."""
    if (role == "start" or re.search(r"\b(?:from|starting|as of)\s+(?:the\s+)?(?:start of\s+)?$", before, re.I)) and re.fullmatch(r"(?:(?:from|starting|in)\s+)?q[1-4](?:\s+\d{4})?", phrase.strip(), re.I):
        return value.replace(month=value.month - 2, day=1)
    return value


def _bare_day_due(text: str, m: re.Match[str], before: str, out: list[StatedDate], value: date, role: str, today: date) -> date:
    """A bare day of the month that is due, with no month beside it, in the month said last ('offsite jan 12-13. odds we
    launch by the 29th?': 29 Jan); the end of a stretch or a day back keeps its own reading."""
    if role not in ("deadline", "answer_by", "hedge") or SPAN_TO.match(text, m.end()) or BACK_BEFORE.search(before) or _month_of_bare_day(text, m, before, out, today) is not None:
        return value
    return _month_said_last(text, m.start(), value.day, today) or value


def _month_said_last(text: str, at: int, day: int, today: date) -> date | None:
    """A bare day of the month a date is due ('by the 29th') in the month said last, in its own sentence or the one before
    ('offsite jan 12-13. odds we launch by the 29th?': 29 Jan), when that day is ahead and within three months; None otherwise."""
    stops = [i for i in (text.rfind(c, 0, at) for c in ".;?!\n") if i >= 0]
    previous = max(stops, default=-1)
    window_start = max([i for i in (text.rfind(c, 0, previous) for c in ".;?!\n") if i >= 0], default=-1) + 1 if previous >= 0 else 0
    months = [g for mm in MONTH_WITH_DAY.finditer(text, window_start, at) for g in mm.groups() if g]
    if not months:
        return None
    value = _next_month_day(MONTHS[months[-1].lower()[:3]], day, None, today)
    return value if value is not None and (value - today).days <= 92 else None


def _weekday_fits(phrase: str, value: date) -> bool:
    """True when the phrase (with the words just before it) names a weekday that is `value`'s own ('friday the 11th' for Fri 11 Dec): the date this year
    is the one meant, whatever 'last year's rates' says about something else in the clause."""
    said = re.search(rf"\b{WEEKDAY}\b(?=,?\s+(?:the\s+)?\d)", phrase, re.I)
    return said is not None and WEEKDAYS.get(said.group(0).lower()[:3]) == value.weekday()


# Words that name one day: a number ('the 21st', '4/1'), a weekday, or a day relative to today.
ONE_DAY = re.compile(rf"\d|\b{WEEKDAY}\b|\b(?:today|tomorrow|tonight|christmas|xmas|new year'?s? (?:day|eve)|eve|{NAMED_DAYS})\b", re.I)


def names_a_day(words: str) -> bool:
    """True when the words a date was read from name one day ('mon 11 jan', 'the 21st'), not only a month or a
    period ('from january', 'early feb', 'next quarter'), whose first day nobody said."""
    return ONE_DAY.search(words) is not None


def find_dates(text: str, today: date) -> list[StatedDate]:
    """Every date phrase in the normalised text, resolved against today, with its role."""
    out: list[StatedDate] = [StatedDate(_last_day_of(MONTHS[m.group("m").lower()[:3]], today), "until", m.start("end") if m.group("end") else m.start("m"), m.end("m")) for m in THROUGH_MONTH.finditer(text)]  # a period's end, not a deadline
    periods = list(out)
    numeric = {m.start(): m for m in _numeric_dates(text)}
    order = numeric_order(text, today) if numeric else "dm"
    for m in DATE_PHRASE.finditer(text):
        phrase = m.group(0)
        is_numeric = NUMERIC_DATE.fullmatch(phrase) is not None
        if is_numeric and m.start() not in numeric:
            continue  # '1/2 the team', '24/7': no date
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue  # "till end of jan": the period's end, read once
        if FULL_MONTH_STOP.search(phrase):
            continue  # "up from 4 in january. three incidents": the sentence ended with the month
        value = _value_of(phrase, text, m, order, today)
        if value is None or HOLIDAY_BREAK.match(text, m.start() + len(phrase) - len(phrase.lstrip())):
            continue  # no date, or "the usual xmas shutdown": a break, not a date anything is due
        if _not_a_date(text, m):
            continue
        before = text[max(0, m.start() - 60) : m.start() + len(phrase) - len(phrase.lstrip())]  # " xmas eve": its space is before it
        if _no_date_here(phrase, text, m, before):
            continue
        bare = re.fullmatch(r"(?:on |by )?(?:the )?\d{1,2}(?:st|nd|rd|th)", phrase.strip(), re.I)
        value = _month_of_bare_day(text, m, before, out, today) or value if bare else value
        value = _day_after_the_last(phrase, text, m, value, out)
        if re.search(r"\bnot\s+(?:the\s+|on\s+|by\s+)?$", before, re.I):
            continue  # "kicked off nov 30, not the 23rd": a date corrected away
        if re.fullmatch(WEEKDAY, phrase.strip(), re.I) and re.search(r"\b(?:last|previous)\s*$", before, re.I) and not re.match(r"\s+(?:of|in)\b", text[m.end() : m.end() + 5], re.I):
            out.append(StatedDate(today - timedelta(days=(today.weekday() - value.weekday() - 1) % 7 + 1), "past", m.start(), m.end()))
            continue  # "the spike after the last friday deploy": a day gone, not one ahead ('the last friday of jan' is ahead)
        value = _weekday_in_context(phrase, text, m, value, before, out)
        lead_word = re.match(r"(on|by|before|until|till)\s+", phrase, re.I)
        if lead_word:
            before += lead_word.group(0)
        starts = _starts_here(phrase, text, m, before)
        bare_day = re.fullmatch(FULL_WEEKDAY, phrase, re.I) is not None
        moves_on = (MOVE_ON.search(before) or (bare_day and MOVE_NEAR.search(before))) and not DEADLINE_WORDS.search(before)
        role = "start" if ((starts or moves_on) and not _due_from(before)) or UNBLOCKED_AFTER.match(text, m.end()) else "deadline"  # 'the fix lands weds, so marco's unblocked from then'
        value = _quarter_from(phrase, before, role, value)
        first_day = re.search(rf"\bfirst\s+({WEEKDAY})\s+after\s*(?:the\s+)?$", before, re.I)
        if first_day and _holiday(phrase.lower(), today) is not None:
            weekday = _parse(first_day.group(1), today)
            value = value + timedelta(days=((weekday.weekday() - value.weekday()) % 7) or 7) if weekday else value  # "the first tuesday after new year"
            if re.search(r"\b(?:from|starting|beginning)\s+(?:the\s+)?first\s+\w+\s+after\s*(?:the\s+)?$", before, re.I):
                role = "start"  # "for three weeks from the first monday after new year": when it starts
        elif re.search(r"\b(?:after|(?:early |sometime )?in(?:to)?\s+the|post[- ]?)\s*$", before, re.I) and _holiday(phrase.lower(), today) is not None:
            value, role = _add_working_days(value, 1), "start"  # "after new year no more friday deploys", "let's chat in the new year": from the first day back, never a date due
        role = _off_or_event(role, text, m, before, out)
        value = _week_said(phrase, before, role, value)
        if role == "deadline" and (re.match(r"before\b", phrase.strip(), re.I) or re.search(r"\b(?:pre[- ]?|this side of\s*)$", before, re.I)) and _holiday(phrase.lower(), today) is not None:
            value -= timedelta(days=1)  # "before xmas": by the 24th
        role = _not_the_works_date(role, text, m, before, out, lead_word.group(0) if lead_word else "")
        value = _bare_day_due(text, m, before, out, value, role, today) if bare else value
        value = _after(out[-1].value, value.day) if role in ("off", "until") and bare and out and out[-1].role in ("off", "start") and value < out[-1].value else value  # 'the 24th to the 1st'
        past = PAST_CUE.search(before)
        promise = past is not None and re.search(r"promised|committed|we said|told", past.group(0), re.I)  # a promise may lie ahead
        if past and value > today and re.fullmatch(r"(?:on |last )?" + WEEKDAY, phrase.strip(), re.I):
            value = value - timedelta(days=7)  # "rolled back tues": the last one, not the next
        elif past and value > today and _a_year_earlier(value) is not None and (today - _a_year_earlier(value)).days <= (45 if promise else 300):
            value = _a_year_earlier(value)  # "kicked off monday nov 30", "were due nov 27": a date already past
            role = "start" if re.search(r"kick|start|began|joined", past.group(0), re.I) else role
        elif (value - today).days > 300 and (earlier := _a_year_earlier(value)) is not None and (today - earlier).days <= 75 and PAST_CLAUSE.search(re.split(r"[.!?;]\s", before)[-1]):
            value, role = earlier, "past"  # "i've given him that feedback twice (oct 20, nov 17)": weeks ago, not next year
        elif (value > today and LAST_SEASON.search(text[max(0, m.start() - 160) : m.start()]) and _a_year_earlier(value) is not None
              and not re.fullmatch(r"(?:(?:by|on|before|until|till)\s+)?" + WEEKDAY, phrase.strip(), re.I) and not _weekday_fits(phrase, value)):  # '... vs last year, by thurs': a weekday is this week's
            value, role = _a_year_earlier(value), "past"  # "why last spring's forecast said full by may 10": that may
        elif value > today and _told_as_done(phrase, text, m, before):
            value, role = _weekday_gone(value, today) if re.fullmatch(r"(?:on\s+)?" + WEEKDAY, phrase.strip(), re.I) else _last_before(value, phrase, today), "past"  # "on the 1st we changed what counts": done already
        out.append(StatedDate(value, role, m.start(), m.end()))
    return _event_day(_restated(_counted_from(_weekday_beside_relative(_weekdays_said(_whose_time_off(_off_said_after(_before_it_opens(_corrected(_returns(_event_we_are_due_for(_ordinals_of_named_dates(_second_days(sorted(out, key=lambda d: d.start), text), text), text), text), text), text), text), text), text), text), text), text), text)


def _no_date_here(phrase: str, text: str, m: re.Match[str], before: str) -> bool:
    """Words read as a date that name none here: an ordinal ('3rd place'), a weekday whose day of the month or date follows
    it, a kind of day ('no more friday deploys'), a weekday with a clock time that stamps a pasted message ('[Fri 17:42]')."""
    if re.fullmatch(r"(?:the )?\d{1,2}(?:st|nd|rd|th)", phrase.strip(), re.I) and NOT_A_DAY_AFTER.match(text[m.end() : m.end() + 20]):
        return True  # "9th grade essays", "3rd place", "2nd attempt": an ordinal, not a day of the month
    if re.fullmatch(rf"(?:{WEEKDAY_LEAD}\s+)?{WEEKDAY}", phrase.strip(), re.I) and re.match(r"\s*,?\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b", text[m.end() : m.end() + 12]):
        return True  # "thursday the 17th": the day of the month says which thursday
    if re.fullmatch(rf"(?:{WEEKDAY_LEAD}\s+)?{WEEKDAY}", phrase.strip(), re.I) and re.match(rf"\s*,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{1,2}})\b", text[m.end() : m.end() + 20], re.I):
        return True  # "monday 11 january", "mon, jan 11", "mon 11/1": the date says which monday
    if re.fullmatch(WEEKDAY, phrase.strip(), re.I) and re.search(r"\bfirst\s*$", before, re.I) and re.match(r"\s+after\b", text[m.end() : m.end() + 8], re.I):
        return True  # "the first tuesday after new year": the date comes with what it follows
    if re.fullmatch(WEEKDAY, phrase.strip(), re.I) and (re.search(r"\b(?:no more|no|any|all|every)\s*$", before, re.I) or WEEKDAY_AS_KIND.match(text[m.end() : m.end() + 40]) or _paired_weekday(text, m) or _recurring_meeting(text, m)):
        return True  # "no more friday model deploys", "two friday-evening rollbacks": a kind of day, not a date
    if re.fullmatch(WEEKDAY, phrase.strip(), re.I) and re.match(r"\s*,?\s*\d{1,2}:\d{2}\b", text[m.end() : m.end() + 10]) and (m.start() == 0 or re.search(r"[\[(\n]\s*$", text[max(0, m.start() - 4) : m.start()])):
        return True  # '[Fri 17:42] noor: ...': when a pasted message was sent, never a date anything is due
    return False


# A relative day and a weekday said side by side for the same day: 'tomorrow (monday)', 'tomorrow-ish - tues', 'monday
# (tomorrow)'. Only brackets or dashes join them (a comma may list two days).
RELATIVE_DAY = re.compile(r"(?:today|tomorrow|tonight)(?:-?ish)?", re.I)
BESIDE = re.compile(r"(?:-?ish)?\s*(?:\(|[-–—]|,\s*(?:i\.?e\.?|that's|so)\b)\s*(?:on\s+)?", re.I)


def _weekday_beside_relative(found: list[StatedDate], text: str) -> list[StatedDate]:
    """'tomorrow (monday)' said on a Friday: the stated weekday names the day (Mon, not Sat), and the pair is read once,
    as the first phrase's role over both spans; the relative word alone is only the speaker's rough sense of 'soon'."""
    out: list[StatedDate] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and BESIDE.fullmatch(text[prev.end : d.start]):
            first, second = text[prev.start : prev.end].strip(), text[d.start : d.end].strip()
            weekday = d if RELATIVE_DAY.fullmatch(first) and re.fullmatch(rf"(?:on\s+)?{WEEKDAY}", second, re.I) else prev if (
                RELATIVE_DAY.fullmatch(second) and re.fullmatch(rf"(?:on\s+)?{WEEKDAY}", first, re.I)) else None
            if weekday is not None:
                shut = re.match(r"\s*\??\)", text[d.end : d.end + 4]) if "(" in text[prev.end : d.start] else None
                close = d.end + shut.end() if shut else d.end  # 'tomorrow (tuesday?)': the bracket closes the words said
                out[-1] = StatedDate(weekday.value, prev.role, prev.start, close)  # the words said, with their bracket
                continue
        out.append(d)
    return out


# A day due, said with its own lead: 'needed by thursday 10th', 'due the 9th', 'before friday'.
DUE_SAID = re.compile(r"\b(?:by|due|before|needed|wanted|deadline)\b[^.;?!\n]{0,12}$", re.I)


def _event_day(found: list[StatedDate], text: str) -> list[StatedDate]:
    """A weekday said as an event's ('sizes for saturday's gala, needed by thursday 10th') when its sentence gives the day
    the work is due: the event is on that weekday on or after the due day, not a second deadline."""
    out = list(found)
    for i, d in enumerate(out):
        if d.role != "deadline" or not re.fullmatch(WEEKDAY, text[d.start : d.end], re.I) or not re.match(r"'s\b", text[d.end : d.end + 3]):
            continue
        due = next((o for o in out if o is not d and o.role == "deadline" and not re.search(r"[.;?!](?:\s|$)|\n", text[min(o.end, d.end) : max(o.start, d.start)])
                    and DUE_SAID.search(text[max(0, o.start - 16) : o.start] + text[o.start : o.end].split()[0] + " ")), None)
        if due is not None:
            out[i] = replace(d, value=due.value + timedelta(days=(d.value.weekday() - due.value.weekday()) % 7), role="event")
    return out


# A date restated in brackets straight after another: 'starting after the holidays (jan 4)', 'monday (the 7th)'.
RESTATED_OPEN = re.compile(r"\s*\(\s*(?:i\.?e\.?,?\s*|that'?s\s*|so\s*|=\s*|aka\s*|on\s+)?(?:the\s+)?", re.I)
RESTATED_CLOSE = re.compile(r"\s*\??\s*\)")


def _restated(found: list[StatedDate], text: str) -> list[StatedDate]:
    """A date said again in brackets is one date: the first's role (what the clause said of it) on the day the numbers
    name ('starting after the holidays (jan 4)': the start, 4 Jan), over the words of both."""
    out: list[StatedDate] = []
    for d in found:
        prev = out[-1] if out else None
        close = RESTATED_CLOSE.match(text, d.end) if prev is not None and RESTATED_OPEN.fullmatch(text[prev.end : d.start]) else None
        if prev is None or close is None:
            out.append(d)
            continue
        numbered = re.search(r"\d", text[d.start : d.end]) and not re.search(r"\d", text[prev.start : prev.end])
        out[-1] = replace(prev, value=d.value if numbered else prev.value, end=close.end())
    return out


WEEKDAY_SAID_BEFORE = re.compile(rf"\b({WEEKDAY}),?\s+(?:the\s+)?$", re.I)


def _weekdays_said(found: list[StatedDate], text: str) -> list[StatedDate]:
    """A weekday said with a date ('starting wed jan 6', 'by tue 12 jan') names that date: the date stands, and a weekday
    that is not the date's own is kept beside it (weekday_said) so the answer says so, never silently picks one."""
    out = []
    for d in found:
        said = WEEKDAY_SAID_BEFORE.search(text[max(0, d.start - 14) : d.start])
        if said is None and (own := re.match(rf"\s*(?:{WEEKDAY_LEAD}\s+)?({WEEKDAY})\b", text[d.start : d.end], re.I)):
            said = own  # 'by wed 16th': the weekday is inside the phrase
        day = WEEKDAYS.get(said.group(1).lower()) if said else None
        out.append(StatedDate(d.value, d.role, d.start, d.end, said.group(1)) if day is not None and day != d.value.weekday() else d)
    return out


# 'i'm off dec 21 - jan 1 and so is the whole team', '..., same as everyone': one person's days that are the team's too.
TEAM_TOO_AFTER = re.compile(r"[\s,(–-]*(?:and\s+)?(?:so\s+(?:is|are|does|do)\s+(?:the\s+)?(?:whole\s+|entire\s+|rest\s+of\s+the\s+)?(?:team|everyone|everybody|all of us|the rest of us|we)"
                            r"|(?:the\s+)?(?:whole\s+|entire\s+)?(?:team|everyone|everybody|all of us|we)\s+(?:is|are|will be|too|as well)\b|same as (?:everyone|everybody|the (?:whole )?team|the rest of us)"
                            r"|as (?:is|are|does) (?:the\s+)?(?:whole\s+)?(?:team|everyone|everybody|the rest of us))", re.I)


def _run_last(found: list[StatedDate], i: int, text: str) -> int:
    """The index of the last date of the run that starts at found[i]: the dates joined to it by a range or 'and'
    ('dec 21 - jan 1', 'thu 10th and fri 11th')."""
    j = i
    while j + 1 < len(found) and OFF_UNTIL.fullmatch(text[found[j].end : found[j + 1].start]):
        j += 1
    return j


def _span_end(found: list[StatedDate], i: int, text: str) -> int:
    """Where the stretch of days off that starts at found[i] ends: after the days joined to it ('dec 21 - jan 1')."""
    return found[_run_last(found, i, text)].end


# Days named first and said to be days off after them: 'only xmas day and new years day off', 'thu 10th and fri 11th are
# the company volunteering days, whole team's out at the food bank'.
OFF_SAID_AFTER = re.compile(
    r"\s*(?:(?:are|is|'re|'s)\s+)?(?:(?:both\s+|all\s+)?(?:off|closed|out|shut)\b(?!\s+(?:of|to|on|the|for)\b)"
    r"|(?:are|is)\s+(?:the\s+|our\s+|two\s+|both\s+)?(?:[\w-]+\s+){0,3}(?:days?|holidays?|shut-?downs?|closures?)\b[^.;?!]{0,60}?"
    r"\b(?:(?:(?:the\s+)?whole\s+|entire\s+)?(?:team|office|company|site|everyone|everybody|we)(?:'s|'re| is| are)\s+(?:all\s+)?(?:out|off|away|closed)|nothing (?:gets|will get) done|no work))",
    re.I,
)


# Work wanted in place before something else opens: 'live before the harvest beds re-open on jan 18'.
BEFORE_IT_OPENS = re.compile(r"\b(?:before|ahead of|in time for|by the time)\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){1,4}?(?:re-?opens?|opens?|starts?|goes live|launches)\s+(?:again\s+)?(?:on\s+)?$", re.I)


def _before_it_opens(found: list[StatedDate], text: str) -> list[StatedDate]:
    """A day something else opens, said as what the work must be in place before ('before the harvest beds re-open on
    jan 18'), is the date that matters, not a day back from our own closure."""
    return [replace(d, role="deadline") if d.role == "back" and BEFORE_IT_OPENS.search(text[max(0, d.start - 60) : d.start]) else d
            for d in found]


def _off_said_after(found: list[StatedDate], text: str) -> list[StatedDate]:
    """Dates named first and called days off after them ('xmas day and new years day off'): the run of dates joined by
    'and' or a range, then the words that make them days off; they are days off, never the date that matters."""
    out = list(found)
    i = 0
    while i < len(out):
        j = _run_last(out, i, text)  # 'thu 10th and fri 11th': one run
        if out[i].role == "deadline" and OFF_SAID_AFTER.match(text, out[j].end):
            out[i : j + 1] = [replace(d, role="off") for d in out[i : j + 1]]
        i = j + 1
    return out


def _whose_time_off(found: list[StatedDate], text: str) -> list[StatedDate]:
    """Days off said of one person ('he's also off the 21st to the 23rd', 'ravi is away from jan 4') are that person's
    ("away"), not a closure of the whole team ("off"): the stretch's first day says whose, the days joined to it follow."""
    out, away = list(found), False
    for i, d in enumerate(out):
        joined = i > 0 and (OFF_UNTIL.fullmatch(text[out[i - 1].end : d.start]) or BACK_BETWEEN.fullmatch(text[out[i - 1].end : d.start]))
        if d.role == "off":
            before = text[max(0, d.start - 60) : d.start]
            away = (away and bool(joined)) or (AWAY_BEFORE.search(before) is not None and SHUT_BEFORE.search(before) is None
                                               and not TEAM_TOO_AFTER.match(text, _span_end(out, i, text)))
            if away:
                out[i] = StatedDate(d.value, "away", d.start, d.end)
        else:
            away = False
    return out


# Words before 's that are not a person: 'the report's out on the 21st'.
NOT_A_PERSON = r"(?!(?:it|that|this|what|there|here|report|results?|data|release|version|build|model|deck|numbers|update|paper|news|figures|invoice|contract|offer|feature|product|app|code|fix|patch|pr|doc|draft|survey)'s)"
# The first day back after a closure or an away span, read from its own clause: "doesn't come back till the 7th", "reopens
# on jan 5", "and back on the 4th", "opens again on the 4th". Never a date the work must meet.
BACK_BEFORE = re.compile(rf"(?:(?:\b(?:come|comes|coming|came|get|gets|getting|be|is|are|we'?re|they'?re|everyone'?s|people are|she'?s|he'?s|i'?m|and|then|but|{NOT_A_PERSON}[a-z]+'s)\s+|[,(–-]\s*)back(?:\s+(?:at work|to work|in(?: the office)?|online|open))?"
                         r"(?:\s+from\s+(?:her\s+|his\s+|their\s+|my\s+)?(?:[\w-]+\s+){0,3}?(?:leave|holiday|holidays|vacation|pto|break|sabbatical|secondment|trip|course|conference)(?:\s+(?:to|in)\s+[a-z]+)?)?"  # 'she's back from leave on the 9th'
                         r"|\bre-?open(?:s|ed|ing)?|\bopen(?:s|ing)?\s+(?:up\s+)?again|\bopen(?:s|ing)? back up)\s+(?:on\s+|till\s+|until\s+|til\s+|from\s+|by\s+)?(?:the\s+)?"
                         + rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?$", re.I)  # "we're back tues jan 5"
# Words that end a stretch only when a closure or an absence was just said: "the plant shuts from dec 18 and restarts on
# jan 11", "the freeze starts dec 18 and lifts on jan 6", "off between xmas eve and new year's, returning on the 4th".
RESUME_BEFORE = re.compile(r"\b(?:restart(?:s|ing)?|resum(?:e|es|ing)|return(?:s|ing)?(?: to work)?|lifts?|is lifted|starts? (?:up )?again|picks? (?:back )?up again)\s+(?:on\s+|from\s+)?(?:the\s+)?$", re.I)
CLOSURE_WORDS = re.compile(r"\b(?:shut\w*|clos(?:e|es|ed|ing|ure)|stops?|stopping|off|out|away|freeze|frozen|maintenance|break|dark|on leave|holidays?|vacation|down)\b", re.I)


def _returns(found: list[StatedDate], text: str) -> list[StatedDate]:
    """A date whose clause says work comes back on it is the first day back ("back"), and the date that began the
    closure in the same sentence is the closure's first day ("off"), whatever its own clause read ('the mill stops from
    christmas eve and doesn't come back till the 7th': off from 24 Dec, back on 7 Jan; neither is a deadline)."""
    out = list(found)
    for i, d in enumerate(out):
        sentence_start = max(text.rfind(". ", 0, d.start), text.rfind("? ", 0, d.start), text.rfind("! ", 0, d.start), text.rfind("\n", 0, d.start), text.rfind("; ", 0, d.start))
        earlier = [j for j in range(i) if out[j].start > sentence_start and out[j].value < d.value and out[j].role in ("start", "deadline", "off", "until")]
        clause = text[max(sentence_start + 1, out[i - 1].end if i else 0) : d.start]
        closed_before = any(out[j].role == "off" for j in earlier)  # 'shut from the 23rd ... we come back on the 5th': the 5th is back
        said_back = BACK_BEFORE.search(clause) or (closed_before and re.search(r"\bback\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?$", clause, re.I))  # '... while the boat's out of the water back monday the 11th'
        resumed = RESUME_BEFORE.search(clause) and earlier and CLOSURE_WORDS.search(text[sentence_start + 1 : d.start])
        if not (said_back or resumed) or d.role == "past" or (d.role == "off" and not (said_back and closed_before)):
            continue
        value = d.value
        if earlier and value <= out[earlier[-1]].value and re.fullmatch(r"(?:on |by )?(?:the )?\d{1,2}(?:st|nd|rd|th)", text[d.start : d.end].strip(), re.I):
            value = _after(out[earlier[-1]].value, value.day)  # 'off from the 18th, back on the 4th': the 4th after it
        out[i] = StatedDate(value, "back", d.start, d.end)
        if earlier and CLOSURE_WORDS.search(text[out[earlier[-1]].start - 40 if out[earlier[-1]].start > 40 else 0 : d.start]):
            j = earlier[-1]
            out[j] = StatedDate(out[j].value, "off", out[j].start, out[j].end)
    return out


def _due_from(before: str) -> bool:
    """The clause makes a 'from' date the day the work is due: 'has to be in the trial that starts feb 8', 'be live from
    march 1', 'pricing wants to start using the scores from jan 18'."""
    return bool(NEEDED_BY_START.search(before) or LIVE_FROM.search(before) or USE_FROM.search(before) or COUNTED_FROM.search(before))


def _day_after_the_last(phrase: str, text: str, m: re.Match[str], value: date, out: list[StatedDate]) -> date:
    """A weekday with a bare day of the month that would fall before the date said just before it in the sentence is
    that day after it ('away dec 21 through jan 5, back tues the 6th': 6 Jan; the weekday slip is said, see _weekdays_said)."""
    said_day = re.fullmatch(rf"(?:{WEEKDAY_LEAD}\s+)?{WEEKDAY},?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)", phrase.strip(), re.I)
    if said_day and out and out[-1].value > value and not re.search(r"[.?!;]", text[out[-1].end - 1 : m.start()]):  # '... 19th of december. by wednesday the 9th': another sentence
        moved = _after(out[-1].value, int(said_day.group(1)))
        if _weekday_fits(phrase, value) and (moved is None or not _weekday_fits(phrase, moved)):
            return value  # 'by wednesday the 16th ... a table by friday the 11th': Fri 11 Dec is the Friday said
        return moved
    return value


# 'w/c 18 jan we start', 'the 11th is when we kick off': a start said after its date.
START_AFTER = re.compile(r"\s*,?\s*(?:(?:is|that'?s) when\s+)?(?:we|i|they|the team|work|he|she|it)\s+(?:can\s+|will\s+|'ll\s+|should\s+|would\s+)?(?:start|begin|kick (?:it\s+)?off|get going|get started)\b", re.I)
# Words that make a date due: 'ready by the first week back', 'we need it for the beginning of march'.
DUE_LEAD = re.compile(r"\b(?:by|due|for|ready|done|finished|deliver\w*|ship\w*|land\w*|needs?\s+(?:it|this|them)|wants?\s+(?:it|this|them)|before)\s+(?:the\s+)?(?:end of\s+)?(?:the\s+)?$", re.I)


def _starts_here(phrase: str, text: str, m: re.Match[str], before: str) -> bool:
    """The date is when something starts: after a start word ('kicks off w/c 11 jan'), said as a start ('from monday'),
    before one ('w/c 18 jan we start'), or the days after the break ('after the holidays', 'the first week back') unless
    the clause makes them due ('ready by the first week back')."""
    if START_BEFORE.search(before) or re.match(r"(?:from|starting|beginning(?!\s+of\b)|as of)\b", phrase, re.I) or WAITED_START_SAID.search(text[max(0, m.start() - 200) : m.start()]):
        return True
    clause = re.split(r"[.;:?!,\n(]", text[max(0, m.start() - 40) : m.start()])[-1]
    if START_AFTER.match(text, m.end()) and not phrase.rstrip().endswith(".") and len(clause.split()) <= 3:
        return True  # 'w/c 18 jan we start', not 'live by the 20th of january. we start monday'
    return re.fullmatch(BACK_AFTER_BREAK, phrase.strip(), re.I) is not None and not DUE_LEAD.search(before)


def _week_said(phrase: str, before: str, role: str, value: date) -> date:
    """A week named for a date: due, its Friday ('is the wk of jan 25 realistic', 'by the first week back'); a start, its
    Monday ('from the 2nd week of january')."""
    week_of = re.search(r"(?<!to )(?<!to the )(?<!its the )(?<!it's the )(?<!now the )\b(?:wk|week)\s+(?:of|commencing|beginning)\s*$", before, re.I)
    named = re.fullmatch(rf"{WEEK_OF_MONTH}|(?:the\s+)?first\s+(?:full\s+)?week\s+back", phrase.strip(), re.I)
    if role == "deadline" and (week_of or named) and value.weekday() < 4:
        return value + timedelta(days=4 - value.weekday())  # "is the wk of jan 25 realistic": by the end of that week
    if role == "start" and named and value.weekday() == 4:
        return value - timedelta(days=4)
    return value


# '2 weeks from monday', '10 working days after the 4th', 'a week on friday': a day counted from a named one.
COUNTED_FROM_DAY = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s+(?P<kind>working\s+|business\s+|calendar\s+)?(?P<unit>days?|weeks?|months?|sprints?)\s+(?:(?:from|after)\s+|(?<=\bweek )on\s+)(?:the\s+)?$", re.I)
# Words that make 'N weeks from <day>' one day ('the demo is 2 weeks from monday', 'we start 2 weeks from monday'); without
# them it is a stretch that starts on the day ('for 3 weeks from the 4th', 'two weeks from the 7th, fixed loan').
POINT_BEFORE = re.compile(r"\b(?:is|'s|are|be|was|due|by|on|until|till|before|starts?|starting|begins?|beginning|kicks? off|kicking off|launch\w*|ships?|shipping|lands?|landing|goes live|go live|live|ready|demo|review|deadline|ends?|ending|finish\w*|wraps?|closes?)\s+(?:about\s+|around\s+|roughly\s+|exactly\s+|in\s+)?$", re.I)


def _counted_from(found: list[StatedDate], text: str) -> list[StatedDate]:
    """A day said as a span from another ('the demo is 2 weeks from monday'): the day the span ends, due unless a start word
    comes before it ('we start 2 weeks from monday'); a stretch from a day ('two weeks from the 7th, fixed loan') keeps its
    start."""
    out = []
    for d in found:
        lead = re.match(r"(?:from|after|on)\s+(?:the\s+)?", text[d.start : d.end], re.I)
        said = COUNTED_FROM_DAY.search(text[max(0, d.start - 40) : d.start] + (lead.group(0) if lead else ""))
        begin = max(0, d.start - 40) + said.start() if said else 0
        if said is None or d.role not in ("start", "deadline") or not POINT_BEFORE.search(text[max(0, begin - 20) : begin]):
            out.append(d)
            continue
        n, unit, kind = float(said.group("n")), said.group("unit").lower().rstrip("s"), (said.group("kind") or "").strip().lower()
        if unit == "day":
            value = d.value + timedelta(days=n) if kind == "calendar" else _add_working_days(d.value, n)
        elif unit == "month":
            value = d.value + relativedelta(months=round(n))
        else:
            value = d.value + timedelta(days=round(WEEKS_PER_UNIT[unit] * n * 7))
        out.append(StatedDate(value, "start" if START_BEFORE.search(text[max(0, begin - 60) : begin]) else "deadline", begin, d.end))
    return out


def _weekday_in_context(phrase: str, text: str, m: re.Match[str], value: date, before: str, out: list[StatedDate]) -> date:
    """A weekday placed by the words around it: "the monday after next", "monday week" (a week after the next one), "back on the 14th
    ... 1:1 with her that tuesday" (the one in that week)."""
    if re.fullmatch(rf"(?:{WEEKDAY_LEAD}\s+)?{WEEKDAY}", phrase.strip(), re.I) and re.match(r"\s+(?:after\s+next|week)\b(?!\s*(?:of|commencing|beginning|starting|ends?|\d))", text[m.end() : m.end() + 24], re.I):
        value += timedelta(days=7)  # 'friday week', 'monday week': the one after next
    if out and re.fullmatch(WEEKDAY, phrase.strip(), re.I) and re.search(r"\b(?:that|on the)\s*$", before, re.I):
        value = _same_week(out[-1].value, value)
    return value


# 'we can't start until the feed from the new supplier lands, which they say is end of next week, so call it monday the
# 14th': the date said after 'call it' is when the work starts; the date the awaited thing is said to land is an event.
_WAITED = r"\b(?:can'?t|cannot|can not|won'?t)\s+(?:\w+\s+)?(?:start|begin|get going)\s+(?:\w+\s+){0,2}?(?:until|till|til|before)\b[^.;?!]{0,140}?"
WAITED_START_SAID = re.compile(_WAITED + r"\b(?:so\s+)?(?:call it|let'?s say|say|realistically|i'?d say|probably)\s+(?:on\s+)?$", re.I)
WAITED_EVENT = re.compile(_WAITED + r"\b(?:lands?|arrives?|comes? in|is ready|is live|is done|(?:which|that|and) (?:they|he|she|it|the \w+) (?:say|says|said|reckons?|promised?)(?: (?:is|it'?s|will be))?)\s+(?:by\s+|on\s+)?$", re.I)


def _off_or_event(role: str, text: str, m: re.Match[str], before: str, out: list[StatedDate]) -> str:
    """Days nobody works ("the team is off dec 24 through jan 1", "our winter break is ...", "everyone gets the 8th of
    january off") and the date data is from ("the returns data from this christmas"), read from the clause; work due
    before a closure ("before the warehouse shutdown on dec 21") stays due then."""
    phrase = m.group(0)
    joined = out and out[-1].role == "off" and (OFF_UNTIL.fullmatch(text[out[-1].end : m.start()]) or BACK_BETWEEN.fullmatch(text[out[-1].end : m.start()]) or (not text[out[-1].end : m.start()].strip() and re.match(r"(?:until|till|til|through|thru)\b", phrase.strip(), re.I)))
    said_off = AWAY_BEFORE.search(before) or SHUT_BEFORE.search(before) or (OFF_AFTER.match(text, m.end()) and not phrase.rstrip().endswith("."))  # 'mon 14 dec. team's off': another sentence
    if (OFF_BEFORE.search(before) and not WINDOW_CLOSES.search(before)) or said_off or TEAM_AT_EVENT.search(before) or COMPANY_EVENT_BEFORE.search(before) or BREAK_UP_BEFORE.search(before) or CLOSURE_BEFORE.search(before) or SUBJECTLESS_OFF.search(before) or joined or NO_WORK_AFTER.match(text, m.end()):
        role = "off"
    if DAY_GIVEN_OFF.search(before) and re.match(r"\s+off\b", text[m.end() : m.end() + 6], re.I):
        role = "off"
    if WAITED_EVENT.search(text[max(0, m.start() - 200) : m.start()]):
        return "event"  # '... until the feed lands, which they say is end of next week': when it lands, not a date due
    if DATED_DATA.search(before) or OTHERS_BEFORE.search(before) or NOT_OURS_AFTER.match(text, m.end()) or _holiday_as_a_time(phrase, before, text, m.end()):
        role = "event"
    return "deadline" if role == "off" and BEFORE_CLOSURE.search(before) else role


# "we are open over christmas", "the post-christmas cracked screens", "the pre-xmas rush": a holiday as a time of year,
# not a day anything is due.
HOLIDAY_TIME_BEFORE = re.compile(r"(?:\b(?:over|during|around|throughout|across)\s+(?:the\s+)?|\b(?:post|pre)[- ]?)$", re.I)
SEASON_DATED_AFTER = re.compile(r"\s+(?:season|period|rush|peak|trading|market|sale|holidays)\b[^.;?!]{0,30}?\b(?:begins?|starts?|kicks? off|opens?|runs? from)\b", re.I)
NOUN_AFTER = re.compile(r"\s*[a-z]{3,}(?<!\band)(?<!\bthe)\b", re.I)


def _holiday_as_a_time(phrase: str, before: str, text: str, end: int) -> bool:
    """A holiday said as a stretch of the year ('open over christmas') or as a kind of thing ('post-christmas cracked
    screens'); 'we need it pre-christmas' stays a date due."""
    if not re.search(r"christmas|xmas|new year", phrase, re.I):
        return False
    if re.match(r"\s*for\b", phrase, re.I) and re.search(r"\b(?:finish(?:es|ing)?(?: up)?|break(?:s|ing)? up|broke up|down(?:s|ing)? tools)\s*$", before, re.I):
        return True  # 'the team finishes for christmas on the 23rd': the holiday names the break, the date says when
    if SEASON_DATED_AFTER.match(text, end):
        return True  # 'before the christmas season, which begins on the 19th': the season's own date says when
    lead = re.match(r"\s*(over|during|around)\b", phrase, re.I)
    said = HOLIDAY_TIME_BEFORE.search(before)
    if lead or (said and not said.group(0).lower().startswith(("post", "pre"))):
        return True
    return bool(said) and NOUN_AFTER.match(text, end) is not None and not re.match(r"\s*(?:and|or|but|so|then|to|till|until|we|i|it|please|pls|thanks|asap|at the latest)\b", text[end:], re.I)


# A share of someone's week said just before a date ('2 days a week till ...', 'half time until ...').
SHARE_BEFORE = re.compile(r"\b(?:days?|mornings?|afternoons?|half[- ]days?)\s+(?:a|1|per|each|every)\s+(?:week|wk)\s+(?:\w+\s+){0,2}$|\b(?:half|part)[- ]time\s+(?:\w+\s+){0,2}$", re.I)


def _meeting_wants_answer(before: str, text: str, end: int) -> bool:
    """A deciding meeting gets the answer on the date: 'can i tell the board on 21 january that ...', 'i need it for monday's
    steering group'; not when the work is due or starts."""
    if TELL_MEETING_ON.search(before):
        return True
    return bool(GOVERNANCE_AFTER.match(text, end) and re.search(r"\b(?:need|needs|want|wants|take|bring|give|present|tell)\b[^.;?!]{0,30}\b(?:for|at|to|in|by|before)\s+(?:the\s+)?$", before, re.I))


def _not_the_works_date(role: str, text: str, m: re.Match[str], before: str, out: list[StatedDate], lead: str) -> str:
    """A date read as a deadline that the clause says is something else: the end of a stretch that started ("from the
    14th until mid feb"), what a miss costs ("or we miss the dec 18 retrain"), or when the asker needs the answer ("need
    to know by xmas whether to plan manual orders")."""
    if role in ("deadline", "start") and _meeting_wants_answer(before, text, m.end()):
        return "answer_by"
    if role != "deadline":
        return role
    if _hedged(before, text, m.end()):
        return "hedge"
    if NOT_BEFORE_DAY.search(before):
        return "event"  # 'the fix won't land before fri the 11th': when something else lands at the earliest, not a date due
    if DUTY_UNTIL.search(before + lead):
        return "event"  # "he's covering the support rota till mid jan": when that duty ends, not a date the work must meet
    if out and out[-1].role == "start" and SPAN_TO.fullmatch(text[out[-1].end : m.start()] + lead):
        return "until"
    if re.search(r"\b(?:until|till|til|through|thru)\s+(?:the\s+)?$", before + lead, re.I) and SHARE_BEFORE.search(before):
        return "until"  # 'three mornings a week till the 18th': where the share ends, not a date the work must meet
    if re.search(r"\bmiss(?:es|ed)?\s+(?:the\s+)?$", before, re.I):
        return "stake"
    return "answer_by" if ANSWER_BY.search(before) or ANSWER_WANTED_AFTER.match(text, m.end()) else role


# Someone's other duty said with when it ends: "he's covering the support rota till mid jan", "she's on call until the
# 18th", "tied up with the audit till friday". The duty's end is an event; the work's own date is elsewhere.
DUTY_UNTIL = re.compile(r"\b(?:cover(?:s|ing)|on[- ]call|rota|support (?:duty|queue|shift)|seconded|secondment|on loan|loaned out|lent out|helping (?:out )?(?:with|on)|busy with|tied up|booked up|standing in|filling in|acting up|interim|on (?:the )?[\w-]+ (?:rota|duty|shift|desk))\b"
                        r"[^.;?!]{0,40}?\b(?:until|till|til|through)\s+(?:about\s+|around\s+|roughly\s+)?(?:the\s+)?$", re.I)
# A date said with a hedge in its own clause: "she'll probably be in on monday", "maybe tomorrow", "monday-ish", "friday at a
# guess". A tentative date, never a date the work must meet.
HEDGE_BEFORE = re.compile(r"\b(?:probably|prob|maybe|possibly|perhaps|hopefully|tentatively|i think|i guess|i reckon|pencil+ed in(?: for)?|if all goes well|with (?:any )?luck|all being well)\b(?:\s+[\w']+){0,6}?\s+$", re.I)
HEDGE_AFTER = re.compile(r"(?:-?ish\b|\s*,?\s*(?:probably|maybe|perhaps|possibly|or so|at a guess|at best|tbc|tbd|pending|i think|i guess|if (?:that|it) holds|if all goes well|hopefully)\b)", re.I)
# The earliest something arrives, said as not before a day: "the snapshot fix won't land before fri the 11th", "the data
# isn't coming till the 9th". When the work can use it, never a date the work must meet.
NOT_BEFORE_DAY = re.compile(r"\b(?:won'?t|will not|wont|doesn'?t|does not|isn'?t|is not|aren'?t|are not|not going to|can'?t|cannot)\s+(?:\w+\s+){0,3}?(?:land|arrive|ship|come|come in|get here|be (?:ready|fixed|done|in|here|there|available|deployed|merged|delivered|live)|be with us|get (?:fixed|merged|deployed)|landing|arriving|coming)\s+(?:in\s+)?(?:before|until|till|til)\s+(?:the\s+)?(?:" + WEEKDAY + r",?\s+(?:the\s+)?)?$", re.I)
# A hedge inside a question or request is the ask softened, not the date in doubt: "can we maybe ship by friday?", "odds it's probably done by the 18th".
HEDGED_ASK = re.compile(r"^\s*(?:and\s+|so\s+|but\s+)?(?:can|could|would|will|shall|is|are|do|does|should|what|how)\b|\b(?:odds|chance|likelihood|need|needs|must|has to|have to|due|deadline)\b", re.I)


DUE_AFTER_HEDGE = re.compile(r"\b(?:due|deadline|needed|must|has to|have to)\b", re.I)


def _hedged(before: str, text: str, end: int) -> bool:
    """The date is tentative in its own clause ('probably in on monday', 'tomorrow maybe'), unless the hedge softens an ask."""
    clause = re.split(r"[.;?!,\n(]", before)[-1]
    hedge = HEDGE_BEFORE.search(clause)
    if hedge is None and not HEDGE_AFTER.match(text, end):
        return False
    if hedge is not None and DUE_AFTER_HEDGE.search(hedge.group(0)):
        return False  # 'two left maybe three it's due january 8th': the hedge is the estimate's, the date is due
    return HEDGED_ASK.search(clause[: hedge.start()] if hedge else clause) is None


# A meeting that decides on the answer, named by its day: "monday's steering group", "thursday's board", "the 14th's exec meeting".
GOVERNANCE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:steering|board|committee|exec|leadership|management|budget|planning|investment|qbr|quarterly|review board|approval)\b", re.I)
# Telling a deciding body on a date: "can I tell the board on 21 january that ...", "I brief the exec team on the 14th".
TELL_MEETING_ON = re.compile(r"\b(?:tell|telling|promise|promising|assure|reassure|commit to|give|giving|show|present(?:ing)? (?:it )?to|take (?:it |this )?to|brief(?:ing)?|update|report(?:ing)? to)\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+)?(?:board|committee|steering group|steerco|exec(?:utive)?s?(?: team)?|leadership(?: team)?|investors?|council|trustees)\s+(?:on|at|by|in)\s+(?:the\s+)?$", re.I)
# A meeting that wants the answer, not the work: "board meets 14/1 and they want ONE date for go-live", "the steering group
# on the 12th needs a number from us", "for the board on 18/1 i need a go-live date". The work's own date is what the answer gives.
ANSWER_WANTED_AFTER = re.compile(r"\s*(?:,|;|-|and|so|where|when)?\s*(?:they|he|she|it|the board|the committee|everyone|we|i)?\s*(?:'ll\s+|will\s+)?(?:want|wants|need|needs|expect|expects|are asking for|is asking for|ask for|asks for|(?:need|needs|have|has|got) to (?:give|bring|show|present|take|put)(?:\s+(?:them|him|her|it))?|owe (?:them|him|her|it))\s+"
                                 r"(?:(?:one|a|an|the|our|my|a single|1|from (?:us|me))\s+)+(?:(?:firm|single|final|committed|real)\s+)?(?:date|go-?live date|launch date|answer|number|estimate|commitment|decision|eta)\b", re.I)


# 'tomorrow.. no, monday', 'friday, sorry, thursday', 'the 14th - i mean the 15th': the first date is taken back.
CORRECTION_BETWEEN = re.compile(r"^[\s.,;:!?-]*(?:(?:no+|nope|sorry|wait|i mean|actually|scratch that|correction|oops|make that|rather|or rather)\b[\s.,;:!?-]*)+$", re.I)


def _corrected(found: list[StatedDate], text: str) -> list[StatedDate]:
    """The dates without one the manager corrected straight after saying it."""
    return [d for i, d in enumerate(found) if not (i + 1 < len(found) and CORRECTION_BETWEEN.match(text[d.end : found[i + 1].start]))]


# "wants the optimizer for the start of spring term ... spring term starts jan 19": the start of an event the work must be
# ready for is the work's deadline, not when the work starts.
EVENT_STARTS = re.compile(r"(?P<e>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:starts?|begins?|opens?|kicks? off)\s+(?:on\s+)?$", re.I)


# Something else that starts, said in a clause of its own ('the spring planting, which starts on monday 1 march', 'the
# bottles that start coming in on feb 1', 'the rota only starts on the 1st'): an event on the calendar, not our start.
THEIR_START = re.compile(r"(?P<e>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:\s*\([^)]{0,30}\))?(?:\s*,\s*which|\s+(?:which|that))?\s+(?P<only>only\s+|actually\s+|officially\s+)?"
                         r"(?:starts?|begins?|opens?|kicks? off)(?:\s+[a-z]+ing(?:\s+(?:in|up|out|through))?)?\s+(?:on\s+)?(?:the\s+)?(?:" + WEEKDAY + r",?\s+)?$", re.I)
RELATIVE_START = re.compile(r"(?:,\s*which|\s(?:which|that))\s+(?:only\s+|actually\s+|officially\s+)?(?:starts?|begins?|opens?|kicks? off)\b", re.I)
OUR_WORK_WORDS = r"(?:we|i|it|work|he|she|they|both|all|team|project|pilot|dev|build|training|labell?ers?|labell?ing|supplier|contractor|vendor|hire|engineer|model|[a-z]+ers?)"


def _event_said(before: str) -> tuple[str, bool]:
    """The event a start date belongs to, said before it, and whether it is said as someone else's ('which starts',
    'only starts'); ('', False) when nothing names one."""
    said = THEIR_START.search(before) or EVENT_STARTS.search(before)
    if said is None:
        return "", False
    event = re.sub(r"^(?:[\w'-]+\s+)*?(?:the|our|their|a|an)\s+|^(?:for|of|to|in|on|at|with|by|before)\s+", "", said.group("e"), flags=re.I)  # 'for the harvest': the harvest
    theirs = bool(RELATIVE_START.search(said.group(0)) or said.groupdict().get("only")) and not re.fullmatch(OUR_WORK_WORDS, event.split()[-1], re.I)
    if theirs and re.search(rf"\b(?:at|during|in|with|from|once|after|until)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,5}}?{re.escape(event.split()[0])}\b", before, re.I):
        theirs = False  # 'can only happen at the winter shearing, which starts jan 11': our work starts with it
    return event, theirs


def _event_we_are_due_for(found: list[StatedDate], text: str) -> list[StatedDate]:
    out = []
    for d in found:
        event, theirs = _event_said(text[max(0, d.start - 60) : d.start]) if d.role == "start" else ("", False)
        due_for = event and not re.fullmatch(r"(?:we|i|it|work|he|she|they|team|project|pilot|dev|build|training)", event.split()[-1], re.I) and re.search(
            rf"\b(?:for|before|by|in time for|ready for|live for)\s+(?:the\s+)?(?:start of\s+)?(?:the\s+)?(?:[\w'-]+\s+|\([^)]{{0,30}}\)\s+){{0,3}}?{re.escape(event)}\b", text, re.I)  # 'for the holiday peak ... peak starts 19 dec'
        out.append(StatedDate(d.value, "deadline", d.start, d.end) if due_for else StatedDate(d.value, "event", d.start, d.end) if theirs else d)
    return out


# "jan 4 and 5 are the stock count", "dec 28, 29 and 30": more days of the month just named, each with that date's role.
SECOND_DAY = re.compile(r"\s*(?:,|and|&|or|\+)\s*(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|[-\s]?(?:weeks?|wks?|days?|d|months?|hours?|hrs?|h|people|engineers?|of\b|am\b|pm\b|:|\.\d|[a-z]+s\b)))", re.I)

# "off jan 12-13", "away dec 28 to 30": the last day of a stretch of days off said with the month once.
DAY_RANGE_END = re.compile(r"\s*(?:-|–|to|through|thru|till|until)\s*(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|/|[-\s]?(?:weeks?|wks?|days?|months?|hours?|people|of\b|am\b|pm\b|:|\.\d|[a-z]{3,})))", re.I)


def _second_days(found: list[StatedDate], text: str) -> list[StatedDate]:
    out: list[StatedDate] = []
    for d in found:
        out.append(d)
        if not re.search(rf"\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?$", text[d.start : d.end].strip(), re.I):
            continue
        at = d.end
        while (more := SECOND_DAY.match(text, at) or (d.role in ("off", "away") and DAY_RANGE_END.match(text, at))) and not any(f.start == more.start("d") for f in found):
            try:
                value = d.value.replace(day=int(more.group("d")))
            except ValueError:
                break
            if value <= d.value:
                break
            out.append(StatedDate(value, d.role, more.start("d"), more.end()))
            at = more.end()
    return out


def _ordinals_of_named_dates(found: list[StatedDate], text: str) -> list[StatedDate]:
    """'sign-off on jan 21 ... does the 21st hold': a bare day of the month that a full date already named is that date."""
    named = [d for d in found if not re.fullmatch(r"(?:on |by )?(?:the )?\d{1,2}(?:st|nd|rd|th)", text[d.start : d.end].strip(), re.I)]
    out = []
    for i, d in enumerate(found):
        bare = re.fullmatch(r"(?:on |by )?(?:the )?(\d{1,2})(?:st|nd|rd|th)", text[d.start : d.end].strip(), re.I)
        range_end = i > 0 and OFF_UNTIL.fullmatch(text[found[i - 1].end : d.start]) is not None  # 'the 24th through the 1st': the next 1st
        same = next((n for n in named if bare and not range_end and n.role == d.role and n.value.day == int(bare.group(1)) and n.value != d.value
                     and re.search(rf"(?<!\d){n.value.day}(?!\d)", text[n.start : n.end])), None)  # 'wk of jan 18' ends on the 22nd but never said it
        out.append(StatedDate(same.value, d.role, d.start, d.end) if same else d)
    return out


# "the usual xmas shutdown", "over the holiday break": days nobody works, named but not dated.
HOLIDAY_BREAK = re.compile(r"\b(?:xmas|christmas|holiday|end[- ]of[- ]year|year[- ]end|winter)\s+(?:shut-?down|break|closure|close-?down|holidays|vacation)\b", re.I)


# "the comment period closes march 1st": a window that closes is a deadline, not an office closed.
WINDOW_CLOSES = re.compile(r"\b(?:period|window|deadline|consultation|submissions?|applications?|round|rfp|tender|bids?|poll|vote|enrol\w*|registration|sale|offer)\s+(?:[\w'-]+\s+){0,5}?(?:closes|closed|shuts)\s+(?:on\s+)?$", re.I)
# Days nobody works: "off dec 24 through jan 1", "out from the 21st to the 1st", "office closed 24-26 dec".
OFF_BEFORE = re.compile(r"\b(?:(?:is|are|we'?re|they'?re|team'?s?|everyone'?s?|all|office|company)\s+(?:\w+\s+){0,3}?(?<!give )(?<!giving )(?<!gave )(?<!put )(?<!carve )(?<!farm )(?<!hand )(?<!lend )(?<!sort )(?<!figure )(?:off|out|closed|away)(?:\s+(?:sick|ill|on (?:leave|pto|vacation|holiday|parental leave|paternity leave|maternity leave)))?\s+(?:till|until|through)|(?:is|are|we'?re|they'?re|team'?s?|everyone'?s?|all|office|company)\s+(?:\w+\s+){0,3}?(?<!give )(?<!giving )(?<!gave )(?<!put )(?<!carve )(?<!farm )(?<!hand )(?<!lend )(?<!sort )(?<!figure )(?:off|out|closed|away|dark)(?:\s+(?:sick|ill|on (?:leave|pto|vacation|holiday|parental leave|paternity leave|maternity leave)))?|(?:closes|closed|shuts|shut down|shutdown|is closed|(?:we'?re|we are|they'?re|they are|we'?ll be|we will be)\s+(?:closing|shutting)(?:\s+(?:down\s+)?(?:the|our)\s+(?:office|offices|plant|site|factory|warehouse|building|kitchens?|lab))?|(?:we|they|the (?:office|plant|site|factory|brewery|warehouse|company))\s+(?:shut|close)|(?:'s|is|are) shut|(?:we'?re|we are|office is|company is|everything is)\s+shut)|on (?:holiday|vacation|pto)|\bskeleton (?:crew|staff)|(?:nobody|no one|noone)\b[^.;]{0,30}\b(?:is|'s) (?:in|around|working|here))\s+(?:from\s+|between\s+|on\s+|for\s+)?(?:(?:all|the whole|the rest)\s+of\s+|all\s+)?(?:the\s+)?(?:(?:wk|week)\s+(?:of|commencing|beginning)\s+(?:the\s+)?)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?$", re.I)
# A closure said with its subject left out, at the start of a clause: "we start monday 7 december and close 24 december
# to 1 january", "start mon. off dec 24 - jan 1", "kick-off the 7th; shut 23 dec to 4 jan".
SUBJECTLESS_OFF = re.compile(r"(?:^|[.;:!?]\s+|,\s*|\b(?:and|then|but)\s+)(?:(?:we|all)\s+)?(?:close|closed|closing|shut|shutting|off|out|dark)\s+(?:from\s+|between\s+|on\s+)?(?:the\s+)?$", re.I)
# A person's own time off: "he's also off the 21st to the 23rd", "priya's away from jan 4", "i'm on leave 14-18 dec",
# "she's booked the 21st off" (DAY_GIVEN_OFF), "has pto from the 28th". Days that person does not work, never a deadline.
NOT_A_GROUP = r"(?!(?:team|office|offices|everyone|everybody|company|site|sites|plant|factory|warehouse|lab|org|department|dept|group|squad|business|school|shop|store|all|we|it|that|this|there|which|what)\b)"
AWAY_BEFORE = re.compile(rf"(?:\b(?:he'?s|she'?s|i'?m|i am|he is|she is|(?:he|she|i)(?:'ll| will) be|{NOT_A_PERSON}{NOT_A_GROUP}[a-z]+'s|{NOT_A_GROUP}[a-z]+ (?:is|will be))\s+(?:(?:also|then|both|all|going to be|gonna be)\s+){{0,2}}"
                         r"(?:(?:off|out|away)\s+on\s+(?:annual |parental |paternity |maternity |sick |medical |study |compassionate )?leave|off(?: sick)?|out(?: sick| of office)?|ooo|away|on (?:annual |parental |paternity |maternity |sick |medical |study |compassionate )?leave|on (?:holiday|vacation|pto)|travell?ing)"
                         r"|\b(?:taking|takes|took|booked|has|have|got)\s+(?:(?:some|a few|two|three|\d)\s+)?(?:days? off|time off|leave|pto|vacation|a holiday))"
                         r"\s+(?:from\s+|between\s+|on\s+|for\s+|until\s+|till\s+|til\s+)?(?:(?:all|the whole|the rest)\s+of\s+|all\s+)?(?:the\s+)?(?:(?:wk|week)\s+(?:of|commencing|beginning)\s+(?:the\s+)?)?$", re.I)
# A place or the whole organisation closed: "factory + office shut from the 23rd", "the mill's dark 24-28 dec".
SHUT_BEFORE = re.compile(r"\b(?:office|offices|factory|plant|sites?|mill|warehouse|lab|schools?|stores?|shop|depot|building|company|business|everything|everyone|hq|kitchens?|studio|clinic|campus|we|we'?re|we are|we'?ll be|they'?re)\b[^.;?!]{0,25}?\b(?:shut|shuts|shut down|shutting down|closed|dark|down|offline|idle)\s+(?:from\s+|between\s+|on\s+|for\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?$", re.I)
# The whole team taken off the work by an event: "the whole team is at the offsite jan 12-13", "we're all at the conference
# from the 9th", "everyone's on the training course 18-19 jan". Days nobody works on the project.
TEAM_AT_EVENT = re.compile(r"\b(?:whole team|entire team|full team|everyone|everybody|all of us|we'?re all|we are all|we'?ll all be|we will all be|the team)\b[^.;?!]{0,25}?\b(?:at|on|in|away (?:at|on))\s+(?:the|an|our|a)\s+(?:[\w-]+\s+){0,2}?(?:offsite|off-site|retreat|away-?day|conference|summit|training(?: course)?|course|hackathon|kick-?off|onsite|on-site|workshop|all-hands)s?\s+(?:on\s+|from\s+|between\s+)?(?:the\s+)?$", re.I)
# A whole-company event named just before its days: "company offsite thurs 10th + fri 11th", "the volunteering days are
# the 10th and 11th", "all-hands away day on the 9th". Days nobody works on the project.
COMPANY_EVENT_BEFORE = re.compile(r"\b(?:company|team|org|department|dept|office|all[- ]hands)(?:'s|-wide)?\s+(?:[\w-]+\s+)?(?:offsite|off-site|away[- ]?day|retreat|conference|summit|hackathon|volunteering days?|volunteer days?|training days?|kick-?off|shutdown)s?\s+(?:is\s+|are\s+|on\s+|from\s+|between\s+)?(?:the\s+)?(?:(?:is|are)\s+(?:on\s+)?(?:the\s+)?)?$", re.I)
# The last day before a break said the British way: "we break up on the 18th", "the team finishes for christmas on the 23rd".
BREAK_UP_BEFORE = re.compile(r"\b(?:break(?:s|ing)? up|broke up|finish(?:es|ing)? (?:up )?for (?:the )?(?:year|holidays?|christmas|xmas|break)|down(?:s|ing)? tools)\s+(?:on\s+|from\s+|after\s+)?(?:the\s+)?$", re.I)
# A stretch said first and named as time off after it: "between the 24th and jan 1 we're all off", "24/12-1/1 the office is closed".
OFF_AFTER = re.compile(rf"(?:\s*(?:and|&|-|–|to|through|thru|till|until)\s*(?:the\s+)?(?:{MONTH}\s+)?(?:\d{{1,2}}/\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?)(?:\s+(?:of\s+)?{MONTH})?(?:\s+inclusive)?)?\s*,?\s*"
                       r"(?:we'?re|we are|we'?ll be|everyone'?s|everyone is|the (?:office|team|plant|factory|site|company)(?:'s| is| will be)|office'?s|team'?s|all of us are|i'?m|he'?s|she'?s|they'?re|[a-z]+'s)\s+(?:all\s+|both\s+|also\s+)?(?:off|closed|shut|out|away|on leave|on holiday)\b"
                       rf"(?!\s+(?:from|between|starting|as of)\b|\s+(?:the\s+)?(?:\d|{MONTH}|{WEEKDAY}\b|christmas|xmas|new year))", re.I)  # 'we start monday the office is shut from the 23rd', 'we start monday, team's off 24 dec': the closure has its own date


# "the 12th and 13th of jan": a bare day of the month joined to a dated one takes its month.
PAIRED_DAY_MONTH = re.compile(rf"\s*(?:and|&|-|to|through|thru)\s*(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})", re.I)
# A closure named by its noun: "our xmas closure is dec 23 to jan 3", "plant shutdown runs from dec 21", "company holiday
# from 24 dec"; not a date the work must be ready before ("before the shutdown on dec 23").
CLOSURE_BEFORE = re.compile(r"(?<!before )(?<!before the )(?<!by )(?<!by the )(?<!ahead of the )(?<!until the )(?<!till the )\b(?:closure|shut-?down|close-?down|(?:company|office|public|bank|team|site|plant|christmas|xmas|winter|year[- ]end) (?:holidays?|break)|(?:xmas|christmas|winter|holiday|year[- ]end) break)(?:\s+this year)?\s*[,:(]?\s+(?:is\s+|runs\s+|will be\s+|starts\s+|begins\s+|this year is\s+)?(?:from\s+|between\s+)?(?:the\s+)?$", re.I)
# "everyone gets the 8th of january off", "we have the 2nd off": a day given off.
DAY_GIVEN_OFF = re.compile(r"\b(?:get|gets|got|getting|have|has|take|takes|taking|given|give|gives|having)\s+(?:the\s+)?$", re.I)
# Data named by when it is from: "the returns data from this christmas", "footage from last january".
DATED_DATA = re.compile(r"\b(?:data|returns|footage|sales|tickets|logs|images|photos|orders|numbers|figures|traffic|volumes?|records|labels|feeds?|readings|scans|claims|transactions|history|season)\s+(?:from|of|over|during|around)\s+(?:this\s+|last\s+|the\s+)?$", re.I)
# Another team's date: "the other squad's pricing launch is jan 20", "their go-live on the 9th ... but that's not ours".
OTHERS_BEFORE = re.compile(r"\b(?:other|another|sister|neighbou?ring)\s+(?:team|squad|group|department|dept|org|unit|project|crew)(?:'?s)?\b[^.;?!,]{0,40}$", re.I)
NOT_OURS_AFTER = re.compile(r"[^.;?!]{0,20}?\b(?:but|though|and)\s+(?:that'?s|it'?s|this is|that is|it is)\s+not\s+(?:ours|our (?:date|deadline|problem|project|launch)|us|for us|on us)\b", re.I)
# "it has to be in before the plant shutdown on the 18th": the closure's first day is what the work must beat.
BEFORE_CLOSURE = re.compile(r"\b(?:before|by|ahead of|prior to)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:closure|shut-?down|close-?down|break|holidays?)\s+(?:on\s+|starts?\s+(?:on\s+)?|begins?\s+(?:on\s+)?)?(?:the\s+)?$", re.I)
# "... on the 12th and 13th of jan so no project work those 2 days": days nobody works on the project.
NO_WORK_AFTER = re.compile(r"(?:\s*(?:and|&|-|to|through|thru)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[a-z]+\.?)?)?(?:\s*(?:,|and|or|&|plus|\+)\s*(?:the\s+)?(?:[a-z]{3,9}\s+)?\d{1,2}(?:st|nd|rd|th)?)*[^.;?!\d]{0,50}?\b(?:so\s+)?(?:no (?:project |model |real |ml )?work|(?:nobody|no one|noone)(?:'s| is| will be|'ll be)? (?:works|working|around|in|touches|does any|codes))\b", re.I)
# The day a closure ends said as the day work comes back ('shuts from christmas eve and doesn't come back till the 7th',
# 'closed from dec 21, back on jan 4', "don't reopen until january 6th"): the closure runs to the day before it.
BACK_BETWEEN = re.compile(r"[^.;?!]{0,40}?\b(?:(?:doesn'?t|don'?t|won'?t|not|isn'?t|aren'?t|nobody'?s?|no one'?s?)\s+(?:\w+\s+)?(?:come|get|be|reopen|open|start)\w*\s+(?:back\s+|again\s+)?(?:till|until|til|before)"
                          r"|(?:we'?re\s+|everyone'?s\s+|they'?re\s+)?back(?:\s+(?:at work|in))?\s+(?:on|from)?|re-?open\w*\s+(?:on)?|open(?:s|ing)? again\s+(?:on)?|return(?:s|ing)?\s+(?:on)?)\s*(?:the\s+)?$", re.I)
OFF_UNTIL = re.compile(r"\s*(?:up to and incl(?:uding|\.|usive)?|up to and with|through|thru|to|until|till|til|-|→|->|and|plus|\+|&|,)\s*(?:the\s+)?", re.I)
# Words that put a date in the past: a start that happened, a due date that was missed.
PAST_CUE = re.compile(r"\b(?:kicked off|kick-?off (?:was|happened)|(?:did(?:n'?t| not)|never) (?:actually |really )?(?:kick off|start|begin)|started|began|joined|rolled (?:it )?(?:back|out)|reverted|broke|went down|fixed|deployed|happened|retrained|noticed|spotted|was due|were due|was supposed to|were supposed to|missed|since|landed|shipped|went live|promised (?:it |them |her |him |this |that )?|committed|we said|told (?:them|her|him|the \w+))\b[^.;?!]{0,30}$", re.I)


# A clause told in the past ("i've given him that feedback twice", "we flagged it"): a date in it that would otherwise be
# most of a year ahead is a few weeks back.
PAST_CLAUSE = re.compile(r"\b(?:i|we|he|she|they|you)(?:'ve|'d| have| had)\s+\w+|\b(?:was|were|did|gave|given|told|said|sent|raised|flagged|mentioned|asked|had|showed|shown|presented|demoed|launched|shipped)\b", re.I)
# "last spring's inflow forecast said ... by may 10 and it filled april 22": dates of a season already gone.
LAST_SEASON = re.compile(r"\b(?<!the )(?<!over )(?<!for )(?:last|previous|past) (?:spring|summer|autumn|fall|winter|year|season|cycle)(?:'s)?\b[^.;?!]{0,140}$", re.I)
WEEKDAY_AS_KIND = re.compile(r"^\s+(?:was|were|used to be)\b|^[\s-]*(?:mornings|afternoons|evenings|nights|lunchtimes)\b|^[\s-]*(?:(?:morning|afternoon|evening|night|model|prod|production)[\s-]+)?(?:deploy|release|ship|rollback|standup|stand-up|demo|merge|push|launch|incident|page)s\b", re.I)
# 'replacing the friday status meeting', 'our monday standup', 'the weekly thursday demo': a meeting named by its weekday.
RECURRING_MEETING_AFTER = re.compile(r"^[\s-]*(?:(?:status|team|staff|planning|ops|leads?|all-hands)\s+)?(?:meeting|standup|stand-up|sync|retro|1:1|check-in|huddle|all-hands)\b", re.I)
REGULAR_BEFORE = re.compile(r"\b(?:weekly|usual|regular|recurring)\s+$", re.I)
MEETING_AFTER = re.compile(r"^[\s-]*(?:[\w-]+\s+)?(?:meeting|standup|stand-up|sync|retro|demo|review|call|check-in|huddle|all-hands|1:1)\b", re.I)


def _recurring_meeting(text: str, m: re.Match[str]) -> bool:
    """A weekday naming a standing meeting, not a date anything is due."""
    before, after = text[max(0, m.start() - 20) : m.start()], text[m.end() : m.end() + 40]
    own = re.search(r"\b(?:the|our|my|their)\s+$", before, re.I) and RECURRING_MEETING_AFTER.match(after)
    return bool(own or (REGULAR_BEFORE.search(before) and MEETING_AFTER.match(after)))


NOT_A_DAY_AFTER = re.compile(r"^[\s-]*(?:grade|graders?|floor|place|percentile|attempt|try|time|round|year|quarter|gen(?:eration)?|version|iteration|option|choice|priority)\b", re.I)
FULL_MONTH_STOP = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\.\s+\d", re.I)
# A date something moves to: 'is now going to be jan 12, the vendor was late' is ahead whatever follows it.
MOVED_BEFORE = re.compile(r"\b(?:going to be|gonna be|(?:moved|moving|pushed|slipped|slipping|shifted|rescheduled|postponed|delayed)(?: out| back)? (?:to|for|until|till)|now)\s+(?:(?:early|mid|late|around|about)\s+)?(?:the\s+)?$", re.I)
# 'the launch on the 18th has moved to jan 25': the old date is the plan that moved, not a day already gone.
MOVED_AFTER = re.compile(r"\s*,?\s*(?:(?:has|have|had|'s|is|was|got|been)\s+){0,2}(?:now\s+)?(?:moved|pushed|slipped|shifted|postponed|delayed|rescheduled|changed)\b", re.I)
# A date followed by what already happened on it: "on the 1st we changed ...", "the 20th, they shipped ...".
PAST_AFTER = re.compile(r"^\s*,?\s*(?:we|they|it|he|she|i|you|someone|the \w+|\w+)\s+(?:\w+\s+)?(?:changed|switched|moved|shipped|launched|started|rolled|pushed|deployed|merged|updated|flipped|turned|released|retrained|went|was|were|did|had|got)\b", re.I)


# The subject of a clause and the verb after it ('he pushed', 'sam quietly told', 'the deploy broke'), in one sentence.
_SUBJECT_VERB = re.compile(r"(?:^|[\s,(])(?:(?i:we|they|it|he|she|i|you|someone|the [\w-]+)|[A-Z][a-z]+)\s+(?:[a-z]+ly\s+|just\s+|then\s+|also\s+)?(?P<verb>[a-z]+)\b")
_AHEAD = re.compile(r"\b(?:will|'ll|shall|going to|gonna|need to|needs to|has to|have to|must|should|by|until|till|due)\b", re.I)


def _told_as_done(phrase: str, text: str, m: re.Match[str], before: str) -> bool:
    """A date of something already done: 'on the 1st we changed what counts', or a weekday opening a clause told in the
    past ('on tuesday afternoon, after the second time, he pushed a change')."""
    if re.fullmatch(r"(?:on\s+)?" + WEEKDAY, phrase.strip(), re.I) and _opens_clause(text, m.start()) and told_in_past(text[m.end() : m.end() + 100]):
        return True
    return bool(PAST_AFTER.match(text[m.end() : m.end() + 60])) and not MOVED_BEFORE.search(before) and not MOVED_AFTER.match(text, m.end())


def _weekday_gone(value: date, today: date) -> date:
    """The last such weekday on or before today ('on tuesday marco shipped', said on a friday: three days ago)."""
    return value - timedelta(days=7 * ((value - today).days // 7 + 1))


def _opens_clause(text: str, at: int) -> bool:
    """True when the day opens its clause ('then on tuesday, ...', 'monday she told me'), not when it ends one
    ('can we meet on tuesday, i ...': the meeting's day)."""
    before = re.sub(r"\bon\s*$", "", text[max(0, at - 40) : at], flags=re.I)
    return not before.strip() or bool(re.search(r"(?:[.;:!?,\n(]|\b(?:and|then|but|so|because|cause|when|after|also))\s*$", before, re.I))


def told_in_past(after: str) -> bool:
    """True when the clause a weekday opens is told in the past ('on monday she told me ...', 'tuesday afternoon, after
    the second time, he pushed a change'): a subject and a verb in the past tense (lemminflect's VBD), before any word
    that looks ahead ('will', 'by', 'has to')."""
    from lemminflect import getAllLemmas, getInflection

    clause = re.split(r"[.;?!\n]", after, maxsplit=1)[0]
    ahead = _AHEAD.search(clause)
    for m in _SUBJECT_VERB.finditer(clause[: ahead.start()] if ahead else clause):
        verb = m.group("verb").lower()
        lemma = getAllLemmas(verb).get("VERB")
        if lemma and verb != lemma[0] and verb in (getInflection(lemma[0], "VBD") or ()):
            return True
    return False


def _last_before(value: date, phrase: str, today: date) -> date:
    """The same day a month earlier ('the 1st') or a year earlier (a named month), once it is on or before today."""
    if not re.search(MONTH, phrase, re.I):
        year, month = value.year, value.month
        for _ in range(12):
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            try:
                earlier = date(year, month, value.day)
            except ValueError:
                continue  # no 31st that month
            if earlier <= today:
                return earlier
    return _a_year_earlier(value) or value


def _after(first: date, day: int) -> date:
    """The first date after `first` whose day of the month is `day` (the end of a stretch said as two bare days)."""
    return _next_day_of_month(day, first, after=True, months=13) or first


def _named_weekday(phrase: str, value: date | None) -> date | None:
    """A day of the month said with its weekday ('monday the 4th') when the day read falls on another weekday: the
    next month whose day of that number is that weekday (within three months), else the day as read."""
    said = re.match(rf"\s*(?:(?:on|by|before|until|till|from)\s+)?({WEEKDAY}),?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b", phrase, re.I)
    weekday = WEEKDAYS.get(said.group(1).lower()) if said else None
    if value is None or weekday is None or value.weekday() == weekday:
        return value
    year, month = value.year, value.month
    for _ in range(3):  # 'monday the 4th': a month or two ahead; further than that the weekday is a slip, said (weekday_said)
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
        try:
            day = date(year, month, int(said.group(2)))
        except ValueError:
            continue
        if day.weekday() == weekday:
            return day
    return value


def _same_week(anchor: date, weekday_date: date) -> date:
    """The first day on or after `anchor` that falls on `weekday_date`'s day of the week."""
    return anchor + timedelta(days=(weekday_date.weekday() - anchor.weekday()) % 7)


def _paired_weekday(text: str, m: re.Match[str]) -> bool:
    """'tues + thurs', 'mon/wed': days of the week as a rule, not one date."""
    pair = rf"\s*(?:\+|&|/|and|or)\s*{WEEKDAY}\b"
    return bool(re.match(pair, text[m.end() : m.end() + 20], re.I) or re.search(rf"\b{WEEKDAY}\s*(?:\+|&|/|and|or)\s*$", text[max(0, m.start() - 20) : m.start()], re.I))


def _a_year_earlier(value: date) -> date | None:
    try:
        return value.replace(year=value.year - 1)
    except ValueError:
        return None
