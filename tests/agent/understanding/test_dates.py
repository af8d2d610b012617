"""Vague times stay vague: 'in the new year' is no deadline on 1 January, and a named day is not this week's."""

from datetime import date

from agent.understanding.dates import find_dates

TODAY = date(2026, 12, 4)


def test_in_the_new_year_is_when_something_starts_not_a_date_due():
    found = find_dates("the cfo liked the idea, said we can pick it up in the new year", TODAY)
    assert [d.role for d in found] == ["start"] and found[0].value > date(2027, 1, 1)


def test_a_named_new_year_day_is_still_a_date():
    assert any(d.value == date(2027, 1, 1) for d in find_dates("the board wants it live by new year's day", TODAY))


def test_a_named_day_of_the_year_is_not_this_weeks_weekday():
    assert [d for d in find_dates("returns spike after black friday every year", TODAY) if d.value == date(2026, 12, 11)] == []


def test_a_weekday_naming_a_standing_meeting_is_no_date():
    from agent.understanding.dates import find_dates
    from agent.understanding.text import normalise

    today = date(2026, 12, 4)
    assert find_dates(normalise("we're scrapping our tuesday sync for async notes"), today) == []
    assert [d.value.isoformat() for d in find_dates(normalise("the tuesday demo has to show the churn model"), today)] == ["2026-12-08"]


def test_a_date_taken_back_straight_after_it_is_said_is_dropped():
    from agent.understanding.dates import find_dates
    from agent.understanding.text import normalise

    today = date(2026, 12, 4)
    assert [d.value.isoformat() for d in find_dates(normalise("sync with ravi thursday, sorry, wednesday"), today)] == ["2026-12-09"]
    assert len(find_dates(normalise("due friday, no later than the 18th"), today)) == 2


def test_a_weekday_said_beside_tomorrow_names_the_day():
    # Said on a Friday: 'tomorrow' would be Saturday, the weekday in brackets or between dashes says which day is meant.
    for said, day in (("catch-up with noor tomorrow (monday), 45 mins", date(2026, 12, 7)),
                      ("chat with ilse tomorrowish - tues - about the rota", date(2026, 12, 8)),
                      ("sync with bo on wednesday (tomorrow), 20 min", date(2026, 12, 9))):
        found = find_dates(said, TODAY)
        assert [d.value for d in found] == [day], said


def test_two_days_in_a_list_stay_two_dates():
    assert [d.value for d in find_dates("review tomorrow, then the launch on friday", TODAY)] == [date(2026, 12, 5), date(2026, 12, 11)]


def test_the_words_said_keep_their_bracket():
    text = "call with ros tomorrow (tuesday?) for 30 min"
    found = find_dates(text, TODAY)
    assert [d.value for d in found] == [date(2026, 12, 8)] and text[found[0].start : found[0].end] == "tomorrow (tuesday?)"
