"""What each figure of a plan is: a retry said as '+N weeks' or 'N weeks more' after 'else' is the same task again (with
what a miss costs), never a second task; time already gone ('which cost us 3 weeks') is no step; a step's name is the
work ('pull the till logs'), never the manager's 'we need to get ...' or the words of the step before it.
Phrasings are our own."""

from datetime import date

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def _tasks(question: str) -> list[dict]:
    return parse_situation(question, None, TODAY).get("tasks") or []


def test_else_plus_weeks_is_a_retry_of_the_same_task():
    tasks = _tasks("tasks left: scrape the catalogue 1 wk, classifier 2-3 wks 60/40 it works first time else +1 wk, "
                   "dashboard 1 wk. start mon. can we hit feb 5?")
    assert [t["name"] for t in tasks] == ["scrape the catalogue", "classifier", "dashboard"]
    assert tasks[1]["retry"] is True and tasks[1]["retry_weeks"] == 1.0


def test_otherwise_weeks_more_is_a_retry():
    tasks = _tasks("steps: label the photos 2 weeks, then train the grader 3 weeks, 70% first go, otherwise 2 weeks more, "
                   "then a week of pilot. deadline march 1, what are the odds")
    assert len(tasks) == 3
    assert tasks[1]["retry_weeks"] == 2.0


def test_one_more_named_round_is_a_retry_without_a_length():
    tasks = _tasks("left: clean the sensor feed 2 weeks; fit the model 3 weeks (65% good enough first try, else one more "
                   "tuning round); sign-off 1 week. due 26/02. odds?")
    assert len(tasks) == 3
    assert tasks[1]["retry"] is True and "retry_weeks" not in tasks[1]


def test_time_already_lost_is_no_step():
    s = parse_situation("Please draft a note to our COO: the churn model will not be ready for 18/12; the CRM export came "
                        "in the wrong encoding, which cost us two weeks to fix. New date 29/01.", None, TODAY)
    assert not any("cost" in t["name"] for t in s.get("tasks") or [])


def test_a_step_named_after_the_managers_must_do_words():
    tasks = _tasks("we need to get the shelf-gap detector live before the spring reset on the 15th of march steps are "
                   "collect the store photos 2 weeks then label them 1 to 2 weeks then train 2 to 3 weeks we start monday odds?")
    assert tasks[0]["name"] == "collect the store photos"


def test_two_steps_in_one_run_on_clause_keep_their_own_names():
    tasks = _tasks("we start on the 11th then merging the ledgers a week or two reconciling the codes two to three weeks "
                   "and then one week with finance signing off, due end of feb, can we make it")
    names = [t["name"] for t in tasks]
    assert names[0].startswith("merging the ledgers") and names[1].startswith("reconciling the codes")


def test_work_named_in_quotes_is_the_project():
    s = parse_situation("the museum (Odile runs it) asked if we can have the 'visitor flow forecaster' live for their "
                        "reopening on feb 10. tasks left: pull the ticket data 1 wk, model 2 wks, app 1 wk. draft her a reply",
                        None, TODAY)
    assert s.get("project") == "visitor flow forecaster"


def test_time_someone_needs_for_a_purpose_is_named_by_the_work():
    tasks = _tasks("Both run side by side from 11 January: the survey firm needs 2 to 3 weeks to fly the drone over the "
                   "3 estates, and the annotators need 3 to 4 weeks for the 12,000 roof photos. Due 1 March. Odds?")
    names = [t["name"] for t in tasks]
    assert names[0].startswith("fly the drone")
    assert names[1] == "annotators for roof photos"


def test_a_place_off_a_coast_is_no_work_someone_is_taken_off():
    s = parse_situation("Hello, an honest chance please. Corrosion detector for the buoys of our field off Skomer. Left, one "
                        "after the other: label the dive footage, 2-3 weeks; train the detector, 3 weeks; hand-over, 1 week. "
                        "We start Monday 07/12. It must be in by 01/03. What are our chances?", None, TODAY)
    assert s.get("project") != "Skomer"


def test_what_we_wait_for_is_no_name_of_the_work():
    s = parse_situation("so the port director wants the berth delay model for the review on the 26th of february can we make "
                        "it we can't start until the radar export from the harbour authority lands which they say is monday "
                        "the fourteenth then cleaning it a week or two building the model two to three weeks what are the odds",
                        None, TODAY)
    assert s.get("project") == "berth delay model"
