"""Every number keeps the role its phrase gives it, never its position: a share of someone's week is availability and
not the size of the work; time in the job is tenure and not work already invested; a range or a worst case is kept
whole; and a date binds to the project its clause names. Phrasings are our own (new industries, numbers in words)."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.quantities import find_durations
from agent.understanding.text import normalise
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def _facts(question: str, team=None) -> dict:
    s = parse_situation(question, team, TODAY)
    return {f.name: f.value for f in s.facts}


def _roles(text: str) -> list[tuple[list[float], str]]:
    normal = normalise(text)
    return [(d.weeks, d.role) for d in find_durations(normal)]


# --- a share of the week is availability, never the work's size --------------------------------------------------

def test_two_days_per_week_is_a_share_not_a_two_day_job():
    facts = _facts("the ops director wants dara two days per week on the demand dashboard through january. dara has about "
                   "4 weeks left on the pallet-routing model. what happens to routing?")
    assert facts["time_share"] == 0.4
    assert facts["remaining_weeks"] == [3.5, 4.0, 5.0]
    assert facts.get("new_work_weeks") != [0.35, 0.4, 0.5]  # never 'a two-day job'


def test_one_day_a_week_until_a_month_is_a_share_and_the_range_left_is_whole():
    facts = _facts("finance wants jonas one day a week on the cost report until march. he's midway through the ranker "
                   "rebuild, maybe three weeks to go, could be six. bad idea?")
    assert facts["time_share"] == 0.2
    assert facts["remaining_weeks"] == [3.0, 3.0, 6.0]


def test_a_share_said_as_a_team_file_persons_days_keeps_the_current_work():
    facts = _facts("victor wants aisha two days a week on the llm summarizer from monday until the 23rd. what does that do "
                   "to the feature store migration", TEAM)
    assert facts["time_share"] == 0.4 and facts["project"] == "Feature store migration"


# --- time in the job is tenure, never work invested ---------------------------------------------------------------

def test_months_in_said_of_a_person_in_a_one_on_one_is_tenure():
    facts = _facts("1:1 thursday with ines, she's 3 months in and seems lost. 30 min")
    assert "done_weeks" not in facts
    assert "new_hire" in facts.get("cues", [])


def test_weeks_into_the_role_is_tenure():
    facts = _facts("1:1 friday w/ oluwaseun, eight weeks into the role, keeps apologising. 25 min")
    assert "done_weeks" not in facts
    assert "new_hire" in facts.get("cues", [])


def test_weeks_into_the_job_is_not_time_on_the_current_work():
    facts = _facts("kofi is six weeks into the job and already owns the anomaly detector. the plant manager wants him on "
                   "the kiln forecast for 2 weeks. he has ten days left on the detector. ok?")
    assert facts.get("done_weeks") != 6.0
    assert facts["remaining_weeks"] == [1.75, 2.0, 2.5]


def test_tenure_in_words_is_tenure():
    assert _roles("she's two months into the job") == [([8.66, 8.66, 8.66], "tenure")]


def test_with_us_for_some_weeks_is_tenure():
    assert [r for _w, r in _roles("marisol has been with us for five weeks")] == ["tenure"]


def test_weeks_on_a_named_piece_of_work_are_still_invested():
    facts = _facts("1:1 with gustavo tmrw. he's been on the vision rig for 3 weeks and hates it. 45 min")
    assert facts.get("done_weeks") == 3.0


def test_weeks_in_with_time_left_are_still_invested_work():
    facts = _facts("the mill wants pia on the yield dashboard for a week. she's 4 weeks in on the lint detector with 2 left. ok?")
    assert facts.get("done_weeks") == 4.0 and facts["remaining_weeks"][1] == 2.0


# --- a range or a worst case is kept whole ------------------------------------------------------------------------

def test_a_likely_value_with_best_and_worst_in_brackets_is_one_range():
    assert _roles("model 2 wks likely (1 best, 5 worst)") == [([1.0, 2.0, 5.0], "effort")]


def test_best_and_worst_in_brackets_reach_the_task():
    facts = _facts("plan for the bakery waste model: data pull four days, model 2 wks likely (1 best, 5 worst). start the "
                   "7th. date at 90%?")
    weeks = [t["weeks"] for t in facts["tasks"]]
    assert [1.0, 2.0, 5.0] in weeks


def test_worst_and_best_labelled_before_their_numbers_are_one_range():
    assert _roles("the loader port is 3 weeks (best 2, worst 7)") == [([2.0, 3.0, 7.0], "effort")]


def test_could_be_double_after_an_estimate_is_the_high_end():
    facts = _facts("claims routing rebuild: 3 weeks, could be 6. then a 1 week pilot. can we make feb 1?")
    assert facts["tasks"][0]["weeks"] == [3.0, 3.0, 6.0]


def test_sprints_in_words_are_a_range():
    facts = _facts("retrain for the tide model: two to three sprints. start jan 11. can we make march 1?")
    assert facts["tasks"][0]["weeks"] == [4.0, 5.0, 6.0]


def test_a_condition_case_in_brackets_is_the_high_end():
    facts = _facts("the freight eta model: cleanup one to two weeks, retrain two weeks (maybe 4 if the gps feed is flaky), "
                   "shadow a week. starting monday, odds for jan 22?")
    assert [t["weeks"] for t in facts["tasks"]] == [[1.0, 1.5, 2.0], [2.0, 2.0, 4.0], [1.0, 1.0, 1.0]]


def test_days_with_a_doubled_case_in_brackets_keep_it():
    facts = _facts("pipeline port: about 10 days (could be 20). then qa 3 days. starting tuesday. when at 90%?")
    assert facts["tasks"][0]["weeks"] == [2.0, 2.0, 4.0]


def test_a_month_realistically_two_keeps_the_two():
    facts = _facts("the credit-limit model needs about a month, realistically two if legal review drags. start monday. by end of feb?")
    assert facts["tasks"][0]["weeks"][2] >= 8.6


# --- a stated chance is the chance said ---------------------------------------------------------------------------

def test_a_chance_in_words_stays_as_said():
    facts = _facts("sixty-five percent the new tokenizer beats the old one first try, if not another 2 week round. tokenizer "
                   "3 weeks, eval 1 week. starting monday. when can i promise the translation team?")
    chances = [t.get("success_probability") for t in facts["tasks"] if t.get("success_probability") is not None]
    assert chances == [0.65]


# --- a date binds to the project its clause names -----------------------------------------------------------------

def test_a_date_said_of_the_current_work_is_the_current_works():
    facts = _facts("the plant wants noor on the boiler anomaly model for two weeks from monday. she's on the kiln planner, "
                   "3 weeks left, and the kiln planner goes live jan 20. ok?")
    assert facts.get("current_deadline") == "2027-01-20" or facts.get("deadline") == "2027-01-20"


# --- money is a cost, a loss or an ask by its verb ----------------------------------------------------------------

def test_money_a_problem_cost_someone_last_year_is_a_loss_not_the_asks_price():
    facts = _facts("help me ask the coo for a second data engineer for the dock team. spoiled catch cost the co-op about "
                   "€600k last season and the one we have is on call every night. draft it")
    assert "cost" not in facts


def test_the_price_of_the_ask_is_still_its_cost():
    facts = _facts("email to my vp asking for one more MLE for the claims team, roughly 140k fully loaded. we're drowning in tickets")
    assert facts.get("cost") == "roughly 140k fully loaded"


def test_a_price_after_a_loss_is_the_cost():
    facts = _facts("draft a note to the cfo asking for a labelling contractor: bad labels cost the clinic $90k in refunds, "
                   "and the contractor is 35k for the quarter")
    assert str(facts.get("cost", "")).startswith("35k")


def test_mornings_a_week_are_a_share_of_half_days():
    facts = _facts("the warehouse lead wants bo on the picking-robot eval three mornings a week till the 18th. bo is four "
                   "weeks from done on the returns classifier. impact?")
    assert facts["time_share"] == 0.3


def test_the_end_of_a_share_is_where_it_stops_not_the_current_works_date():
    facts = _facts("the ops lead wants bo on the dock model 2 days a week until the 18th. he has three weeks left on the "
                   "customs classifier. ok?")
    assert facts.get("deadline") != "2026-12-18" and facts["time_share"] == 0.4
