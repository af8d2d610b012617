"""Reading a loan or a single ask the way managers type it: the work asked for after 'to dig into', the current work a
person is weeks into, a day range that ends on a bare 'the 2nd', a duration that is a property of the thing asked for, and
a requester named inside brackets after their role."""

from datetime import date

import pytest

from agent.understanding import parse_situation
from agent.understanding.doubt import doubtful_work
from agent.understanding.quantities import find_durations
from agent.understanding.requests import request_title
from agent.understanding.text import normalise

TODAY = date(2026, 12, 4)


def test_the_work_after_to_dig_into_is_the_new_work_and_weeks_into_names_the_current():
    s = parse_situation(
        "ops director (imogen) wants to borrow lior for two weeks from the 7th to look into the pallet scanner misreads. "
        "lior is 3 wks into the demand forecaster off the pos data, about 2 weeks left. can i say yes?",
        None,
        TODAY,
    )
    assert s.get("new_work") == "pallet scanner misreads"
    assert s.get("project") == "demand forecaster"


def test_a_day_range_ending_on_a_bare_ordinal_ends_at_the_next_such_day_even_when_that_day_was_named_in_another_month():
    s = parse_situation(
        "the release is due feb 2 and we're off the 23rd through the 2nd. tomas has 3-4 weeks left, does feb 2 hold?",
        None,
        TODAY,
    )
    off = s.get("days_off") or []
    assert off and off[0] == "2026-12-23" and off[-1] == "2027-01-01"  # the 2nd of January is a Saturday
    assert s.get("deadline") == "2027-02-02" or s.get("current_deadline") == "2027-02-02"


def test_a_duration_that_describes_the_thing_asked_for_is_no_work_size():
    text = normalise("legal wants a 30-day lookback window on the audit logs, about 2 days of work")
    weeks = [round(d.likely, 2) for d in find_durations(text)]
    assert weeks == [0.4]


def test_a_requester_named_in_brackets_after_their_role_and_the_work_without_the_person():
    s = parse_situation(
        "our ciso (bettina, not on my team) wants omar to implement key rotation for the feature store creds. "
        "says a couple of days, needs it live before the audit on jan 12. now or after the holidays?",
        None,
        TODAY,
    )
    assert s.intent == "triage"
    assert s.get("requester") == "Bettina"
    assert s.get("request_title", "").startswith("key rotation")


def test_a_rough_three_day_ask_counts_as_small_by_its_likely_size():
    s = parse_situation("the head of risk (wanjiru) asked for kai to add the new fairness report, three-ish days. take it now or later?", None, TODAY)
    assert s.intent == "triage"


def test_request_title_drops_the_person_and_their_verb():
    found = request_title("finance wants nadia to build a margin bridge for the board")
    assert found is not None and found[0].startswith("margin bridge")


def test_begging_for_someone_on_work_is_a_loan_not_letting_them_go():
    s = parse_situation(
        "partnerships is begging for ines on the onboarding revamp. two weeks from the 7th, fixed loan, she comes back after. "
        "shes about 5 wks into the routing model and reckons two-ish weeks left. do i let her go?",
        None,
        TODAY,
    )
    assert s.intent == "reprioritization"
    assert s.get("person") == "Ines" and s.get("new_work") == "onboarding revamp"
    assert s.get("new_work_shape") == "fixed_loan" and s.get("new_work_weeks") == [2.0, 2.0, 2.0]


def test_odds_put_on_a_step_are_no_move():
    s = parse_situation(
        "Remaining: cleanup 1-2 weeks, then fine-tuning 2-3 weeks, and I'd put 70% on it beating the baseline. "
        "What date at 80% confidence?",
        None,
        TODAY,
    )
    assert s.intent == "planning"


def test_switching_to_a_new_method_is_no_move_of_a_person():
    s = parse_situation(
        "our CFO (hannelore) is asking me if the forecast broke. it didn't: we switched to the new fiscal calendar last week. "
        "i need to say that without sounding defensive",
        None,
        TODAY,
    )
    assert s.intent == "stakeholder_message"
    assert s.get("recipient") == "Hannelore" and s.get("decision") is None


def test_a_weekday_update_to_someone_is_a_progress_update_even_with_a_staffing_ask_inside():
    s = parse_situation(
        "thursday update to ruth, 4 bullets. ranking v2: eval done, jo still says jan 8. ask: ok to put femi on the eval harness for a day",
        None,
        TODAY,
    )
    assert s.intent == "stakeholder_message"
    assert s.get("purpose") == "progress_update" and s.get("recipient") == "Ruth"


