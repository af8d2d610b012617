"""The manager's notes sorted before they become points: an instruction is never a point, a frame or label comes
off and leaves its content said to the reader, and plain misspellings are put right."""

from __future__ import annotations

from agent.draft_content import content_points, respelt


def _points(question: str, recipient: str = "Anselm") -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in content_points(question, recipient=recipient)]


def test_a_refusal_note_becomes_their_request_our_reason_and_our_offer():
    points = _points(
        "say no to anselm (ops director). wants a crew fatigue model for the summer roster by feb 2. not happening, "
        "we're on the fuel burn model through march. could offer: the last two summers' overtime by base in a sheet by friday"
    )
    texts = " ".join(t for _, t in points).lower()
    assert "say no" not in texts and "could offer" not in texts
    assert ("request", "you'd like a crew fatigue model for the summer roster by feb 2") in points
    assert any(k == "offer" and t.startswith("the last two summers' overtime") for k, t in points)


def test_instructions_and_asides_leave_no_point_behind():
    points = _points("the audit is on the 14th. no statistics words pls. I'm nervous about this one. idea: we share the lineage doc first")
    texts = [t for _, t in points]
    assert texts[0].startswith("the audit is on the 14th")
    assert not any("statistics" in t or "nervous" in t for t in texts)
    assert any(t == "I suggest we share the lineage doc first" for t in texts)


def test_a_framed_ask_is_said_to_the_reader():
    points = _points("ok so need to ask anselm (CFO) for another $9k/month of labelling for Q2, so the backlog clears by june")
    assert points[0][1].startswith("I'm asking you for another $9k/month of labelling for Q2")


def test_plain_misspellings_are_put_right_and_names_left_alone():
    assert respelt("the anomoly alerts for there 12 warehouses, realisticly by march") == "the anomaly alerts for their 12 warehouses, realistically by march"
    assert respelt("obinna and the skerra site, the backfill, the roastery and our labeller") == "obinna and the skerra site, the backfill, the roastery and our labeller"
