"""A reply leads with what the reader asked: their yes-or-no about a date they want the work in use from, what they would
tell their own audience or their fallback answered right after the verdict, the manager's own day for the new work and
the figures when asked for; the site closure the forecast already skips is not pasted into the message."""

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



def test_a_no_to_a_question_put_in_passing_says_to_take_their_fallback_and_asks_them_no_choice(offline_copilot, example_team):
    q = ("ingrid (procurement) stopped me in the corridor: will fraud v3 be live by nov 30 so the vendor renewal can count on it, "
         "or should she renew the old fraud rules for another year? she signs on thursday. draft a short reply with the honest odds")
    answer = offline_copilot.ask(q, team=example_team).answer
    draft = answer.split("**Draft to Ingrid**", 1)[1]
    assert "Short answer: no" in draft
    assert "So I'd renew the old fraud rules for another year now rather than wait." in draft
    assert "Which would you prefer" not in draft and "Decision needed" not in draft  # the choice of scope is not hers to make


def test_the_managers_own_start_day_for_the_new_work_and_her_numbers_reach_the_reply(offline_copilot, example_team):
    q = "victor wants priya on the llm summarizer from tomorrow. draft my reply: she finishes fraud v3 first and picks up the summarizer on the 14th. give him the actual numbers"
    draft = offline_copilot.ask(q, team=example_team).answer.split("**What to tell Victor**", 1)[1]
    assert "Monday 14 December" in draft
    assert "in 10" in draft or "%" in draft  # the odds as figures, not 'less likely than not'


def test_a_day_in_the_plan_is_the_new_works_start_only_after_a_verb_of_starting():
    from datetime import date

    from agent.drafting import new_work_start

    today = date(2026, 12, 4)
    assert new_work_start("he wraps up the eval first and joins the pricing squad on the 15th", today) == date(2026, 12, 15)
    assert new_work_start("he wraps up the eval first (due the 15th) and then we'll see", today) is None


def test_a_go_live_date_the_manager_states_stays_in_the_update(offline_copilot):
    q = ("draft a progress update to femke at brightwater energy (our biggest customer). the churn alerts are live for 3 of 5 regions "
         "since nov 16, churn down from about 6% to 5% so far. other 2 regions go live jan 18. need from her: the q1 campaign list by dec 11")
    draft = offline_copilot.ask(q).answer.split("**Draft to Femke**", 1)[1]
    assert "- Other 2 regions go live Monday 18 January" in draft  # kept in its place in the list, flagged if need be, never dropped
