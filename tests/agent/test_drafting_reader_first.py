"""A reader's yes-or-no about a date they want the work in use from is answered first: what they asked to tell their own
audience is answered right after the verdict, with the date to stand behind; the site closure the forecast already
skips is not pasted into the message."""

from __future__ import annotations

QUESTION = (
    "draft a reply to ilse pls, she runs the depots, not technical\n\n"
    "---------- Forwarded message ---------\nFrom: Ilse Marquardt <ilse@ferrow.eu>\nSubject: routing model\n\n"
    "Can I tell the regional heads on 12 February that the new routing model will be live in all depots from the start of March? Yes or no.\n\n"
    "left on our side: clean the scanner feed, 2-3 weeks. tune the router 3-4 weeks, maybe 60% it beats the planners first go, "
    "else another 2 weeks. then 2 weeks in two depots. we kick off tuesday. depots are shut 24 dec - 1 jan."
)


def _draft(answer: str) -> str:
    return answer.split("**Draft to Ilse**", 1)[1]


def test_the_readers_own_promise_is_answered_right_after_the_verdict(offline_copilot):
    draft = _draft(offline_copilot.ask(QUESTION).answer)
    paragraphs = [p for p in draft.split("\n>\n") if p.strip()]
    assert "Short answer:" in paragraphs[1]
    assert paragraphs[2].lstrip("> ").startswith(("I wouldn't tell the regional heads on 12 February", "You can tell the regional heads on 12 February"))
    assert "1 March" in paragraphs[2]


def test_a_closure_the_forecast_skips_is_not_pasted_back(offline_copilot):
    draft = _draft(offline_copilot.ask(QUESTION).answer)
    assert "shut" not in draft.lower()

