"""A battery of dates and starts typed the way managers type them, read on Fri 4 Dec 2026: ordinals of weekdays in
months, period ends, weeks commencing, relative days, numeric dates either way round, words for numbers and typos. Each
case is the words, the date they name and, where it matters, the role the date plays (None: any role)."""

from datetime import date

import pytest

from agent.understanding.dates import find_dates
from agent.understanding.text import normalise

TODAY = date(2026, 12, 4)

# (what the manager typed, the date it names, its role or None for any); a date of None: no deadline in it at all.
BATTERY: tuple[tuple[str, str | None, str | None], ...] = (
    # ordinals of weekdays in a month
    ("can we have it ready by the last friday of january?", "2027-01-29", "deadline"),
    ("the board meets on the first monday of february", "2027-02-01", None),
    ("launch is the second tuesday in jan", "2027-01-12", None),
    ("needs to be done by the 3rd thursday of feb", "2027-02-18", "deadline"),
    ("we can start on the first monday of next month", "2027-01-04", "start"),
    ("by the last working day of january", "2027-01-29", "deadline"),
    # period ends and parts of a month
    ("they want it by end of next month", "2027-01-31", "deadline"),
    ("the report's due end of month", "2026-12-31", "deadline"),
    ("due EOM", "2026-12-31", "deadline"),
    ("can it be live mid-Feb?", "2027-02-15", "deadline"),
    ("finance wants it by end of q1", "2027-03-31", "deadline"),
    ("ready by the end of february?", "2027-02-28", "deadline"),
    ("we need it for the beginning of march", "2027-03-01", "deadline"),
    ("the launch slipped to late march", "2027-03-31", None),
    ("it has to land by end of next week", "2026-12-11", "deadline"),
    # weeks of a month and weeks commencing
    ("we start w/c 11 Jan", "2027-01-11", "start"),
    ("work kicks off wc 4th jan", "2027-01-04", "start"),
    ("wk commencing 18 jan we start", "2027-01-18", "start"),
    ("we start from the week of jan 11", "2027-01-11", "start"),
    ("the work can't begin till w/c 11 jan", "2027-01-11", "start"),
    ("they need it by the 2nd week of jan", "2027-01-15", "deadline"),
    ("by the end of the first week of january", "2027-01-08", "deadline"),
    ("from the 2nd week of january we're on it", "2027-01-11", "start"),
    # relative to today or to a named day
    ("the review is the tuesday after next", "2026-12-15", None),
    ("the demo is two weeks from monday", "2026-12-21", "deadline"),
    ("we start two weeks from monday", "2026-12-21", "start"),
    ("can we deliver by monday week?", "2026-12-14", "deadline"),
    ("it's due friday week", "2026-12-18", "deadline"),
    ("due in three weeks", "2026-12-25", "deadline"),
    ("due in ten working days", "2026-12-18", "deadline"),
    ("they want it a fortnight from today", "2026-12-18", "deadline"),
    ("they need it in six weeks", "2027-01-15", "deadline"),
    ("due in a couple of weeks", "2026-12-18", "deadline"),
    ("can we ship it in the next month?", "2027-01-04", "deadline"),
    ("finance wants her two days a week for the next month", None, None),
    ("within the coming fortnight please", "2026-12-18", "deadline"),
    ("ship it in 2 sprints", "2027-01-01", "deadline"),
    ("the review is 3 weeks from the 4th of january", "2027-01-25", None),
    ("the loan runs 3 weeks from the 4th of january", "2027-01-04", "start"),
    ("we start a week on friday", "2026-12-18", "start"),
    ("can we do it by next friday", "2026-12-11", "deadline"),
    ("by eod tuesday please", "2026-12-08", "deadline"),
    ("by close of play thursday", "2026-12-10", "deadline"),
    # starts after the break
    ("we only pick it up in the first week back", "2027-01-04", "start"),
    ("the project kicks off after the break", "2027-01-04", "start"),
    ("we kick off after new year", "2027-01-04", "start"),
    ("kicks off the monday after new year", "2027-01-04", "start"),
    ("our plan, starting after the holidays (jan 4): scrape the logs 1 wk", "2027-01-04", "start"),
    ("we can't start before the 4th", "2027-01-04", "start"),
    ("starting 4 jan the team is on it", "2027-01-04", "start"),
    ("starting the 11th of january", "2027-01-11", "start"),
    ("work starts jan 4th", "2027-01-04", "start"),
    ("we begin on the fourth of january", "2027-01-04", "start"),
    # a weekday with a day of the month
    ("by sat 12th", "2026-12-12", "deadline"),
    ("sizes for saturday's gala, needed by Thursday 10th", "2026-12-10", "deadline"),
    ("the workshop is friday 8th", "2027-01-08", None),
    ("sizes for saturday's gala, needed by Thursday 10th", "2026-12-12", "event"),
    # numeric dates, day first and month first
    ("the cutover is due 15/01 at the latest", "2027-01-15", "deadline"),
    ("the cutover is due 01/15", "2027-01-15", "deadline"),
    ("go-live is 1/29/2027", "2027-01-29", "deadline"),
    ("it's due 2027-01-29", "2027-01-29", "deadline"),
    ("the launch is on 11.01.2027", "2027-01-11", "deadline"),
    ("due 29 jan '27", "2027-01-29", "deadline"),
    ("due 11-jan", "2027-01-11", "deadline"),
    # months and days in words
    ("the deadline is the twenty-ninth of january", "2027-01-29", "deadline"),
    ("we need it by january twenty-second", "2027-01-22", "deadline"),
    ("it's due on the thirtieth", "2026-12-30", "deadline"),
    ("we go live on 3rd march", "2027-03-03", "deadline"),
    ("go-live is March 3rd, 2027", "2027-03-03", "deadline"),
    ("the audit is the 29th of jan", "2027-01-29", None),
    ("due jan. 6", "2027-01-06", "deadline"),
    ("on the 2nd of feb", "2027-02-02", None),
    ("has to be live by valentine's day", "2027-02-14", "deadline"),
    ("the promo model has to be up before easter", "2027-03-27", "deadline"),
    # typos
    ("ship it by feburary 12", "2027-02-12", "deadline"),
    ("ready by janaury 8?", "2027-01-08", "deadline"),
    ("can we get it by wednsday", "2026-12-09", "deadline"),
    ("need it by thrusday", "2026-12-10", "deadline"),
    ("by weds", "2026-12-09", "deadline"),
    ("by thurs", "2026-12-10", "deadline"),
    # dates that are not the work's deadline
    ("he's covering the support rota till mid jan", "2027-01-15", "event"),
    ("alex is on the on-call rota until the 18th", "2026-12-18", "event"),
    ("company offsite weds 9th + thurs 10th so nobody's working, can we still ship by the 18th?", "2026-12-10", "off"),
    ("the team away day is on the 15th", "2026-12-15", "off"),
    ("[Fri 17:42] noor: can we talk about the thing from standup", None, None),
    ("[Thu 09:15] ravi: the feed is down again", None, None),
    # written after the fixes above, as a check that they generalise
    ("we need the scores by the final thursday of january", "2027-01-28", "deadline"),
    ("board is the 1st tuesday in march", "2027-03-02", None),
    ("kicking off wk/c 25 jan", "2027-01-25", "start"),
    ("we can get going the first monday back", "2027-01-04", "start"),
    ("ready for the fourth week of jan?", "2027-01-29", "deadline"),
    ("due 3 weeks from tomorrow", "2026-12-26", None),
    ("partnerships want her two weeks from the 7th, then she's back", "2026-12-07", "start"),
    ("the pilot ends 6 weeks after the 11th of january", "2027-02-22", None),
    ("lock it by tuesday week", "2026-12-15", "deadline"),
    ("the freeze starts the second friday of december", "2026-12-11", None),
    ("by 12th feb", "2027-02-12", "deadline"),
    ("can we hit 28-jan?", "2027-01-28", "deadline"),
    ("start date: 2027-01-18", "2027-01-18", "start"),
    ("we won't start til after the xmas break", "2027-01-04", "start"),
    ("she's on the incident rota till the 22nd", "2026-12-22", "event"),
    ("he's seconded to payments until end of jan", "2027-01-31", None),
    ("hand it over for the penultimate friday of feb", "2027-02-19", None),
    ("over the next six weeks we'll do the backfill", None, None),
    ("by the end of the 2nd week of february", "2027-02-12", "deadline"),
    ("can it land on or before 15 Jan", "2027-01-15", "deadline"),
    ("we begin once everyone's back", "2027-01-04", "start"),
    ("mid-march at the latest", "2027-03-15", "deadline"),
    ("launch on the thirty-first of march", "2027-03-31", "deadline"),
    ("by thursday the 14th", "2027-01-14", "deadline"),
    ("[Mon 09:02] ana: the deploy failed", None, None),
    ("wed 14:30 - kai: need the numbers", None, None),
    ("we kick off post-holidays", "2027-01-04", "start"),
    ("we need it by the 20th of next month", "2027-01-20", "deadline"),
    ("budget lands in jan 2027, the deck is due friday", "2026-12-11", "deadline"),
    ("can we get it out this side of christmas?", "2026-12-24", "deadline"),
)


def _reads(text: str, iso: str | None, role: str | None) -> bool:
    found = find_dates(normalise(text), TODAY)
    if iso is None:
        return not any(d.role == "deadline" for d in found)
    return any(d.value == date.fromisoformat(iso) and (role is None or d.role == role) for d in found)


@pytest.mark.parametrize(("text", "iso", "role"), BATTERY, ids=[t for t, _, _ in BATTERY])
def test_a_date_as_managers_type_it(text: str, iso: str | None, role: str | None):
    found = find_dates(normalise(text), TODAY)
    assert _reads(text, iso, role), [(d.value.isoformat(), d.role, normalise(text)[d.start : d.end]) for d in found]


def test_the_battery_is_large_enough_to_mean_something():
    assert len(BATTERY) >= 60


def test_a_month_with_its_year_names_no_day_of_it():
    assert [d.value for d in find_dates(normalise("the budget lands in january 2027"), TODAY)] == []
    assert [d.value for d in find_dates(normalise("go-live jan 20 2027"), TODAY)] == [date(2027, 1, 20)]
