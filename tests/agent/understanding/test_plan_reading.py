"""Reading a plan's tasks the way it was typed: chances said of one step, ranges without units, measured rates."""

import re
from datetime import date

import pytest

from agent.understanding import parse_situation
from agent.understanding.quantities import find_percentages

TODAY = date(2026, 12, 4)


def _tasks(q: str) -> list[dict]:
    return parse_situation(q, None, TODAY).get("tasks") or []


def test_a_chance_belongs_to_the_step_it_follows_not_the_last_one():
    tasks = _tasks("two tracks in parallel: annotation (3-5 wks) and the distillation work (2-4 wks, and honestly 60/40 it fits the memory cap). "
                   "after both, a week of canary. launch is march 8. odds?")  # fmt: skip
    chances = {t["name"]: t.get("success_probability") for t in tasks}
    assert chances["distillation work"] == 0.6 and chances["canary"] is None


def test_a_range_without_a_unit_in_a_list_takes_its_neighbours_unit():
    names = {t["name"]: t["weeks"] for t in _tasks("left: data audit 2 weeks, retrain + eval 3 to 5, then 2 weeks of shadow. date at 80%?")}
    assert names["retrain + eval"] == [3.0, 4.0, 5.0]


def test_a_task_that_needs_a_duration_is_named_by_what_needs_it():
    names = [t["name"] for t in _tasks("can it ship before xmas? cleanup is half a sprint, training 3 days, then the A/B needs a full week minimum")]
    assert names[-1] == "A/B"


def test_a_measured_rate_is_not_a_stated_chance():
    assert "success" not in find_percentages("recall 87.4% in the pilot (was 81.0), 3 of 5 sites live")
    assert find_percentages("honestly 70% it works")["success"].value == 0.7


def test_we_are_shut_is_a_break():
    s = parse_situation("forecast: cleanup 1-2 wks, training 2-3 wks. we're shut dec 24 thru jan 1. when can i promise it?", None, TODAY)
    assert s.get("days_off")[0] == "2026-12-24" and s.get("deadline") is None


def test_a_slip_to_a_week_is_a_slip_notice_and_the_reader_in_brackets_is_not_the_news():
    s = parse_situation("need to tell the clinical review board (4 leads) the triage model moves from the 15th to the wk of jan 18. "
                        "reason: the annotation vendor missed its delivery. just the words", None, TODAY)  # fmt: skip
    assert s.get("purpose") == "forecast_risk" and s.get("deadline") == "2026-12-15" and s.get("new_date") == "2027-01-18"
    assert s.get("decision").startswith("the triage model moves")


def test_a_quoted_question_after_who_and_where_is_the_question_to_answer():
    s = parse_situation("marit (cpo) in the leads channel: 'signup conversion fell from 31% to 26%?? is the model broken'. nothing broke. reply, short", None, TODAY)
    assert s.get("purpose") == "answer_question" and "conversion fell" in s.get("question_asked")


def test_a_decided_rule_after_the_holidays_starts_the_first_day_back_and_its_weekdays_are_not_dates():
    s = parse_situation("post for the team. decided: after new year no more friday releases. release days become mon + wed. "
                        "this is because of the two friday-night incidents. short", None, TODAY)  # fmt: skip
    assert s.get("purpose") == "announce_change" and s.get("start_date") == "2027-01-04" and s.get("deadline") is None
    assert s.get("decision").startswith("after new year no more friday releases")


def test_a_rewrite_to_one_of_my_people_is_private_and_named():
    s = parse_situation('tone this down pls. to ayo, junior on my team:\n"Ayo, the notebook you merged broke prod scoring. Again."', None, TODAY)
    assert s.get("recipient") == "Ayo" and s.get("audience") == "report"


def test_cues_for_a_return_a_moved_project_and_a_rewrite_without_asking():
    s = parse_situation("agenda for bex: back tuesday from a 4-month sabbatical; her search project was handed to the infra team while she was out. 1:1 weds 30m", None, TODAY)
    assert {"returning_from_leave", "reprioritized"} <= set(s.get("cues"))
    s = parse_situation("1:1 with lars thurs. noor rewrote half of lars's loader over the weekend without asking and he's gone quiet", None, TODAY)
    assert "conflict" in s.get("cues")


