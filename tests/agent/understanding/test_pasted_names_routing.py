"""A pasted message to rework, explicit asks for words to send, sensitive situations that come first, and
people named in lower case (first-name list plus the place a name stands in)."""

from __future__ import annotations

from datetime import date

from agent.understanding import messages, parse_situation
from agent.understanding.people import find_people, is_first_name, role_named
from agent.understanding.quantities import find_percentages
from agent.understanding.text import Text

TODAY = date(2026, 12, 4)


def _names(q: str) -> list[str]:
    return [m.name for m in find_people(Text.of(q).normal, None)]


def test_a_pasted_message_to_soften_becomes_a_rewrite_and_its_own_words_decide_nothing():
    q = 'pls soften this, going to Dana (infra lead):\n"you promised the GPUs by monday and nothing happened. we wasted 3 days. sort it out today."'
    s = parse_situation(q, None, TODAY)
    assert s.intents == ["stakeholder_message"]
    assert s.get("purpose") == "rewrite"
    assert s.get("draft_text").startswith("you promised the GPUs") and s.get("recipient") == "Dana"
    assert not s.has("start_date") and not s.has("new_work_weeks")  # "monday", "3 days" belong to the pasted text


def test_a_pasted_message_is_found_quoted_or_after_a_colon_and_a_line_break():
    assert messages.pasted_message('tighten this up for my vp:\n"we are kind of maybe going to be late, probably, on the churn model."')[0].startswith("we are kind of")
    assert messages.pasted_message("can you clean this up before I post it:\nhey all the eval harness is live use it pls and tell me if broken")[0].startswith("hey all")
    assert messages.pasted_message('soften "ok"') is None  # a short quote is not a pasted message


def test_a_question_inside_a_pasted_message_is_the_one_to_answer():
    q = 'my cfo sent this, help me answer:\n"Quick check: will the pricing model be live before the January board meeting? I need to know today."\nmy sim says 70% by then'
    s = parse_situation(q, None, TODAY)
    assert s.intents[0] == "stakeholder_message"
    assert s.get("question_asked").startswith("Quick check: will the pricing model be live before the January board meeting")
    assert s.get("success_probability") == 0.7


def test_an_explicit_ask_for_words_makes_the_message_the_main_ask():
    for q in (
        "head of growth wants a full attribution model by march, way too big. what i can offer: a simple last-touch report in 2 weeks. draft the reply",
        "exec Ramona wants fraud, kyc and disputes automated by end of q1. counter: fraud only by mar 31, the rest in Q2. write it",
        "announce to the team: from jan 11 code review rotates daily instead of Ines doing all of it",
    ):
        assert parse_situation(q, None, TODAY).intents[0] == "stakeholder_message", q


def test_a_decision_question_stays_first_and_the_message_comes_second():
    s = parse_situation("vp wants Ola on the billing model from monday, she has 2 weeks left on search. do i fight this? draft a reply either way", None, TODAY)
    assert s.intents[0] == "reprioritization" and "stakeholder_message" in s.intents


def test_crisis_and_personal_situations_are_sensitive_whatever_else_they_mention():
    for q in (
        "kemal's father passed away last night, and his model review is due wednesday. what do i say to him",
        "one of my engineers said 'i don't want to wake up tomorrow' half joking. what do i do",
        "our feature bucket was public-read for a week with customer emails in it. next steps?",
        "arno asked for a 20% raise and has an offer from a competitor, comp is frozen. how do i handle it",
        "i think lin is burned out, camera off all week, snapping in standup. what should i do",
    ):
        assert parse_situation(q, None, TODAY).intents == ["sensitive"], q


