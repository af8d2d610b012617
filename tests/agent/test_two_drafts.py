"""A request for two messages (a note to a named reader and a post for the manager's own team) gets both drafts,
each written to its reader."""

from __future__ import annotations

from agent.drafting import team_post_too

Q_TWO = (
    "it's settled: lotte joins the forecasting team under ravi on 2 feb, her own choice. she hands the churn model to "
    "bo before she goes. write a short note to ravi confirming the date and the handover, and a quick post for my team"
)


def test_two_messages_are_recognised_only_when_both_are_asked_for():
    assert team_post_too(Q_TWO)
    assert not team_post_too("write a short note to ravi confirming the date and the handover")
    assert not team_post_too("a post for my team: lotte joins the forecasting team on 2 feb")


def test_the_note_and_the_team_post_are_both_drafted_each_to_its_reader(offline_copilot):
    r = offline_copilot.ask(Q_TWO)
    drafts = [t for t in r.tool_calls if t.name == "draft_message"]
    assert len(drafts) == 2
    assert drafts[0].arguments["recipient"] == "Ravi" and drafts[1].arguments["audience"] == "own_team"
    assert "**Draft to Ravi**" in r.answer and "**Post for your team**" in r.answer
    post = r.answer.split("**Post for your team**", 1)[1]
    assert "Hi team" in post and "Ravi" in post and "2 Feb" in post
    assert "a note to" not in r.answer.lower() and "post for my team" not in r.answer.lower()


def test_the_team_post_is_not_flagged_as_a_private_note_greeting_the_team(offline_copilot):
    r = offline_copilot.ask(Q_TWO)
    assert "greets the team" not in r.answer
