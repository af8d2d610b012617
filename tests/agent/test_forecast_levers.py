"""Forecast answers offer only moves a manager can make: a gate (approval, testing, go-live) is never cut or deferred,
a task name that reads as a date is questioned rather than used, and a date that holds with no slack is not a flat yes."""

from __future__ import annotations

import re

from tests.agent.numbers import unsupported_numbers


def _grounded(result, question):
    calls = [{"name": t.name, "arguments": t.arguments, "result": t.result} for t in result.tool_calls]
    assert unsupported_numbers(result.answer, question, "", calls) == []


def test_an_approval_step_is_not_offered_as_deferred(offline_copilot):
    q = ("will the credit limit model be live by 11 dec? left: feature refresh 1-2 weeks, backtest 3 to 5 days, then "
         "approval from the model risk board which takes 2-4 days")
    r = offline_copilot.ask(q)
    assert "suggest_plan_changes" in {t.name for t in r.tool_calls}
    assert "Defer 'approval" not in r.answer and "Cut 'approval" not in r.answer
    assert "Not offered: cutting or deferring" in r.answer and "approval" in r.answer.split("Not offered")[1]
    _grounded(r, q)


def test_a_date_with_no_slack_is_not_a_flat_yes(offline_copilot):
    q = "can the churn dashboard refresh be done by 7 dec? data pull 4-5 days, then rebuild 4-5 days, then checks 1 day"
    r = offline_copilot.ask(q)
    first = r.answer.split("\n")[0]
    assert "no slack" in first or "no, not" in first or "probably not" in first or "possible but not safe" in first
    assert "say yes to Mon 07 Dec 2026;" not in r.answer
    _grounded(r, q)


def test_changes_that_do_not_move_the_odds_are_left_out_and_said_so(offline_copilot):
    q = ("can the ranking model be ready by 1 dec? data prep 2-3 weeks, training 3-4 weeks and maybe 70% it works, "
         "then a week of shadow")
    r = offline_copilot.ask(q)
    assert "suggest_plan_changes" in {t.name for t in r.tool_calls}
    block = r.answer.split("**What would change the odds**")[1].split("**What the guidance says**")[0]
    assert ": 0% (not enough alone)" not in block
    assert "five points" in block
    assert "(0%)" not in r.answer.split("\n")[0]  # a hopeless date reads as 'almost no chance', not a precise 0%
    _grounded(r, q)


def test_a_confidence_no_date_reaches_still_gives_the_date_if_the_risky_step_works(offline_copilot):
    q = ("what date can i give with 80% confidence? cleanup 1-2 weeks, then the new ranker 3-5 weeks, honestly 60% it "
         "beats the old one, then a week of A/B")
    r = offline_copilot.ask(q)
    assert "No date reaches 80%" in r.answer
    assert re.search(r"\*\*The 80% date: \w{3} \d{2} \w{3} \d{4}, if 'new ranker' works\*\*", r.answer)
    _grounded(r, q)


def test_a_date_just_short_of_the_target_gets_the_date_that_reaches_it_and_never_keep_it_as_the_target(offline_copilot):
    q = ("can i promise the route eta model for 2 feb at 80%? left: feed clean-up 1-2 weeks, retrain 3 weeks maybe 5, "
         "then the vendor's integration 1-3 weeks")
    r = offline_copilot.ask(q)
    advice = next(line for line in r.answer.splitlines() if line.startswith("- **What I'd do:**"))
    assert "keep it as the target" not in r.answer
    if "(reaches the target)" in r.answer.split("Move the date to")[-1][:60]:
        assert re.match(r"- \*\*What I'd do:\*\* give \w{3} \d{2} \w{3} \d{4} \(\d+%\) rather than", advice), advice
    assert "Defer 'the vendor's integration" not in r.answer and "Defer 'vendor" not in r.answer
    _grounded(r, q)


def test_a_long_stated_tail_is_named_and_gets_the_one_change_that_shortens_it(offline_copilot):
    q = ("can the demand model be in production by feb 19? data contracts two weeks, then the model three weeks at best, "
         "five likely, nine if the promo history is as messy as we fear, then a week of rollout. what would you change")
    r = offline_copilot.ask(q)
    first = r.answer.split("\n")[0]
    assert "over 99%" not in r.answer and "almost certainly yes" not in first
    assert "very likely yes (over 95%)" in first and "worst case" in first
    assert "**Where it could still slip:**" in r.answer
    change = r.answer.split("**The one thing I'd change:**")[1].split("\n")[0]
    assert "(P95) from" in change and "re-simulated" in change
    _grounded(r, q)


def test_a_date_that_holds_in_every_stated_worst_case_says_nothing_needs_cutting(offline_copilot):
    q = ("can the anomaly detector be live by feb 26? left: sensor backfill 1-2 weeks, then the model 2 to 3 weeks, then a "
         "week of shadow. if it looks bad what should i drop?")
    r = offline_copilot.ask(q)
    assert "almost certainly yes" in r.answer.split("\n")[0]
    line = next(x for x in r.answer.splitlines() if x.startswith("**Nothing needs cutting:**"))
    assert "even if any one task runs to the worst case you gave" in line
    _grounded(r, q)


def test_a_gate_running_alongside_the_rest_is_started_now_and_not_given_reviewers_it_does_not_need(offline_copilot):
    q = ("Returns classifier for the spring sale. Three streams in parallel. Label cleanup: 2 to 3 weeks. Classifier: 2 to "
         "4 weeks, 50% it works at all. Warehouse system integration: 2 weeks. Sale freeze is January 15. "
         "Chance we make it?")
    r = offline_copilot.ask(q)
    gate = next(line for line in r.answer.splitlines() if line.startswith("- Not offered"))
    assert "book the reviewers" not in gate and "the work before is done" not in gate
    assert "access and the interface" in gate and "alongside the rest" in gate


def test_no_pointer_to_a_section_that_is_not_below_it():
    from agent.compose import drop_dangling_references

    lone = "Give the date only with that condition, or add a fallback first (see the changes below).\n\n**What the guidance says**"
    assert "(see the changes below)" not in drop_dangling_references(lone)
    kept = "Add a fallback first (see the changes below).\n\n**What would change the odds** (target 80%)"
    assert drop_dangling_references(kept) == kept
