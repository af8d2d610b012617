"""A reader who asks whether to stop using the model gets the plain 'no' first when the manager's own points keep it."""

from tools.message import _kept_in_use


def test_a_stop_question_answered_by_keeping_it_leads_with_no():
    lead = _kept_in_use("why the churn score 'broke' last month and whether we should switch it off",
                        ["the price change hit every customer at once", "my proposal: keep the score for weekly outreach"],
                        "Short answer: the price change hit every customer at once.")  # fmt: skip
    assert lead == "Short answer: no, I wouldn't stop using it. The price change hit every customer at once."


def test_no_verdict_is_added_when_the_manager_does_not_keep_it_or_nobody_asked():
    points = ["we can't keep the score running without the new feed"]
    assert _kept_in_use("whether we should stop using the score", points, "Short answer: x.") == "Short answer: x."
    assert _kept_in_use("why the score broke", ["keep the score for outreach"], "Short answer: x.") == "Short answer: x."