def test_prep_a_convo_with_someone_is_a_one_on_one_and_slang_is_no_name():
    s = parse_situation(
        "need to prep a convo w/ oskar, lowkey our strongest dev. people say his design review comments are demeaning. wed 45 min",
        None,
        TODAY,
    )
    assert s.intent == "one_on_one" and s.get("person") == "Oskar"
    assert "conduct" in (s.get("cues") or [])


def test_someone_coming_back_from_leave_is_the_attendee_in_non_native_phrasing():
    s = parse_situation("anneli come back from 2 month leave on monday, 1:1 wednesday 30min. agenda pls", None, TODAY)
    assert s.get("person") == "Anneli"


def test_a_person_with_an_appositive_who_told_me_is_the_person():
    s = parse_situation("rafael, my only data engineer, just told me his wife is in hospital. what do i say to him", None, TODAY)
    assert s.get("person") == "Rafael"


def test_languages_and_titles_are_not_people():
    s = parse_situation(
        'email from our VP sales (gretchen): "will the Danish and Norwegian models be live by march?" draft the reply',
        None,
        TODAY,
    )
    assert s.get("person") not in ("Danish", "Norwegian")
    s = parse_situation("I need an email to Dr. Maren Holt at our research partner (Kelvion): the assay readout slips to Feb 3.", None, TODAY)
    assert s.get("person") != "Dr"
    assert s.get("recipient_org") == "Kelvion" and s.get("audience") == "customer"


def test_a_resource_ask_gives_the_cost_of_going_without_and_counts_are_no_money():
    s = parse_situation(
        "need ilse (cto) to ok more compute. the retrain needs ~8k gpu hours, we have 2k left of credits. on demand its ~$20k. "
        "without it we ship the old model that misses a third of the fraud rings. short pls",
        None,
        TODAY,
    )
    assert s.get("cost") == "~$20k"
    assert s.get("reason", "").startswith("without it we ship the old model")


def test_an_alternative_offered_is_no_size_and_a_share_until_a_month_end_counts_from_its_start():
    s = parse_situation(
        "the risk lead wants noor 2 days a week from after new year till end of feb for the audit prep. what does that do to "
        "the forecasting rebuild? would it be better to give her one full week in january instead",
        None,
        TODAY,
    )
    assert s.get("time_share") == 0.4 and s.get("start_date") == "2027-01-04"
    assert s.get("deadline") is None  # the end of february ends the loan
    assert 2.8 < s.get("new_work_weeks")[1] < 3.6  # 40% of about eight weeks from 4 January, not of the weeks from today


def test_a_weekly_allowance_for_non_roadmap_work_is_the_interrupt_budget():
    s = parse_situation(
        "help me sort these, we have about 3 days for non-roadmap stuff this week\n"
        "- ops: the alerting job is failing since tuesday\n- sales (mo): a pricing deck, next week\n- legal: a data retention memo, end of jan",
        None,
        TODAY,
    )
    assert s.get("interrupt_budget_days") == 3.0


def test_asking_to_dig_into_why_a_number_doubled_is_an_analysis_named_without_the_verb():
    s = parse_situation("the head of ops (vilja) wants kenji for a couple of days to dig into why refund fraud doubled in november. yes or no?", None, TODAY)
    assert s.get("request_kind") == "ad_hoc_analysis"
    assert s.get("request_title", "").startswith("why refund fraud doubled")


def test_writing_to_someone_for_more_mles_is_a_resource_ask_even_with_a_slip_mentioned():
    s = parse_situation(
        "need to write to my director oona for 2 more MLEs. the search revamp slipped twice from firefighting. make it convincing",
        None,
        TODAY,
    )
    assert s.get("purpose") == "ask_for_resources" and s.get("headcount") == 2


def test_a_no_with_an_offer_after_what_ill_offer_is_a_decline_to_the_asker_named_with_a_bracketed_role():
    s = parse_situation(
        "sunniva (partnerships lead) wants a churn model for the spring promo. thats 10 weeks minimum, so no for march 1. "
        "what i'll offer: a weekly at-risk list from the existing score, can start wk of jan 18. write the no nicely",
        None,
        TODAY,
    )
    assert s.get("purpose") == "decline_or_negotiate"
    assert s.get("recipient") == "Sunniva" and s.get("audience") == "peer_team"
    assert s.get("offer", "").startswith("a weekly at-risk list")


