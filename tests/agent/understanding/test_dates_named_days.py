"""Which words name one day and which only a period, and a day said relative to today then named by its weekday.
Fresh phrasings (b45-d06 and b45-d13 showed the class)."""

from datetime import date

from agent.understanding.dates import find_dates, names_a_day

FRIDAY = date(2026, 12, 4)


def test_words_that_name_one_day_and_words_that_name_a_period():
    assert names_a_day("from the 21st") and names_a_day("starting mon") and names_a_day("4/1")
    assert not names_a_day("from january") and not names_a_day("early feb") and not names_a_day("next quarter")


def test_a_relative_day_named_by_its_weekday_right_after_is_that_weekday():
    # b45-d13 showed the class: 'tomorrow-ish (monday)' on a Friday was read as Saturday
    assert [d.value for d in find_dates("catch-up with yusuf tomorrow (mon), 45 min", FRIDAY)] == [date(2026, 12, 7)]
    assert [d.value for d in find_dates("review tomorrow-ish, i.e. monday", FRIDAY)] == [date(2026, 12, 7)]
    assert [d.value for d in find_dates("deploy tomorrow and retro on monday", FRIDAY)] == [date(2026, 12, 5), date(2026, 12, 7)]
