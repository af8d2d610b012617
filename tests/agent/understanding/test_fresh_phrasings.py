"""Phrasings of our own modelled on a fresh development set (dev_v11): a reply asked for a relayed question, the ask
to a director as a noun, what the manager would tell someone, a decided post for a named team, a joint session with two
people in conflict, someone returning from adoption leave named at a sentence start."""

from datetime import date

from agent.understanding import parse_situation
from tools.team import load_team

TODAY = date(2026, 12, 4)


def test_a_reply_to_a_question_relayed_from_a_thread_is_a_message_to_the_asker() -> None:
    s = parse_situation("wen asked in the launch channel if the pricing model goes live before the board on the 16th. give me a two line reply", None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "answer_question" and s.get("recipient") == "Wen"


def test_the_ask_to_a_director_is_a_resource_request() -> None:
    s = parse_situation("need the ask to our plant director oskar: one more data engineer. we run 140 models with 3 people", None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "ask_for_resources"


def test_what_i_would_tell_her_is_a_message() -> None:
    s = parse_situation("our cfo ines asked why the demand model gives a range and not one number. what i'd tell her: the range is honest, we'll know more in march. 4 sentences max", None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "explain_uncertainty" and s.get("recipient") == "Ines"


def test_a_done_deal_posted_for_a_named_team_is_an_announcement_to_it() -> None:
    s = parse_situation("post for the vision team, done deal: from jan 11 every model gets a model card before release", None, TODAY)
    assert s.get("purpose") == "announce_change" and s.get("audience") == "own_team"


def test_a_joint_session_with_two_people_in_conflict_is_a_meeting_with_both() -> None:
    s = parse_situation("two of mine, oona (search) and piet (ads), keep fighting over who owns the ranking features. joint session with both on tuesday, 30 mins. plan it", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Oona and Piet" and "conflict" in s.get("cues")


def test_someone_returning_from_adoption_leave_named_at_a_sentence_start() -> None:
    s = parse_situation("Agenda please. Marguerite returns on 11 January after five months' adoption leave; we have a 45-minute one-to-one that morning.", None, TODAY)
    assert s.get("person") == "Marguerite" and s.get("meeting_minutes") == 45 and "returning_from_leave" in s.get("cues")
    assert not s.has("done_weeks")


def test_team_file_question_relayed_without_quotes_checks_the_plan() -> None:
    s = parse_situation("victor asked in standup if fraud v3 is live before the 18th. check the plan and give me a short reply with the odds", load_team("examples/team.yaml"), TODAY)
    assert s.intents[0] == "stakeholder_message" and s.get("recipient") == "Victor"


def test_a_slip_said_as_was_due_now_the_week_of() -> None:
    s = parse_situation("email to the editors: the tagging model v3 was due on the 14th, now its the wk of jan 18. reason: labels", None, TODAY)
    assert s.get("purpose") == "forecast_risk" and s.get("new_date") == "2027-01-18" and s.get("project") == "tagging model v3"


def test_shorten_the_following_is_a_rewrite_and_a_capitalised_title_is_no_name() -> None:
    s = parse_situation('Could you shorten the following? It goes to Mairead, our Chief Actuarial Officer.\n"Dear Mairead, I wanted to give you a fuller picture of the pricing model work, since it came up at the board."', None, TODAY)
    assert s.get("purpose") == "rewrite" and s.get("recipient") == "Mairead" and s.get("person") in (None, "Mairead")


def test_a_peer_not_my_report_is_a_peer() -> None:
    s = parse_situation('soften this, going to tove on the growth team (peer, not my report):\n"Stop quoting our uplift numbers before we check them."', None, TODAY)
    assert s.get("audience") == "peer_team"


def test_put_him_up_for_senior_is_a_promotion_ask_and_cooked_is_burnout() -> None:
    assert "wants_promotion" in parse_situation("1:1 friday w dario, he asked me to put him up for senior in the spring cycle", None, TODAY).get("cues")
    assert "burnout" in parse_situation("1:1 w ines thurs. covering two roles, fell asleep in standup. i think she's cooked. agenda?", None, TODAY).get("cues")


def test_a_fixed_length_loan_is_not_work_called_fixed_and_a_shut_site_is_days_off() -> None:
    s = parse_situation("plant 2's quality mgr wants ilse 2 days/wk for a fixed 3 weeks from the 14th to help relabel their scrap images. plant's shut dec 24 - jan 1. ok?", None, TODAY)
    assert s.get("new_work") != "fixed" and s.get("requester") == "quality mgr" or s.get("requester", "").endswith("quality mgr")
    assert "2026-12-24" in (s.get("days_off") or [])


def test_a_date_i_am_sure_of_over_a_plan_is_a_forecast_and_two_joined_durations_are_a_range() -> None:
    s = parse_situation("sales want the lead scorer live by mar 5. left: clean the crm export, a week to a fortnight. retrain 1-2 weeks. then the pilot, two weeks flat. nobody on my team is in between the 21st and new years day. i'd like a date i'm 80% sure of and whether mar 5 is even realistic", None, TODAY)
    assert s.intent == "planning"
    assert [t["weeks"] for t in s.get("tasks")][0] == [1.0, 1.5, 2.0] and s.get("tasks")[-1]["name"] != "flat"
    assert "2026-12-21" in s.get("days_off")


def test_the_status_line_label_names_the_work_of_an_update() -> None:
    s = parse_situation("monthly update for our cto ama. churn v4: auc 0.81 -> 0.84 on holdout, 2 of 3 markets live. ask: pick the next market by the 15th", None, TODAY)
    assert s.get("project") == "churn v4"


def test_a_pay_comparison_is_a_sensitive_conversation() -> None:
    s = parse_situation("omar asked me if it's true the new senior is on 15k more than him. what do i say and what do i not say", None, TODAY)
    assert s.intent == "sensitive"


def test_an_asker_from_a_long_named_office_and_a_reader_not_on_my_team() -> None:
    assert _facts("ines from the group risk and compliance office wants ravi for two days next week. ok?")["requester"] == "Ines"
    assert _facts('make this firmer. it\'s to tomas who runs the stadium ops crew (not my team):\n"Hi Tomas, any chance of the turnstile data soon?"')["audience"] == "peer_team"


def _facts(question: str) -> dict:
    return {f.name: f.value for f in parse_situation(question, None, TODAY).facts}


def test_a_message_about_it_with_nothing_to_say_asks_what_it_should_say() -> None:
    s = parse_situation("write something for leadership about where we are with it, they meet thursday", None, TODAY)
    assert s.clarifying_question and "decision" in s.missing


def test_a_budget_between_us() -> None:
    s = parse_situation("triage. me + kai have roughly 3 days between us this week\n- alert: scorer down\n- sales: demo data by fri", None, TODAY)
    assert s.get("interrupt_budget_days") == 3


def test_the_care_helpers_phrasings() -> None:
    assert parse_situation("1:1 with my manager on tuesday, i want to raise the on-call load", None, TODAY).get("person") == "Your manager"
    assert "new_hire" in parse_situation("kofi starts tuesday as our new MLE, first 1:1 that afternoon. agenda?", None, TODAY).get("cues")
    s = parse_situation("three people came to me about dov (staff, our best modeller). review comments like 'this is undergrad work'. one of them cried in our 1:1 on monday. what do i do first", None, TODAY)
    assert s.intent == "sensitive"
    assert parse_situation("Draft a message to my head of product: the launch may slip; here is our forecast.", None, TODAY).get("project") != "launch may"


def test_a_team_asking_at_the_start_and_an_office_gone_dark() -> None:
    s = parse_situation("payments team wants oskar 2 days a week for three weeks from the 14th. he's 3 weeks into the ledger model, 2-4 left. office is dark 24th thru jan 1. yes?", None, TODAY)
    assert s.get("requester") == "payments team" and "2026-12-31" in s.get("days_off")


def test_the_work_someone_is_wanted_for_not_their_name() -> None:
    s = parse_situation("ilse from partner ops wants marco for a day and a half to fix the partner feed into the pricing service by wed. ok?", load_team("examples/team.yaml"), TODAY)
    assert s.get("request_title", "").startswith("fix the partner feed")


def test_a_break_until_new_year() -> None:
    s = parse_situation("team shuts from the 24th until new year. jorge (sales) wants a demo for the 17th. we have 3 days spare next week. ok?", None, TODAY)
    assert "2026-12-31" in s.get("days_off")


def test_couple_of_days_without_an_article_is_a_size() -> None:
    s = parse_situation("jorge (sales) wants a demo for the 17th, couple of days tops. we have 3 days spare next week. ok?", None, TODAY)
    assert s.get("request_effort_weeks") == [0.4, 0.4, 0.4] and s.get("interrupt_budget_days") == 3


def test_lower_case_names_in_strong_places_and_the_day_they_are_back() -> None:
    s = parse_situation("i'm putting akosua up for senior in the march cycle, packet due feb 1. 1:1 tue 45 mins to plan it", None, TODAY)
    assert s.get("person") == "Akosua" and "wants_promotion" in s.get("cues") and s.get("meeting_date") == "2026-12-08"
    s = parse_situation("ngozi's back the first monday after new year, eight weeks of carer's leave. 30 min 1:1 that day. how do i handle it", None, TODAY)
    assert s.get("person") == "Ngozi" and s.get("meeting_date") == "2027-01-04" and "returning_from_leave" in s.get("cues")


def test_the_person_told_is_the_one_the_meeting_is_with_and_weekday_the_nth() -> None:
    s = parse_situation("need to tell kofi that the pricing research stops at the end of jan unless it beats the baseline. 1:1 thursday the 17th, an hour", None, TODAY)
    assert s.get("person") == "Kofi" and s.get("meeting_date") == "2026-12-17"


def test_a_negated_rework_is_a_note_and_a_channel_post_is_an_announcement() -> None:
    s = parse_situation("post for #search-ml, decided already, don't make it sound optional: from jan 11 every model change needs a shadow week. rota starts with ana", None, TODAY)
    assert s.get("purpose") == "announce_change" and s.get("recipient_group") == "#search-ml" and not s.has("recipient")


def test_a_structure_question_is_an_org_question() -> None:
    s = parse_situation("structure question. 3 MLEs report to me but sit in product squads whose EMs write their reviews. my vp asks whether we should become a proper ML team. what are we today?", None, TODAY)
    assert s.intent == "archetype"


def test_message_asks_that_name_a_resource_or_a_decided_no() -> None:
    assert parse_situation("compute ask to ines (vp eng). the nightly scoring misses its window 6 times a month. 3 more L4s fix it, about $5k a month. 4 sentences", None, TODAY).intent == "stakeholder_message"
    s = parse_situation("ask dmitri (CTO) for 2 heads, 1 data engineer + 1 MLE. 20 pipelines run by 3 of us, ~150k loaded each. he likes it blunt", None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "ask_for_resources" and s.get("headcount") == 2
    s = parse_situation("hana (head of CX) wants sam to build a churn alert for the call centre by end of jan. decided: no, sam's on the fraud shadow deploy. what i can give her: 2 hrs of sam in the wk of jan 11 to scope it. write it, friendly", None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "decline_or_negotiate" and s.get("offer", "").startswith("2 hrs of sam")


def test_more_of_blind_v10s_misreadings_in_general_form() -> None:
    s = parse_situation("steering group wants a date for the ocr classifier. left: label fix-up a week-ish, maybe two. retrain 2 to 3 wks. then UAT which is a flat 2 weeks. what date can i give at 80%", None, TODAY)
    assert s.get("confidence_level") == 80 and s.get("tasks")[0]["weeks"][2] == 2.0 and s.get("tasks")[-1]["name"] == "UAT"
    assert parse_situation("whats the chance the scorer ships before the 23rd? if not, what date can i say at 85%", None, TODAY).get("confidence_level") == 85
    cues = parse_situation("1:1 monday w ida. she cancelled her holiday and cried a bit in standup. i think she's burning out. agenda?", None, TODAY).get("cues")
    assert "burnout" in cues and "conduct" not in cues
    s = parse_situation("have to have the talk w oren thursday. his features were late 3 sprints running. not a PIP yet but it could get there. 30 min. help me structure it", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Oren" and "underperforming" in s.get("cues")
    assert parse_situation("ines (head of data) wants to borrow aisha for a fixed 3 weeks from the 14th to sort out the billing team's ingestion job. what do i tell ines", load_team("examples/team.yaml"), TODAY).get("new_work") != "sort out"


def test_halve_this_is_a_rewrite_and_an_adverb_is_no_name() -> None:
    s = parse_situation('halve this pls, it\'s going to our cfo:\n"Hi, hope you are well! I wanted to follow up on the GPU spend. Basically, the reason is that we moved fine-tuning to the cloud in October, which added about $20k a month."', None, TODAY)
    assert s.get("purpose") == "rewrite" and s.get("person") is None


def test_british_per_cent_and_an_organisation_with_the_are_read_as_such():
    s = parse_situation("Remaining: data clean-up two weeks, then the Council's privacy review, a fixed three weeks. Can I promise 12 March with 80 per cent confidence?", None, TODAY)
    assert s.get("confidence_level") == 80
    assert s.get("person") is None  # 'the Council' is no person


def test_a_list_header_and_a_department_are_no_project_or_person():
    s = parse_situation("coo asks if the pricing model is live by feb 2. left: backtest 1-2 wks, handover to asset mgmt 3 days. odds + a short reply", None, TODAY)
    assert s.get("project") != "left" and s.get("person") is None


def test_a_date_promised_for_a_meeting_that_now_comes_later_is_a_slip():
    s = parse_situation("Please draft a note to Councillor Okafor: the flood maps were promised for the board's meeting on 9 December; they will now come to the 20 January meeting instead.", None, TODAY)
    assert s.get("deadline") == "2026-12-09" and s.get("new_date") == "2027-01-20"
    assert s.get("recipient") == "Okafor" and s.get("person") != "Councillor"


def test_a_dead_date_is_a_forecast_question_not_a_bereavement():
    s = parse_situation("kofi has court duty all next week and it may run over. he's on the migration due dec 17. is dec 17 dead? what are my options", None, TODAY)
    assert s.intent != "sensitive"


def test_personal_data_pasted_into_a_public_chatbot_is_a_data_incident():
    s = parse_situation("one of my DS pasted ~50 rows of patient records (names, dates of birth) into a public AI chatbot to fix a query. what do i do first", None, TODAY)
    assert s.intent == "sensitive"


def test_an_org_question_about_teams_that_build_harassment_classifiers_is_an_org_question():
    q = ("marketplace, 400 ppl. the safety ML team (5) sits under legal and builds the fraud + harassment classifiers; my search team "
         "is 7 MLEs in product. no shared platform. do we merge into one ML team or stand up a platform team? what kind of org is this")
    s = parse_situation(q, None, TODAY)
    assert s.intent == "archetype"
    assert parse_situation("someone on my team is harassing a junior, what do i do", None, TODAY).intent == "sensitive"


def test_a_moment_referred_to_only_as_that_gets_one_question_back():
    from datetime import date

    from agent.understanding import parse_situation

    s = parse_situation("ugh, think i fumbled that in standup this morning. should i bring it up again tomorrow?", None, date(2026, 12, 4))
    assert s.intent == "guidance" and s.clarifying_question.startswith("What happened?")
