"""Each message purpose has a skeleton that does its job, checked on fresh phrasings: a slip to a customer apologises
once beside the old and new date, gives the cause without blame, the interim offer said once and when they hear next;
a headcount ask joins the manager's numbers to what the people buy; a yes/no question with a stated chance is answered
yes/no/likely first with the day the answer will be known; a misread figure is explained, never said back."""

from __future__ import annotations

import re
from datetime import date

from agent.drafting import draft_input
from agent.understanding import parse_situation
from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _body(question: str) -> str:
    s = parse_situation(question, None, TODAY)
    return draft_message(DraftInput.model_validate(draft_input(s, question, TODAY, []))).body


def test_a_slip_to_a_customer_apologises_once_and_says_when_they_hear_next():
    body = _body("need to write to our customer (a cold-storage chain, ops lead is Ingrid) that the compressor failure "
                 "alerts slip from dec 18 to feb 2. reason: their temperature logs arrived three weeks late. we can send "
                 "a weekly manual watch list in the meantime. draft it")
    assert len(re.findall(r"(?i)\bsorry\b|\bapolog", body)) == 1
    assert re.search(r"18 December", body) and re.search(r"2 February", body)
    assert "their temperature logs" not in body and "temperature logs" in body
    assert len(re.findall(r"(?i)in the meantime", body)) == 1
    assert re.search(r"(?i)update every week|each week", body)


def test_a_headcount_ask_joins_the_managers_numbers_to_what_the_people_buy():
    body = _body("writing to my VP to ask for 2 more ML engineers for the claims team. numbers: we're 5 people, "
                 "support eats ~35% of our time, fraud leakage cost the insurer ~£900k last year, and we have 4 models "
                 "nobody owns. draft it")
    bought = next(line for line in body.splitlines() if "would buy" in line or "What two more" in line)
    assert "35%" in bought and "4 models nobody owns" in bought
    assert "What it costs: ~£900k" not in body and "What it costs: about £900k" not in body  # the loss is not the ask's price
    assert "numbers:" not in body


def test_a_yes_no_question_with_a_stated_chance_is_answered_first_with_the_day_it_is_known():
    body = _body("the ferry operator's ops director, Kwame, asked whether the crossing-delay model will cut fuel costs "
                 "this winter. it's 50/50 whether it beats the captains' own judgement, we'll know after a 4 wk trial "
                 "starting jan 11. answer him honestly")
    opening = body.split("\n\n")[1]
    assert opening.startswith("Honest answer:") and "coin flip" in opening and "8 February" in opening
    assert "answer him" not in body.lower()


def test_a_misread_figure_is_explained_never_said_back():
    body = _body("our head of logistics thinks 95% accuracy on the parcel-damage model means it misses 5% of damaged "
                 "parcels at every depot. it's actually far worse at the two night depots and better elsewhere. help me "
                 "explain it to him without a stats lecture")
    opening = body.split("\n\n")[1]
    assert not opening.lower().startswith(("you think", "our head")) and "doesn't mean" in opening
    assert "average" in opening and re.search(r"(?i)any one depot", body)


def test_a_decided_change_for_my_team_acknowledges_what_they_will_miss():
    body = _body("decided: from february the route-density model is paused and all four of us move to the depot "
                 "staffing forecaster, because the contract with the courier firm ended. announce it to my team. a few "
                 "of them built the density model from scratch")
    assert body.startswith("Hi team,") and "staffing forecaster" in body
    assert "I know a few of you built the density model from scratch" in body and "of them" not in body


def test_a_loan_the_reply_declines_is_not_headlined_as_probably_fine(retriever, tmp_path):
    from agent.service import Copilot
    from lead_core.settings import load_settings

    copilot = Copilot(load_settings(brain="offline"), retriever=retriever, checkpointer_path=tmp_path / "c.sqlite", today=TODAY)
    r = copilot.ask("oona from data protection asked if she can borrow kit (our contractor, not in the team file) full "
                            "time for a week from the 14th for the consent audit. kit is ~4 wks into the returns-fraud "
                            "labeller, 1 wk left, 3 days best case, 2 wks worst. ops wants the labeller by the 23rd. ok to say yes?")
    head, reply = r.answer.split("\n")[0], r.answer.split("**What to tell Oona**")[1]
    assert re.search(r"can.t lend|would push", reply) and not re.search(r"survive it\? (?:Probably|Yes)", head)  # one call, said twice
    assert "move the date:** tell the people waiting on returns-fraud labeller it lands by Wed 23 Dec" not in r.answer
    copilot.close()


def test_a_forwarded_question_answered_from_the_forecast_says_what_it_means_for_the_readers_plan(offline_copilot):
    r = offline_copilot.ask(
        "fwd below. reply for me, she runs the pilot sites, not an engineer.\n\n---------- Forwarded message ---------\n"
        "From: Ilse Vandermeer <i.vandermeer@northfield-care.example>\nDate: Wed, 2 Dec 2026, 09:15\nSubject: Triage assistant at the pilot sites\n"
        "To: clinical ML team\n\nHi, we're planning the staff training day around your triage assistant. Will it be live at the three pilot "
        "sites by 30 April? If not, I need to know now so I can move the staff training day.\n\nIlse Vandermeer, Head of Nursing\n---------\n\n"
        "our side: intake form integration 1-2 wks. tune on the site notes 2-3 wks, 80% it passes the safety review first time, else "
        "another 2 wks. rollout + sign-off 2 wks, fixed. start jan 11.\n")
    body = r.answer.split("**Draft")[1]
    assert "So there's no need to move the staff training day now." in body  # likely: their fallback not needed, said once
    assert "works on the first try, which the team puts at 8 in 10" in body  # what could still move it
    assert body.index("no need to move") < body.index("Next step")


def test_a_slip_with_the_managers_own_new_date_offers_no_other_date(offline_copilot, example_team):
    r = offline_copilot.ask("tell victor the churn retraining pipeline won't make its date. the snapshot job broke on the new schema, so we're now "
                            "looking at jan 29, feb 5 if the backfill needs a rerun. short", team=example_team)
    body = r.answer.split("**Draft to")[1].split("Tools used")[0]
    assert "29 January" in body and "Move the date to" not in body  # the manager's new date, never a forecast's other date under it
