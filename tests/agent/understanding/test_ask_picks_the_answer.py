"""The ask clause picks the kind of answer: a prep for a hard talk is an agenda (never a decline), a message asked for
by how it should read ('brief, no maths talk') is a message, a change to the org (a pod under me, central vs embedded,
who ML reports to) is an org answer even when people are named and pulled; a talk with my own skip-level is managing
up; a stated 'another week, three at worst' is the time left, and 'all next week' is the size of a loan."""

from datetime import date

from agent.routing import intents_asked
from agent.understanding import parse_situation
from agent.understanding.cues import detect_cues
from agent.understanding.quantities import find_durations
from agent.understanding.requests import request_kind
from agent.understanding.text import Text

TODAY = date(2026, 12, 4)


def test_prepping_a_tough_one_is_a_conversation_to_prepare():
    s = parse_situation("gotta prepare a tough one: bogdan keeps missing his sprint goals on the ranking service and others "
                        "quietly redo his PRs. first proper talk about it monday, 45 mins", None, TODAY)
    assert s.intent == "one_on_one"
    assert s.get("person") == "Bogdan"


def test_an_ask_that_only_says_how_it_should_read_wants_words():
    assert intents_asked("the cfo (marit) asked why churn numbers wobble week to week. we use a 4 week average. brief, no maths talk") == ["stakeholder_message"]
    assert intents_asked("plain english and short pls") == ["stakeholder_message"]
    assert intents_asked("the model is short on data") == []


def test_a_relayed_why_answered_briefly_is_a_message_not_a_forecast():
    s = parse_situation("coo (bettina) asked why our demand forecast for the pop-up kiosks is 'all over the place'. we give "
                        "a 70% band of 40 to 90 covers a day since they are brand new. suggest: staff for 60. brief, no maths talk", None, TODAY)
    assert s.intent == "stakeholder_message"


def test_a_new_pod_under_me_is_an_org_question_even_with_people_pulled():
    s = parse_situation("we're 40 engineers. i lead search ranking (5 people). a 3 person infra team owns the feature store and "
                        "everyone waits on them. i'd like to pull one infra engineer and our lone applied scientist into a small "
                        "'relevance squad' under me. sensible, or empire building?", None, TODAY)
    assert s.intent == "archetype"


def test_org_shapes_named_in_the_ask_are_org_questions():
    assert "archetype" in intents_asked("central ML team vs embedded in product, which is better for us?")
    assert "archetype" in intents_asked("who should the data science team report to?")


def test_my_own_skip_level_is_managing_up_and_a_feared_fight_is_no_conflict():
    cues = detect_cues("my skip-level keeps pinging my people directly with small favours that eat days. 1:1 with her "
                       "friday, 25 mins. how do i bring it up without it becoming a fight")
    assert "managing_up" in cues
    assert "skip_level" not in cues and "conflict" not in cues
    assert "skip_level" in detect_cues("skip-level with my managers' reports next week, what do i ask them")


def test_another_unit_with_a_worst_case_after_it_is_a_range():
    [d] = find_durations(Text.of("she reckons another sprint, three at worst").normal)
    assert d.role == "remaining" and d.low == 2.0 and d.high == 6.0
    [d] = find_durations(Text.of("another week or two").normal)
    assert (d.low, d.high) == (1.0, 2.0)


def test_time_left_and_a_week_long_loan_are_read_so_nothing_is_asked():
    s = parse_situation("finance wants to borrow tomasz full time all next week for the audit deck. tomasz is 3 weeks into "
                        "the dedupe job and says another week, two at worst. the dedupe job is due the 18th. ok?", None, TODAY)
    assert s.intent == "reprioritization"
    assert s.get("remaining_weeks") == [1.0, 1.0, 2.0]
    assert s.get("new_work_weeks") == [1.0, 1.0, 1.0] and s.get("start_date") == "2026-12-07"
    assert not s.clarifying_question


def test_alert_words_in_a_document_asked_for_are_its_subject():
    assert request_kind("a written explanation of how our alerts are routed to on-call, for the auditors")[0] != "incident"
    assert request_kind("fraud alerts stopped firing since the deploy")[0] == "incident"


def test_a_message_pasted_in_quotes_on_its_own_line_is_the_one_to_rework():
    s = parse_situation('way too long, trim it for the cfo, keep the figures.\n"Dear Marit, I hope this finds you well. I wanted '
                        'to share some background on the returns model, which has come a long way since the summer pilot and now '
                        'flags 88% of fraudulent returns in about 4 seconds each. Happy to walk you through it any time."', None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "rewrite"


def test_giving_someone_a_heads_up_is_a_message_even_after_a_long_opening():
    assert intents_asked("need to give our head of ops (pilar) a quick heads up before the ops review on thursday morning: "
                         "the routing model may slip to february") == ["stakeholder_message"]


def test_back_from_leave_with_a_meeting_length_is_the_conversation_to_prepare():
    s = parse_situation("wendeline returns monday after 6 months parental leave. her project shipped without her and we hired "
                        "3 people she hasn't met. 30 min first thing monday, want it to feel like a welcome not a download", None, TODAY)
    assert s.intent == "one_on_one"


def test_a_plan_of_estimated_tasks_is_never_out_of_scope_and_a_date_to_stand_behind_is_a_forecast():
    s = parse_situation("need a date for the investor memo i can commit to at 85%. two tracks in parallel: weather + traffic "
                        "features 3-5 wks, re-labelling the depot scans 2-3 wks. starting jan 11", None, TODAY)
    assert s.intent == "planning"


def test_a_one_on_one_on_a_weekday_with_an_unusual_name_names_who_it_is_with():
    s = parse_situation("one-on-one on thursday with thaddeus, thirty minutes. he keeps missing review deadlines on the "
                        "pricing refresh and i need to be clear about it", None, TODAY)
    assert s.get("person") == "Thaddeus" and not s.clarifying_question


def test_a_reader_who_takes_a_range_for_ignorance_gets_the_range_explained():
    from agent.understanding.messages import purpose_of

    assert purpose_of("the race director wants 'the minute' for the safety car call. sims say minute 40 to 47. "
                      "she thinks a range means we're guessing. 4 lines, plain.")[0] == "explain_uncertainty"


def test_an_unexplained_misstep_gets_one_question_back():
    s = parse_situation("think i played that pretty badly this morning. say something now or leave it?", None, TODAY)
    assert s.clarifying_question


def test_a_plan_opening_with_prep_and_a_range_is_no_meeting():
    assert "one_on_one" not in intents_asked("prep 2-3 days then labelling 1 to 2 weeks then eval a week. legal wants it by "
                                             "5 mar. can we?")
