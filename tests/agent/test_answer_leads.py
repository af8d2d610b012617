"""Forecast and what-if answers lead with the answer to the question asked: yes or no against the manager's date with
its chance, an honest confidence date, what it depends on when no date was given; then what to do."""

from __future__ import annotations

from tests.agent.numbers import unsupported_numbers


def _grounded(result, question, team_text=""):
    calls = [{"name": t.name, "arguments": t.arguments, "result": t.result} for t in result.tool_calls]
    assert unsupported_numbers(result.answer, question, team_text, calls) == []


def test_a_forecast_leads_with_the_managers_date_and_what_to_do(offline_copilot):
    q = "prep 1-2 weeks then fine-tuning 3 to 6 weeks then QA a week. product wants it by 12 feb. will we make it?"
    r = offline_copilot.ask(q)
    assert r.answer.startswith("**By Fri 12 Feb 2027:")
    assert "**What I'd do:**" in r.answer
    _grounded(r, q)


def test_a_date_out_of_reach_is_a_plain_no(offline_copilot):
    q = "left: backfill 3-4 days, retrain 3 days, then two weeks of canary. the review is in 6 working days. will it be live?"
    r = offline_copilot.ask(q)
    assert ": no, not as planned (" in r.answer.split("\n")[0]


def test_no_date_is_promised_at_a_confidence_the_failing_share_rules_out(offline_copilot, example_team, repo_root):
    q = "what date can I give for fraud model v3 with 95% confidence?"
    r = offline_copilot.ask(q, team=example_team)
    assert "No date reaches 95%" in r.answer
    assert "commit to the 95% point" not in r.answer  # the old answer passed a percentile of the successes off as 95%
    assert "short of the 95% you want" in r.answer
    _grounded(r, q, (repo_root / "examples" / "team.yaml").read_text(encoding="utf-8"))


def test_a_pull_with_no_date_says_what_the_choice_depends_on_and_what_to_ask(offline_copilot, example_team):
    q = "my director wants sam pulled off the ranking model for about a week to help with an audit extract. sam has 2 to 3 weeks left on ranking. should i?"
    r = offline_copilot.ask(q, team=example_team)
    assert r.answer.startswith("**It depends on when your director needs")
    assert "switch now" in r.answer and "finish first" in r.answer and "when is it needed" in r.answer
    assert not r.answer.startswith("**Recommendation:")
    assert "draft_message" not in {t.name for t in r.tool_calls}  # no proposal drafted on a date nobody gave


def test_a_pull_off_a_project_with_its_own_date_answers_whether_that_date_survives(offline_copilot, example_team):
    q = "Legal wants Tom for two weeks of contract review from Monday. Will the summarizer still make its date?"
    r = offline_copilot.ask(q, team=example_team)
    assert r.answer.startswith("**Does Fri 29 Jan 2027 survive it? ")
    first = r.answer.split("\n")[0]
    assert "if Tom goes to" in first and "LLM summarizer lands by" in first and "(P80)" in first
    assert "**With and without the loan**" in r.answer  # two weeks from Monday is a fixed loan: its cost, not other shapes


def test_when_a_fixed_loan_breaks_the_current_date_the_answer_gives_the_moves_that_are_open(offline_copilot):
    q = ("risk wants dami on the sanctions screening backlog from monday for a couple of sprints. she has 3 to 5 weeks "
         "left on the pricing model, which has to be with the committee by jan 22. should i push back?")
    r = offline_copilot.ask(q)
    assert r.answer.startswith("**Does Fri 22 Jan 2027 survive it? No:")
    assert "Fri 22 Jan 2027 is almost certainly missed" in r.answer.split("\n")[0]
    assert "**If you say yes, move the date:**" in r.answer and "**Or keep the date with help:**" in r.answer
    # What to offer instead, each re-run: her once the pricing model lands, and part time over the same weeks.
    offers = r.answer.split("**What to offer instead**")[1].split("\n\n")[0]
    assert "once pricing model lands (P80 " in offers and "days a week over the same weeks" in offers
    assert "Push back, with an offer" not in r.answer and "Recommendation: finish first" not in r.answer
    _grounded(r, q)


def test_when_the_date_survives_a_fixed_loan_the_answer_says_yes(offline_copilot):
    q = ("ops wants ravi on the billing migration from monday for about three weeks. he has 3 to 4 weeks left on the "
         "risk scorecard, which has to be with audit by mar 19. do i push back?")
    r = offline_copilot.ask(q)
    assert r.answer.startswith("**Does Fri 19 Mar 2027 survive it? Yes:")
    advice = r.answer.split("**What to tell")[0]
    assert "**You can say yes:**" in advice and "finish first" not in advice.lower()


def test_a_new_work_date_no_plan_reaches_is_a_plain_no_with_the_fastest_finish(offline_copilot):
    q = ("cto wants ana on the pricing api from monday, about 2 weeks of work, needed in 6 working days. "
         "she has 1-2 weeks left on the forecast refresh. move her?")
    r = offline_copilot.ask(q)
    first = r.answer.split("\n")[0]
    assert first.startswith("**Can pricing api make ") and "No: no plan gets there" in first
    assert "it is done by week" in first
    _grounded(r, q)


def test_a_new_work_date_that_holds_says_yes_and_what_the_current_work_slips(offline_copilot):
    q = ("the head of product wants omar on onboarding emails from monday; he is 3 weeks into the churn model with "
         "2 to 4 weeks left. onboarding is about 2 weeks and due in 7 weeks. should i move him?")
    r = offline_copilot.ask(q)
    first = r.answer.split("\n")[0]
    assert first.startswith("**Can onboarding emails make ") and "? Yes: " in first
    _grounded(r, q)


def test_the_question_they_were_asked_is_quoted_with_its_own_stop_only(offline_copilot, example_team):
    q = ('jonas (our cfo) wrote to me:\n"Hello, will the LLM summarizer be live by Feb 12 as planned? I have to lock the opex forecast."\n'
         "look it up and draft my answer, short please")
    r = offline_copilot.ask(q, team=example_team)
    assert "(You were asked: will the LLM summarizer be live by Feb 12 as planned?" in r.answer  # no 'Hello,' quoted back
    assert "?.)" not in r.answer and "..)" not in r.answer
