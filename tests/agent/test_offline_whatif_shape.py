"""The what-if fits the shape of the ask: a pull of a few days is done in one go with a switching cost to match (no
'half their time until one piece is done', no week of ramp-up), a fixed loan is answered as its cost to the current
work's date with calendar dates, and rough inputs never show as 0%, 100% or '0.0 days'."""

from __future__ import annotations

import re
from datetime import date

from agent.brains.base import TurnContext
from agent.brains.offline import plan_reprioritization
from agent.compose import compose_reprioritization
from agent.situation import Situation
from tests.support.plans import run_reprioritization

TODAY = date(2026, 12, 4)


def _run(s: Situation) -> list[dict]:
    return run_reprioritization(s, TODAY)


def _base(new_weeks: list[float], **facts) -> Situation:
    s = Situation(intents=["reprioritization"])
    s.put("person", "Ines", "question", "ines")
    s.put("project", "demand forecast", "question", "demand forecast")
    s.put("remaining_weeks", [3, 4, 6], "question", "three to six weeks left")
    s.put("new_work", "board demo", "question", "board demo")
    s.put("new_work_weeks", new_weeks, "question", "a day or two")
    for name, value in facts.items():
        s.put(name, value, "question", str(value))
    return s


def test_a_pull_of_a_day_or_two_is_done_in_one_go_at_a_small_cost():
    records = _run(_base([0.2, 0.3, 0.4], deadline="2026-12-11"))
    args = records[0]["arguments"]
    assert "split_capacity" not in args["strategies"]
    assert args["ramp_up_weeks"] <= 0.1 and args["re_ramp_weeks"] <= 0.1
    switch = next(o for o in records[0]["result"]["strategies"] if o["strategy"] == "switch_now")
    assert switch["lost_days"] < 1.0  # a two-day pull does not cost days of switching
    text = "\n".join(compose_reprioritization(records, _base([0.2, 0.3, 0.4], deadline="2026-12-11")))
    assert "until one piece is done" not in text
    assert not re.search(r"\b(0|100)%|\b0\.0 (working )?days", text), text


def test_a_fixed_loan_is_answered_as_its_cost_to_the_current_date():
    s = _base([2, 2, 2], new_work_shape="fixed_loan", start_date="2026-12-14", current_deadline="2027-01-15")
    records = _run(s)
    assert records[0]["arguments"]["strategies"] == ["switch_now", "finish_first"]
    loan = records[0]["result"]["strategies"][0]
    assert loan["current_p80_date"] is not None
    text = "\n".join(compose_reprioritization(records, s))
    first = text.split("\n")[0]
    assert first.startswith("**Does Fri 15 Jan 2027 survive it?")
    assert f"{date.fromisoformat(loan['current_p80_date']):%a %d %b %Y}" in first
    assert "**With and without the loan**" in text
    assert "Recommendation: finish first" not in text and "defer" not in text.lower()
    assert "assumed year-end break" in text  # no days off were given: the break the dates skip is said to be assumed


