"""Who a 1-on-1 is with and what the manager noticed, in phrasings of our own."""

from datetime import date

import pytest

from agent.understanding import parse_situation

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
