"""Who a 1-on-1 is with and what the manager noticed, in phrasings of our own."""

from datetime import date

import pytest

from agent.understanding import detect_cues, parse_situation

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("question", "person", "cues"),
    [
        ("first 1:1 with my new hire jarrah on tuesday, he started monday, 30 min. what should we cover", "Jarrah", ["new_hire"]),
        ("ingrid's been working till 11pm most nights and snapped at a teammate in standup. 1:1 tomorrow. agenda?", "Ingrid", ["burnout", "conflict"]),
        ("prep for ola 1:1 - the causal uplift research is 10 weeks in and still no signal. she's very attached to it", "Ola", ["research_go_no_go"]),
        ("skip level with the ICs on kofi's team next week - kofi is a new manager, i want to hear how it's going", "the ICs on kofi's team", ["skip_level"]),
        ("need to prep for a 1:1 with my own manager (vp rania) - i want to push for a staff promo for deniz and headcount for q2", "Rania", ["managing_up"]),
    ],
)
def test_who_the_one_on_one_is_with_and_the_cues(question: str, person: str, cues: list[str]) -> None:
    s = parse_situation(question, None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == person
    assert [c for c in cues if c in (s.get("cues") or [])] == cues


def test_a_quarter_named_for_something_else_is_not_the_meeting_day() -> None:
    s = parse_situation("1:1 with my own manager (vp rania) - i want headcount for q2", None, TODAY)
    assert s.get("meeting_date") is None


def test_back_from_leave_with_the_day_between() -> None:
    s = parse_situation("olu is back monday from four months parental leave. 1:1 tuesday, 45 min. what do i cover", None, TODAY)
    assert "returning_from_leave" in s.get("cues")


def test_the_manager_who_got_promoted_is_not_a_report_who_wants_promotion() -> None:
    s = parse_situation("got promoted to lead last week, now managing my old peers incl. oyelaran. first 1:1 with her friday, 30 mins. agenda?", None, TODAY)
    assert "wants_promotion" not in (s.get("cues") or [])


def test_layoffs_that_already_happened_are_the_background_of_a_plan() -> None:
    s = parse_situation("we lost two people in the layoffs last month. training 2-3 wks, eval 1 wk. can we still ship the ranker by jan 22?", None, TODAY)
    assert s.intent == "planning"
    assert parse_situation("there are layoff rumours and my team is scared, what do i tell them", None, TODAY).intent == "sensitive"


def test_a_sensitive_case_keeps_the_work_a_handover_needs() -> None:
    s = parse_situation("amira told me in confidence she needs surgery in jan, out six to eight weeks. she owns the churn retrain due mid feb. how do i plan cover without outing her", None, TODAY)
    assert s.intent == "sensitive" and (s.get("project"), s.get("deadline")) == ("churn retrain", "2027-02-15")


def test_a_name_before_an_aside_in_brackets_is_a_person() -> None:
    s = parse_situation("ngoc (on a work visa) pulled me aside after standup, asked if the reorg rumours mean his role could get cut. what do i say", None, TODAY)
    assert s.get("person") == "Ngoc"


def test_another_persons_project_is_not_the_work_of_someone_the_team_file_does_not_know(example_team) -> None:
    s = parse_situation("ines is back monday from parental leave. 1:1 tuesday. we dropped the churn work she owned and marco's been covering her area. what do i cover", example_team, TODAY)
    assert s.get("person") == "Ines" and s.get("project") != "Churn retraining pipeline"


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("ayelet told me today she has dyslexia and asked for written specs instead of verbal handoffs. can i just say yes myself", "Ayelet"),
        ("new staff scientist starts monday, sigrun, straight from academia. first 1:1 is tuesday. what goes in it", "Sigrun"),
    ],
)
def test_a_person_named_where_a_sentence_starts_or_after_a_start_day(question: str, person: str) -> None:
    assert parse_situation(question, None, TODAY).get("person") == person