def test_the_dates_skip_the_days_off_the_question_gave():
    s = _base([2, 2, 2], new_work_shape="fixed_loan", start_date="2026-12-14", current_deadline="2027-01-15",
              days_off=["2026-12-23", "2026-12-24", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01"])
    records = _run(s)
    assert "2026-12-23" in records[0]["arguments"]["holidays"]
    text = "\n".join(compose_reprioritization(records, s))
    assert "days off you gave" in text and "assumed year-end break" not in text


def test_new_work_that_starts_after_the_current_work_lands_is_no_conflict_and_finishes_first():
    s = _base([2, 3, 4], start_date="2027-01-25", current_deadline="2027-02-05")
    records = _run(s)
    result = records[0]["result"]
    assert result["lands_before_start"] and result["recommendation"] == "finish_first"
    text = "\n".join(compose_reprioritization(records, s))
    assert text.startswith("**No conflict: Ines can finish demand forecast first.") and "Mon 25 Jan 2027" in text
    assert "pauses demand forecast now" not in text


def test_new_work_that_starts_before_the_current_work_lands_is_still_a_trade_off():
    s = _base([2, 3, 4], start_date="2026-12-14", current_deadline="2027-02-05")
    records = _run(s)
    assert not records[0]["result"]["lands_before_start"]
    assert "No conflict" not in "\n".join(compose_reprioritization(records, s))


def test_a_yes_to_a_loan_rests_on_its_agreed_end_date():
    s = _base([1, 1, 1], new_work_shape="fixed_loan", start_date="2027-01-11", current_deadline="2027-03-26")
    text = "\n".join(compose_reprioritization(_run(s), s))
    assert "You can say yes" in text
    assert "as long as the loan stays" in text and "last working day on it Fri 15 Jan" in text  # a week from Monday 11 Jan


# --- a loan with its start and length given has no date to ask for; a dated start is answered in words ------------


def _team_with_a_dated_ask(repo_root):
    from tools.team import Request, load_team

    team = load_team(repo_root / "examples" / "team.yaml")
    ask = Request(title="Refresh the pricing dashboard numbers", requester="Odile", deadline=date(2026, 12, 16),
                  effort_days=2, interrupts=["Aisha"])
    return team.model_copy(update={"inbox": [ask]})


def _loan(**facts) -> Situation:
    s = Situation(intents=["reprioritization"])
    s.put("person", "Aisha", "question", "aisha")
    s.put("project", "Feature store migration", "team_file", "Aisha's current work")
    s.put("remaining_weeks", [3, 4, 7], "team_file", "Aisha's estimate")
    s.put("new_work", "the ledger backfill", "question", "the ledger backfill")
    s.put("new_work_weeks", [3, 3, 3], "question", "three weeks")
    s.put("new_work_shape", "fixed_loan", "question", "for a fixed three weeks")
    s.put("recipient", "Quentin", "question", "Quentin")
    for name, value in facts.items():
        s.put(name, value, "question", str(value))
    return s


def _run_with(s: Situation, team) -> list[dict]:
    return run_reprioritization(s, TODAY, team=team)


def test_a_dated_loan_with_no_date_for_the_current_work_gives_its_cost_what_it_collides_with_and_a_line(repo_root):
    s = _loan(start_date="2026-12-14")
    records = _run_with(s, _team_with_a_dated_ask(repo_root))
    result = records[0]["result"]
    assert [c["title"] for c in result["collisions"]] == ["Refresh the pricing dashboard numbers"]
    text = "\n".join(compose_reprioritization(records, s))
    assert "ask for the real date" not in text and "It depends on when" not in text
    # Three weeks of work: the year-end break inside the loan pushes its end into January, and the answer says so.
    assert text.startswith("**What the loan does: Aisha is on the ledger backfill from Mon 14 Dec to Tue 12 Jan 2027")
    assert "Due while Aisha is away:** Refresh the pricing dashboard numbers for Odile, due Wed 16 Dec" in text
    assert "**What to tell Quentin**" in text and "> Hi Quentin, yes: Aisha can take the ledger backfill" in text
    assert "back with us on Wed 13 Jan" in text
    assert "**The days off inside the loan:**" in text and "back on Mon 04 Jan (the days off count toward it)" in text


def test_a_loan_over_the_year_end_is_that_many_weeks_of_work_so_it_ends_later():
    over, after = _loan(start_date="2026-12-21"), _loan(start_date="2027-01-11")
    runs = [_run(x)[0]["arguments"]["new_work"] for x in (over, after)]
    assert runs[0]["estimate_likely"] == runs[1]["estimate_likely"] == 3  # the break is not worked, and not lent either
    assert runs[0]["last_day"] == "2027-01-19"  # fifteen working days from Mon 21 Dec, skipping the break


def test_an_undated_loan_still_asks_when_it_is_needed():
    s = _loan()
    s.drop("recipient")
    text = "\n".join(compose_reprioritization(_run(s), s))
    assert "What the loan does" not in text


def test_a_share_that_starts_after_the_current_work_lands_says_the_start_can_stay():
    s = _base([6, 6, 6], time_share=0.4, start_date="2027-02-01", current_deadline="2027-04-30")
    s.put("remaining_weeks", [1, 2, 3], "question", "two weeks left")
    text = "\n".join(compose_reprioritization(_run(s), s))
    assert "Keep the start on Mon 01 Feb 2027; pushing it later buys nothing" in text
    assert "a smaller yes" not in text  # the share asked for costs nothing, so no smaller one is offered


def test_a_share_that_overlaps_the_current_work_says_what_a_later_start_keeps():
    s = _base([12, 12, 12], time_share=0.4, start_date="2026-12-07", current_deadline="2027-01-15")  # at risk as asked
    text = "\n".join(compose_reprioritization(_run(s), s))
    assert "Pushing the start later helps:** starting once demand forecast lands" in text
    short = _base([4, 4, 4], time_share=0.4, start_date="2026-12-07", current_deadline="2027-01-15")
    assert "A later start doesn't work here" in "\n".join(compose_reprioritization(_run(short), short))  # it ends first


def test_a_loan_that_misses_the_date_of_research_only_its_owner_carries_never_hands_it_to_someone_else():
    research = _base([4, 4, 4], new_work_shape="fixed_loan", start_date="2026-12-14", current_deadline="2027-01-08")
    research.put("project", "graph fraud research", "question", "graph fraud research")
    text = "\n".join(compose_reprioritization(_run(research), research))
    assert "someone else carries" not in text and "nobody else can carry it" in text
    plain = _base([4, 4, 4], new_work_shape="fixed_loan", start_date="2026-12-14", current_deadline="2027-01-08")
    assert "someone else carries demand forecast" in "\n".join(compose_reprioritization(_run(plain), plain))


def test_a_reply_asked_for_on_a_dated_loan_is_the_answers_own_line_not_a_draft_asking_for_a_date(repo_root):
    s = _loan(start_date="2026-12-14")
    s.intents = ["reprioritization", "stakeholder_message"]
    team = _team_with_a_dated_ask(repo_root)
    records = _run_with(s, team)
    ctx = TurnContext(question="", intent="reprioritization", situation=s, team=team, passages=[], messages=[],
                      tool_calls=records, history=[], today=TODAY)
    assert plan_reprioritization(ctx) == []


def test_someone_with_no_work_in_flight_is_a_yes_with_what_else_they_owe_never_a_question(repo_root):
    from agent.understanding import parse_situation
    from tools.team import load_team

    team = load_team(repo_root / "examples" / "team.yaml")  # Sam has no current work, and owes fraud v3's shadow deployment
    s = parse_situation("the risk team wants sam full time on their stress-test tooling for two weeks from monday. fine?",
                        team, TODAY)
    assert s.clarifying_question is None and s.get("remaining_weeks") == [0.0, 0.0, 0.0]
    text = "\n".join(compose_reprioritization(_run_with(s, team), s))
    assert text.startswith("**Yes: Sam has no project of their own in the team file")
    assert "Shadow deployment (Fraud model v3), due Fri 18 Dec" in text and "How much work" not in text


def test_a_loan_the_date_survives_is_a_yes_without_advice_on_moving_its_start_and_names_a_group_with_the():
    s = _base([2, 2, 2], new_work_shape="fixed_loan", start_date="2026-12-14", current_deadline="2027-04-30")
    s.put("requester", "plant reliability group", "question", "plant reliability group")
    text = "\n".join(compose_reprioritization(_run(s), s))
    assert "You can say yes" in text and "start" not in text.split("**With and without")[0].split("\n", 1)[1].lower()
    assert "with the plant reliability group now" in text and "Fri 30 Apr 2027 holds" in text


def test_a_full_time_loan_that_costs_the_date_gets_counter_offers_each_re_run_and_a_line_to_say():
    s = _base([4, 4, 4], new_work_shape="fixed_loan", start_date="2026-12-07", current_deadline="2027-01-29",
              requester="Oswin")
    records = run_reprioritization(s, TODAY, records=_run(s))  # the second step: the counter-offers, re-run
    text = "\n".join(compose_reprioritization(records, s))
    assert text.startswith("**Does Fri 29 Jan 2027 survive it? No")
    offers = text.split("**What to offer instead**")[1].split("\n\n")[0]
    assert "Ines 2 days a week over the same weeks: demand forecast lands by" in offers
    assert "once demand forecast lands (P80 " in offers and "Half the loan, full time" in offers
    assert "A later start doesn't work here" not in text  # a later start is one of the offers, with its effect
    reply = text.split("**What to tell Oswin**")[1]
    assert reply.lstrip().startswith("> Hi Oswin, I can't lend Ines full time from Mon 07 Dec")


def test_new_work_with_its_own_date_gets_the_ruling_as_a_line_to_whoever_asked():
    s = _base([0.6, 0.6, 0.6], deadline="2026-12-18", requester="Halvard")
    s.put("new_work_shape", "open_ended", "question", "")
    text = "\n".join(compose_reprioritization(_run(s), s))
    reply = text.split("**What to tell Halvard**")[1].strip().splitlines()[0]
    assert reply.startswith("> Hi Halvard, yes: Ines will take board demo") and "Fri 18 Dec" in reply


def test_a_reply_asked_for_on_a_loan_that_costs_the_date_is_the_counter_offer_line_not_a_strategy_draft():
    s = _base([4, 4, 4], new_work_shape="fixed_loan", start_date="2026-12-07", current_deadline="2027-01-29",
              requester="Wendeline")
    s.intents = ["reprioritization", "stakeholder_message"]
    records = run_reprioritization(s, TODAY, records=_run(s))  # the counter-offers are re-run even though a reply was asked
    assert len(records) == 3
    ctx = TurnContext(question="", intent="reprioritization", situation=s, team=None, passages=[], messages=[],
                      tool_calls=records, history=[], today=TODAY)
    assert plan_reprioritization(ctx) == []  # no draft arguing about when to switch: the answer's own line is the reply
    text = "\n".join(compose_reprioritization(records, s))
    reply = text.split("**What to tell Wendeline**")[1]
    assert reply.lstrip().startswith("> Hi Wendeline, I can't lend Ines full time from Mon 07 Dec without putting")


def test_a_loan_the_date_survives_ends_with_the_yes_to_say_with_its_dates():
    s = _base([2, 2, 2], new_work_shape="fixed_loan", start_date="2027-01-11", current_deadline="2027-04-30",
              requester="Tamsin")
    text = "\n".join(compose_reprioritization(_run(s), s))
    reply = text.split("**What to tell Tamsin**")[1].strip()
    assert reply.startswith("> Hi Tamsin, yes: Ines can take the board demo full time from Mon 11 Jan to Fri 22 Jan")
    assert "The days off inside the loan" not in text  # nothing off inside it, nothing to say


def test_a_loan_that_costs_the_date_with_no_offer_that_keeps_it_asks_for_a_later_start_or_a_shorter_loan():
    from agent.compose import _loan_condition_reply
    from tools.whatif import WhatIfInput, compare_strategies

    s = _base([1, 1, 1], new_work_shape="fixed_loan", start_date="2026-12-07", current_deadline="2027-01-08",
              requester="Ottilie")
    record = _run(s)[0]
    inp, what = WhatIfInput.model_validate(record["arguments"]), compare_strategies(WhatIfInput.model_validate(record["arguments"]))
    by = {o.strategy: o for o in what.strategies}
    line = _loan_condition_reply(inp, by["switch_now"], by["finish_first"], what, "Ottilie")
    assert line.startswith("Hi Ottilie, I want to help with board demo, but lending Ines full time from Mon 07 Dec would push")
    assert "Could Ines start once demand forecast lands" in line and "shorter or part time?" in line


def test_a_loan_of_someone_blocked_says_it_costs_little_while_blocked_and_who_clears_the_block(repo_root):
    from tools.team import load_team

    team = load_team(repo_root / "examples" / "team.yaml")  # Marco is blocked on the snapshot job; Sam is free
    s = Situation(intents=["reprioritization"])
    s.put("person", "Marco", "question", "marco")
    s.put("project", "Churn retraining pipeline", "team_file", "Marco's current work")
    s.put("remaining_weeks", [2, 3, 6], "team_file", "Marco's estimate")
    s.put("new_work", "the partner churn cut", "question", "the partner churn cut")
    s.put("new_work_weeks", [0.6, 0.6, 0.6], "question", "three days")
    s.put("new_work_shape", "fixed_loan", "question", "three days from thursday")
    s.put("start_date", "2026-12-10", "question", "thursday")
    s.put("requester", "Aurelio", "question", "aurelio")
    records = _run_with(s, team)
    assert records[0]["arguments"]["current"]["blocked_on"].startswith("Training data snapshot job")
    text = "\n".join(compose_reprioritization(records, s))
    assert text.startswith("**Nearly free while Marco is blocked")
    assert "Who unblocks it meanwhile:** Sam is free in the team file" in text
    assert "Marco is waiting on a fix on our side anyway" in text.split("**What to tell Aurelio**")[1]


def test_someone_not_blocked_gets_the_plain_cost_of_a_loan():
    s = _loan(start_date="2026-12-14")
    text = "\n".join(compose_reprioritization(_run(s), s))
    assert "Blocked anyway" not in text and "Who unblocks" not in text


def test_a_move_that_decides_on_the_current_works_date_gets_a_line_for_the_requester_with_both_odds():
    s = Situation(intents=["reprioritization"])
    for name, value, said in (("person", "Ines", "ines"), ("project", "berth planner", "the berth planner"),
                              ("remaining_weeks", [0.8, 1, 2], "a week left"), ("done_weeks", 5, "5 weeks in"),
                              ("new_work", "fuel dashboard", "a fuel dashboard"), ("new_work_weeks", [3, 4, 5], "about a month"),
                              ("current_deadline", "2027-01-12", "jan 12"), ("requester", "coo", "the coo")):  # fmt: skip
        s.put(name, value, "question", said)
    text = "\n".join(compose_reprioritization(_run(s), s))
    reply = text.split("**What to tell", 1)[1]
    assert "about a week from finishing the berth planner, which we promised for Tue 12 Jan" in reply
    assert "moves to the fuel dashboard now, we would very likely miss Tue 12 Jan" in reply and "finishes first, Tue 12 Jan very likely holds" in reply
    assert "certainly" not in reply  # a line said to someone promises nothing rough estimates cannot give


def test_the_current_work_chance_is_assumed_only_when_nobody_said_it():
    from agent.brains.offline import whatif_input

    said = _base([2, 3, 4])
    said.put("success_probability", 0.6, "question", "60% it works")
    unsaid = _base([2, 3, 4])
    assert whatif_input(unsaid, None, TODAY)["current"]["success_assumed"] is True
    assert whatif_input(said, None, TODAY)["current"]["success_assumed"] is False


def test_a_loan_that_only_just_keeps_the_date_offers_the_person_once_the_work_lands_first():
    s = Situation(intents=["reprioritization"])
    s.put("person", "Bram", "question", "bram")
    s.put("requester", "plant director", "question", "plant director")
    s.put("project", "kiln fault model", "question", "kiln fault model")
    s.put("remaining_weeks", [0.8, 1, 2], "question", "about a week, two if the labels are bad")
    s.put("new_work", "energy report", "question", "energy report")
    s.put("new_work_weeks", [3, 3, 3], "question", "three weeks")
    s.put("new_work_shape", "fixed_loan", "question", "for three weeks")
    s.put("start_date", "2026-12-08", "question", "from tues")
    s.put("current_deadline", "2027-01-20", "question", "jan 20")
    text = "\n".join(compose_reprioritization(_run(s), s))
    head = text.splitlines()[0]
    assert "Only just" in head
    assert "Better than a plain yes: lend Bram once kiln fault model lands" in text
    reply = text.split("**What to tell")[1]
    assert "once it lands, by about" in reply and "If it can't wait, Bram can start on Tue 08 Dec" in reply


def test_a_loan_the_date_survives_still_drafts_the_no_when_the_manager_asks_what_to_offer_then():
    s = _base([2, 2, 2], new_work_shape="fixed_loan", start_date="2026-12-14", current_deadline="2027-04-30",
              requester="Oswin", fallback_asked=True, free_teammates=["Rhiannon"])
    records = run_reprioritization(s, TODAY, records=_run(s))  # the counter-offers are re-run though the yes holds
    text = "\n".join(compose_reprioritization(records, s))
    assert "You can say yes" in text
    offers = text.split("**If it's a no: what to offer Oswin instead**")[1].split("\n\n")[0]
    assert offers.splitlines()[1].startswith("- Rhiannon, who is free in your team file")
    assert "2 days a week over the same weeks" in offers
    no = text.split("**If it's a no, what to tell Oswin**")[1]
    assert "I can't lend Ines" in no and "Rhiannon for the same dates" in no


def test_a_loan_the_date_survives_drafts_no_refusal_nobody_asked_for():
    s = _base([2, 2, 2], new_work_shape="fixed_loan", start_date="2026-12-14", current_deadline="2027-04-30",
              requester="Oswin", free_teammates=["Rhiannon"])
    text = "\n".join(compose_reprioritization(run_reprioritization(s, TODAY, records=_run(s)), s))
    assert "If it's a no" not in text


def test_asking_what_to_offer_if_it_is_a_no_is_read_in_fresh_words():
    from agent.understanding import parse_situation

    for q in ("bruna's group wants ines for three weeks from jan 11 on their pricing rebuild. safe for the demand forecast? and if i say no, what can i give bruna instead",
              "can ines go to the pricing rebuild for two weeks from the 11th? what should i propose to bruna if i decline"):
        assert parse_situation(q, None, TODAY).get("fallback_asked") is True
    assert parse_situation("can ines go to the pricing rebuild for two weeks from the 11th? what do i tell bruna", None,
                           TODAY).get("fallback_asked") is None


def test_a_stated_chance_the_current_work_works_is_said_beside_the_timing_odds_of_a_loan():
    s = _base([2, 2, 2], new_work_shape="fixed_loan", start_date="2027-01-11", current_deadline="2027-04-30",
              requester="Tamsin", success_probability=0.7)
    text = "\n".join(compose_reprioritization(_run(s), s))
    line = next(x for x in text.splitlines() if x.startswith("- These odds are of the timing"))
    assert "demand forecast's approach works (70% it does)" in line and "with the loan" in line
    plain = _base([2, 2, 2], new_work_shape="fixed_loan", start_date="2027-01-11", current_deadline="2027-04-30")
    assert "These odds are of the timing" not in "\n".join(compose_reprioritization(_run(plain), plain))