def test_a_name_from_a_department_is_the_one_asking():
    s = parse_situation("ivo from legal (new) wants sam to pull three years of pricing logs for a litigation hold, a couple of days, by the 18th. take it?", None, TODAY)
    assert s.get("requester") == "Ivo" and s.get("request_kind") == "compliance"


def test_one_mlops_engineer_is_a_headcount():
    s = parse_situation("write the ask to my vp for one MLOps engineer, fully loaded about 160k", None, TODAY)
    assert s.get("headcount") == 1


def test_comparatives_ask_for_a_rewrite_and_the_reader_is_found():
    s = parse_situation('firmer pls, it\'s going to oskar (PM):\n"hi oskar, maybe if possible could we perhaps get the labels sometime?"', None, TODAY)
    assert s.get("purpose") == "rewrite" and s.get("recipient") == "Oskar"


def test_why_a_range_and_not_one_number_is_an_explanation_to_the_asker():
    s = parse_situation("head of ops for the berlin launch (katrin) asked why our forecast is '500 to 900 a day' and not one number. write him a reply, short and plain", None, TODAY)
    assert s.get("purpose") == "explain_uncertainty" and s.get("recipient") == "Katrin"


def test_a_decided_post_for_a_channel_is_an_announcement_whatever_the_channel_is_called():
    s = parse_situation("post for #risk-analytics, it's decided: from the wk of jan 18, mondays are no-meeting days. short", None, TODAY)
    assert s.get("purpose") == "announce_change"


def test_a_decline_with_what_i_will_offer():
    s = parse_situation("sales lead mira wants a custom model per client by march, that's months of work, so no. what i'll offer: one shared model with per-client thresholds by feb 10. keep it short", None, TODAY)
    assert s.get("purpose") == "decline_or_negotiate" and "shared model" in s.get("offer")


def test_a_headcount_with_a_word_before_the_role_and_a_project_that_opens_the_question():
    s = parse_situation("ask my vp for budget: three annotation contractors for eight weeks, ~30k all in", None, TODAY)
    assert s.get("headcount") == 3
    s = parse_situation("fraud graph model for the card team - can it ship before xmas? features 1-2 wks, training 3 days", None, TODAY)
    assert s.get("project") == "fraud graph model"


def test_letting_someone_go_to_other_work_is_a_loan_not_a_firing():
    s = parse_situation("sales wants nadia for the pricing pilot, 3 wks from monday. she's 50% through the churn labels. do i let her go?", None, TODAY)
    assert s.intent == "reprioritization" and s.get("project") == "churn labels" and s.get("new_work") == "pricing pilot"
    assert parse_situation("i have to let him go next week, how do i do it kindly", None, TODAY).intent == "sensitive"


def test_a_chance_never_stretches_a_duration_and_helps_is_about_working():
    tasks = _tasks("can the ranker ship by the 18th? data 2-3 days, training a week, eval 3 days, maybe 70% the new loss helps")
    assert tasks[-1]["weeks"] == [0.6, 0.6, 0.6] and tasks[-1]["success_probability"] == 0.7


def test_people_counted_in_the_situation_are_not_a_headcount_ask():
    assert parse_situation("my director wants a one-pager on why we need a second GPU node. ~$40k, 4 people blocked weekly", None, TODAY).get("headcount") is None
    assert parse_situation("tell the team: from jan 4 on-call is weekly, 2 people per week", None, TODAY).get("headcount") is None


def test_shorten_for_someone_is_a_rewrite_and_a_refusal_with_an_offer_is_a_decline():
    s = parse_situation('shorten for my director: "Hi Ana, just a quick note to say that we have finished the offline eval and it looks good."', None, TODAY)
    assert s.get("purpose") == "rewrite"
    s = parse_situation("write to our cto (li): we're not taking the agent platform in q1, we'd need 4 more people. what i can do: a 1 week spike in feb", None, TODAY)
    assert s.get("purpose") == "decline_or_negotiate" and s.get("offer") == "a 1 week spike in feb"


