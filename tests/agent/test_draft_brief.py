"""The message brief built from the turn, checked end to end on fresh phrasings: a money ask to a funder asks for the
money (never 'one more engineer'), keeps the writer's notes out and closes with a question a funder can answer; a no to
a request relayed as the reader's question declines that request, never the offer, gives the reason and the offers
to the reader."""

from __future__ import annotations

import re
from datetime import date

import pytest

from agent.draft_brief import relation_of
from agent.drafting import draft_input
from agent.understanding import parse_situation
from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _draft(question: str):
    s = parse_situation(question, None, TODAY)
    inp = DraftInput.model_validate(draft_input(s, question, TODAY, []))
    return inp, draft_message(inp)


FUNDER_ASKS = [
    ("write to oksana, our grants officer at the marlowe foundation (they fund our air-quality sensors). we want to ask for an extra $40k on top "
     "of this year's $130k to extend the pollution alerts from 6 schools to 20. the new schools are near busy roads so it's about 4 months of one "
     "engineer plus ~$6k of hardware. at the first 6 schools the alerts cut asthma call-outs by a fifth, which is what the foundation cares about. "
     "they decide at their march 12 board round. i always feel awkward asking for money", "$40k", "Oksana"),
    ("need an email to dr mbeki, programme manager at the riverside research fund which backs our crop-disease model. asking for £55k more this year "
     "(on top of £160k) to take it to 3 more growers' cooperatives. it's mostly one data scientist for 5 months and some compute. at the first "
     "cooperative it spotted blight 6 days before the agronomists did. their panel meets may 4", "£55k", "Dr Mbeki"),
]


@pytest.mark.parametrize("question,money,name", FUNDER_ASKS)
def test_a_money_ask_to_a_funder_asks_for_the_money_in_a_way_a_funder_can_answer(question, money, name):
    inp, msg = _draft(question)
    assert inp.brief.relation == "funder" and inp.brief.ask_kind == "money"
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("I'm writing to ask for") and money in lead
    assert name in msg.body.split("\n\n")[0]
    assert not re.search(r"(?i)one more (?:engineer|data scientist)|your team can do this|cares about|awkward", msg.body)
    assert money in msg.subject


def test_a_funders_decision_meeting_is_asked_about_once_in_the_close():
    _, msg = _draft(FUNDER_ASKS[0][0])
    assert msg.body.count("12 March") == 1 and "12 March board round" in msg.body.split("\n\n")[-1]


DECLINES = [
    ("reply to ms oyelaran, head of admissions at harbourside college (a customer). she asked whether we can build a model that predicts which "
     "applicants will accept their offers, ideally before the march intake. i have to say no - it's just me on the team and i'm on the bursary "
     "fraud model the auditors check on feb 20, and we don't have their historic offer data. what i can offer: a fortnightly summary of "
     "enquiries by course from jan 18, and a scoping session with their admissions team in april. they're a big account", "weekly|fortnightly summary"),
    ("the water utility's network planner, gustav, emailed asking if we could predict burst mains for every street in their district by spring. "
     "need to decline: we're two people on the leak-detection retrain due jan 29, and we have no pipe-age data for their district. what i can "
     "offer: a monthly list of the 50 streets with the most leak alerts from feb 1, and a workshop with their engineers in may once the pipe "
     "records are shared. draft it", "monthly list"),
]


@pytest.mark.parametrize("question,offer", DECLINES)
def test_a_no_declines_what_they_asked_never_what_we_offer(question, offer):
    inp, msg = _draft(question)
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("Thank you for asking whether we could") and "can't take it on" in lead
    assert not re.search(offer, lead, re.I) and re.search(offer, msg.body, re.I)
    assert "The reason:" in msg.body and re.search(r"\byour (?:historic offer|district)\b", msg.body)
    assert re.search(r"\byour (?:admissions team|engineers)\b", msg.body) and "their" not in msg.body
    assert msg.body.rstrip().endswith("in the meantime?")


def test_a_reader_is_placed_by_the_words_beside_their_name():
    assert relation_of("email ilse, programme officer at the hawthorn foundation, about ...", "Ilse", "", "") == "funder"
    assert relation_of("write to bram (ops lead at our biggest customer) about ...", "Bram", "", "") == "customer"
    assert relation_of("dr ng, discharge lead at a hospital trust that refers patients to us", "Dr Ng", "", "") == "partner"
    assert relation_of("tell priya the rota changes", "Priya", "report", "") == "report"
