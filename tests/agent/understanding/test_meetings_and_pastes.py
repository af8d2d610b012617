"""Reading meetings, pasted chats, vague asks and budget asks the way managers type them: a date said right after the
meeting, a 1-on-1 with the manager's own boss, an honest talk that must not become a PIP, people named by behaviour or
in an aside, timestamped chat lines, a confidence asked as 'what would you put at 90%', and a spend ask in two parts."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.requests import pasted_requests, request_kind

TODAY = date(2026, 12, 4)


def test_the_date_said_right_after_the_meeting_is_its_day_whatever_else_is_dated():
    s = parse_situation("1:1 with my manager thursday. i want to argue against merging our two squads in february. 45 mins", None, TODAY)
    assert s.get("meeting_date") == "2026-12-10"
    assert s.get("person") == "your manager" and not s.clarifying_question


def test_an_honest_talk_that_must_not_become_a_pip_is_a_conversation_to_prepare():
    s = parse_situation(
        "anika keeps skipping the code review rota and her last design doc was mostly lifted from a vendor post. i want to "
        "have the honest conversation tuesday without it becoming a PIP. 30 min. what do i say?",
        None,
        TODAY,
    )
    assert s.intents[0] == "one_on_one"
    assert s.get("meeting_minutes") == 30 and s.get("meeting_date") == "2026-12-08"


def test_people_named_in_an_aside_or_by_how_they_behave_are_people():
    s = parse_situation("a vendor told me one of my senior mles, thaddeus, was rude on a call. seeing him friday 30 min", None, TODAY)
    assert s.get("person") == "Thaddeus"
    s = parse_situation("ngozi used to be the first to speak in design reviews. since the reorg she barely talks. 1:1 monday", None, TODAY)
    assert s.get("person") == "Ngozi"


def test_timestamped_chat_lines_are_pasted_requests_and_a_failing_job_is_an_incident():
    text = (
        "what do i do with these, we have a day of slack\n"
        "[09:10] piotr: the nightly scoring job has been failing since 3am\n"
        "[11:02] finance team: can we get churn by region, due the 18th\n"
        "[13:45] cto: idea - could we forecast returns from the images? no rush"
    )
    found = pasted_requests(text)
    assert [r["requester"] or r["requester_role"] for r in found] == ["Piotr", "finance team", "cto"]
    assert request_kind(found[0]["text"])[0] == "incident"
    assert parse_situation(text, None, TODAY).intents[0] == "triage"


def test_a_date_at_a_confidence_is_the_ask_even_when_it_feeds_someones_update():
    s = parse_situation("my director wants a go-live for the churn model for her board update. what would you put at 85%? is march 1 realistic?", None, TODAY)
    assert s.intents[0] == "planning" and s.get("confidence_level") == 85


def test_a_vague_question_about_them_gets_one_question_back():
    s = parse_situation("ugh. how do i handle it with both of them now? dont want a repeat", None, TODAY)
    assert s.intents == ["guidance"] and s.clarifying_question


def test_a_budget_request_is_a_message_and_its_two_costs_are_kept():
    s = parse_situation(
        "Budget request to Helga (CFO). We need $12,000 a month extra GPU spend from March to retrain daily, plus a one-off "
        "$25k for annotation. Plain numbers please.",
        None,
        TODAY,
    )
    assert s.intents[0] == "stakeholder_message" and s.get("purpose") == "ask_for_resources"
    assert s.get("cost") == "$12,000 a month plus a one-off $25k"


def test_a_bare_day_keeps_its_own_month_when_a_later_week_only_ends_on_that_day():
    s = parse_situation(
        "write a no to our CRO. he wants a custom risk model by the 22nd. cant happen. what i can offer: scoping in the wk of jan 18",
        None,
        TODAY,
    )
    assert s.get("deadline") == "2026-12-22"


def test_the_asks_own_by_day_beats_a_dated_current_work_and_an_answer_by_day_does_not():
    s = parse_situation(
        "quick one. ingrid (head of audit) wants us to rescore last years claims by thursday. 2 days for one person, and the "
        "team is heads down on the reserving model due feb 3. yes or no",
        None,
        TODAY,
    )
    assert s.get("deadline") == "2026-12-10"


def test_the_thing_built_after_a_verb_is_the_new_work():
    s = parse_situation(
        "head of growth wants to borrow nadia for a week from monday to hook up a referral experiment. she is 2 weeks into "
        "the ltv model with about 3 weeks left",
        None,
        TODAY,
    )
    assert s.get("new_work") == "referral experiment"


def test_a_move_starting_monday_books_no_meeting():
    s = parse_situation("the logistics VP wants rangi off the dock-scheduling model and on the returns forecast from monday, "
                        "'two weeks or so'. he's a week from done. what do i tell him", None, TODAY)
    assert not s.has("meeting_date")


def test_prep_me_for_a_day_with_someone_is_a_meeting_with_them_on_that_day():
    s = parse_situation(
        "prep me for weds w halvard, he runs the platform team (peer). third config change this quarter that broke our "
        "retraining, and the audit is on the 17th. 45 min. want a process out of it",
        None,
        TODAY,
    )
    assert s.intents[0] == "one_on_one"
    assert s.get("person") == "Halvard" and s.get("meeting_date") == "2026-12-09"
    s = parse_situation("get me ready for tomorrow with oona from finance, 20 mins, she wants the cost numbers", None, TODAY)
    assert s.intents[0] == "one_on_one" and s.get("person") == "Oona"
    assert s.get("meeting_date") == "2026-12-07"  # 'tomorrow' on a Friday: the next working day, said as assumed


def test_a_job_or_a_system_that_is_dead_is_stopped_never_a_loss():
    for said in ("the nightly export job has been dead since monday", "our ingest pipeline died overnight again", "a dead feature flag service"):
        s = parse_situation(f"{said}. write the data team a note asking for a fix by friday", None, TODAY)
        assert s.intents[0] != "sensitive", said
    s = parse_situation("the export job died overnight and then nia's dad died on sunday. what do i say to her?", None, TODAY)
    assert s.intents[0] == "sensitive"