def test_a_pasted_message_names_its_reader_in_its_greeting():
    s = parse_situation('make this shorter, it goes to our investor:\n"Hi Mathilde, a quick update on the pilot. It is going well and we '
                        'expect the paid contract in March. More when we talk."', None, TODAY)  # fmt: skip
    assert s.get("recipient") == "Mathilde"


def test_first_job_out_of_uni_is_a_new_grad_and_all_good_at_every_standup_is_quiet():
    s = parse_situation("tobiah joined two weeks ago, first job out of uni, says 'all good' at every standup. 1:1 friday 20 min, agenda?", None, TODAY)
    assert s.get("person_role") == "new grad"
    assert "quiet" in (s.get("cues") or [])


def test_a_senior_ds_is_the_role_said():
    s = parse_situation("amara joins monday as a senior DS. first 1:1 wednesday 30 min, agenda?", None, TODAY)
    assert s.get("person_role") == "senior DS"


@pytest.mark.parametrize("value", ["look into", "vendor even though", "ops wants the", "budget and"])
def test_a_work_name_that_runs_past_its_end_is_doubtful(value):
    assert doubtful_work(value)


@pytest.mark.parametrize("value", ["fraud model v3", "pallet scanner misreads", "search relevance", "key rotation"])
def test_a_real_work_name_is_kept(value):
    assert not doubtful_work(value)


def test_a_sender_with_a_role_in_brackets_is_the_reader_of_the_reply_even_when_the_name_is_a_word():
    s = parse_situation('rook (head of sales) on slack:\n> will the lead scorer be live for the kickoff on feb 2?\n'
                        "our forecast: ~40% by feb 2, ~85% by feb 16. short reply", None, TODAY)  # fmt: skip
    assert s.get("recipient") == "Rook"


def test_an_asker_marked_not_in_my_file_is_a_person():
    s = parse_situation("ottmar (group controller, not in my file) wants a cash forecasting model from us in Q1. no. write it, keep it friendly", None, TODAY)
    assert s.get("recipient") == "Ottmar"
    assert s.get("new_work") == "cash forecasting model" or s.get("request_title", "").startswith("cash forecasting model")


def test_sparing_days_for_interrupts_is_the_budget():
    s = parse_situation("triage pls. the four of us can spare maybe three days total for interrupts this week.\n"
                        "1) ops: the ranking job failed overnight\n2) mo (sales): a quick sizing for a pitch, due the 16th", None, TODAY)  # fmt: skip
    assert s.get("interrupt_budget_days") == 3.0


def test_review_comments_gone_brutal_is_a_conduct_cue():
    s = parse_situation("people say ilya's review comments got brutal lately. 1:1 friday 30 min, how do i raise it?", None, TODAY)
    assert "conduct" in (s.get("cues") or [])


def test_writing_the_update_is_a_progress_update_even_about_a_flagged_incident():
    s = parse_situation("write the update for #pricing-incidents: a feature flag doubled a feature after the deploy, rolled back at 10:15. factual, short", None, TODAY)
    assert s.get("purpose") == "progress_update"


@pytest.mark.parametrize(
    "question, work",
    [
        ("email to our ops director (femi): the dock-slot prediction pilot slips from the 18th to wk of jan 11. one paragraph", "dock-slot prediction pilot"),
        ("short update for the ceo: the new hail alerts catch 28 of 30 storms in backtest, up from 21", "hail alerts"),
        ("the spare-parts demand forecast for the depot: cleanup 1 week, retrain 2-3 weeks. odds for feb 1?", "spare-parts demand forecast"),
    ],
)
def test_a_work_named_by_an_ml_artifact_with_a_word_before_it(question, work):
    assert str(parse_situation(question, None, TODAY).get("project")).endswith(work)  # 'the new hail alerts' may keep 'new' 


def test_a_live_incident_told_with_what_now_is_triaged_with_what_broke_as_its_title():
    s = parse_situation("since last night's deploy the pricing model is rejecting about a third of valid quotes. what do we do?", None, TODAY)
    assert s.intent == "triage" and s.get("request_kind") == "incident"
    assert s.get("request_title", "").startswith("since last night's deploy the pricing model is rejecting about a third")


def test_a_day_said_in_words_after_a_month_is_a_date_and_wanted_before_an_event_starts_is_a_deadline():
    s = parse_situation("the gearbox model: relabel 2-3 weeks, retrain about a week. ops wants it before the outage window opens on march second. odds?", None, TODAY)
    assert s.get("deadline") == "2027-03-02"


def test_first_and_second_that_are_no_days_stay_words():
    from agent.understanding.text import normalise

    assert normalise("my first job, on april first, a second opinion") == "my first job, on april 1st, a second opinion"


