"""A 1-on-1 about work the question names wins over the team file's current work: the go/no-go is on the branch the
manager named (not the whole project, not the file's other project), and the file's status for that other work (near
the finish) no longer adds a finish-line item; a return from leave carries no stale status or deep-work note."""

from __future__ import annotations


def test_the_work_named_in_the_question_is_what_the_agenda_is_about(offline_copilot, example_team):
    question = ("1:1 with priya thursday, 30 min. the distilled summarizer branch she's been pushing is maybe a coin flip "
                "and she loves it, but i need a go/no-go on it by mid january")
    r = offline_copilot.ask(question, team=example_team)
    assert r.intent == "one_on_one"
    assert "go/no-go on the distilled summarizer branch" in r.answer
    assert "Fraud model v3" not in r.answer  # her other work in the team file is not this meeting
    assert "Finish line for" not in r.answer


def test_a_return_from_leave_drops_the_status_from_before_the_leave(offline_copilot, example_team):
    question = ("lena is back tuesday after three months of leave, 1:1 at 2pm, 30 min. we switched to the new labelling "
                "vendor and her graph project was paused. i want it to feel like a welcome")
    r = offline_copilot.ask(question, team=example_team)
    assert "status: deep_work" not in r.answer and "let them cook" not in r.answer
    assert "News for Lena" not in r.answer  # the changes live in the welcome-back item, said once
    assert "end of their first week back" in r.answer
