"""The team file's inbox request fills the gaps of the ask a question is about, never of another: a different asker or
different new work keeps its own size and date out. Phrasings written for this test."""

from datetime import date

from agent.understanding import parse_situation
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def test_another_askers_loan_does_not_take_the_inbox_requests_size_or_date():
    s = parse_situation("Ortensia from pricing wants Priya 3 days a week for the next month on a markdown model. yes or no?", TEAM, TODAY)
    assert s.fact("new_work_weeks") is None or "inbox" not in s.fact("new_work_weeks").text
    assert s.get("deadline") != "2026-12-21"


def test_the_inbox_request_itself_still_fills_its_gaps():
    for said in ("Victor keeps pushing to pull Priya over. do I agree?", "Victor wants Priya on his thing. do I say yes?",
                 "my VP wants Priya moved on Monday. what do I say?"):
        assert "inbox" in parse_situation(said, TEAM, TODAY).fact("new_work").text, said