def test_pasted_requests_get_their_kind_from_words_or_from_who_asks():
    s = parse_situation("inbox: (1) legal needs the retention answers by 16 dec (2) pm wants a quick look at why signups dropped "
                        "(3) someone from infra asking about disk quota next qtr. ~1 day of slack. order?", None, TODAY)  # fmt: skip
    reqs = {r["title"]: r for r in s.get("requests")}
    assert reqs["retention answers"]["kind"] == "compliance"
    assert reqs["quick look at why signups dropped"]["kind"] == "ad_hoc_analysis"
    assert reqs["disk quota next qtr"]["requester_role"] == "infra"


def test_letting_someone_go_is_an_exit_whatever_the_case_of_the_name_but_a_loan_is_not():
    assert parse_situation("should i let tobias go? he keeps missing every deadline", None, TODAY).intent == "sensitive"
    assert parse_situation("ops wants kai for the routing audit, 2 wks from monday. do i let him go?", None, TODAY).intent == "reprioritization"


def test_messages_from_questions_of_our_own_read_their_purpose_audience_and_dates():
    s = parse_situation("explain to our cfo why the forecast got worse last week. we trained on a broken join, rolled back weds, fixed now", None, TODAY)
    assert s.get("purpose") == "explain_uncertainty" and s.get("deadline") is None
    s = parse_situation("draft my reply to the head of sales (ines) who wants lead scoring by xmas. cant - no labels. offer: a rules baseline by jan 8", None, TODAY)
    assert s.get("purpose") == "decline_or_negotiate" and s.get("offer") == "a rules baseline by jan 8"
    s = parse_situation("note to finance (hugo) asking for 20k more labelling budget. we're at 70% of the q4 budget already", None, TODAY)
    assert s.get("load_percent") is None
    assert parse_situation("tell ama (my report) the offsite moved to march", None, TODAY).get("audience") == "report"


def test_one_on_one_people_and_cues_as_typed():
    s = parse_situation("1:1 w/ our new intern bogdan tmrw, started last week, hasn't said a word in standup", None, TODAY)
    assert s.get("person") == "Bogdan" and "quiet" in s.get("cues")
    assert parse_situation("agenda for my first 1:1 with may, inherited her last week. 30 min", None, TODAY).get("person") == "May"
    s = parse_situation("1:1 with ines friday. she wants staff, she's not there yet. how do i say so without killing her motivation", None, TODAY)
    assert "disengaged" not in s.get("cues") and "wants_promotion" in s.get("cues")


def test_who_asks_when_they_ask_if_or_are_a_team():
    q = "marguerite (cto's chief of staff, not in my file) asked if lena can do a 20 min talk at the all hands, prep maybe a day. worth it?"
    assert parse_situation(q, None, TODAY).get("requester") == "Marguerite"
    assert parse_situation("the data platform team wants priya for two weeks on their lineage work. she has 3 weeks left on search. ok?", None, TODAY).get("requester") == "data platform team"


def test_blind_v8_misreadings_in_forms_of_our_own():
    s = parse_situation("the claims actuaries want ines full time for half a sprint from the 14th to port their models into our pricing service, "
                        "then she's back. she's 2 wks into the fraud graph and says two-ish weeks left. fraud graph has to be in the filing by jan 29", None, TODAY)  # fmt: skip
    assert s.get("project") == "fraud graph" and s.get("current_deadline") == "2027-01-29" and s.get("requester") == "claims actuaries"
    s = parse_situation("churn model - can i tell the cfo mar 1 and mean it? left: data 1-2 wks, training 2-3 wks. we're off xmas eve thru new years day plus jan 4. "
                        "i want a date i'd bet on at 85%", None, TODAY)  # fmt: skip
    assert s.intent == "planning" and s.get("confidence_level") == 85 and "2027-01-04" in s.get("days_off") and "2026-12-24" in s.get("days_off")
    assert parse_situation("forecast: data 2-3 wks, training 2 wks. we're all off the last two weeks of dec. chances for feb 1?", None, TODAY).get("days_off")[0] == "2026-12-21"
    assert parse_situation("email from ana: will the ranker be live for the march launch on the 9th? yes or no. 70% by then. short reply", None, TODAY).get("deadline") == "2027-03-09"
    assert parse_situation("noa joins us monday (not in the team file yet), she'll pair with sam. first 1:1 weds, agenda pls", None, TODAY).get("person") == "Noa"


