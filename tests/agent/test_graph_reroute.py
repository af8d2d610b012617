"""The check node's answer-fits-the-ask test: an answer that is not the form of answer the ask names (a forecast's
question back when a message was asked for) is answered again, once, as that form; an answer of that form, a message
planned after a decision, and a 1-on-1 asked what to say in it all stand."""

from __future__ import annotations

from agent.brains.base import Step
from agent.graph import build_graph
from agent.routing import misfit
from agent.situation import Situation
from agent.state import new_turn
from tests.agent.test_graph import MemoryRetriever, ScriptBrain


def test_a_message_asked_for_and_answered_with_a_question_back_misfits():
    question = "the cfo asked why the churn numbers wobble. we use a 4-week average. plain english and brief"
    assert misfit(question, ["planning"], "**One question first:** What are the main tasks left?") == "stakeholder_message"


def test_answers_of_the_asked_form_or_planned_around_it_stand():
    question = "draft the note to the vp: what are the odds we ship by the 18th"
    assert misfit(question, ["planning"], "**Draft to the VP**\n> Hi, ...") is None
    assert misfit(question, ["planning", "stakeholder_message"], "P80 Jan 4") is None  # the message follows the forecast
    assert misfit("what do i say to him in our 1:1 on friday, 30 min", ["one_on_one"], "# 1-on-1 with Jo") is None
    assert misfit("my grandmother died, what do I do", ["sensitive"], "I'm so sorry.") is None


class MisreadingBrain(ScriptBrain):
    """A brain whose own reading of the question takes a forecast for what was asked."""

    model_understands = True

    def understand(self, text, team, today, parse):
        return Situation(intents=["planning"]), []


def test_the_graph_answers_again_once_as_the_form_asked_for():
    brain = MisreadingBrain([Step(content="**One question first:** What are the main tasks left, with a rough range for each?")])
    graph = build_graph(brain=brain, retriever=MemoryRetriever())
    question = "ceo (ines) asked why our footfall forecast for the new kiosks is so wide. we say 300 to 500 visits a day. brief, no stats talk"
    out = graph.invoke(new_turn(question), {"recursion_limit": 100})
    assert out["rerouted"] is True and out["intent"] == "stakeholder_message"
    assert len(brain.seen) == 2 and brain.seen[-1].intent == "stakeholder_message"
    assert any("You asked for a message" in n for n in out["notices"])
    assert out["history"][-1]["content"] == out["answer"] and len(out["history"]) == 2  # one turn, recorded once
