"""What a decided message leaves open is asked of the reader, a bulleted 'ask:' line is the manager's ask, and the
reader's organisation is 'you' even right after the thing it sent ('the logs they shared')."""

from __future__ import annotations

from agent.draft_content import content_points, open_item, voice


def test_what_the_manager_leaves_open_becomes_the_ask():
    assert open_item("rota is final. i'm open to changes on the swap rules though") == "if the swap rules don't work for you, let me know what would work better"
    assert open_item("we're flexible on the start time") == "if the start time doesn't work for you, let me know what would work better"
    assert open_item("rota is final, no changes") == ""
    points = content_points("post for the team: from feb 1 reviews move to tuesdays. decided, but i'm open to tweaks on the review length")
    assert points[-1].kind == "ask" and "review length" in points[-1].text


def test_a_bulleted_ask_line_is_the_managers_ask():
    points = content_points("weekly note for dana:\n- eval harness done\n- ask: can you sign off the GPU order by the 18th?")
    assert ("ask", "can you sign off the GPU order by the 18th?") in [(p.kind, p.text) for p in points]


def test_they_right_after_the_thing_sent_is_the_readers_organisation():
    said = voice("the sensor logs they shared had gaps every night", "Mira", org="Nordwind")
    assert said == "the sensor logs you shared had gaps every night"
    assert voice("the drivers said they were never told", "Mira", org="Nordwind") == "the drivers said they were never told"
