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