def test_a_time_after_a_trigger_word_is_not_the_current_work_and_a_missed_date_is_the_stake():
    s = parse_situation("finance wants oli full time on a pricing model 'after new year'. he's been on the demand forecast for five weeks and reckons two weeks left. what do i do", None, TODAY)
    assert s.get("project") == "demand forecast"
    assert parse_situation('make this firmer. the fix blocks us; if it is not in by wed we miss the dec 18 retrain:\n"hi, any chance you could look at it?"', None, TODAY).get("deadline") == "2026-12-09"
    assert parse_situation("need our cfo (ana) to sign off a reserved GPU commitment: 8 H100s for 3 months, ~20k/mo. one paragraph", None, TODAY).get("purpose") == "ask_for_resources"


def test_back_after_weeks_off_is_a_return_from_leave():
    assert "returning_from_leave" in parse_situation("1:1 with ola weds, she's back on the 7th after eight weeks off. what do i cover", None, TODAY).get("cues")


def test_someone_joining_and_someone_talking_to_other_companies_are_cues():
    assert "new_hire" in parse_situation("agenda pls: ravi joins us monday, senior DS. 1:1 thurs 30 min", None, TODAY).get("cues")
    assert "retention_risk" in parse_situation("1:1 with omar fri. he's had a few convos with other companies and i don't want to lose him", None, TODAY).get("cues")


def test_bare_numbers_closing_a_list_take_the_lists_unit() -> None:
    from agent.understanding import parse_situation

    s = parse_situation("chances for apr 2? data audit 2-3 wks, then retrain 2, shadow run 1, cutover 1. we're off xmas week", None, date(2026, 12, 4))
    assert [t["weeks"][1] for t in s.get("tasks")] == [2.5, 2.0, 1.0, 1.0]


def test_a_corrected_or_most_likely_number_is_not_a_task() -> None:
    from agent.understanding import parse_situation

    s = parse_situation("labelling is four to six weeks, most likely 5. what date at 80%?", None, date(2026, 12, 4))
    assert len(s.get("tasks") or []) <= 1


def test_a_decision_date_is_a_checkpoint_and_who_was_promised_it_is_not_the_subject():
    s = parse_situation("end of feb is the go/no-go on the pricing bet, i told wanjiru. 3-5 weeks left, maybe 50% it works. odds?", None, TODAY)
    assert s.get("checkpoint") is True and s.get("promised_to") == "Wanjiru"
    assert s.get("person") != "Wanjiru"
    plain = parse_situation("can we ship the pricing model by feb 26? 3-5 weeks left", None, TODAY)
    assert plain.get("checkpoint") is None and plain.get("promised_to") is None


@pytest.mark.parametrize("q", [
    "will kofi make feb 3? 2-3 wks of work left",
    "ravi has until the 19th, about 2 weeks of work left. will he make it?",
    "can we make the 15th? retrain 1-2 wks then eval 3 days",
])
def test_will_they_make_the_date_is_a_forecast(q):
    s = parse_situation(q, None, TODAY)
    assert s.intent == "planning"
    assert all(not re.search(r"\b(?:will|make|until|has)\b", t["name"]) for t in s.get("tasks") or [])


def test_work_left_after_a_comma_is_the_remaining_work_not_the_clause_before():
    s = parse_situation("ravi has until the 19th, 2-3 wks of work left. will he make it?", None, TODAY)
    assert [t["name"] for t in s.get("tasks")] == ["Remaining work"]


