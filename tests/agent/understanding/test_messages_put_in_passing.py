"""A question put to the manager in passing ('caught me in the hallway: will it ...?') is the reader's question, read
like one they asked."""

from agent.understanding.messages import question_asked


def test_a_question_put_in_passing_is_their_question():
    found = question_asked("tomasz (legal) stopped me after lunch: will the summarizer be live by jan 29 so the contract review can use it, or should he plan without it? draft a reply")
    assert found is not None
    assert found[0] == "will the summarizer be live by jan 29 so the contract review can use it, or should he plan without it"


def test_being_caught_out_is_no_question():
    assert question_asked("the drift monitor caught us out last week. write a note to the team about the new alert") is None
