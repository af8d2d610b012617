"""An explanation composed from the manager's figures: a range said as the figure to plan around and how often the
real figure lands inside it; a misread metric corrected in one plain sentence, then what the model does; the
manager's notes about the reader never among the points."""

from __future__ import annotations

from agent.checks import numbers_given
from agent.draft_content import content_points
from agent.explaining import explained_points, explains
from tools.message import DraftInput, draft_message


def _points(question: str) -> list[str]:
    found = explained_points(question, content_points(question))
    assert found is not None
    return [p.text for p in found]


def test_a_range_with_its_most_likely_figure_gives_that_figure_first_and_the_range_in_plain_words():
    q = ("the finance lead wants one number for next month's returns. the model says 3,400 parcels, 90% range 2,900-4,100. "
         "she isn't technical, keep it short")  # fmt: skip
    said = _points(q)
    assert said[0] == "Our best single figure is 3,400 parcels, and that is the number to plan around."
    assert "In about 9 months out of 10, the real figure lands between 2,900 and 4,100 parcels" in said[1]
    assert any("as low as 2,900 or as high as 4,100" in x for x in said)
    assert any(x.startswith("The range narrows") for x in said)
    assert not any("technical" in x or "short" in x for x in said)
    assert {9.0, 10.0} <= numbers_given(q, [])


def test_a_range_without_a_middle_figure_says_why_one_number_would_mislead_and_keeps_the_suggestion():
    q = "cfo wants the number for winter gritting salt. forecast: 90% chance demand lands 40-65 kt. suggestion: buy 50 kt now, top up in january"
    said = _points(q)
    assert said[0].startswith("Nobody can know the exact figure in advance") and "demand lands between 40 and 65 kt" in said[0]
    assert any(x.startswith("I suggest we buy 50 kt now") for x in said)  # the label is the manager's note; the suggestion is said
    assert not any("cfo wants" in x.lower() for x in said)


def test_a_misread_metric_is_corrected_in_one_sentence_then_what_it_does():
    q = ("our ops head saw '88% accuracy' on the defect model and thinks it means 12% of parts ship broken. it doesn't mean that. "
         "of all parts checked, 88% get the right label, and broken parts are rare, about 1 in 500. write him a short note")  # fmt: skip
    assert explains(q)
    said = _points(q)
    assert said[0] == "88% accuracy does not mean 12% of parts ship broken."
    assert not any("write him" in x or "doesn't mean that" in x.lower() for x in said)
    assert any("1 in 500" in x for x in said)


def test_a_score_the_manager_never_puts_in_numbers_is_said_in_words():
    q = "a trustee asked whether '0.87 AUC' on our grant-fraud slide means it misses 13% of fraud. it doesn't. at our cut-off it flags 80% of fraud cases"
    said = _points(q)
    assert said[0] == "0.87 AUC does not mean it misses 13% of fraud."
    assert said[1].startswith("AUC is one overall score") and "not a share of cases missed" in said[1]


def test_nothing_to_explain_this_way_is_left_to_the_other_drafting():
    assert explained_points("write a note to lena that the eval slipped a week", content_points("write a note to lena that the eval slipped a week")) is None
    assert not explains("we say 90% it lands between 3k and 5k parcels. write him a note")  # no one asked for one number


def test_a_composed_explanation_leads_with_its_first_point_and_names_the_figure_in_the_subject():
    points = [{"kind": "point", "text": "0.87 AUC does not mean it misses 13% of fraud."}, {"kind": "point", "text": "At the setting we use it flags 80% of fraud cases."}]
    msg = draft_message(DraftInput(audience="executive", purpose="explain_uncertainty", recipient="Ines", facts={"points": points}, constraints={"explained": True, "plain": True}))
    assert msg.body.split("\n\n")[1] == "0.87 AUC does not mean it misses 13% of fraud."
    assert msg.subject == "What 0.87 AUC means"


def test_the_readers_own_meeting_says_what_the_note_is_for_and_is_not_repeated_as_gossip():
    q = ("cfo dana saw '95% recall' on the claims model and thinks 5% of claims are wrong. that's not what it means: it catches 95% of fraudulent claims. "
         "shes briefing the audit committee next thurs. need a short version she can reuse")  # fmt: skip
    said = _points(q)
    assert said[0] == "Here's a short version you can reuse with the audit committee on Thursday."
    assert said[1] == "95% recall does not mean 5% of claims are wrong."
    assert not any("briefing" in x or "need a short" in x.lower() for x in said)


def test_an_effect_whose_range_still_includes_nothing_is_a_best_guess_with_the_line_to_say():
    q = ("cmo saw '+3.4% basket size' for the new bundling model and wants to share it at thursday's town hall. the test says +3.4% "
         "but the plausible range is -1.0% to +7.9%. a month more data should settle it. write her a note suggesting she says 'promising early signs, full results in january'")  # fmt: skip
    said = _points(q)
    assert said[0] == "The +3.4% is our best guess so far, not a settled result: the real effect could be anywhere from -1.0% to +7.9%, so we can't yet rule out that it does nothing."
    assert said[-1] == "For thursday's town hall, you could say: \"Promising early signs, full results in january\"."
    assert not any("cmo saw" in x.lower() or "plausible range" in x for x in said)
    assert not explains("the test says +3.4% and the range is +1.0% to +7.9%, write her a note")  # a range clear of zero is a result


def test_a_suggestion_labelled_what_i_would_suggest_is_kept_as_the_suggestion():
    points = content_points("why can't the stock model hit zero waste. what i'd suggest: keep a 4% buffer and review it monthly")
    assert any(p.text == "our suggestion: keep a 4% buffer and review it monthly" for p in points)


def test_a_metric_named_before_its_value_is_read_and_a_quarter_is_the_period():
    said = _points("ops lead saw 'recall 0.64' on the returns model and thinks it means 36% of returns are fraud. it doesn't mean that. it catches 64% of fraudulent returns")
    assert said[0] == "0.64 recall does not mean 36% of returns are fraud."
    said = _points("cfo asks why we can't give one number for Q3 spend. model says $2.1m, 80% range $1.8m-$2.6m")
    assert "In about 8 quarters out of 10, the real figure lands between $1.8m and $2.6m" in said[1]
