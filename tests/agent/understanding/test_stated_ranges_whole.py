"""Numbers read as the manager stated them: a likely value with its good and bad case is one range (low, likely, high),
'another week, two at worst' is time left with its worst case, a chance word followed by a number is that number, and
numbers listed together ('bays 3 and 4') name things rather than size them."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.quantities import find_durations
from agent.understanding.text import normalise

TODAY = date(2026, 12, 4)


def _ranges(text: str) -> list[tuple[list[float], str]]:
    normal = normalise(text)
    return [(d.weeks, d.role) for d in find_durations(normal)]


def test_a_maybe_good_case_and_a_bad_case_after_the_estimate_make_one_range():
    said = _ranges("she reckons 2 wks left, maybe 1 if the vendor api behaves, 4 if it doesn't.")
    assert said == [([1.0, 2.0, 4.0], "remaining")]


def test_another_week_with_a_worst_case_is_time_left_with_its_high_end():
    said = _ranges("kai is 3 weeks into the dedup job and thinks another week, three at worst.")
    assert ([1.0, 1.0, 3.0], "remaining") in said


def test_the_worst_case_is_said_back_with_the_estimate():
    s = parse_situation("can i borrow kai for the churn report? he's on the dedup job, thinks another week, three at worst", None, TODAY)
    fact = s.fact("remaining_weeks")
    assert fact is not None and fact.value == [1.0, 1.0, 3.0]
    assert "worst" in fact.text


def test_a_worst_case_later_in_the_clause_is_the_high_end():
    s = parse_situation("can i borrow kai for the churn report? he thinks another week on the dedup job, three at worst", None, TODAY)
    assert s.get("remaining_weeks") == [1.0, 1.0, 3.0]


def test_a_whole_named_week_is_the_size_of_the_loan_and_its_start():
    s = parse_situation("finance wants to borrow lena full time all next week for the audit pack. she's 3 weeks into the "
                        "pricing model and has about 2 weeks left. ok?", None, TODAY)  # fmt: skip
    assert s.get("new_work_weeks") == [1.0, 1.0, 1.0]
    assert s.get("start_date") == "2026-12-07"


def test_numbers_listed_together_name_things_not_another_step():
    s = parse_situation("plan: labelling 2 to 3 weeks, then a 2 week trial on bays 3 and 4. starting monday, odds for jan 29?", None, TODAY)
    assert [t["weeks"] for t in s.get("tasks")] == [[2.0, 2.5, 3.0], [2.0, 2.0, 2.0]]


def test_a_chance_word_followed_by_a_number_is_the_number():
    s = parse_situation("data fixes 1 to 2 weeks, then the new embedding 2 to 3 weeks and honestly it's a toss-up, 70 percent maybe, "
                        "that it beats the old one, then a week of shadow. start monday, done by feb 12?", None, TODAY)  # fmt: skip
    chances = {t["name"]: t.get("success_probability") for t in s.get("tasks")}
    assert 0.7 in chances.values() and 0.5 not in chances.values()


def test_an_aside_in_brackets_after_an_estimate_is_no_task_name():
    s = parse_situation("two streams at the same time: (a) relabel the returns set, 2-3 wks, (b) wire it into the warehouse app with "
                        "the contractor, 4 to 6 wks (their number, not mine). go-live when both land. 80% date?", None, TODAY)  # fmt: skip
    names = [t["name"] for t in s.get("tasks")]
    assert names[1].startswith("wire it into the warehouse app") and "their" not in names[1]


def test_a_measured_share_of_things_and_a_range_in_a_share_of_runs_are_no_chance():
    from agent.understanding.quantities import find_percentages

    assert "success" not in find_percentages(normalise("the matcher pairs about 64% of uploaded invoices to orders today"))
    assert "success" not in find_percentages(normalise("the sim puts the stop between lap 14 and 21 in 75% of runs, most likely 17"))
    assert find_percentages(normalise("maybe 1 in 4 it beats the baseline"))["success"].value == 0.25


def test_the_work_a_date_is_asked_for_is_the_work_not_one_of_its_steps():
    s = parse_situation("need an 80% date for the new parcel-sorting classifier for the depots. label audit 2-3 wks and the "
                        "conveyor model 3-4 wks at the same time, then a 1 week trial. start monday", None, TODAY)  # fmt: skip
    assert s.get("project") == "parcel-sorting classifier"