def test_a_share_of_someone_on_a_live_issue_is_a_move_not_a_triage():
    from tools.team import load_team

    s = parse_situation("ops wants sam two days a week on alert triage from monday, the pager is drowning. does his date survive?", load_team("examples/team.yaml"), TODAY)
    assert s.intent == "reprioritization"
    assert s.get("new_work") == "alert triage" and s.get("time_share") == 0.4


def test_a_stated_date_that_is_the_current_works_own_date_is_its_deadline():
    from tools.team import load_team

    team = load_team("examples/team.yaml")
    due = team.project("Fraud model v3").deadline
    s = parse_situation(f"risk wants priya one day a week on rule tuning till xmas. does {due:%b} {due.day} survive that?", team, TODAY)
    assert s.get("current_deadline") == due.isoformat() and s.get("deadline") is None


def test_skeleton_crew_days_and_a_bare_ordinal_range_are_days_off():
    a = parse_situation("3-4 wks left on the churn model, plant's on skeleton crew dec 24 thru new years day. odds for jan 22?", None, TODAY)
    b = parse_situation("3-4 wks left on the churn model, we're off 24th thru 1st. odds for jan 22?", None, TODAY)
    for s in (a, b):
        assert s.get("days_off")[0] == "2026-12-24" and s.get("days_off")[-1] == "2027-01-01"
        assert s.get("deadline") == "2027-01-22"


def test_a_bare_small_ordinal_is_a_day_of_the_month_not_a_month():
    s = parse_situation("can we ship the scorer by the 2nd? 3 weeks left", None, TODAY)
    assert s.get("deadline") == "2027-01-02"


def test_new_work_named_by_what_is_rebuilt_before_a_reason():
    s = parse_situation("the plant manager wants oskar full time for two weeks, starting the 14th, to rebuild the vibration classifier after the sensor swap. he's 3 weeks into the churn model with 2 left", None, TODAY)
    assert s.get("new_work") == "rebuild the vibration classifier"


def test_work_that_has_to_be_ready_for_something_starting_is_due_then_and_a_superintendent_asks():
    q = ("plant superintendent wants dmitri full time for two weeks, fixed, starting the 14th, to recalibrate the kiln model. "
         "he's 4 weeks into the wear model with 2-3 left. wear model has to be in the pilot that starts feb 15, pilot doesnt move.")
    s = parse_situation(q, None, TODAY)
    assert s.get("requester") == "plant superintendent"
    assert s.get("current_deadline") == "2027-02-15" or s.get("deadline") == "2027-02-15"
    assert s.get("start_date") == "2026-12-14"


def test_a_small_ask_for_someones_time_from_outside_is_a_request_to_weigh():
    s = parse_situation("wiremu, finance ops lead (not in our file) asked if aisha can clean up ~300 vendor records for his audit prep, two days max, by the 16th. keep or push?", None, TODAY)
    assert s.intent == "triage"
    assert s.get("requester") == "Wiremu"
    assert s.get("request_title", "").startswith("clean up ~300 vendor records")
    assert s.get("request_kind") != "question"


def test_a_sign_off_date_is_a_deadline_and_its_bare_day_is_the_same_date():
    s = parse_situation("plant manager wants the wear model ready for budget sign-off on feb 11. left: cleanup 2-4 days, retrain 1-2 wks. does the 11th hold?", None, TODAY)
    assert s.get("deadline") == "2027-02-11" and s.get("start_date") is None


def test_a_share_of_someones_time_is_no_chance_of_success():
    s = parse_situation("the risk team wants aisha at 50% for four weeks from jan 11 on their scoring model. what does 50% do to her feb 5 date?", None, TODAY)
    assert s.get("time_share") == 0.5 and s.get("success_probability") is None


@pytest.mark.parametrize("q", [
    "two pieces side by side for the pilot: the rules port 2-3 weeks and the ranking tweak 1-4 weeks. pilot is feb 3, odds?",
    "the labelling vendor and our eval harness go in tandem, 3 weeks and 2-5 weeks. ready for march 1?",
])
def test_streams_said_to_run_together_are_parallel_not_summed(q):
    s = parse_situation(q, None, TODAY)
    assert len(s.get("tasks") or []) == 2 and s.get("parallel") is True


