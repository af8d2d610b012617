"""Asks read in their context, as managers type them: a new ask on top of the team's inbox, a person named with their
team or in an aside, the manager greeted in a forwarded message, a switch turned off (no one moved), a plain-words
explanation of a range, a heads-up with the date to plan on, a decided change posted to a channel, and a title that
keeps 'by customer segment'."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.requests import request_title
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def test_a_new_ask_on_top_of_the_inbox_is_weighed_with_it_and_its_asker_is_the_named_person():
    s = parse_situation(
        "besides everything already in the inbox, kwabena from finance just asked for refund rates cut by store format, "
        "about a day of work, by the 15th. what reaches the team this week?",
        TEAM,
        TODAY,
    )
    assert s.intent == "triage" and s.get("with_inbox") is True
    assert s.get("requester") == "Kwabena" and s.get("deadline") == "2026-12-15"
    assert "store format" in s.get("request_title")


def test_a_person_named_in_an_aside_after_their_name_is_the_person():
    s = parse_situation("tendai, one of my engineers, told me after standup that his mother is in hospital. what do i say?", None, TODAY)
    assert s.get("person") == "Tendai"


def test_the_manager_greeted_in_a_forwarded_message_is_no_person_and_a_switch_turned_off_moves_no_one():
    s = parse_situation(
        'fwd from ilse (head of collections, not in the file):\n"Dana, can we still turn off the legacy scorecard on Jan 11? '
        'I need to tell the call centre."\ncheck where fraud v3 is and draft my reply',
        TEAM,
        TODAY,
    )
    assert s.intents[0] == "stakeholder_message" and s.get("purpose") == "answer_question"
    assert s.get("person") != "Dana" and s.get("deadline") == "2027-01-11"


def test_a_range_to_explain_without_statistical_terms_is_an_explanation_not_a_resource_ask():
    s = parse_situation(
        "help me write to our board chair, Margit. she asked why we show next year's claims cost as a range of 80m to 95m "
        "rather than a single figure. most of the width is headcount changes at our clients. please avoid statistical terms.",
        None,
        TODAY,
    )
    assert s.get("purpose") == "explain_uncertainty"


def test_a_heads_up_with_the_date_to_plan_on_is_a_risk_message():
    s = parse_situation("heads-up note to our CFO (beatriz). the pricing pilot is meant to start mar 1, odds maybe one in three. she should plan on april 5 for now", None, TODAY)
    assert s.get("purpose") == "forecast_risk"


def test_a_decided_change_posted_to_the_channel_is_an_announcement():
    s = parse_situation(
        "i've decided: from february we drop the weekly model review and do a monthly one instead. some will grumble. "
        "write the post for #ranking-ml, say why (half the reviews had nothing to review)",
        None,
        TODAY,
    )
    assert s.get("purpose") == "announce_change"


def test_by_that_is_no_date_stays_in_the_title():
    title = request_title("ops asked for churn rates split by contract type, by friday")
    assert title is not None and title[0] == "churn rates split by contract type"


def test_a_team_day_off_named_with_its_weekday_is_a_day_off_and_we_would_begin_is_the_start():
    s = parse_situation(
        "The remaining work, in sequence: data cleaning two to three weeks, then the model one to two weeks. We would begin "
        "on Monday. The office is closed from 24 December to 1 January, and the team will also be off on Monday 4 January. "
        "What date should I give at 90%?",
        None,
        TODAY,
    )
    assert "2027-01-04" in s.get("days_off") and s.get("deadline") != "2027-01-04"
    assert s.get("start_date") == "2026-12-07"


def test_the_current_work_called_by_its_kind_owns_the_date():
    s = parse_situation(
        "the plant director wants bogdan 2 days a week on the vibration dashboard from monday. hes 5 weeks into the defect "
        "detection model, 2-3 wks left. line 2 goes live feb 8 and the model has to be on it. can he do both?",
        None,
        TODAY,
    )
    assert s.get("current_deadline") == "2027-02-08"


def test_an_event_named_by_its_quarter_is_no_date_and_its_own_day_is_the_deadline():
    s = parse_situation("i need a go/no-go on the retrieval research before Q1 planning on the 17th. 1:1 with kalinda tuesday, 30 min", None, TODAY)
    assert s.get("deadline") == "2026-12-17" and s.get("meeting_date") == "2026-12-08"


def test_pasted_asks_said_to_land_on_top_of_the_inbox_are_weighed_with_it():
    s = parse_situation(
        "three new ones came in on top of the inbox: (1) ines from pricing wants priya for a day on a discount-elasticity "
        "chart by the 10th, (2) bartek wants a rerun of the churn backfill, half a day, no date. what gets in?",
        TEAM,
        TODAY,
    )
    assert s.intent == "triage" and len(s.get("requests")) == 2 and s.get("with_inbox") is True


def test_pasted_asks_with_no_word_of_the_inbox_are_the_inbox_on_their_own():
    s = parse_situation(
        "two asks this morning: (1) ines from pricing wants priya for a day on a discount-elasticity chart by the 10th, "
        "(2) bartek wants a rerun of the churn backfill, half a day, no date. what gets in?",
        TEAM,
        TODAY,
    )
    assert s.intent == "triage" and len(s.get("requests")) == 2 and not s.has("with_inbox")


def test_the_role_the_manager_writes_to_is_greeted_by_the_team_files_name():
    # b45-d07 showed the class: 'for the VP' with the VP in the team file's inbox still opened "Hello"
    s = parse_situation("write an update for the VP: the churn pipeline is unblocked and the feature store is 60% done", TEAM, TODAY)
    assert s.get("recipient") == "Victor"


def test_a_new_ask_added_to_the_inbox_is_weighed_with_its_asker_and_its_own_date():
    # b45-u08 showed the class: 'adding to the inbox: X's asked ...' re-triaged the file's inbox and dropped the new ask
    s = parse_situation("one more for the inbox: ben's asked if aisha can spend three days next week building a pricing api for his pitch on thursday 17 dec. "
                        "what gets done and what do i say no to?", TEAM, TODAY)
    assert s.get("with_inbox") is True
    assert s.get("requester") == "Ben"
    assert s.get("request_title", "").startswith("building a pricing api")
    assert s.get("deadline") == "2026-12-17"