def test_the_writer_of_a_message_is_the_person_when_no_reply_is_asked(example_team) -> None:
    s = parse_situation("marco messaged me at 1am saying he's 'done with this place' and deleted it. do i bring it up or let it go", example_team, TODAY)
    assert s.get("person") == "Marco" and s.intent == "sensitive"


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("1:1 thursday w zanele, 45 min. she took over marco's dashboards and priya's eval notes last week. agenda?", "Zanele"),
        ("1:1 at 2pm with tsegaye - he keeps asking about aisha's old project. what do i cover", "Tsegaye"),
        ("1:1 tmrw w/ ngozi, first since she picked up tom's labelling backlog", "Ngozi"),
    ],
)
def test_the_attendee_is_the_one_the_meeting_is_with_not_the_team_members_in_the_story(question: str, person: str) -> None:
    from tools.team import load_team

    s = parse_situation(question, load_team("examples/team.yaml"), TODAY)
    assert s.intent == "one_on_one" and s.get("person") == person


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("three people on the platform team came to me about dagny. she calls their designs 'amateur hour' in reviews. what do i do", "quiet"),
        ("a junior said olek was condescending in her code review and reverted her change without saying anything. how do i raise it", "quiet"),
    ],
)
def test_a_complaint_about_how_someone_treats_others_is_conduct_not_a_quiet_person(question: str, absent: str) -> None:
    from agent.understanding.cues import detect_cues

    cues = detect_cues(question)
    assert "conduct" in cues and absent not in cues


def test_back_from_leave_is_not_a_new_hire_in_her_first_week_back() -> None:
    s = parse_situation("wen is back on the 14th after six months parental leave. 1:1 with her that wednesday, 30 min. her first week back, how do i start", None, TODAY)
    assert "returning_from_leave" in s.get("cues") and "new_hire" not in s.get("cues")
    assert s.get("meeting_date") == "2026-12-16"  # 'that wednesday': the Wednesday of the week she is back


def test_a_period_in_the_story_is_not_a_deadline_of_the_one_on_one() -> None:
    s = parse_situation("1:1 with ruta friday. the agency person covering her (here till april) changed her pipeline. how do i handle it", None, TODAY)
    assert s.get("deadline") is None


def test_a_count_before_a_word_starting_like_a_month_is_not_a_date() -> None:
    s = parse_situation("2 juniors and 3 marketing folks asked about the decoder. 1:1 with oksana monday about it", None, TODAY)
    assert s.get("meeting_date") == "2026-12-07"
    assert "2027" not in str(s.to_json()["facts"])


def test_the_role_someone_joined_as_is_theirs_but_the_managers_own_is_not() -> None:
    assert parse_situation("1:1 with kwabena monday. he joined last month as a DS and seems lost", None, TODAY).get("person_role") == "data scientist"
    assert parse_situation("as a new manager, how do i run my first 1:1 with femi", None, TODAY).get("person_role") is None


def test_a_new_hire_named_after_their_role_is_the_attendee():
    s = parse_situation("new DS oyelaran starts tuesday, remote from accra. first 1:1 thurs, 25 min", None, TODAY)
    assert s.get("person") == "Oyelaran" and "new_hire" in s.get("cues")


def test_a_new_boss_introduced_by_role_then_her_is_the_attendee_and_the_meeting_is_managing_up():
    s = parse_situation("ruth is retiring in dec, my new manager from feb is ingeborg. first 1:1 with her is friday, 45 min. what do i bring?", None, TODAY)
    assert s.get("person") == "Ingeborg"
    assert s.get("cues") == ["managing_up"]


def test_the_meeting_day_is_the_one_said_with_its_length_and_a_weekday_with_its_date_is_that_date():
    s = parse_situation("agenda help: tamsin is back on Wednesday 13 January from a four-month secondment to the data office. we have 30 minutes on the Thursday.", None, TODAY)
    assert s.get("meeting_date") == "2027-01-14"
    assert "returning_from_leave" in s.get("cues")