def test_a_chance_said_of_a_step_in_the_clause_after_it_belongs_to_that_step():
    tasks = parse_situation(
        "left: cleanup 1-2 weeks; fine-tuning on the new embeddings 2-3 weeks, and honestly I'd put 60% on it beating the baseline; "
        "shadow run 2 weeks fixed. date at 80%?",
        None,
        TODAY,
    ).get("tasks")
    named = {t["name"]: t for t in tasks}
    tuning = next(t for n, t in named.items() if n.startswith("fine-tuning"))
    assert tuning.get("success_probability") == 0.6
    assert "fixed" not in named and any(n.startswith("shadow run") for n in named)


def test_time_away_for_a_civic_duty_is_days_off_for_the_work_not_new_work():
    s = parse_situation("kofi has jury duty for two weeks starting jan 18. he owns the pricing retrain due feb 5, about 2 weeks left. does the date hold?", None, TODAY)
    assert s.intent == "planning"
    assert s.get("days_off")[0] == "2027-01-18" and len(s.get("days_off")) == 10
    assert s.get("new_work_weeks") is None and s.get("start_date") is None


def test_back_from_leave_on_a_day_is_no_time_away_and_an_old_manager_is_no_role():
    s = parse_situation("lin is back from three months of parental leave on monday. her old manager left. ideas for the first 1:1?", None, TODAY)
    assert s.get("days_off") is None and s.get("person_role") is None
    s = parse_situation("i inherit ravi, a platform engineer from the payments team. his previous manager promised him a move. 1:1 agenda?", None, TODAY)
    assert s.get("person_role") == "platform engineer"


def test_a_pasted_question_with_our_numbers_is_a_reply_to_its_sender_not_a_request():
    s = parse_situation("odile (head of retail) in slack:\n> will the shelf-gap detector be live in all stores by apr 1? the launch email locks mar 15\n"
                        "our numbers: ~45% by mar 15, ~85% by apr 1. she'll want a straight answer", None, TODAY)  # fmt: skip
    assert s.intent == "stakeholder_message" and s.get("recipient") == "Odile"


def test_number_words_are_no_names():
    s = parse_situation("tell the director the pilot slips about five weeks", None, TODAY)
    assert s.get("person") is None


def test_having_someone_days_a_week_to_finish_their_own_blocker_is_a_loan_of_a_share():
    s = parse_situation("infra says if they can have dana 2 days a week for a fixed three weeks, they can finish the queue migration themselves. "
                        "she's on the pricing model, ~4 wks left. do i say yes?", None, TODAY)  # fmt: skip
    assert s.intent == "reprioritization"
    assert s.get("new_work") == "queue migration" and s.get("project") == "pricing model"


def test_my_own_want_for_numbers_is_no_request():
    s = parse_situation("if we drop the reranker and ship the baseline, what is the p80 date? i just want numbers before i raise it", None, TODAY)
    assert s.intent == "planning"


def test_describing_our_setup_and_moving_forecasters_under_me_is_an_org_question():
    s = parse_situation("how would you even describe our setup. 5 of us in the central team, 3 forecasters under finance, analysts in each brand. "
                        "should the forecasters move under me?", None, TODAY)  # fmt: skip
    assert s.intent == "archetype"


def test_risk_as_a_name_or_a_flagged_case_is_no_schedule_risk_and_wanting_one_number_is_uncertainty():
    s = parse_situation("the deputy director wants ONE number for the board: how much the new risk-scoring model saves on flagged cases. "
                        "honest answer is 2m to 6m. need a short note", None, TODAY)  # fmt: skip
    assert s.get("purpose") == "explain_uncertainty"


