"""Words given the role they play in the sentence, not the first reading a keyword suggests: a thing built 'off the'
weather feed moves no one, 'post-launch' is no post, a 'promo data' gap is no promotion, 'poaching alerts' poach no
one; a date said next to its weekday starts the work; a named holiday break is days off; the person a 1-on-1 is with
is the one spoken of as she or he; the current work is the moved person's, not a colleague's; a slip said as 'we
promised ... realistically it's now ...'; a leak of passport numbers is a data incident; money is preferred to counts."""

from datetime import date

from agent.brains.offline import plan_input
from agent.understanding import parse_situation
from agent.understanding.messages import asks_to_write, cost_in, purpose_of, wants_words
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def test_features_built_off_a_feed_are_a_plan_not_a_move():
    s = parse_situation("whats left: new features off the weather feed 2-3 weeks, then a retrain about a week, "
                        "we start monday. sales wants it by feb 1, is that realistic?", None, TODAY)
    assert s.intent == "planning" and len(s.get("tasks")) == 2


def test_a_hyphenated_post_is_no_message_word():
    assert not wants_words("retrain on post-launch data 2-3 weeks, then a pilot. realistic by march?")
    assert wants_words("can you write the post for the team channel")


def test_a_date_one_can_stand_behind_is_a_confidence_and_kicking_off_on_a_weekday_is_the_start():
    s = parse_situation("i need a date i can stand behind at 85%. (a) ingest rewrite, 2-3 wks. (b) scoring API w/ the infra "
                        "team, 3 to 4 wks depending on their backlog. both in parallel, kicking off tue the 8th.", None, TODAY)
    assert s.get("confidence_level") == 85 and s.get("start_date") == "2026-12-08"
    assert [t["name"] for t in s.get("tasks")] == ["ingest rewrite", "scoring API"]
    assert not s.has("deadline") or s.get("deadline") != "2026-12-08"


def test_a_named_holiday_break_is_assumed_days_off_not_a_deadline():
    s = parse_situation("forecast pls: labelling 1-2 wks, training 2-3 wks, starting monday, usual christmas shutdown", None, TODAY)
    assert s.get("deadline") != "2026-12-25"
    days = s.fact("days_off")
    assert days is not None and days.source == "assumed" and "2026-12-24" in days.value and "2027-01-01" in days.value


def test_the_stated_start_moves_the_forecast():
    s = parse_situation("cleanup 1-2 wks, then training 2-3 wks. we start on the 14th. by feb 5?", None, TODAY)
    assert plan_input(s, None, TODAY)["start"] == "2026-12-14"


def test_a_chance_said_after_the_estimate_with_help_belongs_to_that_task():
    s = parse_situation("retrain on the winter data 2-3 wks and maybe 70% the new lag features actually help, then a "
                        "2 week pilot. date?", None, TODAY)
    retrain = s.get("tasks")[0]
    assert retrain["success_probability"] == 0.7


def test_the_moved_persons_current_work_not_the_colleague_who_stays():
    s = parse_situation("our cfo wants dmitri (contractor, not in the file) on the audit prep full time for a week so mei "
                        "stays on the billing migration. dmitri is 3 wks into the churn dashboard, about a week left, "
                        "3 days if all goes well, two weeks worst case. push back?", None, TODAY)
    assert s.intent == "reprioritization" and s.get("person") == "Dmitri"
    assert s.get("project") == "churn dashboard"
    assert s.get("remaining_weeks") == [0.6, 1.0, 2.0]


def test_a_1_on_1_with_her_is_with_the_one_spoken_of_as_she():
    s = parse_situation("ana's pricing research: 6 weeks in, she thinks a month more and maybe 30% it pays off. tomas asked "
                        "me in our skip why we keep going. 1:1 with her friday, 30 min. how do i raise go/no-go?", None, TODAY)
    assert s.get("person") == "Ana"