@pytest.mark.parametrize("text, cue", [
    ("she cancelled her christmas leave to cover the migration", "burnout"),
    ("he's been covering the launch and on-call since september", "burnout"),
    ("asked me if he's on track for senior next cycle", "wants_promotion"),
    ("she and the PM had it out in standup", "conflict"),
])
def test_more_ways_of_saying_the_reason(text, cue):
    assert cue in detect_cues(text)


def test_news_told_face_to_face_is_a_meeting_to_prepare_not_a_message():
    s = parse_situation("leadership scrapped the forecasting project ilaria has spent 5 months on. i have to tell her tuesday before the all-hands on thursday, 20 min. what do i say?", None, TODAY)
    assert s.intent == "one_on_one"
    assert s.get("person") == "Ilaria" and s.get("meeting_date") == "2026-12-08" and s.get("meeting_minutes") == 20
    assert "reprioritized" in s.get("cues")


def test_telling_someone_in_writing_stays_a_message():
    s = parse_situation("i have to tell ilaria the project is shelved, slack msg pls, short", None, TODAY)
    assert s.intent == "stakeholder_message"


def test_a_bare_length_after_the_meeting_day_is_its_minutes():
    s = parse_situation("efua cancelled her leave and snapped in retro. 1:1 thursday, 45. agenda?", None, TODAY)
    assert s.get("meeting_minutes") == 45


@pytest.mark.parametrize("text, cue", [
    ("he's on the fence about staying since the reorg", "retention_risk"),
    ("the graph work stops at the end of march unless it beats the baseline", "research_go_no_go"),
    ("priya undid his config changes on friday without telling him", "conflict"),
])
def test_more_reasons_in_plain_words(text, cue):
    assert cue in detect_cues(text)


