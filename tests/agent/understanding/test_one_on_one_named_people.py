"""The person a 1-on-1 is with is found however the manager names them: a possessive that is really 'is' or 'has'
('kofi's going to ask ...'), in or out of the team file. Phrasings of our own."""

from datetime import date

import pytest

from agent.understanding import parse_situation
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


@pytest.mark.parametrize(
    ("question", "team", "person"),
    [
        ("aisha's going to ask about the platform lead role in our 1:1 friday, 30 min. how do i handle it", TEAM, "Aisha"),
        ("lena's been asking about a sabbatical, 1:1 tuesday 45 min. what do i cover", TEAM, "Lena"),
        ("tom's about to ask for a raise in our 1:1 monday. 30 mins. prep me", TEAM, "Tom"),
        ("oluwaseun's going to push for senior in our one-on-one wednesday, 30 min. she's not ready. help", None, "Oluwaseun"),
        ("ksenia's probably going to ask for the mlops lead job in our 1:1 thursday. how do i answer", None, "Ksenia"),
    ],
)
def test_a_possessive_that_means_is_or_has_still_names_the_person(question, team, person) -> None:
    s = parse_situation(question, team, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == person
    assert not s.clarifying_question


@pytest.mark.parametrize(
    ("question", "new"),
    [
        ("1:1 thursday w/ okonkwo, 6 weeks in, hasn't asked a single question. 30 min", True),
        ("prep for my 1:1 with tamsin tomorrow. she's 2 months in and seems lost on the ranking work", True),
        ("1:1 friday with ilse, she's only 9 days into the role. what should we cover", True),
        ("1:1 monday with radek. he's 11 months in and bored. 30 min", False),
    ],
)
def test_how_long_someone_has_been_here_is_tenure_not_work_already_done(question, new) -> None:
    s = parse_situation(question, None, TODAY)
    assert s.get("done_weeks") is None
    assert ("new_hire" in (s.get("cues") or [])) is new


def test_time_into_a_piece_of_work_is_still_work_done() -> None:
    s = parse_situation("1:1 with ola tuesday. the uplift research is 10 weeks in and no signal, she loves it", None, TODAY)
    assert s.get("done_weeks") == 10


@pytest.mark.parametrize(
    "question",
    [
        "1:1 with bruna friday 45 min. her soil-moisture experiment is 8 weeks in, she reckons 20% it beats the probes, my vp wants it shelved",
        "1:1 w/ teodor mon. the anomaly spike has eaten 6 weeks, maybe 15% it ever outperforms the rules engine. the cfo keeps asking why we're funding it",
    ],
)
def test_odds_on_a_bet_and_pressure_to_stop_it_make_a_go_no_go_without_those_words(question) -> None:
    assert "research_go_no_go" in (parse_situation(question, None, TODAY).get("cues") or [])


@pytest.mark.parametrize(
    ("question", "cue", "present"),
    [
        ("1:1 w/ gideon thurs. the support analysts say he brushes off their questions in the weekly review. 30 min", "conduct", True),
        ("1:1 with femke monday 30 min. she'll be asking for the team lead role again, and she's close", "wants_promotion", True),
        ("1:1 with femke monday 30 min. she joined 7 months ago and is flying on the churn work", "new_hire", False),
        ("1:1 with femke monday 30 min. new hire, joined 3 weeks ago, very keen", "new_hire", True),
    ],
)
def test_cues_read_from_fresh_phrasings(question, cue, present) -> None:
    assert (cue in (parse_situation(question, None, TODAY).get("cues") or [])) is present


def test_a_sit_down_with_someone_for_a_set_time_is_a_one_on_one() -> None:
    s = parse_situation("sit-down with wojtek thursday, 45 min. he missed the last three demo dates and won't say why", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Wojtek"


def test_a_hard_conversation_with_someone_for_a_set_time_is_a_one_on_one() -> None:
    s = parse_situation("i have a difficult conversation with ilkka on tuesday (45 min) and i'm nervous. he's missed every sprint goal since october. how do i prep", None, TODAY)
    assert s.intent == "one_on_one" and s.get("person") == "Ilkka"
