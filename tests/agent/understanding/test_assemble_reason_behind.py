"""A decision to announce with its reason said after it ('..., after a late deploy took checkout down') keeps the two
apart: the change is the decision, what happened is the reason; a clause of when ('after the standup') stays."""

from datetime import date

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def test_the_reason_after_an_announced_change_is_its_reason():
    s = parse_situation("write an announcement for my team. decided: from jan 4 we stop deploying models after 4pm, because a late deploy "
                        "took the checkout model down overnight twice in november. questions to me.", None, TODAY)  # fmt: skip
    assert s.get("reason") == "a late deploy took the checkout model down overnight twice in november"
    assert "took the checkout" not in s.get("decision")


def test_a_clause_of_when_is_no_reason():
    s = parse_situation("write an announcement for my team. decided: from jan 4 the weekly model review moves to thursdays, after the standup.", None, TODAY)
    assert s.get("reason") is None
