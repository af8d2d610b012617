"""Dates that already happened, sentence ends after a month, breaks that end the day people are back."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.dates import find_dates

TODAY = date(2026, 12, 4)


def test_a_day_followed_by_what_happened_on_it_is_in_the_past():
    found = find_dates("on the 2nd we switched the label source", TODAY)
    assert [(d.value, d.role) for d in found] == [(date(2026, 12, 2), "past")]
    assert find_dates("by the 22nd we need it", TODAY)[0].role == "deadline"


def test_a_month_that_ends_a_sentence_does_not_take_the_next_number():
    s = parse_situation("ask my vp for one more MLE. we run 9 models, up from 3 in march. four incidents last month.", None, TODAY)
    assert s.get("deadline") is None


def test_a_break_ends_the_day_people_are_back_and_a_fixed_week_is_a_task():
    s = parse_situation(
        "forecast: data fixes 1-2 wks, training 2-3 wks, then a fixed week of canary. we're off from the 21st til jan 5th (5th we're back). "
        "is the wk of feb 1 realistic",
        None,
        TODAY,
    )
    assert s.get("days_off")[-1] == "2027-01-04" and "2027-01-05" not in s.get("days_off")
    assert s.get("deadline") == "2027-02-05"  # "is the wk of feb 1 realistic": by the end of that week
    assert [t["name"] for t in s.get("tasks")][-1] == "canary"


def test_a_span_over_the_last_year_does_not_put_a_later_date_in_last_year():
    found = find_dates("send the audit trail for the last year before the inspection opens 19 jan", TODAY)
    assert [(d.value, d.role) for d in found] == [(date(2027, 1, 19), "deadline")]
    assert find_dates("last year's plan said it would be done by mar 3", TODAY)[0].value == date(2026, 3, 3)


def test_a_quarter_naming_a_thing_is_no_date_and_the_day_asked_is_the_deadline():
    found = find_dates("can you refresh the Q1 revenue numbers for the steering group, wed 16th at the latest", TODAY)
    assert [(d.value, d.role) for d in found] == [(date(2026, 12, 16), "deadline")]
    assert find_dates("we need it live by Q1", TODAY)[0].value == date(2027, 3, 31)


def test_a_weekday_opening_a_clause_told_in_the_past_is_the_one_gone():
    from agent.understanding.dates import find_dates

    for said in ("then on Wednesday morning, before standup, she deleted the staging bucket", "Monday Ravi quietly told me he's interviewing",
                 "on tuesday marco shipped the fix"):
        found = find_dates(said, TODAY)
        assert [(d.role, d.value.weekday() < TODAY.weekday() or d.value < TODAY) for d in found] == [("past", True)], said
        assert found[0].value < TODAY, said
    for said in ("on thursday he will have the numbers", "on friday we launch the pilot", "can we meet on tuesday, i used the old deck last time"):
        assert all(d.role != "past" and d.value > TODAY for d in find_dates(said, TODAY)), said