def test_a_1_on_1_with_her_after_my_director_is_managing_up():
    s = parse_situation("my director keeps promising customers dates before asking me. 1:1 with her monday, 30 min. "
                        "how do i raise it?", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Your director"
    assert "managing_up" in s.get("cues")


def test_two_people_named_with_their_teams_and_the_one_to_prep_first():
    s = parse_situation("kofi (search) and ines (infra) are not speaking since the outage review. seeing kofi first, wed, "
                        "30 min, then ines. help me prep the kofi one", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Kofi"
    assert s.get("cues") == ["conflict"] or "conflict" in s.get("cues")


def test_promo_data_is_no_promotion_and_going_up_to_staff_is():
    s = parse_situation("1:1 with rafa tuesday, 30 min. he broke the promo data load last week and is upset", None, TODAY)
    assert "wants_promotion" not in (s.get("cues") or [])
    s = parse_situation("1:1 with rafa tuesday, 30 min. he asked if he can go up to staff next cycle", None, TODAY)
    assert "wants_promotion" in s.get("cues")


def test_letting_someone_go_to_a_full_time_loan_is_a_move_not_a_firing():
    s = parse_situation("the sales director wants Bea full time for three weeks to help with a bid. Bea is two weeks from "
                        "done on the parser. do i fight it or just let her go?", None, TODAY)
    assert s.intent == "reprioritization"


def test_passport_numbers_shared_with_a_vendor_are_a_data_incident():
    s = parse_situation("one of my analysts shared a file with the vendor in slack and it had passport numbers and dates "
                        "of birth for 2,000 customers. what do i do first?", None, TODAY)
    assert s.intent == "sensitive"


def test_a_contractor_mentioned_is_no_resource_ask():
    assert purpose_of("we'll send the list so their contractor can check those units first")[0] != "ask_for_resources"
    assert purpose_of("i need to ask my vp to fund a contractor for labelling")[0] == "ask_for_resources"


def test_a_promise_then_a_realistic_date_is_a_slip():
    s = parse_situation("need to email Ruth at Calder Freight. we promised the delay alerts would be live by the 18th of "
                        "december. realistically it's now the 22nd of january.", None, TODAY)
    assert s.get("deadline") == "2026-12-18" and s.get("new_date") == "2027-01-22"
    assert s.get("person") != "Freight"


def test_poaching_alerts_move_no_one_and_writing_the_ask_is_a_draft():
    s = parse_situation("need help writing the ask to ruth (our director) for one more engineer. rangers get poaching "
                        "alerts late. cost is about $90k.", None, TODAY)
    assert s.intent == "stakeholder_message"
    assert asks_to_write("need help writing the ask to ruth for one more engineer")


def test_money_is_the_cost_not_a_count_of_images():
    cost = cost_in("backlog is 2.4M images nobody has run. cost is about $81k with benefits")
    assert cost is not None and cost[0].startswith("about $81k")


def test_a_misread_metric_is_an_explanation():
    assert purpose_of("she thinks 1% of customers get a wrong bill. thats not what it means. short plain version pls")[0] == "explain_uncertainty"
    assert wants_words("need a short plain version she can reuse")


def test_a_role_then_the_name_in_commas_is_who_asks():
    s = parse_situation("our regional director for the south, Ingrid, has decided she wants Olu for two weeks from the "
                        "14th to help on a tender. Olu is a week from done on the parser. push back?", None, TODAY)
    assert s.get("requester") == "Ingrid" and s.get("person") == "Olu"


def test_odds_said_in_words_a_paired_day_and_days_nobody_works_on_the_project():
    s = parse_situation("left: relabel the sonar clips 1-2 weeks, retrain about 2 weeks and honestly seventy-thirty it gets "
                        "under the error bar first go, then 2 weeks of side by side checks with the ops team. we start "
                        "monday. we're all off from the 24th through new year's day, and everyone is at the offsite on the "
                        "19th and 20th of jan so no project work those two days. needs to be live from the start of march.",
                        None, TODAY)
    assert s.get("deadline") == "2027-03-01"
    assert {"2027-01-19", "2027-01-20", "2026-12-24"} <= set(s.get("days_off"))
    tasks = s.get("tasks")
    assert len(tasks) == 3 and tasks[1]["success_probability"] == 0.7
    assert not s.get("parallel")


def test_tracks_all_at_once_are_parallel_and_a_coin_flip_whether_belongs_to_its_track():
    s = parse_situation("go-live, 80% confident. three tracks, all at once: sensor hookup w/ the vendor 3-5 wks. model "
                        "retrain 2-4 wks, coin flip whether the new data is enough. dashboard 1-2 wks. start the 14th. "
                        "we shut 23 dec - 3 jan.", None, TODAY)
    assert s.get("parallel") is True and s.get("tasks")[0]["name"] == "sensor hookup"
    assert s.get("tasks")[1]["success_probability"] == 0.5
    assert "2026-12-23" in s.get("days_off")


def test_an_80_percent_date_is_a_confidence_and_a_quoted_sprint_or_two_a_range():
    assert parse_situation("whats the 85% date on the churn model, and what are the odds of the 18th?", None, TODAY).get("confidence_level") == 85
    s = parse_situation("the cmo wants ines off the churn model and on a pricing test from weds, says it's 'a sprint or two'. "
                        "ines is 4 weeks in, about a week left. what do i tell her?", None, TODAY)
    assert s.get("new_work_weeks") == [2.0, 3.0, 4.0] and s.get("start_date") == "2026-12-09"


def test_the_person_who_told_me_about_a_loss_is_the_person_and_someone_on_my_team_is_named():
    s = parse_situation("rui just messaged me that his dad died. what do i say to him today?", None, TODAY)
    assert s.intent == "sensitive" and s.get("person") == "Rui"
    s = parse_situation("kwame on my team emailed a file with passport numbers to a supplier by mistake. what now?", None, TODAY)
    assert s.get("person") == "Kwame"


def test_missed_commitments_raised_before_are_underperformance():
    s = parse_situation("Prep a hard talk with Ola, 45 min on friday. She delivered 3 of 10 committed tickets last sprint "
                        "and I've raised it informally twice. I want it clear this is now formal.", None, TODAY)
    assert "underperforming" in (s.get("cues") or [])


def test_cues_from_the_persons_state_not_the_managers_aim_or_an_adverb():
    from agent.understanding.cues import detect_cues

    assert detect_cues("back monday after 4 wks of leave, i want to ease her in without drowning her") == ["returning_from_leave"]
    assert "quiet" not in detect_cues("new senior hire, he quietly rewrote kai's pipeline without telling kai")
    assert "quiet" not in detect_cues("he never says when he is unsure")
    assert "quiet" not in detect_cues("she's been stuck 5 days on the join bug and hasn't said a word in standup")


def test_a_no_to_someone_names_the_recipient_and_a_quoted_question_to_reply_to_is_answered():
    s = parse_situation("write a no to ottilie (head of sales). she wants a churn dashboard by dec 18. not happening. what "
                        "i can give her: a top ten list by friday", None, TODAY)
    assert s.get("recipient") == "Ottilie" and s.get("purpose") == "decline_or_negotiate"
    s = parse_situation("bram (head of ops) asked me straight out: 'will the router model be live by the 12th of feb?' "
                        "write him a reply with honest odds, he's not technical", None, TODAY)
    assert s.get("purpose") == "answer_question" and s.has("question_asked")


def test_an_asker_asking_if_and_the_work_they_want_help_with():
    s = parse_situation("kenji (risk eng lead) is asking if priya can spend half her time for 2 weeks helping them retrain "
                        "their chargeback model. fraud v3 still has to land by the 18th. what does that do to the 18th?",
                        TEAM, TODAY)
    assert s.get("requester") == "Kenji" and s.get("new_work") == "chargeback model retrain"


def test_a_budget_raised_from_one_figure_to_another_keeps_both():
    cost = cost_in("asking the cfo to raise our cloud budget from ~$6k to $10k a month starting february. why: ...")
    assert cost is not None and cost[0] == "from ~$6k to $10k a month starting february"


def test_something_that_went_badly_but_is_never_said_gets_one_question_back():
    s = parse_situation("well that blew up in my face. how do i fix it??", None, TODAY)
    assert s.intent == "guidance" and s.clarifying_question
    assert parse_situation("my report told me she is being harassed by a client, how do i handle it?", None, TODAY).intent == "sensitive"


def test_blind_v20_classes_in_other_words():
    """A budget raise is a resource ask with both figures, 'keep it short' asks for words, missed sprint commitments
    are underperformance (the quiet beside them part of it), 'do we keep going' is a go/no-go with its chance, and
    'out of ideas with him' gets one question back."""
    s = parse_situation("note for our cfo ines: raise the annotation budget from $5k to $12k a month for Q2. why: ...", None, TODAY)
    assert s.get("purpose") == "ask_for_resources" and s.get("cost") == "from $5k to $12k a month for Q2"
    s = parse_situation("our cmo asked why the churn model 'got worse' since the app switched to the new events sdk. "
                        "it's missing two signals. she's not technical, keep it short", None, TODAY)
    assert s.intent == "stakeholder_message"
    s = parse_situation("prep a tough one: joel missed his last 2 sprint commitments and has gone quiet in standup. "
                        "1:1 fri, 30 min", None, TODAY)
    assert s.get("cues") == ["underperforming"]
    s = parse_situation("1:1 with ada thu, 30 min. 8 weeks into the vibration idea, she says maybe 25% it ever gets to "
                        "useful accuracy. i need to have the 'do we keep going' talk", None, TODAY)
    assert "research_go_no_go" in s.get("cues") and s.get("success_probability") == 0.25
    assert parse_situation("honestly out of ideas with her. what would you do", None, TODAY).clarifying_question


def test_say_no_to_someone_names_them_and_a_realistic_new_date_after_a_comma_is_the_slip():
    s = parse_situation("need to say no to priscilla (VP retail). she wants a store-level forecast by jan 12. not happening. "
                        "what i can give her: a region-level one by the 20th", None, TODAY)
    assert s.get("recipient") == "Priscilla"
    s = parse_situation("email to ruth at calder freight. we promised the eta alerts for jan 18, it's now realistically feb 22. "
                        "why: the gps feed changed", None, TODAY)
    assert s.get("new_date") == "2027-02-22"