@pytest.mark.parametrize("q, who", [
    ("from feb 1 i inherit tjarko, a data engineer from the risk team. first 1:1 feb 3, 30 min. agenda?", "Tjarko"),
    ("panel said no on wairimu's promotion to staff. i tell her tuesday in our 1:1, 30 min. help me prep", "Wairimu"),
    ("thandeka is back on the 11th after eight weeks off. 1:1 that morning, 30 min. what's on it", "Thandeka"),
])
def test_the_attendee_named_once_in_the_story(q, who):
    s = parse_situation(q, None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == who and s.clarifying_question is None


def test_whether_to_raise_someones_behaviour_is_a_talk_to_prepare_or_a_question_back():
    s = parse_situation("tomasz keeps interrupting juniors in design review. do i bring it up or let it slide?", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Tomasz" and "conduct" in s.get("cues")
    vague = parse_situation("one of mine did the thing again. do i say something this time or let it go", None, TODAY)
    assert vague.clarifying_question and vague.intent == "guidance"
    assert parse_situation("ines missed standup again, do i say something", None, TODAY).get("person") == "Ines"


def test_a_contractor_is_read_as_the_persons_role_but_not_a_contractor_beside_them() -> None:
    s = parse_situation("1:1 with bruna thursday, the contractor on our labeling pipeline. she's stuck on vpn access", None, TODAY)
    assert s.get("person_role") == "contractor"
    s = parse_situation("1:1 with bruna thursday. oren (the contractor covering her) changed her pipeline", None, TODAY)
    assert s.get("person_role") != "contractor"


def test_a_meeting_with_an_unnamed_boss_is_managing_up_whatever_the_notes_say_about_them() -> None:
    s = parse_situation("my vp keeps moving our sprint goals mid-sprint and she's stressed about the board. 1:1 with her monday, 25 min", None, TODAY)
    assert s.get("person") == "Your vp"
    assert s.get("cues") == ["managing_up"]  # her stress is the manager's context, not a burnout cue of a report


def test_going_up_to_a_level_is_a_promotion_ask() -> None:
    assert "wants_promotion" in detect_cues("kwame asked whether he can move up to staff next round")


def _team_with_requesters():
    from tools.team import Person, Request, Team

    return Team(team="T", people=[Person(name="Rui", role="MLE"), Person(name="Ama", role="DS")],
                inbox=[Request(title="Churn deck numbers", requester="Helga", requester_role="Director of Analytics"),
                       Request(title="Label 200 tickets", requester="Bo", requester_role="support lead")])


def test_an_inbox_requester_senior_to_the_manager_makes_the_one_on_one_managing_up() -> None:
    from agent.compose import understood_block

    s = parse_situation("helga keeps slacking rui and ama for numbers, never goes through me. 1:1 with helga friday, 30 min. how do i raise it",
                        _team_with_requesters(), TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Helga"
    assert s.get("cues") == ["managing_up"]
    assert "Helga (Director of Analytics, a requester in your team file's inbox)" in understood_block(s)


def test_a_requester_who_is_no_boss_keeps_the_notes_cues() -> None:
    s = parse_situation("1:1 with bo on monday, 30 min. he's been online till midnight every night since the launch", _team_with_requesters(), TODAY)
    assert s.get("person") == "Bo" and "managing_up" not in (s.get("cues") or [])



def test_someone_missing_from_the_team_file_is_still_a_report_unless_said_otherwise():
    from agent.understanding.relationship import relationship_of

    assert relationship_of("1:1 with jorien (contractor, not in my team file) thursday", [], False) == "report"
    assert relationship_of("1:1 with jorien, she's not on my team, she's in finance", [], False) == "other_team"


def test_someone_inherited_from_another_team_is_now_a_report():
    from agent.understanding.relationship import relationship_of

    assert relationship_of("1:1 with odile thursday, she's joining from another team in january", [], False) == "report"
    assert relationship_of("1:1 with odile, one of the analysts i'm inheriting from another team", [], False) == "report"


def test_the_person_beside_the_manager_in_a_decision_is_not_who_the_meeting_is_with():
    from datetime import date

    from agent.understanding import parse_situation

    q = ("ines and i decided on friday: the churn rebuild is cancelled. gustav was going to lead it and he'll move to the "
         "pricing model instead. 1:1 with him wed, 30 min, i want to tell him straight")
    s = parse_situation(q, None, date(2026, 12, 4))
    assert s.get("person") == "Gustav"


def test_onboarding_as_part_of_a_product_name_is_no_new_hire():
    from agent.understanding.cues import detect_cues

    assert "new_hire" not in detect_cues("she'll lead the merchant-onboarding risk model next quarter")
    assert "new_hire" not in detect_cues("he owns the customer onboarding flow redesign")
    assert "new_hire" in detect_cues("her onboarding has been rough, first month here")


def test_a_one_on_one_tomorrow_asked_on_a_friday_is_on_monday_and_said_to_be_assumed() -> None:
    s = parse_situation("1:1 with ottilie tmrw, she's been quiet since the reorg. how do i open it", None, TODAY)  # a Friday
    fact = s.fact("meeting_date")
    assert fact.value == "2026-12-07" and fact.source == "assumed" and "Saturday" in fact.text
    thursday = parse_situation("1:1 with ottilie tomorrow, she's been quiet since the reorg", None, date(2026, 12, 3))
    assert thursday.get("meeting_date") == "2026-12-04" and thursday.fact("meeting_date").source == "question"


def test_a_meeting_length_said_short_is_its_length() -> None:
    for said, minutes in (("a 20-min 1:1", 20), ("a 1:1, 30 mins", 30), ("a 1 hr 1:1", 60)):
        s = parse_situation(f"prep {said} with ingvild tuesday, she's a peer, not my report", None, TODAY)
        assert s.get("meeting_minutes") == minutes, said


def test_the_day_a_talk_is_said_to_happen_beats_a_day_said_of_what_happened() -> None:
    s = parse_situation("I have to have a proper conversation with Teodor on Wednesday. At Tuesday's review he mocked a "
                        "junior's work in front of everyone. I've booked 45 minutes.", None, TODAY)
    assert s.get("meeting_date") == "2026-12-09" and s.get("meeting_minutes") == 45