def test_burnout_in_a_1_on_1_agenda_request_stays_a_1_on_1():
    s = parse_situation("agenda for my 1:1 with lin tomorrow, i think she is burned out", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Lin"


def test_lower_case_people_in_the_places_names_stand():
    assert _names("agenda for tobias, 2 weeks in, never asks questions") == ["Tobias"]
    assert _names("inheriting amara from the search team in january") == ["Amara"]
    assert _names("1:1 with my boss reinhardt thursday. i want clarity on our goals") == ["Reinhardt"]
    assert _names("ravi and mei both want the compliance work") == ["Ravi", "Mei"]
    assert _names("wairimu (senior MLE, not in the file) has gone quiet") == ["Wairimu"]
    assert _names("the rota's in the wiki and the summary is fine") == []


def test_first_names_that_are_everyday_words_are_not_people():
    assert is_first_name("tobias") and is_first_name("saoirse")
    for word in ("will", "may", "clarity", "the", "grace period"):
        assert not is_first_name(word)


def test_a_stakeholder_named_with_their_role_in_lower_case():
    assert role_named("nour (vp product) asked in the doc") == ("Nour", "vp product")
    assert role_named("short note to the cfo (helmut) about budget")[0] == "Helmut"
    assert role_named("i want clarity on h1") is None


def test_odds_stated_for_a_date_are_the_chance_of_making_it():
    assert find_percentages(Text.of("we're ~75% on the 18th per my last check").normal)["success"].value == 0.75
    assert find_percentages(Text.of("my sim says about 65% for feb 1").normal)["success"].value == 0.65


def test_what_the_manager_wants_said_is_kept_as_the_message_content():
    s = parse_situation("need to tell Marta (head of sales) the churn model slips to feb. the vendor labels came late. short email", None, TODAY)
    assert s.get("decision") == "the churn model slips to feb. the vendor labels came late" and s.get("recipient") == "Marta"
    s = parse_situation("monthly update for Jonas: eval harness shipped, 2 teams use it. GPU renewal still open", None, TODAY)
    assert s.get("purpose") == "progress_update" and s.get("decision").startswith("eval harness shipped")


def test_a_decided_reply_about_a_move_answers_the_move_and_goes_to_who_asked():
    q = "director ruth wants omar off the ocr model for the partner demo, 2 weeks from monday. my call: yes, but only 1 week, and ocr moves a week. write to ruth"
    s = parse_situation(q, None, TODAY)
    assert s.intents[0] == "stakeholder_message" and s.get("purpose") == "respond_to_reprioritization"
    assert s.get("decision") == "yes, but only 1 week, and ocr moves a week" and s.get("recipient") == "Ruth" and s.get("person") == "Omar"
    assert not s.has("tasks")


def test_an_outcome_range_in_percent_is_not_a_chance():
    assert "success" not in find_percentages(Text.of("somewhere between 5 and 15% fewer losses").normal)


def test_a_stated_break_is_days_off_not_the_deadline():
    s = parse_situation("labels 1-2 wks, training 2 wks, eval 1 wk. we're all off dec 24 through jan 1. they want it jan 20. odds?", None, TODAY)
    assert s.get("deadline") == "2027-01-20"
    assert s.get("days_off")[0] == "2026-12-24" and s.get("days_off")[-1] == "2027-01-01" and "2026-12-26" not in s.get("days_off")


def test_ish_numbers_and_halfway_through_a_project():
    s = parse_situation("cto wants Ana on the pricing model from monday, says it's five-ish weeks. she's halfway through a 6 week search rebuild", None, TODAY)
    assert s.get("new_work_weeks")[1] == 5 and s.get("done_weeks") == 3 and s.get("remaining_weeks")[1] == 3


def test_a_date_moved_up_is_not_a_person_moved():
    s = parse_situation("the audit got moved up to dec 9 and legal now also wants the lineage doc, 4 days. worth taking on?", None, TODAY)
    assert s.intent == "triage"


def test_what_someone_is_stuck_on_and_how_long_they_have_been_here():
    s = parse_situation("agenda for ines, 2 weeks in, stuck 3 days on a flaky docker build. 1:1 thursday 30 min", None, TODAY)
    assert s.get("person") == "Ines" and "new_hire" in s.get("cues") and "stuck" in s.get("cues")
    assert s.get("blocker") == "3 days on flaky docker build" and not s.has("done_weeks")


def test_work_added_to_a_team_project_is_forecast_with_it(example_team):
    s = parse_situation("legal says the churn pipeline needs a privacy review first, 2-4 days, does the date still hold?", example_team, TODAY)
    assert s.intent == "planning"
    assert [t["name"] for t in s.get("tasks")] == ["privacy review"] and s.get("tasks")[0]["added_to_project"]


def test_give_or_take_is_not_a_move_and_a_squeeze_is_not_a_task():
    q = "two tracks in parallel: kim does the pipeline (3 to 5 weeks), lou does the model (4 wks give or take). then a 1 week integration. deadline feb 12. what if we squeeze integration to 3 days"
    s = parse_situation(q, None, TODAY)
    assert s.intent == "planning" and len(s.get("tasks")) == 3 and s.get("parallel")


def test_a_labelled_counter_offer_is_the_offer_of_the_decline():
    q = "sales wants a custom churn dashboard per region by jan 8, no capacity. what i can offer: the existing churn export split by region, 3 days, from jan 4. draft the reply"
    s = parse_situation(q, None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "decline_or_negotiate"
    assert s.get("offer") == "the existing churn export split by region, 3 days, from jan 4" and not s.has("decision")


def test_requests_pasted_one_per_line_are_an_inbox_with_their_own_requesters():
    q = (
        "triage these pls, 3 days of interrupt capacity this week\n"
        "> can someone explain why the fraud alerts doubled overnight?? – Marta (risk ops)\n"
        "- need the model lineage doc by Dec 18 for the audit – Jonas, compliance\n"
        "1. would be nice to try a new reranker, maybe 3 weeks – Li (search)"
    )
    s = parse_situation(q, None, TODAY)
    assert s.intents == ["triage"] and s.get("interrupt_budget_days") == 3
    reqs = s.get("requests")
    assert [r["requester"] for r in reqs] == ["Marta", "Jonas", "Li"]
    assert reqs[0]["title"].startswith("explain why the fraud alerts doubled") and reqs[1]["kind"] == "compliance"
    assert reqs[1]["deadline"] == "2026-12-18" and reqs[2]["effort_days"] == 15
    assert not s.has("person") and not s.has("request_title")


def test_an_org_question_asks_only_for_what_the_description_leaves_out():
    s = parse_situation("what org model is this? we deploy ourselves", None, TODAY)
    assert s.intent == "archetype"
    q = s.clarifying_question or ""
    assert "deploys" not in q and "report" in q.lower()


def test_asides_to_the_writer_are_not_part_of_what_to_say():
    s = parse_situation("weekly update for the PMs: auc up 3 points (they don't care about auc, translate it), rollout monday", None, TODAY)
    assert s.get("decision") == "auc up 3 points, rollout monday"


def test_an_ask_to_do_something_is_a_request_and_code_is_not_a_message():
    assert parse_situation("head of marketing wants us to 'do something with genai' on the landing page by tuesday. how do i handle this", None, TODAY).intent == "triage"
    assert parse_situation("can you just write the sql for the weekly churn pull", None, TODAY).intent != "stakeholder_message"
    assert parse_situation("should i sell my RSUs or pay down the mortgage", None, TODAY).intent == "out_of_scope"


def test_a_lab_closure_is_days_off_and_my_best_engineer_is_named():
    s = parse_situation("the lab closes dec 23 to jan 4. cleaning 1-2 wks, training 3-5 wks. p80 date?", None, TODAY)
    assert s.get("days_off")[0] == "2026-12-23" and not s.has("deadline")
    assert parse_situation("my best engineer ines is bored. 1:1 next week", None, TODAY).get("person") == "Ines"


def test_a_part_time_pull_is_a_share_of_their_time_until_the_period_ends():
    s = parse_situation("vp wants noor doing on-call cover about 2 days a week thru january. she has ~3 wks left on the forecasting rebuild", None, TODAY)
    assert s.intent == "reprioritization" and s.get("person") == "Noor"
    assert s.get("time_share") == 0.4 and s.get("new_work") == "on-call cover"
    assert s.get("deadline") is None  # the end of january ends the loan; no date the current work must meet was given
    assert 3 < s.get("new_work_weeks")[1] < 3.6  # 40% of the ~8.3 weeks until the end of January


def test_pulled_into_names_the_new_work_not_the_current_one():
    s = parse_situation("if tariq gets pulled into the security review for the whole of january what happens to the pricing model", None, TODAY)
    assert s.get("new_work") == "security review" and s.get("deadline") is None  # january is the pull's length, not a deadline
    assert 3.5 < s.get("new_work_weeks")[1] < 5


def test_a_cmo_named_in_lower_case_is_the_recipient_and_a_sim_is_not_a_person():
    s = parse_situation("our CMO rosa asked if the lookalike model is ready for the feb 3 launch. sim says ~55%. what do i tell her", None, TODAY)
    assert s.get("recipient") == "Rosa" and s.get("audience") == "exec" and not s.has("person")


def test_an_explanation_keeps_what_happened_and_the_facts_added_after_it():
    s = parse_situation("explain to our CFO (plain words) why the fraud model missed its target and what we're doing. the labels were stale, relabelling finishes friday", None, TODAY)
    assert s.get("reason").startswith("the fraud model missed its target")
    assert s.get("decision") == "the labels were stale, relabelling finishes friday"


def test_items_left_at_a_stated_rate_are_a_forecast():
    s = parse_situation("30 pipelines left to migrate, we do 2-3 a week. done by end of feb?", None, TODAY)
    (task,) = s.get("tasks")
    assert task["name"] == "30 pipelines" and task["weeks"] == [10.0, 12.0, 15.0]


def test_a_confidence_asked_with_a_date_and_metrics_that_are_not_chances():
    assert find_percentages(Text.of("can we be done by end of jan at 90%").normal)["confidence"].value == 90
    assert "success" not in find_percentages(Text.of("phase two ships if billing hits 70% self-resolution").normal)


def test_a_former_peer_is_named_and_the_managers_own_role_is_not_theirs():
    s = parse_situation("first 1:1 as a new manager with my former peer omar, he wanted the job too. 30 min tomorrow", None, TODAY)
    assert s.get("person") == "Omar" and not s.has("person_role")


def test_an_assumed_deadline_leaves_time_to_finish_the_current_work():
    s = parse_situation("vp wants tomas off the search work to help with a deck, it's maybe a week. tomas is 4 days from shipping. push back?", None, TODAY)
    deadline = s.fact("deadline")
    assert deadline.source == "assumed" and deadline.value >= "2026-12-25"  # 4 days left + a week + slack


def test_a_fixed_loan_with_no_date_assumes_none_and_asks_when_it_is_needed():
    s = parse_situation("vp wants tomas off the search work for about a week to help with a deck. tomas is 4 days from shipping. push back?", None, TODAY)
    assert s.get("new_work_shape") == "fixed_loan" and s.fact("deadline") is None


def test_a_choice_between_management_moves_is_advice_not_a_request():
    assert parse_situation("team of 6 at 140% load, 3 projects slipping. should i ask for headcount or kill a project first", None, TODAY).intent != "triage"


def test_backlog_load_and_a_quoted_askers_name():
    s = parse_situation("ask my director for 2 MLEs, we have 14 weeks of backlog and run at 120%", None, TODAY)
    assert s.get("backlog_weeks") == 14 and s.get("load_percent") == 120
    s = parse_situation("Victor asked 'can we ship churn by jan 15?' what do i say back", None, TODAY)
    assert s.get("recipient") == "Victor"


def test_a_meeting_with_an_unnamed_boss_is_managing_up_and_their_asks_are_not_their_cues():
    s = parse_situation("i have 45 min with my skip (vp eng) thursday. want to ask for a staff promo for lina", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Your skip-level"
    assert s.get("cues") == ["managing_up"] and s.get("meeting_minutes") == 45
    assert parse_situation("1:1 with my boss omar tomorrow, 30m", None, TODAY).get("meeting_minutes") == 30


def test_time_lost_to_something_else_is_added_work_and_sick_days_are_days_off(example_team):
    s = parse_situation("will fraud v3 make dec 18 if priya loses 3 days to interviews next week?", example_team, TODAY)
    assert s.intent == "planning" and s.get("tasks")[0]["name"] == "interviews" and s.get("tasks")[0]["added_to_project"]
    s = parse_situation("sam is out sick till wednesday, does that hurt the summarizer date", example_team, TODAY)
    assert s.intent == "planning" and s.get("days_off") == ["2026-12-04", "2026-12-07", "2026-12-08"]


def test_how_do_i_run_something_is_guidance():
    assert parse_situation("how do i run a blameless postmortem for the bad model push last week", None, TODAY).intent == "guidance"


def test_telling_the_team_is_an_announcement_and_a_metric_drop_is_not_a_move():
    s = parse_situation("how do i tell my team we're not getting the headcount we asked for", None, TODAY)
    assert s.get("purpose") == "announce_change"
    s = parse_situation("auc dropped from .81 to .74 after the pricing change. what do i reply to lin (pm)", None, TODAY)
    assert "reprioritization" not in s.intents


def test_the_thing_someone_is_pulled_off_to_build_and_a_question_asked_of_someone_else():
    s = parse_situation("vp wants ana off the ranking model to build the investor demo, one week. my call: yes. write to the vp", None, TODAY)
    assert s.get("new_work") == "investor demo"
    s = parse_situation("a board member asked our COO why we can't promise the savings number. 3 bullets she can forward", None, TODAY)
    assert s.get("question_asked").startswith("why we can't promise")
    s = parse_situation("1:1 with aisha monday. she's been carrying the migration and the audit prep. how do i approach it", None, TODAY)
    assert "burnout" in s.get("cues")


def test_a_capitalised_first_name_opening_a_sentence_is_the_person():
    assert parse_situation("Jonas lost his mother last week. what do i say to him", None, TODAY).get("person") == "Jonas"
    assert parse_situation("Maybe we should push the launch. thoughts?", None, TODAY).get("person") is None


def test_an_adverb_after_my_boss_is_not_a_name():
    s = parse_situation("layoff rumours, my boss said 'no comment'. should i push my boss harder", None, TODAY)
    assert s.get("person") != "Harder"


def test_layoff_rumours_are_sensitive_even_when_they_came_up_in_past_1_on_1s():
    q = "rumour is we're cutting ~10% in q1. two people asked me in 1:1s this week. what do i tell them"
    assert parse_situation(q, None, TODAY).intents == ["sensitive"]


def test_a_pasted_fault_is_an_incident_even_when_the_harm_is_past_the_title_and_the_spare_team_days_are_the_budget():
    q = (
        "sort these out for me, i can spare two and a half days of the team next week, the rest is roadmap\n"
        "[08:50] Femke (warehouse ops): the parcel sizing camera has been measuring every box on belt 2 as oversized since "
        "yesterday's firmware update went out to the scanners on the north side, so every label is wrong and the courier "
        "sent back forty parcels\n"
        "[13:15] finance: a breakdown of cloud cost per model for the board pack, some time in january"
    )
    s = parse_situation(q, None, TODAY)
    assert s.intents == ["triage"] and s.get("interrupt_budget_days") == 2.5
    fault = next(r for r in s.get("requests") if r["requester"] == "Femke")
    assert fault["kind"] == "incident" and fault["urgency"] == "critical"
    other = next(r for r in s.get("requests") if r["requester"] != "Femke")
    assert other.get("kind") != "incident"


def test_days_of_the_teams_time_spare_are_the_budget():
    q = ("what do i do with these, i have about three days of the team's time spare this week\n"
         "[09:00] Ola (finance): a cost split per model for the board, by the 18th\n"
         "[11:20] Rui (sales): a demo for a bank in january")
    assert parse_situation(q, None, TODAY).get("interrupt_budget_days") == 3


def test_a_person_named_after_my_and_their_role_is_read_after_about():
    assert _names("a client keeps making remarks about my analyst ines's clothes") == ["Ines"]
    assert "Ines" in _names("i'm worried about my data scientist ines and her workload")


def test_the_rewrite_word_is_never_the_reader_and_a_first_name_in_the_instruction_is():
    q = 'make this firmer, tomas keeps "borrowing" my analysts:\n"hey, sorry, would it be possible to ask me before you book ana for your reviews?"'
    s = parse_situation(q, today=TODAY)
    assert s.get("recipient") == "Tomas" and s.get("purpose") == "rewrite"
