"""A reader's judgement question about a figure the manager quoted names the figure, and the short answer says which
figure it judges."""

from agent.drafting import _figure_named
from tools.message import _short_answer


def test_that_in_a_relayed_question_is_the_quoted_figure():
    question = "our COO saw '73% recall' on the dashboard and asked if that's good or bad. write him two lines"
    assert _figure_named("whether that's good or bad", question) == "whether 73% recall is good or bad"
    assert _figure_named("whether that's good or bad", "she asked if that's good or bad") == "whether that's good or bad"


def test_the_short_answer_names_the_figure_it_judges():
    assert _short_answer("whether 73% recall is good or bad", "good enough for the pilot, not for launch") == "Short answer on 73% recall: good enough for the pilot, not for launch"