def test_a_date_asked_for_one_step_of_a_team_project_names_that_step_and_not_one_set_aside():
    from tools.team import load_team

    team = load_team("examples/team.yaml")
    s = parse_situation("when will the prompted baseline of the summarizer be good enough to show, at 85%? leave out the fine-tuned model", team, TODAY)
    assert s.get("milestone") == "Prompted baseline" and not s.has("deadline")  # the project's own date is not the step's
    whole = parse_situation("when does the summarizer land at 85%? skip the fine-tuned model", team, TODAY)
    assert not whole.has("milestone")


def test_a_date_the_work_must_be_in_place_for_is_read_as_ready_before():
    q = ("ops asked: will the route optimiser be live for the march 1st fleet rollout? "
         "remaining: map cleanup 2-3 wks, tuning 2 wks (about 70% it beats the dispatchers first time, otherwise another 2 wk round). answer her")
    s = parse_situation(q, None, TODAY)
    assert s.get("deadline") == "2027-03-01" and s.get("ready_before") is True
    before = parse_situation("can the churn scorer be running before the april 6 pricing change? left: features 3 wks, training 2-4 wks", None, TODAY)
    assert before.get("ready_before") is True


def test_a_plain_by_date_includes_the_day_itself():
    s = parse_situation("odds the churn scorer is done by april 6? left: features 3 wks, training 2-4 wks", None, TODAY)
    assert s.get("deadline") == "2027-04-06" and not s.has("ready_before")


def test_a_retry_round_said_with_its_own_length_keeps_that_length():
    tasks = _tasks("left: data pull 1-2 wks, eval 1 wk (about 65% it clears the bar first time, otherwise another 3 wk round), rollout 1 wk. odds for mar 5?")
    evals = next(t for t in tasks if t["name"].startswith("eval"))
    assert evals["retry"] is True and evals["retry_weeks"] == 3.0 and evals["weeks"] == [1.0, 1.0, 1.0]
    assert len(tasks) == 3  # the round is the eval again, not a step of its own


def test_a_chance_that_a_step_reaches_its_bar_belongs_to_that_step():
    tasks = _tasks("two streams side by side: relabel the night images, two to four weeks, with maybe a 65% chance that the "
                   "glare class makes the cut with the customer; and the API wrapper, three weeks. what date at 90%?")  # fmt: skip
    chances = {t["name"]: t.get("success_probability") for t in tasks}
    assert [c for c in chances.values() if c is not None] == [0.65]
    assert next(n for n, c in chances.items() if c == 0.65).startswith("relabel")


def test_who_gave_the_estimate_and_the_list_numbering_are_not_tasks():
    tasks = _tasks("both have to finish before go-live: one, the new label taxonomy, Rosa reckons two to three weeks, and two, "
                   "the scanner firmware update, the supplier says three to six weeks. what date at 80%?")  # fmt: skip
    names = [t["name"] for t in tasks]
    assert len(tasks) == 2 and names[0].startswith("new label taxonomy") and "Rosa" not in names[0]
    assert "supplier" not in names[1] and tasks[1]["weeks"] == [3.0, 4.5, 6.0]


def test_a_metric_named_by_its_days_is_no_effort():
    from agent.understanding.quantities import find_durations

    assert find_durations("the 28-day strength model, write-up needs 2 days") [0].weeks == [0.4, 0.4, 0.4]


def test_a_worse_case_said_after_the_estimate_is_its_high_end_and_no_task_of_its_own():
    tasks = _tasks("left: label cleanup, call it a week or two; tuning about 2 weeks, 4 if the new sensor data is bad; "
                   "then the pilot 3 weeks, the plant wants three full weeks. done by mar 1?")  # fmt: skip
    assert [t["name"] for t in tasks][0].startswith("label cleanup") and len(tasks) == 3
    assert tasks[1]["weeks"][2] == 4.0


