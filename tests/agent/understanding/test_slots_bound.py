"""Each stated fact is bound to the thing it is said of: the current work named by its last word ('the scheduler is
promised for ...') owns that date even when the new work shares a middle word; the person a move is about outranks a
team-file name said in passing; 'we kick off monday' is the coming monday; 'feb 8 and 9' are two days; 'i can give
maybe two days' is the interrupt budget; dates of 'last summer' are last year's; 'by thurs the 17th' is the 17th."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.dates import find_dates
from agent.understanding.text import normalise
from tools.team import load_team

TODAY = date(2026, 12, 4)


def _facts(question: str, team=None) -> dict:
    s = parse_situation(question, team, TODAY)
    return {f.name: f.value for f in s.facts}


def test_the_current_work_called_by_its_last_word_owns_the_date():
    facts = _facts("the plant manager wants oskar off the kiln scheduler and onto the kiln energy forecast from monday, about 4 weeks. "
                   "he's 5 weeks in with 2 left. we promised the furnace crew the scheduler goes live on feb 2. push back?")
    assert facts.get("current_deadline") == "2027-02-02"
    assert facts.get("deadline") != "2027-02-02"


def test_the_person_moved_outranks_a_team_file_name_said_in_passing():
    team = load_team("examples/team.yaml")
    facts = _facts("kwabena from finance wants to borrow dagny (contractor, not in the file) for 3 weeks from the 11th for a cost model. "
                   "dagny is 2 weeks into the eval harness, 1 week left. sam needs that harness by jan 15. ok?", team)
    assert facts.get("person") == "Dagny" and facts.get("person_in_team") is False


def test_kick_off_in_the_present_is_the_coming_day():
    assert [(d.value, d.role) for d in find_dates("we kick off tuesday and it runs six weeks", TODAY)] == [(date(2026, 12, 8), "start")]
    assert find_dates("we kicked off tuesday", TODAY)[0].value == date(2026, 12, 1)


def test_a_second_day_of_the_same_month_is_a_date_too():
    found = find_dates("the lab is closed feb 11 and 12 for the audit, nobody works those days", TODAY)
    assert [d.value for d in found] == [date(2027, 2, 11), date(2027, 2, 12)]
    assert len(find_dates("due feb 11 and 3 weeks later the next one", TODAY)) == 1
    assert len(find_dates("by feb 11 and 4 engineers on it", TODAY)) == 1


def test_a_budget_given_with_any_giving_verb_is_read():
    facts = _facts("ok i could free up maybe three days of the team next week for this lot, which do i take?\n"
                   "- marketing wants a churn deep dive by the 18th\n- ops says the eta alerts are firing twice since tuesday")
    assert facts.get("interrupt_budget_days") == 3.0


def test_dates_of_a_season_already_gone_are_last_years():
    found = find_dates("the ceo asked why last summer's demand forecast said the peak would hit on july 20 and it came july 2", TODAY)
    assert [d.value.year for d in found] == [2026, 2026]


def test_a_weekday_with_its_day_of_the_month_is_that_day():
    found = find_dates("the vendor needs the export by thurs the 17th or we lose the slot", TODAY)
    assert [d.value for d in found] == [date(2026, 12, 17)]


def test_a_promise_already_made_is_the_current_works_date():
    facts = _facts("the coo wants ines off the rostering optimiser onto a fuel-cost dashboard from monday, about three weeks. "
                   "she's 4 weeks in, 2 left. we told the depot managers the new rosters are in their hands for the march 3 "
                   "timetable change. fold or fight?")
    assert facts.get("current_deadline") == "2027-03-03"


def test_a_second_stated_date_said_of_the_current_work_is_its_deadline():
    facts = _facts("Head of claims wants Bertil, our only NLP person, full time for three weeks from Jan 11 to build a complaint "
                   "classifier for the ombudsman visit on Feb 2. He is 2 weeks into the fraud triage retrain, 2 to 4 weeks left. "
                   "Underwriting needs the retrained triage model by Feb 5 for the reinsurance renewal. Thoughts?")
    assert facts.get("person") == "Bertil" and facts.get("deadline") == "2027-02-02" and facts.get("current_deadline") == "2027-02-05"


def test_a_role_with_an_aside_before_the_ask_is_the_requester():
    facts = _facts("our VP of guest services cornered me after standup and wants tariq moved onto the complaints bot from the 7th. "
                   "he's got about a week left on the upsell model.")
    assert facts.get("requester") == "VP of guest services"


def test_a_name_with_a_who_clause_is_the_requester():
    facts = _facts("mireille who runs claims ops (not my team) wants tariq two days a week from monday to help label. "
                   "tariq has 2 weeks left on the upsell model, due jan 15. yes or no?")
    assert facts.get("requester") == "Mireille"


def test_dates_said_with_holidays_and_ordinals_in_words():
    found = find_dates(normalise("the depot is shut christmas day and new year's day, and we're off the twenty-ninth through the thirty-first"), TODAY)
    assert [(d.value.day, d.role) for d in found] == [(25, "off"), (1, "off"), (29, "off"), (31, "off")]


def test_live_from_a_date_is_when_it_is_needed_by():
    found = find_dates("can the damage model be live for our spring inspections from april 6? we start labelling the 14th", TODAY)
    assert [(d.value, d.role) for d in found] == [(date(2027, 4, 6), "deadline"), (date(2026, 12, 14), "start")]


def test_a_weekday_with_a_bare_ordinal_is_that_day():
    assert [d.value for d in find_dates("kick off thurs 10th", TODAY)] == [date(2026, 12, 10)]


def test_a_date_i_can_commit_at_a_confidence():
    facts = _facts("give me a go-live date for the kiln model i can commit at 90%. data work 2-3 wks, then training 2 wks.")
    assert facts.get("confidence_level") == 90


def test_a_lower_case_name_who_asked_the_manager_is_the_person():
    facts = _facts("so thandiwe asked me point blank if she's getting promoted this cycle. 1:1 friday, 45 min. prep me")
    assert facts.get("person") == "Thandiwe"


def test_others_asking_quietly_do_not_make_the_person_quiet_and_zero_questions_does():
    assert "quiet" not in (_facts("1:1 with rafe thursday. he wants lead. two people quietly asked not to pair with him").get("cues") or [])
    assert "quiet" in (_facts("1:1 with rafe thursday, he's 2 weeks in, zero questions so far").get("cues") or [])


def test_a_share_of_things_is_no_chance():
    assert "success_probability" not in _facts("the cfo asked if 95% recall means 5% of the invoices we pay are fraud. draft a note")


def test_a_no_from_someone_only_called_she_gets_one_question_back():
    s = parse_situation("he refused again. go over his head or let it go?", None, TODAY)
    assert s.intent == "guidance" and "who is 'he'" in (s.clarifying_question or "").lower()


def test_a_new_ask_from_someone_again_is_read_with_its_own_title():
    team = load_team("examples/team.yaml")
    facts = _facts("olivia again - now she wants sam to do a retention by segment cut for the board pack, by the 15th, "
                   "'a day tops'. ok or not?", team)
    assert facts.get("requester") == "Olivia"
    assert "retention by segment cut" in str(facts.get("request_title") or facts.get("new_work"))
    assert facts.get("request_kind", "ad_hoc_analysis") == "ad_hoc_analysis"


def test_a_resource_ask_in_another_currency_with_a_two_word_role():
    facts = _facts("ask to plant director for 1 more reliability data scientist. 3 of us at ~140%. backlog ~10 wks. "
                   "fully loaded ~R950k/yr. short, bullets")
    assert facts.get("headcount") == 1 and facts.get("load_percent") == 140
    assert "R950k" in str(facts.get("cost"))


def test_a_slip_email_to_a_named_contact_at_a_customer():
    facts = _facts("need an email to our contact at harrow valley water, bronwen (head of operations). the leak detection "
                   "alerts were promised for jan 8, its now going to be feb 19. why: their meter feed had gaps, and we had to "
                   "clean that up ourselves. keep it calm")
    assert facts.get("recipient") == "Bronwen" and facts.get("purpose") == "forecast_risk"
    assert facts.get("new_date") == "2027-02-19" and facts.get("audience") == "customer"
    assert "harrow valley water" in str(facts.get("recipient_org")).lower()


def test_someone_the_manager_could_borrow_later_is_no_subject():
    team = load_team("examples/team.yaml")
    facts = _facts("my VP wants Priya to lead the summarizer fine-tune from monday; she's 2 weeks from done on fraud v3. "
                   "I could also borrow Ikram from platform for a fortnight. what would you do", team)
    assert facts.get("person") == "Priya"


def test_days_left_on_the_current_work_are_no_date_promised():
    team = load_team("examples/team.yaml")
    facts = _facts("board wants a churn dashboard before the board meeting on the 17th and my VP says just take Priya. "
                   "she's roughly ten working days out on fraud v3", team)
    assert facts.get("deadline") == "2026-12-17" and "current_deadline" not in facts


def test_a_piece_the_team_file_does_not_list_is_work_of_its_own():
    team = load_team("examples/team.yaml")
    own = _facts("finance wants to borrow kofi (contractor, not in the file) for a week from the 7th. kofi is halfway "
                 "through the churn survey tagging for the summarizer, about 2 wks left. ok?", team)
    assert own.get("project") == "churn survey tagging for the summarizer"
    listed = _facts("sales wants to borrow tom for a week. tom is a week into the launch review for the summarizer, 1 wk left. ok?", team)
    assert listed.get("project") == "LLM summarizer"


def test_a_date_said_of_those_pieces_is_the_current_works():
    facts = _facts("ops wants to borrow ines (not in the file) for two weeks from the 14th for a pricing study. ines is a week into "
                   "the call transcripts for the summarizer, 2 wks left. the vendor needs those transcripts by jan 12. ok?", load_team("examples/team.yaml"))
    assert facts.get("current_deadline") == "2027-01-12"


def test_a_worse_case_with_its_condition_is_the_pessimistic_end():
    from agent.understanding.quantities import find_durations

    found = find_durations(normalise("lin is 3 wks in, says 2-3 days left, 2 wks if the scanner feed drops again. the audit wants 1 week"))
    assert [(round(d.low, 2), round(d.high, 2)) for d in found if d.role == "remaining"] == [(0.4, 2.0)]
    assert len(found) == 3  # done, left, the audit's week: the worse case's own number is no second piece of work


def test_a_break_from_an_ordinal_to_the_next_months_first():
    found = find_dates(normalise("kickoff monday, site shut 23rd to 2nd so nobody works"), TODAY)
    assert [d.value for d in found if d.role == "off"] == [date(2026, 12, 23), date(2027, 1, 2)]


def test_time_someone_wants_for_a_purpose_is_named_by_the_purpose():
    facts = _facts("can we hit march 3? left: rebuild the route features 2-3 wks, then legal wants 4 days to review the privacy notes")
    assert [t["name"] for t in facts["tasks"]][-1].startswith("review")


def test_a_weekday_with_its_day_of_month_is_the_month_where_they_meet():
    found = find_dates(normalise("the plant is down tuesday the 5th for the audit"), TODAY)
    assert [d.value for d in found] == [date(2027, 1, 5)]


def test_a_resource_ask_with_a_misspelt_role_and_a_running_load():
    facts = _facts("have to ask dimitra (CFO) for two more data sceintists. the three of us are running ~140% since august, backlog 11 weeks")
    assert facts.get("headcount") == 2 and facts.get("load_percent") == 140


def test_a_restated_length_is_no_second_step():
    facts = _facts("can we land it by march 1? clean the scans, call it two weeks, then a 3 week pilot, ops wants 3 full weeks. we start monday")
    assert [t["weeks"] for t in facts["tasks"]] == [[2.0, 2.0, 2.0], [3.0, 3.0, 3.0]]
    assert facts["tasks"][0]["name"].startswith("clean")


def test_the_start_of_an_event_the_work_is_for_is_its_deadline():
    found = find_dates(normalise("the league wants the ticket-pricing model for the start of the season. we begin monday. the season starts feb 6."), TODAY)
    assert [(d.value, d.role) for d in found] == [(date(2026, 12, 7), "start"), (date(2027, 2, 6), "deadline")]
