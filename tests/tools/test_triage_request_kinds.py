"""Triage by what is really asked: output gone wrong in the world after a change is today's incident, a conversation
asked for is a meeting to book (never work to start), and each reply fits the kind of ask (a talk, an undated ask)."""

from datetime import date

from agent.understanding.requests import request_kind
from tools.team import Request
from tools.triage import InboxInput, PersonContext, TriageInput, triage_inbox, triage_request

FRIDAY = date(2026, 12, 4)


def test_wrong_output_since_a_release_with_people_chasing_is_an_incident_ahead_of_everything():
    inbox = InboxInput(
        requests=[
            Request(title="pricing slides for the board", requester="Ana", deadline=date(2026, 12, 9), impact="high"),
            Request(title="the pick-list service is sending orders to the closed Leeds depot since this morning's release",
                    requester="Omar"),
        ],
        interruption_budget_days=2, today=FRIDAY,
    )
    first = triage_inbox(inbox).decisions[0]
    assert first.kind == "incident" and first.decision == "pass_to_team" and "today" in first.suggested_reply


def test_couriers_phoning_all_morning_is_harm_now():
    d = triage_request(TriageInput(request=Request(title="couriers calling us nonstop about the new zones"), today=FRIDAY))
    assert d.kind == "incident"


def test_using_the_old_model_with_no_change_and_no_harm_is_not_an_incident():
    d = triage_request(TriageInput(request=Request(title="could we stop using the old churn model next quarter"), today=FRIDAY))
    assert d.kind != "incident"


def test_a_chat_asked_for_after_the_break_is_booked_on_a_working_day_and_costs_the_team_nothing():
    assert request_kind("read an article on demand sensing, worth a look? we should catch up after the holidays")[0] == "meeting"
    req = Request(title="demand sensing idea", requester="COO", kind="meeting", deadline=date(2027, 1, 1))
    d = triage_request(TriageInput(request=req, today=FRIDAY))
    assert d.decision == "handle_yourself" and d.team_days == 0 and d.manager_days == 0
    assert d.due == date(2027, 1, 4)  # New Year's Day is closed: the first day back, not the day before
    assert "30 minutes" in d.suggested_reply and "start on it" not in d.suggested_reply
    assert not any("last working day before" in r.text for r in d.reasons)


def test_a_talk_is_given_on_its_day_by_the_manager_when_the_speaker_is_finishing_work():
    assert request_kind("wants ravi to speak at the retail analytics meetup on the 10th")[0] == "demo"
    req = Request(title="Ravi to speak at the analytics meetup", requester="Jo", kind="demo", deadline=date(2026, 12, 10),
                  effort_days=0.5, interrupts=["Ravi"])
    ravi = PersonContext(name="Ravi", status="near_finish", remaining_weeks=1, current_project="the returns model")
    d = triage_request(TriageInput(request=req, people=[ravi], today=FRIDAY))
    assert d.decision == "handle_yourself"
    assert "take it on myself on Thu 10 Dec" in d.suggested_reply and "get it to you" not in d.suggested_reply
    assert "Ravi is finishing the returns model" in d.suggested_reply


def test_an_undated_ask_the_manager_takes_is_not_promised_for_this_week():
    req = Request(title="a churn-by-plan breakdown for my offsite", requester="Kim", kind="ad_hoc_analysis", urgency="low", effort_days=0.5)
    d = triage_request(TriageInput(request=req, today=FRIDAY))
    assert d.decision == "handle_yourself" and "this week" not in d.suggested_reply and "When do you need it" in d.suggested_reply


def test_complaints_counted_as_they_arrive_make_it_an_incident():
    d = triage_request(TriageInput(request=Request(title="the loyalty app is giving double points, 40 complaints so far"), today=FRIDAY))
    assert d.kind == "incident"


def test_a_short_walkthrough_is_a_slot_the_manager_can_take_not_a_day_of_team_work():
    assert request_kind("could someone give the ops leads a 20 min walkthrough of the forecast on the 9th")[0] == "demo"
    req = Request(title="a 20 min walkthrough of the forecast for the ops leads", requester="Ife", kind="demo",
                  deadline=date(2026, 12, 9))
    d = triage_request(TriageInput(request=req, manager_capacity_days=0.5, today=FRIDAY))
    assert d.decision == "handle_yourself" and d.manager_days == 0.5


def test_a_model_answering_every_case_alike_is_an_incident_now():
    for title in ("the parcel classifier is flagging every parcel from the Ghent hub as dangerous goods",
                  "room pricing model quoting zero for all suites in Porto", "the clinic wait-time board blank since the overnight refresh"):
        assert triage_request(TriageInput(request=Request(title=title), today=FRIDAY)).kind == "incident", title
    assert triage_request(TriageInput(request=Request(title="could the report flag every late order in red"), today=FRIDAY)).kind != "incident"