def test_a_joiner_named_first_and_the_one_i_see_first_are_the_attendees():
    s = parse_situation("halima joins tuesday, first hire from outside research. 30 min with her wed. what should the first 1:1 cover?", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Halima"
    s = parse_situation("rui and olu havent spoken since the postmortem, where rui's write-up blamed olu's pipeline. "
                        "i'm seeing olu first on monday, 30 min. how do i run the olu one", None, TODAY)  # fmt: skip
    assert s.intent == "one_on_one" and s.get("person") == "Olu" and "conflict" in (s.get("cues") or [])


def test_telling_someone_a_probation_extension_is_a_talk_to_prepare():
    s = parse_situation("kemal's probation ends jan 20 and it's not going well. i've decided to extend it. i'm telling him friday, 30 min. how do i structure it", None, TODAY)
    assert s.intent == "one_on_one" and "underperforming" in (s.get("cues") or [])


def test_a_loan_from_the_first_monday_after_new_year_to_retune_something():
    s = parse_situation("the network ops team wants ilka full time for exactly two weeks from the first monday after new year, to retune the "
                        "signal alarm thresholds. she's 3 wks into the demand model, 2 weeks left. can i lend her?", None, TODAY)  # fmt: skip
    assert s.get("start_date") == "2027-01-04"
    assert s.get("new_work") == "signal alarm thresholds" and s.get("project") != "first"


def test_a_window_that_closes_on_a_date_is_a_deadline_not_a_day_off():
    s = parse_situation("the consultation window on the tariff rule closes april 2nd and we want our model's numbers in. remaining: rerun 2 weeks, "
                        "review 1 week. odds?", None, TODAY)  # fmt: skip
    assert s.get("deadline") == "2027-04-02" and not s.get("days_off")


def test_someone_who_asks_if_a_person_could_do_something_is_one_request_not_the_inbox():
    from tools.team import load_team

    team = load_team("examples/team.yaml")
    s = parse_situation("oksana from pricing (not in our file) asks if lena could spend half a day walking her team through which "
                        "features drive the churn score, before xmas. yes, no or after?", team, TODAY)  # fmt: skip
    assert s.intent == "triage" and s.get("requests") is None
    assert s.get("requester") == "Oksana" and "walking her team through which features" in s.get("request_title", "")


def test_a_client_org_with_an_ampersand_and_a_promise_moved_as_a_slip():
    s = parse_situation("email to maren, head of legal at bright & lowe (our client). the contract review was promised for the 11th. "
                        "it'll be the wk of jan 11: half the files are scans. warm, no grovelling", None, TODAY)  # fmt: skip
    assert s.get("recipient_org") == "Bright & Lowe" and s.get("audience") == "customer"
    assert s.get("purpose") == "forecast_risk"


def test_a_loan_of_all_next_week_is_one_week_from_monday_for_the_thing_named_after_it():
    s = parse_situation(
        "our coo wants to borrow deniz (contractor, not mine really) all of next week for the investor pack forecasts. "
        "deniz has maybe a week left on the returns classifier, which ops needs by the 17th. ok?",
        None,
        TODAY,
    )
    assert s.get("new_work_weeks") == [1.0, 1.0, 1.0]
    assert s.get("new_work_shape") == "fixed_loan"
    assert s.get("start_date") == "2026-12-07"
    assert s.get("new_work") == "investor pack forecasts"
    assert s.get("current_deadline") == "2026-12-17"


def test_the_whole_of_a_month_never_names_the_new_work():
    s = parse_situation("support wants ayo for the whole of february, she has 2 weeks left on the triage bot", None, TODAY)
    assert s.get("new_work") != "whole"


def test_the_work_after_onto_is_where_they_go_even_after_a_for_naming_what_the_current_work_serves():
    s = parse_situation(
        "head of logistics wants kai off the route eta model for depot 7 and onto a fuel & tyre cost tracker from monday, "
        "two weeks. kai has a week or so left. ok?",
        None,
        TODAY,
    )
    assert s.get("new_work") == "fuel & tyre cost tracker"
    assert s.get("project") == "route eta model"


def test_a_date_in_a_sentence_naming_both_works_belongs_to_the_one_named_nearest_before_it():
    from datetime import date

    from agent.understanding import parse_situation

    q = ("plant director wants to pull wiebke off the kiln vibration model monday for ~2 weeks to help on a dust sensor "
         "dashboard for the inspection on jan 22. she's maybe 6 days from done, and the kiln model has to be live for the feb 8 "
         "restart. what do i tell him")
    s = parse_situation(q, None, date(2026, 12, 4))
    assert s.intents[0] == "reprioritization"  # an open call with 'what do i tell him': the call, with the line
    assert s.get("deadline") == "2027-01-22"  # the dashboard's date


@pytest.mark.parametrize("question", [
    "the warehouse lead asked if hannah could spare one day a week for the pick-path study over january. she's two weeks "
    "into the returns classifier with about three left, and it's due feb 20. can we say yes?",
    "ops wants to know whether tomasz can give three days a week to the forklift telemetry dashboard for a month. he is "
    "five weeks into the churn model, about two weeks left. should we say yes and what does it cost?",
])
def test_a_share_of_someones_week_asked_for_is_a_reprioritisation_not_an_interruption_budget(question: str) -> None:
    s = parse_situation(question, None, TODAY)
    assert s.intent == "reprioritization", s.intents
    assert s.has("time_share") and not s.has("interrupt_budget_days")
