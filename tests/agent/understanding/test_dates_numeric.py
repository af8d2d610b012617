"""Numeric dates ('19/1', '12/18', 'mon 8/1'): which part is the day is decided once per question (a part over 12 decides,
then a writer's day-first cues, else the reading that comes sooner) and applied to every numeric date in it; a number pair
with no date's context is a fraction. Fresh phrasings (b37-u05 and b37-d14 showed the class)."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.dates import find_dates, numeric_order

TODAY = date(2026, 12, 4)  # a Friday


def _values(text: str) -> list[date]:
    return [d.value for d in find_dates(text, TODAY)]


def test_a_part_over_twelve_decides_the_order_for_every_date_in_the_question():
    assert numeric_order("loan him from 4/1 until 15/1", TODAY) == "dm"
    assert _values("loan him from 4/1 until 15/1") == [date(2027, 1, 4), date(2027, 1, 15)]
    assert numeric_order("launch is 1/15, kickoff 12/14", TODAY) == "md"
    assert _values("launch is 1/15, kickoff 12/14") == [date(2027, 1, 15), date(2026, 12, 14)]


def test_with_nothing_to_decide_the_sooner_reading_wins():
    assert _values("review on fri 8/1") == [date(2027, 1, 8)]
    assert _values("due 1/5") == [date(2027, 1, 5)]  # 5 January, not 1 May


def test_a_day_first_writer_is_read_day_first():
    assert _values("the audit pack is due 1/5, whilst the team is on other things") == [date(2027, 5, 1)]


def test_fractions_and_round_the_clock_are_no_dates():
    assert _values("1/2 the team is on it, 3/4 of the labels are done, 24/7 on-call") == []


def test_a_closure_and_a_board_date_written_day_first_reach_the_forecast():
    s = parse_situation("steering committee sits 19/1 and they want one date. we're shut 23/12 to 3/1. kick off mon 7/12: "
                        "data 2-3 wks then model 3-4 wks. what date do i give?", None, TODAY)
    assert s.get("answer_by") == "2027-01-19"
    assert s.get("start_date") == "2026-12-07"
    assert s.get("days_off")[0] == "2026-12-23" and s.get("days_off")[-1] == "2027-01-01"  # 2 and 3 Jan are a weekend


def test_a_meeting_day_written_day_first_dates_the_agenda():
    s = parse_situation("farid is back from paternity leave on tues 12/1, first 1:1 that day, 30 min. his team changed a lot", None, TODAY)
    assert s.get("meeting_date") == "2027-01-12"


def test_a_day_month_date_written_with_dots_is_read_day_first_and_a_decimal_is_not():
    from agent.understanding.text import normalise

    assert normalise("Our first 1:1 is on Thursday 14.1., 45 minutes.") == "Our first 1:1 is on Thursday 14/1, 45 minutes."
    assert normalise("we are off from 24.12. to 6.1.") == "we are off from 24/12 to 6/1."
    assert normalise("the sign-off deadline is 18.12.2026") == "the sign-off deadline is 18/12/2026"
    for kept in ("recall went from 0.81 to 0.84.", "the licence costs 2.5.", "we moved to v3.2. last week"):
        assert normalise(kept) == kept


def test_a_numeric_date_the_work_will_miss_is_a_date():
    # b45-d02 showed the class: "won't make 15/01 as promised" lost its date, so the new one went unused
    assert _values("the pricing page will miss 22/01 as promised") == [date(2027, 1, 22)]
    assert _values("we won't hit 3/2 after all") == [date(2027, 2, 3)]
    assert _values("now 1/2 the team is on leave") == []  # a fraction stays a fraction


def test_the_later_date_labelled_new_is_the_new_date_of_a_slip():
    s = parse_situation("write to kwabena: the loyalty model will miss 21/01. revised date: 18/02. the vendor feed came late", None, TODAY)
    assert (s.get("deadline"), s.get("new_date")) == ("2027-01-21", "2027-02-18")
    s = parse_situation("email to marisol - the churn dashboard can't make jan 14; new eta jan 28. sorry", None, TODAY)
    assert (s.get("deadline"), s.get("new_date")) == ("2027-01-14", "2027-01-28")
