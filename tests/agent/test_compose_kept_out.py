"""The answer shows the manager what the drafted message kept out of their notes, and why, under the draft."""

from __future__ import annotations


def test_a_figure_said_twice_is_said_once_and_the_repeat_is_shown_under_the_draft(offline_copilot):
    r = offline_copilot.ask(
        "I need to ask our CFO, Odile Marchand, for one more ML engineer. Our two engineers spend half their time on pager duty. "
        "Cost of a hire is roughly 95k a year; last quarter we lost 300k in mispriced orders that a working model would have caught. Draft the request."
    )
    draft = r.answer.split("**Draft", 1)[1]
    body = "\n".join(line for line in draft.splitlines() if line.startswith(">"))
    assert body.count("95k") == 1 and "300k" in body
    assert any(line.startswith("- Kept out of the message: 'Cost of a hire is roughly 95k a year'") for line in draft.splitlines())
