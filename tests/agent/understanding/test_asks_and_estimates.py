"""The ask comes last, estimates come in labelled cases and rates, typing slips are forgiven, and people stand
in lists: general readings seen in a blind set, tested on phrasings of our own."""

from datetime import date

import pytest

from agent.understanding import parse_situation
from agent.understanding.quantities import find_durations
from agent.understanding.text import final_ask, fix_typos, normalise

TODAY = date(2026, 12, 4)


def test_three_labelled_cases_make_one_estimate() -> None:
    found = find_durations(normalise("labeling 3 days best case, 5 most likely, 8 if the vendor is slow"))
    assert [(round(d.low, 2), round(d.likely, 2), round(d.high, 2)) for d in found] == [(0.6, 1.0, 1.6)]


def test_items_at_a_rate_after_a_first_task_are_a_second_task() -> None:
    s = parse_situation("dashboards first (2 to 3 wks), then onboarding twelve squads, we do ~3-4 squads a week. odds by feb 12?", None, TODAY)
    tasks = s.get("tasks")
    assert s.intent == "planning" and [t["name"] for t in tasks] == ["dashboards", "12 squads"]
    assert tasks[1]["weeks"] == [3.0, 3.43, 4.0]


@pytest.mark.parametrize(
    "question",
    [
        "vp wants the churn refresh by jan 20. left: features 1-2 wks, retrain 1 wk, then shadow mode a week. can i commit with 80% confidence",
        "need to tell the cmo before the QBR whether the pricing model is live. left: backfill 2-3 days, tuning ~4 days. yes or no, and what are the chances",
    ],
)
def test_a_plan_whose_last_ask_is_its_odds_is_a_forecast(question: str) -> None:
    s = parse_situation(question, None, TODAY)
    assert s.intent == "planning" and len(s.get("tasks")) >= 2


def test_the_final_ask_is_the_last_sentence_that_asks() -> None:
    assert final_ask("deadline jan 29. left: a 2 wks, b 1 wk. whats my p80? thanks") == "whats my p80?"
    assert final_ask("ranking 2 wks, eval 1 wk. yes or no, and the odds") == "yes or no, and the odds"


@pytest.mark.parametrize(("typed", "meant"), [("wnats", "wants"), ("deadine", "deadline"), ("agnda", "agenda"), ("thrusday", "thursday")])
def test_a_typing_slip_in_a_word_the_rules_need_is_forgiven(typed: str, meant: str) -> None:
    assert fix_typos(f"the {typed} thing") == f"the {meant} thing"


@pytest.mark.parametrize("word", ["pipelines", "oluwaseun", "summarizer", "teams", "whats", "thats", "heres"])
def test_plurals_names_and_jargon_are_left_alone(word: str) -> None:
    assert fix_typos(word) == word


def test_a_pull_with_a_typo_and_an_unusual_name_is_still_a_move() -> None:
    s = parse_situation("head of trust and safety wnats adebayo on the appeals backlog from monday for 2 sprints. he's 3 wks into the spam model, 3 more to go. push back?", None, TODAY)
    assert s.intent == "reprioritization" and s.get("person") == "Adebayo" and s.get("requester") == "head of trust and safety"


