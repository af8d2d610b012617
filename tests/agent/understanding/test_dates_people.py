"""Dates and people: which dates are deadlines or starts, and who the question is about."""

from __future__ import annotations

from datetime import date

import pytest

from agent.understanding import parse_situation
from agent.understanding.dates import find_dates

TODAY = date(2026, 12, 4)  # a Friday


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.value.isoformat(), d.role) for d in find_dates(text, TODAY)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the demo on the 10th", [("2026-12-10", "deadline")]),
        ("due the 2nd", [("2027-01-02", "deadline")]),
        ("vp wants priya off fraud monday", [("2026-12-07", "start")]),
        ("all hands on LLM from january", [("2027-01-01", "start")]),
        ("Tom moves to platform on Jan 1", [("2027-01-01", "start")]),
        ("starting Monday. done before christmas?", [("2026-12-07", "start"), ("2026-12-24", "deadline")]),  # before it: by the 24th
    ],
)
def test_dates_and_their_roles(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Jess is burned out. 45 min 1:1 friday",
        "Priya is bored, 1:1 next week",
        "we've changed priorities five times this quarter, how often is too often?",
        "moving him twice in a month, bad idea?",
        "announce that we move to two week sprints with a research day every other friday",
    ],
)
def test_meeting_dates_past_counts_and_recurring_days_are_not_deadlines(question):
    assert parse_situation(question, None, TODAY).get("deadline") is None


def test_a_period_with_a_deadline_verb_is_a_deadline():
    s = parse_situation("can we land both the summarizer and the ranker this quarter?", None, TODAY)
    assert s.get("deadline") == "2026-12-31"


@pytest.mark.parametrize(
    "question, person",
    [
        ("Kofi's manager asked if we can lend him a modeler for two weeks. short reply pls", None),
        ("Raj (our CTO) asked if we can do both by March. help me write the no", None),
        ("Dev (senior MLE) is 80% done with the rewrite. VP wants him on GenAI search", "Dev"),
        ("Dev wants to talk about promotion in our 1-1 on monday", "Dev"),
        ("Nadia told me she is thinking about leaving. 1:1 Tuesday", "Nadia"),
        ("Kofi got moved off recsys 2 weeks ago and is annoyed. 1:1 tomorrow", "Kofi"),
        ("Femi (quiet new hire) and Tess (pushing for promotion): skip-level agendas please", None),
    ],
)
def test_who_the_question_is_about(question, person):
    assert parse_situation(question, None, TODAY).get("person") == person


def test_a_named_asker_gets_the_reply():
    s = parse_situation("Grace wants the lineage doc by the 15th. Reply that she gets it on the 14th", None, TODAY)
    assert s.get("recipient") == "Grace"
    s = parse_situation("Lena wants to present at the exec review. write her a kind note that now isn't the moment", None, TODAY)
    assert s.get("recipient") == "Lena" and s.get("person") == "Lena"


@pytest.mark.parametrize(
    "question, new_work",
    [
        ("vp wants priya off fraud v3 monday to help on the summarizer. shes 2 wks from done", "summarizer"),
        ("pull lena now or after her next milestone? the pricing work is 4-6 weeks and due feb 12", "pricing"),
        ("The CFO wants forecasting help from Sam for 2 sprints starting next week", "forecasting help"),
        ("my VP wants to reassign my only researcher, Wei, to help infra with GPU scheduling for 3 weeks", "GPU scheduling"),
    ],
)
def test_new_work_named_around_a_move(question, new_work):
    assert parse_situation(question, None, TODAY).get("new_work") == new_work


def test_telling_the_person_moved_is_a_one_on_one():
    s = parse_situation("Director wants Kofi on data quality instead. he'll be crushed. how do I tell him", None, TODAY)
    assert s.intents == ["reprioritization", "one_on_one"] and "reprioritized" in s.get("cues")


def test_her_is_the_asker_when_nothing_says_otherwise():
    s = parse_situation("Head of product wants Ravi moved to the chatbot asap. Ravi has three days left. what do i tell her", None, TODAY)
    assert s.intents == ["reprioritization", "stakeholder_message"]
    assert s.get("audience") == "head_of_product" and s.get("recipient") is None


def test_the_person_pulled_is_the_subject_not_the_one_who_is_free(example_team):
    q = "our board meeting is on the 15th and my VP wants the churn dashboard for it. Sam is free. is a week enough or do I pull Marco off churn retraining too?"
    s = parse_situation(q, example_team, TODAY)
    assert s.get("person") == "Marco" and s.get("new_work") == "churn dashboard" and s.get("deadline") == "2026-12-15"


