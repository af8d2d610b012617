"""Numbers read with what they count: a count of things each week is a rate and a measure taken at an age is a metric,
neither of them work to plan."""

from agent.understanding.quantities import find_durations
from agent.understanding.text import normalise


def _said(text: str) -> list[tuple[str, str]]:
    normal = normalise(text)
    return [(normal[d.start : d.end], d.role) for d in find_durations(normal)]


def test_a_count_of_things_each_week_is_no_duration():
    assert _said("the line sorts 2.4m apples a week and ~3,500 bruised apples a week slip through") == []


def test_a_count_of_people_a_week_is_still_effort():
    assert _said("the migration took 2 engineers a week") == [("1 week", "effort")]


def test_a_share_of_someones_week_is_still_a_rate():
    assert _said("she gives us 2 days a week") == [("2 days", "rate")]


def test_a_measure_taken_at_an_age_is_a_metric_not_work():
    said = _said("the regulator wants our 60-day survival estimate documented, about 3 days of writing")
    assert said == [("3 days", "effort")]
