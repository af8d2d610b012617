"""A share of someone's week the manager gives in their own voice ('i'd rather give him one day a week of lena', 'i
can offer half of priya's time') is their answer to the ask; a share the requester asked for is not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from agent.understanding import parse_situation
from tools.team import load_team

TEAM = load_team(Path(__file__).resolve().parents[3] / "examples" / "team.yaml")


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("victor wants lena off the graph research for three weeks. i'd rather give him one day a week of lena", True),
        ("dana wants priya for a month; reply that i can offer half of priya's time", True),
        ("grace asked for aisha for two weeks. we could spare two days a week of aisha, no more", True),
        ("victor wants lena 2 days a week for the summarizer eval. how should i reply?", False),
    ],
)
def test_a_share_the_manager_gives_is_their_answer(question, offered):
    s = parse_situation(question, TEAM, date(2026, 12, 4))
    assert s.has("time_share")
    assert (s.get("share_offered") is True) == offered