def test_possessive_names_are_stakeholders(example_team):
    s = parse_situation("should we take Ben's demo request? it's 2 days of Tom's time. if not, what do I tell Ben", example_team, TODAY)
    assert s.get("person") == "Tom"


def test_months_of_leave_are_not_time_on_the_work():
    s = parse_situation("first 1:1 with Mei after four months of parental leave, half an hour", None, TODAY)
    assert s.get("cues") == ["returning_from_leave"] and s.get("done_weeks") is None and s.get("meeting_minutes") == 30


def test_current_work_named_is_forecast_without_asking(example_team):
    s = parse_situation("give me an 85% confidence date for the feature store migration", example_team, TODAY)
    assert s.intents == ["planning"] and s.clarifying_question is None and s.get("confidence_level") == 85


def test_someone_asking_to_move_themselves_is_the_person():
    q = "Sven wants to move himself onto LLM guardrails. He is 3 wks into eval infra with 2 to 4 left. Guardrails is ten working days"
    s = parse_situation(q, None, TODAY)
    assert (s.get("person"), s.get("done_weeks"), s.get("new_work"), s.get("new_work_weeks")) == ("Sven", 3.0, "LLM guardrails", [1.75, 2.0, 2.5])


def test_a_move_to_agree_to_beats_the_1on1_it_mentions():
    s = parse_situation("Victor wants Tom on demo prep for the next two weeks. before I prep Tom's 1:1 - do I even agree to this?", None, TODAY)
    assert s.intents[0] == "reprioritization" and s.get("person") == "Tom" and s.get("new_work") == "demo prep"


@pytest.mark.parametrize(
    "question, facts",
    [
        ("hey so our cpo wants ana moved onto the recsys cold-start thing asap, she's got like a week and a half left on label cleanup. cold start is maybe 5-7 wks",
         {"person": "Ana", "requester": "head_of_product", "new_work": "recsys cold-start", "new_work_weeks": [5.0, 6.0, 7.0]}),
        ("need an agenda for my 1:1 w/ kenji thurs, he's been super quiet", {"person": "Kenji", "meeting_date": "2026-12-10"}),
        ("Marta (not on my team, she's on platform) asked to borrow Aisha for a fortnight. Aisha has ~4 weeks left on the migration. what do I say to marta",
         {"person": "Aisha", "requester": "Marta", "recipient": "Marta", "new_work": None, "project": "migration", "audience": "peer_team"}),
    ],
)
def test_fresh_phrasings(question, facts):
    s = parse_situation(question, None, TODAY)
    assert {k: s.get(k) for k in facts} == facts


def test_an_org_description_fills_the_questionnaire():
    s = parse_situation("we're 8 ML people reporting to the CPO, we own our deploys, data eng is separate and slow. what archetype", None, TODAY)
    answers = {k: v["answer"] for k, v in s.get("org").items()}
    assert answers == {"ml_reports_to": "senior_leadership", "model_deployment": "ml_engineers_own_in_product", "data_access": "lagging", "ml_team_size": "small"}


def test_the_headline_move_names_the_new_work(example_team):
    q = "My VP wants Priya off the fraud model on Monday and onto the LLM summarizer; she has two weeks left. How do I respond?"
    s = parse_situation(q, example_team, TODAY)
    assert s.get("new_work") == "LLM summarizer" and s.get("project") == "Fraud model v3" and s.get("start_date") == "2026-12-07"


@pytest.mark.parametrize(
    "question, person, cues",
    [
        ("priya's been online at midnight most of this week pushing fraud v3 and snapped at sam in standup. 1:1 tomorrow, 30 min", "Priya", ["burnout", "conflict"]),
        ("1:1 w/ Diego next tue, 45 mins. he asked me point blank when he'll be senior", "Diego", ["wants_promotion"]),
        ("need an agenda for a tough 1:1 with Olek. quality of his PRs has dropped a lot, two rollbacks", "Olek", ["underperforming"]),
        ("aisha and marco are fighting over who owns data validation. 1:1 with marco, 30 min", "Marco", ["conflict"]),
        ("Kenji is back monday after 3 months of medical leave. first 1:1, 30 mins. Priya leads fraud now", "Kenji", ["returning_from_leave"]),
        ("1:1 with my own manager (VP Victor) wednesday, 30 min. i want to push back on moving priya", "Victor", ["managing_up"]),
    ],
)
def test_the_1on1_person_and_cues(example_team, question, person, cues):
    s = parse_situation(question, example_team, TODAY)
    assert s.intents == ["one_on_one"] and s.get("person") == person and s.get("cues") == cues
