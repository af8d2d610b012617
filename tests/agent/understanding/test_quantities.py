"""Numbers read with what they count: a count of things each week is a rate and a measure taken at an age is a metric,
neither of them work to plan."""

import pytest

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


def test_another_week_is_one_week_left_and_a_worst_case_said_after_it_is_the_high_end():
    normal = normalise("gut feel from her: another week on the ranking fix, three at worst")
    found = find_durations(normal)
    assert [(d.role, d.low, d.likely, d.high) for d in found] == [("remaining", 1.0, 1.0, 3.0)]


def test_one_more_sprint_tops_two_keeps_both_ends():
    normal = normalise("he reckons one more sprint (2 tops) to close out the eval harness")
    found = find_durations(normal)
    assert [(d.role, d.likely, d.high) for d in found] == [("remaining", 2.0, 4.0)]


def test_another_week_of_someones_time_is_an_ask_not_time_left():
    normal = normalise("finance asked for another week of her time on the audit")
    assert [d.role for d in find_durations(normal)] != ["remaining"]


def test_a_rate_of_a_population_is_no_chance_but_odds_still_are():
    from agent.understanding.quantities import find_percentages

    assert "success" not in find_percentages("among the 300 it ranked lowest, about 1 in 4 did not renew, against 1 in 9 overall. we think it's likely")
    assert "success" not in find_percentages("of the flagged ones roughly 1 in 10 turn out positive, so likely fine")
    assert find_percentages("honestly maybe 1 in 3 it beats the baseline")["success"].value == 0.33


@pytest.mark.parametrize(("text", "hours"), [
    ("could someone show the new dispatchers the routing screen friday? ~3 hrs", 3.0),
    ("probably an hour or two for whoever owns the pipeline", 1.5),
    ("needs 45 mins with someone from the model team", 0.75),
    ("two to four hours, tops", 3.0),
    ("a couple of hours on wednesday", 2.0),
])
def test_a_small_ask_said_in_hours_has_that_size(text, hours):
    from agent.understanding.quantities import size_in_hours

    assert size_in_hours(text) == hours


@pytest.mark.parametrize("text", [
    "the feed has been down for 3 hours", "can you reply in 2 hours", "it broke 4 hours ago",
    "they lose 2 hours a day to this", "retrain every 6 hours", "a 24 hour turnaround",
])
def test_hours_that_say_when_or_how_long_something_lasted_are_no_size(text):
    from agent.understanding.quantities import size_in_hours

    assert size_in_hours(text) is None


def test_a_stretch_said_in_its_own_unit_is_converted_never_read_in_the_estimates_unit():
    from agent.understanding.quantities import find_durations as durations
    from agent.understanding.text import normalise as norm

    [loan] = durations(norm("she'd be away a week, maybe 9 days, then straight back"))
    assert (loan.low, loan.high) == (1.0, 1.8) and loan.unit == "week"
    [work] = durations(norm("three days, maybe a week if the export breaks"))
    assert (round(work.low, 2), round(work.high, 2)) == (0.6, 1.0)
    [plain] = durations(norm("5 weeks, maybe 7"))
    assert (plain.low, plain.high) == (5.0, 7.0)


def test_hedged_cases_after_an_estimate_are_its_low_and_high_never_more_work():
    text = normalise("kemi has roughly four weeks left on the routing model, might be three, might be six. the new ask is two weeks")
    found = [(d.weeks, d.role) for d in find_durations(text)]
    assert found == [([3.0, 4.0, 6.0], "remaining"), ([2.0, 2.0, 2.0], "effort")]


def test_a_hedged_case_in_its_own_unit_is_converted_to_the_estimates_unit():
    found = find_durations(normalise("the backfill is 2 weeks, maybe 5 days, then 1 week of review"))
    assert [d.weeks for d in found] == [[1.0, 2.0, 2.0], [1.0, 1.0, 1.0]]


def test_a_count_after_an_estimate_is_no_hedge():
    found = find_durations(normalise("the migration takes 3 weeks, maybe 2 people on it"))
    assert [d.weeks for d in found] == [[3.0, 3.0, 3.0]]


def test_cases_with_their_conditions_after_an_attributed_estimate_are_its_low_and_high():
    found = find_durations(normalise("he's 3 wks into the parser, 5 days left he thinks, 4 if the fixtures hold, 9 if we redo the schema. demo is friday"))
    assert [d.weeks for d in found] == [[3.0, 3.0, 3.0], [0.8, 1.0, 1.8]]


def test_a_span_of_data_is_no_length_of_work_and_a_span_of_work_is():
    from agent.understanding.quantities import find_durations
    from agent.understanding.text import normalise

    weeks = [d.likely for d in find_durations(normalise("first relabel 6 months of returns photos, 2 weeks, then retrain, 3 weeks"))]
    assert weeks == [2, 3]
    assert [d.likely for d in find_durations(normalise("about 3 weeks of labelling work left"))] == [3]


def test_a_share_of_time_is_said_many_ways_and_is_never_a_chance():
    from agent.understanding.quantities import find_percentages, work_share

    for said, share in [("ines is only on it about 60% this month", 0.6), ("bo's on the ranker at 40%", 0.4), ("she's only 30% on it", 0.3),
                        ("he's working on the eval harness at maybe 50%", 0.5), ("25% of her time", 0.25)]:
        assert work_share(said).value == share, said
        assert "success" not in find_percentages(said), said
    for said in ["the model is on it at 60% accuracy", "ines is 60% done", "i'm 60% sure", "we're at 120% capacity", "it's 70% on track"]:
        assert work_share(said) is None, said


def test_a_span_counted_from_a_named_day_is_a_date_not_a_task():
    assert _said("we kick off three weeks from tuesday, then cleaning 1 wk") == [("3 weeks", "deadline"), ("1 weeks", "effort")]
    assert _said("sign-off is 10 working days after the 11th") == [("10 working days", "deadline")]
    assert _said("it takes 2 weeks from kickoff") == [("2 weeks", "effort")]
    assert _said("they want her for three weeks from monday") == [("3 weeks", "effort")]
