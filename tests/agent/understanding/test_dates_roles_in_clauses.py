"""A date's role comes from its own clause: a weekday said with a date names that date (a slip is kept, not hidden), the
day a dependency frees the work is its start, a team starting to use the output is the deadline, a meeting that wants a
date is when the answer is needed, and a holiday said as a time of year is no date due."""

from datetime import date

from agent.understanding.dates import find_dates
from agent.understanding.text import normalise

TODAY = date(2026, 12, 4)


def _roles(text: str) -> list[tuple[str, date]]:
    return [(d.role, d.value) for d in find_dates(normalise(text), TODAY)]


def test_a_weekday_said_before_a_date_names_that_date():
    assert _roles("ops want tomas for four days starting thu jan 7 on the label audit") == [("start", date(2027, 1, 7))]
    assert _roles("we kick off from mon 11 jan") == [("start", date(2027, 1, 11))]


def test_a_weekday_that_is_not_the_dates_own_is_kept_beside_it():
    found = find_dates(normalise("she can begin tue jan 6 on the pricing refresh"), TODAY)
    assert [(d.value, d.weekday_said) for d in found] == [(date(2027, 1, 6), "tue")]
    assert find_dates(normalise("she can begin wed jan 6 on the pricing refresh"), TODAY)[0].weekday_said == ""


def test_a_weekday_with_a_bare_day_far_off_is_not_moved_months_ahead():
    found = find_dates(normalise("the report is due by thu 16th"), TODAY)
    assert found[0].value == date(2026, 12, 16) and found[0].weekday_said == "thu"


def test_from_the_day_of_a_month_is_a_start():
    assert _roles("the ops lead wants noor three days a week from the fourth of january to the end of march")[0] == ("start", date(2027, 1, 4))


def test_the_day_a_dependency_lands_is_when_the_work_can_start():
    assert _roles("infra says the gpu quota comes through thursday, so lena's unblocked from then") == [("start", date(2026, 12, 10))]
    assert _roles("the vendor labels arrive on the 14th and priya can start then") == [("start", date(2026, 12, 14))]


def test_another_team_starting_to_use_the_output_is_the_deadline():
    assert _roles("finance wants to start relying on the cash forecast from mon feb 1. odds?") == [("deadline", date(2027, 2, 1))]
    assert _roles("support begins using the triage scores from the 11th of january") == [("deadline", date(2027, 1, 11))]
    assert _roles("it has to be live from the start of april") == [("deadline", date(2027, 4, 1))]


def test_a_meeting_that_wants_a_date_from_me_is_when_the_answer_is_needed():
    assert _roles("for the steering group on 20/1 i need a launch date i can defend") == [("answer_by", date(2027, 1, 20))]
    assert _roles("at the exec review on feb 3 i have to give them a date for the rollout")[0] == ("answer_by", date(2027, 2, 3))


def test_a_holiday_said_as_a_time_of_year_is_no_date_due():
    assert _roles("the shop stays open over christmas, our busiest week") == [("event", date(2026, 12, 25))]
    assert [r for r, _ in _roles("the post-xmas returns surge hits the model hardest")] == ["event"]
    assert [r for r, _ in _roles("the pre-christmas rush")] == ["event"]


def test_a_holiday_with_pre_or_post_and_no_noun_is_a_date():
    assert _roles("we need the fix pre-christmas please") == [("deadline", date(2026, 12, 24))]
    assert _roles("let's look at it again post-xmas") == [("start", date(2026, 12, 28))]
