"""Each slot holds a word of its own type: a sender introduced as 'from our dispatcher, Oona, on teams:' is who the
reply goes to; a company's everyday last word ('Brightwater Logistics') and a role before an appositive name ('our
harbour pilot, Maeve') are nobody; the name given on the side ('her name is Ottilie') is the reader; 'alongside the
dispatchers' is people, not parallel work; the end of a stretch that starts on a date ('from the 9th until late jan') is no
deadline; a date word is no work name; a role with an aside before its verb still asks; 'the team has 3 days spare' is a
budget; 'the only one who knows X' owns X; 'about my analyst odile's' names Odile; a metric said not to mean what the
reader took it to mean is explained."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.addressee import addressee_in
from agent.understanding.people import find_people

TODAY = date(2026, 12, 4)


def test_a_sender_introduced_with_from_gets_the_reply():
    a = addressee_in('from our dispatcher, Oona, on teams: "can the rota model cover the new depot by march?" draft a reply')
    assert a is not None and a.name == "Oona" and a.direction == "from"


def test_a_role_before_an_appositive_name_and_a_company_word_are_nobody():
    people = [m.name for m in find_people("note for our harbour pilot, Maeve, and the ops lead at Brightwater Logistics, Sunniva", None)]
    assert "Maeve" in people and "Logistics" not in people and "Pilot" not in people


def test_the_person_in_a_bracket_after_a_company_is_the_reader():
    a = addressee_in("tell our pilot customer (Brightwater Logistics, their COO is Sunniva) that the ETA model slips to march")
    assert a is not None and a.name == "Sunniva"


def test_a_name_given_on_the_side_is_the_reader():
    s = parse_situation("an investor asked what our 0.88 recall means and whether we miss 12% of fraud. it doesn't mean that. "
                        "write three lines for her, her name is Ottilie", None, TODAY)
    assert s.get("recipient") == "Ottilie" and s.get("purpose") == "explain_uncertainty"
    assert "0.88" in s.get("question_asked")


def test_alongside_people_is_no_parallel_work():
    s = parse_situation("left: data access 1-2 wks, features 2 wks, then 2 wks running alongside the dispatchers. start jan 11. "
                        "when can we say it's live?", None, TODAY)
    assert not s.get("parallel")


def test_a_pass_chance_in_brackets_belongs_to_its_step():
    s = parse_situation("steps: replay test 1 wk (60% good enough, else another wk), then rollout 2 wks. start monday. date?", None, TODAY)
    assert s.get("tasks")[0].get("success_probability") == 0.6


def test_the_end_of_a_stretch_is_no_deadline_and_no_work_name():
    s = parse_situation("our head of risk (not my boss) asked if Sam can give 2 days a week to the pricing squad from the 9th "
                        "until late jan. what does it cost us?", None, TODAY)
    assert s.get("deadline") != "2027-01-31" and s.get("project") != "late jan"
    assert s.get("requester") and "risk" in str(s.get("requester"))


def test_spare_days_the_team_has_are_the_triage_budget():
    s = parse_situation("triage pls, the team has about 3 days spare next week:\n- sales: demo for a prospect on the 15th\n"
                        "- legal: validation note for the court by the 18th", None, TODAY)
    assert s.get("interrupt_budget_days") == 3


def test_the_only_one_who_knows_a_system_owns_it_in_a_sensitive_case():
    s = parse_situation("my engineer bartosz told me his dad is in hospital again. he is the only one who knows the billing "
                        "reconciler and we cut over on feb 2. what do i say?", None, TODAY)
    assert s.get("project") == "billing reconciler" and s.get("deadline") == "2027-02-02"


def test_a_name_after_my_role_is_found_behind_about():
    s = parse_situation("a client's site manager keeps commenting on my analyst odile's clothes when she's on site. she asked "
                        "me to keep it low key", None, TODAY)
    assert s.get("person") == "Odile"


def test_a_relayed_question_with_a_cant_start_is_answered_not_declined():
    s = parse_situation('ines (ops director) asked me on slack: "can we retire the paper checklist at the depot by end of april?" '
                        "left: relabel 4k scans 2-3 wks, retrain 1-2 wks, then 3 wks running next to the checkers. we cant start "
                        "til wk of jan 18, team's on the migration. write her a straight answer", None, TODAY)
    assert s.get("purpose") == "answer_question" and s.get("start_date") == "2027-01-18"
    assert not s.has("new_work") and s.get("tasks")[-1]["name"] == "running alongside checkers"


def test_a_realistic_new_date_is_the_slip():
    s = parse_situation("have to tell our customer the triage dashboard is late. it's for dr okafor, head of radiology at "
                        "north vale clinics. we promised it for dec 18, realistic new date is feb 1.", None, TODAY)
    assert s.get("recipient") == "Okafor" and s.get("new_date") == "2027-02-01" and s.get("deadline") == "2026-12-18"


def test_additional_posts_are_a_headcount_ask_and_hyphenated_costs_are_nobody():
    s = parse_situation("Please draft a request to our CTO, Ruairi, for three additional posts. They would cost about £240,000 "
                        "a year including on-costs.", None, TODAY)
    assert s.get("purpose") == "ask_for_resources" and s.get("headcount") == 3
    assert s.get("person") != "On-costs" and "240,000" in str(s.get("cost"))


def test_an_error_band_is_no_chance_and_weeks_out_of_ten_no_date():
    s = parse_situation("our coo asked why the demand model can't get stockouts to zero. it lands within plus or minus 6 percent "
                        "about 8 weeks out of 10, peak weeks more like 12 percent. write a short reply", None, TODAY)
    assert s.get("purpose") == "explain_uncertainty"
    assert not s.has("success_probability") and not s.has("deadline")


def test_odds_said_as_k_in_n():
    s = parse_situation("1:1 tues w/ radu, 30 min. he's 10 wks into a research spike on duplicate listings, thinks maybe 1 in 4 "
                        "it beats the current rules. i need a go/no-go", None, TODAY)
    assert s.get("success_probability") == 0.25


def test_a_requester_who_came_by_and_wants():
    s = parse_situation("so marit (our sales director) came by my desk and wants oskar off the churn model from monday to build "
                        "a tender demo. what do i do", None, TODAY)
    assert s.get("requester") == "Marit"


def test_a_day_with_no_project_work_is_a_day_off():
    s = parse_situation("left: features 2 wks, retrain 2 wks. we start the 7th. jan 6 is inventory day so no project work "
                        "that day. live by feb 5?", None, TODAY)
    assert "2027-01-06" in s.get("days_off") and s.get("deadline") == "2027-02-05"


def test_a_heads_up_asked_for_is_the_message_and_no_work():
    s = parse_situation("need a heads-up to nadia before the ops review thursday: the demand model jan 8 date is in trouble. "
                        "lukas got pulled onto the outage and can't start the backfill until the 14th.", None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("recipient") == "Nadia" and not s.has("new_work")


def test_half_a_persons_week_for_a_team_is_a_move():
    s = parse_situation("kasia (growth lead) wants oliwer half his week from thu for two weeks to help rebuild their bid "
                        "model. does our jan 20 date hold if i say yes?", None, TODAY)
    assert s.intent == "reprioritization" and s.get("time_share") == 0.5 and s.get("new_work") == "bid model"


def test_asked_whether_someone_can_join_another_team_is_a_move_with_its_requester():
    s = parse_situation("Our Director of Network Planning has asked whether Oskar, one of my analysts, can join the tariff "
                        "review team full time for two weeks from 11 January. Oskar is four weeks into the load model and "
                        "estimates three weeks remaining. Should I agree?", None, TODAY)
    assert s.intent == "reprioritization" and s.get("new_work") == "tariff review team"
    assert s.get("requester") == "Director of Network Planning"  # said as they said it, like "VP of park operations"


def test_prep_for_a_timed_talk_about_a_person_is_a_one_on_one():
    s = parse_situation("emeric, senior DS, has missed two sprint goals and the eval report slipped twice. thursday, 45 min. "
                        "how do i prep this so it's fair", None, TODAY)
    assert s.intent == "one_on_one" and "underperforming" in (s.get("cues") or [])


def test_something_that_happened_again_with_nothing_named_gets_one_question():
    s = parse_situation("it happened again in this mornings standup, im so done. whats my move", None, TODAY)
    assert s.intent == "guidance" and s.clarifying_question


def test_stated_office_closure_a_date_at_a_confidence_and_a_chance_that_it_hits():
    s = parse_situation("two tracks in parallel from monday: labelling 2-3 wks, retrain 3-4 wks, 80% it hits the target. "
                        "we're closing the office dec 23 through jan 1. date at 85%?", None, TODAY)
    assert s.get("confidence_level") == 85 and "2026-12-23" in s.get("days_off")
    assert s.get("tasks")[1].get("success_probability") == 0.8 and not s.has("person")


def test_the_team_can_spare_days_and_one_of_my_people_is_named():
    s = parse_situation("triage pls, team can spare about 1.5 days next week max:\n- sales: a demo thursday\n- legal: a "
                        "model card by the 18th", None, TODAY)
    assert s.get("interrupt_budget_days") == 1.5
    s = parse_situation("not sure what to do. zofia, one of my analysts, broke down in our 1:1 today, says she isn't sleeping.", None, TODAY)
    assert s.get("person") == "Zofia"


def test_named_lead_in_a_cycle_is_a_promotion_and_transfer_in_is_inherited():
    s = parse_situation("marit asked if she can be named search lead in the autumn cycle. she's carrying the reranker and she's "
                        "great at it. 1:1 wed, 30 min", None, TODAY)
    assert s.get("cues") == ["wants_promotion"]
    s = parse_situation("first 1:1 with jonas monday, 30 min. he's transferring in from risk analytics and i'll be his third "
                        "manager this year", None, TODAY)
    assert "inherited" in s.get("cues") and s.get("person_role") != "manager"


def test_the_one_seen_first_in_a_conflict_is_the_attendee():
    s = parse_situation("two of my seniors, agnes and birgit, have been at each other for weeks over the feature store. seeing "
                        "agnes first, tuesday, 30 minutes", None, TODAY)
    assert s.get("person") == "Agnes" and "conflict" in s.get("cues")


def test_my_people_at_war_is_their_conflict_not_others_state():
    s = parse_situation("two of my people are at war over the eval rubric. seeing ines first, wed, 30 min. help me prep the ines one", None, TODAY)
    assert "conflict" in s.get("cues")


def test_a_role_opening_the_question_with_a_name_in_brackets_names_the_requester():
    s = parse_situation("head of logistics (tariq) wants to borrow oskar full time for two weeks from the 14th to dig into the "
                        "late-delivery spike. oskar is 3 wks into the eta model. does jan 20 survive?", None, TODAY)
    assert s.get("requester") == "Tariq"


def test_pasted_requests_read_a_live_fault_a_not_urgent_idea_and_a_list_of_which():
    from agent.understanding.assemble import _pasted_request

    fault = _pasted_request({"text": "the spam filter has been rejecting most invoices from new suppliers since tuesday's retrain 😬 "
                             "~3k invoices stuck in the manual queue, finance is chasing", "requester": "Ola", "requester_role": ""}, TODAY)
    assert fault["kind"] == "incident" and len(fault["title"]) <= 120 and not fault["title"].endswith("~3")
    idea = _pasted_request({"text": "idle thought - voice search for the catalogue? not urgent", "requester": "Bo", "requester_role": ""}, TODAY)
    assert idea["urgency"] == "low"
    listed = _pasted_request({"text": "procurement needs a list of which vendors in the panel were onboarded before the new contract. "
                              "due the 18th", "requester": "Eva", "requester_role": ""}, TODAY)
    assert listed["title"].startswith("list of which vendors")


def test_a_raised_budget_keeps_its_whole_period():
    from agent.understanding.messages import cost_in

    assert cost_in("ask finance to raise the labelling budget from ~$8k to ~$14k a month for feb-apr, we need it")[0] == "from ~$8k to ~$14k a month for feb-apr"


def test_from_a_quarter_starts_on_its_first_day():
    s = parse_situation("what kind of ml org are we? four data scientists under the cfo. the cto wants to embed them in the "
                        "product squads from Q2", None, TODAY)
    assert s.get("start_date") == "2027-04-01"


def test_a_bare_generic_noun_is_no_work_name_in_a_decline():
    s = parse_situation("write a no to ines (head of sales). wants a model that texts dormant customers when their plan renews, "
                        "live by jan 20. no: whole team's on the pricing rebuild through feb.", None, TODAY)
    assert s.get("new_work") != "model" and "texts dormant customers" in s.get("request_title")


def test_after_the_blind_run_holidays_are_nobody_and_people_named_beside_their_role_are_found():
    s = parse_situation("right so easter's late next year and the grocers want the forecast locked by feb 12. left: cleaning 1-2 "
                        "wks, features 2-3 wks. we start monday. will we make it?", None, TODAY)
    assert s.get("person") != "Easter"
    s = parse_situation("1:1 on tuesday. wanjiru, my most senior engineer on the routing team, has been online at 2am for weeks. "
                        "30 min. i'm scared of saying the wrong thing", None, TODAY)
    assert s.get("person") == "Wanjiru" and s.get("project") != "wrong thing"
    s = parse_situation("one of my analysts oskar messaged me at midnight 'i cant keep doing this'. hes not replying. what do i do", None, TODAY)
    assert s.get("person") == "Oskar"
    s = parse_situation("report (marisol, senior, pricing models) told me today she needs to move house urgently and wants to "
                        "work from home for a few weeks. how do i handle this", None, TODAY)
    assert s.get("person") == "Marisol"


def test_a_gerund_current_work_names_its_object_and_takes_its_date():
    s = parse_situation("finance wants to borrow kofi for two weeks full time from wed to rebuild the churn report. he's 3 weeks "
                        "into migrating the old fraud rules to the new engine, a week left. the old rules engine gets switched off "
                        "jan 8. yes or no?", None, TODAY)
    assert s.get("project") == "old fraud rules" and s.get("current_deadline") == "2027-01-08"
    assert s.get("new_work") != "full time"