def test_a_person_in_a_list_is_a_person() -> None:
    s = parse_situation("now managing my old peers incl. oyelaran, who applied for my role. first 1:1 with her monday, 30 mins. agenda?", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Oyelaran"


def test_two_people_in_a_conflict_are_the_one_on_one_together() -> None:
    s = parse_situation("two of my leads, tomasz and ifeoma, are at war over who owns the feature store. separate 1:1s with each on monday, how do i run them", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Tomasz and Ifeoma" and "conflict" in s.get("cues")


def test_yes_no_or_later_weighs_an_incoming_request() -> None:
    assert parse_situation("PM wants a quick cohort analysis for the exec review thursday, 2 days for ana. yes, no, or later?", None, TODAY).intent == "triage"


def test_what_is_this_structure_called_is_not_small_talk() -> None:
    s = parse_situation("i run two teams: platform (5 ppl) and applied (4). what is this structure called", None, TODAY)
    assert s.intent != "help"


def test_without_is_not_with() -> None:
    assert "without jargon" in normalise("explain w/o jargon")


def test_a_slip_gives_the_old_date_and_the_new_one_and_names_the_work() -> None:
    s = parse_situation("note to the cfo: the churn model launch is pushed back from jan 20 to feb 3 because labels came late", None, TODAY)
    assert (s.get("deadline"), s.get("new_date"), s.get("project")) == ("2027-01-20", "2027-02-03", "churn model launch")


def test_a_question_quoted_with_angle_brackets_is_the_question_to_answer() -> None:
    s = parse_situation("lucia (PM) in slack:\n> hey! is the churn dashboard going to be ready for the board deck on jan 14?\nmy forecast says ~60%. reply in 3 lines", None, TODAY)
    assert (s.get("recipient"), s.get("purpose")) == ("Lucia", "answer_question")
    assert s.get("question_asked").startswith("is the churn dashboard going to be ready")


def test_a_decline_names_what_was_asked_for_and_the_offer() -> None:
    s = parse_situation("kenji (ds lead) wants my team to build them a custom labeling tool. not happening. what i can do: lend them our annotation queue from jan 4. write the reply", None, TODAY)
    assert (s.get("purpose"), s.get("new_work"), s.get("recipient")) == ("decline_or_negotiate", "custom labeling tool", "Kenji")
    assert "annotation queue" in s.get("offer")


def test_a_date_said_of_the_current_work_is_its_own_deadline() -> None:
    s = parse_situation("risk lead wants amara on the sanctions screening backlog from monday for 2 sprints. she's 4 wks into the pricing model, 3 more to go. the pricing model must be with audit by end of jan. push back?", None, TODAY)
    assert s.intent == "reprioritization" and s.get("current_deadline") == "2027-01-31"
    assert s.fact("deadline") is None or s.fact("deadline").source != "question"


@pytest.mark.parametrize(
    ("said", "weeks"),
    [
        ("a day or two of work", (0.2, 0.3, 0.4)),
        ("a day, day and a half", (0.2, 0.25, 0.3)),
        ("couple-three weeks", (2.0, 2.5, 3.0)),
        ("two and a half days", (0.5, 0.5, 0.5)),
        ("several weeks", (3.0, 4.0, 5.0)),
        ("a month or two", (4.33, 6.5, 8.66)),
        ("6 weeks give or take", (5.25, 6.0, 7.5)),
    ],
)
def test_spoken_durations(said: str, weeks: tuple[float, float, float]) -> None:
    (d,) = find_durations(normalise(said))
    assert (round(d.low, 2), round(d.likely, 2), round(d.high, 2)) == weeks


@pytest.mark.parametrize(
    ("said", "iso"),
    [
        ("by the first week of jan", "2027-01-08"),
        ("the week after next", "2026-12-18"),
        ("before the holidays", "2026-12-24"),
        ("year-end close", "2026-12-31"),
        ("last week of january", "2027-01-29"),
    ],
)
def test_spoken_dates(said: str, iso: str) -> None:
    from agent.understanding.dates import find_dates

    assert [d.value.isoformat() for d in find_dates(normalise(said), TODAY)] == [iso]


def test_something_said_in_a_past_one_on_one_is_context_not_a_meeting_to_prepare() -> None:
    s = parse_situation("my director told me in our 1:1 that the recsys team is getting folded into platform and to keep it quiet till the all-hands. two of my people are asking if something's up. what do i say without lying", None, TODAY)
    assert s.intent != "one_on_one" and "quiet" not in (s.get("cues") or [])


def test_a_task_is_named_by_the_work_not_by_the_question_around_it() -> None:
    s = parse_situation("quick one - can kwame realistically finish the fraud feature backfill (he says 6-ish days left) before the freeze on the 18th?", None, TODAY)
    assert [t["name"] for t in s.get("tasks") or []] in ([], ["fraud feature backfill"])


def test_a_one_pager_on_why_we_need_more_is_a_resource_ask() -> None:
    s = parse_situation("my vp wants a one-pager on why we need a second GPU node. numbers: we wait ~3 days per training run, a node is 9k/month", None, TODAY)
    assert (s.intent, s.get("purpose"), s.get("audience")) == ("stakeholder_message", "ask_for_resources", "vp")


def test_an_announcement_is_the_news_without_the_plea_for_help() -> None:
    s = parse_situation("need to tell the team the offsite is cancelled bc of budget. they were looking forward to it. help", None, TODAY)
    assert s.get("decision") == "the offsite is cancelled bc of budget"


def test_requests_numbered_inline_are_an_inbox_with_a_budget() -> None:
    s = parse_situation("three asks: (1) sales wants a churn list, ~2 days; (2) legal needs model cards by the 18th, maybe 3 days; (3) the CEO's pet idea, an LLM on the support inbox. we have maybe 4 days spare. what do we do", None, TODAY)
    assert s.intent == "triage" and s.get("interrupt_budget_days") == 4
    assert [r["requester_role"].lower() for r in s.get("requests")] == ["sales", "legal", "ceo"]


def test_a_leave_range_in_one_month_is_days_off() -> None:
    s = parse_situation("can marco take the churn retrain while priya is out on leave jan 4-15? or do i push the churn date", None, TODAY)
    assert s.get("days_off")[0] == "2027-01-04" and s.get("days_off")[-1] == "2027-01-15"


def test_an_ish_estimate_is_approximate_and_a_range_keeps_its_ends() -> None:
    (d,) = find_durations(normalise("red-teaming 3-ish days"))
    assert d.low < d.likely < d.high
    (r,) = find_durations(normalise("three to four-ish weeks"))
    assert (r.low, r.high) == (3.0, 4.0)


def test_a_loan_for_a_fixed_stretch_an_urgent_pull_and_two_shares_compared() -> None:
    loan = parse_situation("finance wants to borrow tomas for the year-end reporting crunch, two weeks starting the 14th. does jan 29 survive it", None, TODAY)
    assert loan.get("new_work_shape") == "fixed_loan"
    urgent = parse_situation("my boss wants me to pull ana off the drift dashboard for a few days to do an urgent data pull for the ceo's office. she has 2 weeks left", None, TODAY)
    assert urgent.get("urgency") == "high" and urgent.get("new_work_shape") is None or urgent.get("new_work_shape") == "fixed_loan"
    shares = parse_situation("recruiting wants idris on interview loops all of january, ~2 days a week. he's 3 weeks into the dedup model with maybe five left. what if i cap him at 1 day/wk", None, TODAY)
    assert shares.get("time_share") == [0.4, 0.2] and 1.5 <= shares.get("new_work_weeks")[1] <= 2.0


def test_a_promise_in_the_past_stays_in_the_past() -> None:
    from agent.understanding.dates import find_dates

    (d,) = find_dates(normalise("we promised it for nov 27"), TODAY)
    assert d.value.isoformat() == "2026-11-27"


def test_a_full_time_pull_for_a_whole_month_takes_that_month() -> None:
    s = parse_situation("if kemal gets pulled into the audit prep for the whole of january what happens to the churn model", None, TODAY)
    assert 3.8 <= s.get("new_work_weeks")[1] <= 4.6 and s.get("new_work_shape") == "fixed_loan"


def test_wants_someone_to_build_names_what_is_built() -> None:
    s = parse_situation("the cto now wants ines to build a labeling tool, ten working days, done by jan 15. she's 2 weeks from finishing the ranker", None, TODAY)
    assert s.get("new_work") == "labeling tool"


def test_half_time_and_a_stated_percent_are_shares_of_their_time() -> None:
    half = parse_situation("the privacy council wants idunn half time on their consent audit from monday until the break, about 2.5 weeks. she has 4 weeks left on the churn model (3 if it goes well, 6 if the backfill bites). when does churn land", None, TODAY)
    assert half.intent == "reprioritization" and half.get("time_share") == 0.5 and half.get("remaining_weeks") == [3.0, 4.0, 6.0]
    pct = parse_situation("the gateway needs an on-call person at 50% for six weeks from jan 11 and it has to come from my team. the only one who has done it is bodil, who's 2 weeks into the ranker, 6 left. what happens to the ranker", None, TODAY)
    assert pct.intent == "reprioritization" and pct.get("person") == "Bodil" and pct.get("time_share") == 0.5


def test_a_person_wanted_for_a_week_to_do_something_is_a_move(example_team) -> None:
    s = parse_situation("ines from legal wants priya for 'just one week' starting the 14th to walk the auditors through fraud v3's features. v3 is meant to go out the 18th. what does that do to the 18th", example_team, TODAY)
    assert s.intent == "reprioritization" and s.get("person") == "Priya"
    assert s.get("new_work") == "walk the auditors" and s.get("project") != "legal"


def test_a_days_event_without_its_apostrophe_reads_as_that_day_and_a_plural_day_does_not() -> None:
    assert "friday's board call" in normalise("numbers for fridays board call")
    assert "mondays" in normalise("we never deploy on mondays")
