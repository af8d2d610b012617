"""A people ask leads with what is asked and its price, then what not having it costs in the manager's own figures,
worked out against the price ('the £140k it cost ... is about 1.6 times what the hire costs', time spent by hand as a
share of the week, 'my sums'), and never closes 'as VP'."""

from __future__ import annotations

from datetime import date

import pytest

from agent.checks import content_problems, numbers_given
from agent.drafting import draft_input
from agent.understanding import parse_situation
from tools.message import DraftInput, draft_message
from tools.message_brief import payback

TODAY = date(2026, 12, 4)

ASKS = [
    ("draft an ask to our cfo (ms okonkwo-bright) for one data engineer, about £72k fully loaded. numbers: i spend 2 days every week "
     "fixing the supplier feeds by hand, and a broken feed in march cost about £190k in spoiled stock. keep it tight",
     "£72k", "£190k", "2.6 times", "40%"),
    ("write to Halvard, our finance director, asking for one analyst at roughly €60k. the team spends 8 hours a week rebuilding the "
     "donor report in excel, and last year a late grant report cost us €45k in a clawback.",
     "€60k", "€45k", "75% of", "20%"),
    ("need a note to our coo, Benedetta, for one ml engineer, about $120k fully loaded. we lost $300k in chargebacks last quarter "
     "that better fraud rules would have caught.",
     "$120k", "$300k", "2.5 times", ""),
]


@pytest.mark.parametrize(("question", "price", "loss", "ratio", "share"), ASKS)
def test_a_people_ask_leads_with_its_price_then_the_payback_in_the_managers_numbers(question, price, loss, ratio, share):
    s = parse_situation(question, None, TODAY)
    inp = DraftInput.model_validate(draft_input(s, question, TODAY, []))
    body = draft_message(inp).body
    paragraphs = [x for x in body.split("\n\n") if x.strip()]
    assert price in paragraphs[1]  # the ask and its price lead
    assert f"{loss}" in body and ratio in body and "my sums" in body
    if share:
        assert f"{share} of" in body
    assert " as VP" not in body and " as CFO" not in body and " as COO" not in body
    assert not [p for p in content_problems(body, question, numbers_given(question, []), s) if p.check == "wrong-number"]  # the sums are grounded


def test_no_loss_and_no_time_named_adds_nothing():
    assert payback("we need one more engineer at about $150k because the backlog keeps growing", "about $150k") == ""


def test_the_price_itself_is_never_read_as_a_loss():
    said = payback("the hire would cost about £90k. last winter the outage cost us £30k in refunds", "about £90k")
    assert "£30k" in said and "about 33% of" in said
