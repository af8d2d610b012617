"""The answer fits the ask: words for someone asked for in other shapes ('turn my notes into an update for ...',
'something she can read out', a lone 'no jargon'), a forecast spoken of without being asked for, and the check's one
recovery when the answer is a question back from a kind of answer nobody asked for."""

from __future__ import annotations

import pytest

from agent.routing import intents_asked, misfit


@pytest.mark.parametrize(
    "question",
    [
        "turn these bullets into a weekly note for our plant director (odile):\n- kiln model live\n- sensor swap slipped",
        "make my rough notes into an email for the foundation. notes: pilot done, 3 sites, 40% fewer missed doses",
        "the parish council chair is uneasy about our flood model. she wants a paragraph she can read out at the meeting",
        "our head of claims keeps quoting the fraud score as a probability. it is a rank. no jargon please",
    ],
)
def test_words_for_someone_asked_in_other_shapes_are_a_message(question: str) -> None:
    assert intents_asked(question)[:1] == ["stakeholder_message"]


def test_a_forecast_spoken_of_is_not_a_forecast_asked_for() -> None:
    assert "planning" not in intents_asked("our ops lead asks why the staffing forecast keeps moving and i need to write her two lines she can forward")
    assert intents_asked("can you forecast the churn model for me") == ["planning"]


QUESTION_BACK = "**One question first:** What are the main tasks left, with a rough range for each?"
MEETING_BACK = "**One question first:** Who is the 1-on-1 with, and what is on your mind about them?"


def test_a_message_asked_for_and_answered_with_a_1_on_1_question_is_answered_again_as_a_message() -> None:
    question = "the school governor (ottilie) is uneasy about our reading-age model. she needs something she can read out"
    assert misfit(question, ["one_on_one"], MEETING_BACK) == "stakeholder_message"
    # a 1-on-1 named in the question keeps its agenda: the words are what to say in it
    assert misfit("what do i say to ottilie in our 1:1 on monday", ["one_on_one"], "# 1-on-1 with Ottilie") is None


def test_a_message_planned_after_an_analysis_that_stopped_at_a_question_comes_back_as_the_message() -> None:
    question = "our cfo keeps asking why the footfall forecast cant give one number, write him something short he can forward"
    assert misfit(question, ["planning", "stakeholder_message"], QUESTION_BACK) == "stakeholder_message"
    assert misfit(question, ["planning", "stakeholder_message"], "**Draft to the CFO**\n> Hi ...") is None


def test_an_analysis_asked_for_first_keeps_its_question_back() -> None:
    question = "what are the odds the pricing model ships by the 18th? then draft my answer to the vp"
    assert misfit(question, ["planning", "stakeholder_message"], QUESTION_BACK) is None