def test_a_chance_of_working_first_go_means_another_round_not_the_end():
    tasks = _tasks("two tracks at once: the embeddings refresh 2-3 weeks, maybe 60% it's good enough on the first try; "
                   "and the api 3-4 weeks. 80% date?")  # fmt: skip
    refresh = next(t for t in tasks if t.get("success_probability"))
    assert refresh["success_probability"] == 0.6 and refresh.get("retry") is True


def test_a_retry_said_as_another_length_with_no_round_word_is_the_same_step_again() -> None:
    from datetime import date

    from agent.understanding import parse_situation

    for again in ("if not another 2 wks", "otherwise another fortnight", "else another three weeks"):
        q = f"when can the kiln model ship? cleaning 1-2 wks, tuning ~2 wks, maybe 70% it clears the review first time, {again}, then a 2 week trial"
        tasks = parse_situation(q, None, date(2026, 12, 4)).get("tasks")
        assert [t["name"] for t in tasks] == ["cleaning", "tuning", "trial"], (again, tasks)  # no unconditional extra step
        assert tasks[1].get("retry") is True


def test_a_retry_said_as_a_second_round_of_a_length_or_a_range_is_the_step_again() -> None:
    from datetime import date

    from agent.understanding import parse_situation

    for again in ("otherwise a second round of about three weeks", "else another 1-2 wks"):
        q = f"when does the roof-leak model land? labelling 2 wks, tuning 2-3 wks, maybe 65% it passes review first go, {again}, then a 1 week pilot"
        tasks = parse_situation(q, None, date(2026, 12, 4)).get("tasks")
        assert [t["name"] for t in tasks] == ["labelling", "tuning", "pilot"], (again, tasks)
        assert tasks[1].get("retry") is True and tasks[1].get("retry_weeks")


def test_the_question_before_the_plan_is_no_steps_name():
    names = [t["name"] for t in _tasks(
        "need an honest go-live date for the tram delay predictor across every depot so heres whats left export the "
        "timetable history out of the old scheduler thats 2 to 4 weeks then tune against the autumn delays 3 weeks "
        "then a trial at two depots 2 weeks we start monday and the launch event is march 30")]
    assert names[0] == "export the timetable history" and not any("date" in n for n in names)


def test_a_length_inside_someone_quoted_words_is_not_a_step():
    names = [t["name"] for t in _tasks(
        "our sales lead wrote: I want to promise 'alerts 2 days before any stock-out' in the pitch. is that live by "
        "march 1? plan: stock-out model 3 weeks, maybe 4, then a 2 week pilot with three stores.")]
    assert len(names) == 2 and not any("promise" in n or "alerts" in n for n in names)


def test_a_plan_said_only_in_quotes_is_still_the_plan():
    tasks = _tasks("the vendor said \"data mapping 2 weeks, then integration 3 weeks\". can we go live by feb 15?")
    assert len(tasks) == 2


def test_a_request_to_write_something_is_no_step_of_the_plan():
    names = [t["name"] for t in _tasks(
        "the ops director wants a date for the route optimiser. plan: map matching 2-3 weeks, then solver tuning 3 weeks. "
        "draft him something he can take to the board without me committing to a month")]
    assert names == ["map matching", "solver tuning"]


def test_the_step_a_release_goes_out_on_is_read_and_a_step_said_not_to_make_it_is_no_milestone():
    from tools.team import load_team

    s = parse_situation("odds on the llm summarizer for jan 29? let's say the fine-tuned model never lands, we'll ship with the "
                        "prompted baseline", load_team("examples/team.yaml"), TODAY)
    assert s.get("ships_on") == "Prompted baseline" and not s.has("milestone")


def test_a_numbered_step_listing_several_things_is_named_by_its_first_words():
    names = [t["name"] for t in _tasks(
        "I need an 80% date for when the ticket triage model can be live. Plan, in order, from Mon 7/12: (1) merge the ticket "
        "exports, the chat logs and the call notes, 2 weeks; (2) the triage model, 3 weeks; (3) a pilot with one support pod, "
        "2 weeks. The board meets on 1/3. What date can I give?")]
    assert names[0] == "merge the ticket exports" and len(names) == 3
