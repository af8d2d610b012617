"""An org-design question told in prose ('what would you call this setup', 'how would you characterise what we have',
'describe how analytics is organised here') asks for a reading of the org, before any triage of the request or the
proposal that brought it up."""

from __future__ import annotations

from datetime import date

import pytest

from agent.routing import intents_asked
from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    "ask",
    [
        "what would you even call this arrangement",
        "what do we call what we have",
        "how would you characterize our current setup?",
        "could you describe how data science is organised across the group",
        "can you name what we've got",
    ],
)
def test_asking_what_the_org_is_names_an_org_reading(ask):
    assert intents_asked(ask)[:1] == ["archetype"]


@pytest.mark.parametrize(
    "ask",
    [
        "what do you call the metric we report to finance",
        "describe how the model is deployed",
    ],
)
def test_other_naming_and_describing_asks_are_not_org_readings(ask):
    assert "archetype" not in intents_asked(ask)


def test_a_proposal_to_take_teams_over_is_read_as_an_org_question_not_a_request():
    question = ("our COO wants me to 'take over all of forecasting'. today: 6 forecasters in my team, 3 analysts inside "
                "supply chain reporting to its director, a 2 person pricing science group under the CFO, and a data "
                "platform team of 4 that every group leans on. the plan folds the pricing pair and the supply chain "
                "analysts into my team. what would you call this setup, and should i take it?")
    assert parse_situation(question, None, TODAY).intent == "archetype"
