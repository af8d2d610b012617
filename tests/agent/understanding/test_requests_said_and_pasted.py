"""Asks dictated in one breath and counted in bare numbers ('one the warehouse scanner feed is down two the buyers want a
report three ...') are a list of requests, each with the group or title that asks when it opens the item; 'what we
actually take on' asks for a triage of them. Chat lines copied with the time after the sender ('Wen (Sales) 2:14 PM:
...') are one request each, under their channel's header. Phrasings of our own, written for this test."""

from __future__ import annotations

from datetime import date

from agent.routing import intents_asked
from agent.understanding import parse_situation
from agent.understanding.requests import pasted_requests

TODAY = date(2026, 12, 4)

DICTATED = ("right so our ops director sent me a stack of asks and i need to know what we actually take on this week we have "
            "two days spare the rest is the returns forecast for january one the warehouse scanner feed has been dropping "
            "orders since monday two the buyers team want a sales report by supplier for friday maybe a day three the ceo "
            "wants a voice assistant for the stores by summer")


def test_items_counted_in_bare_numbers_are_a_list() -> None:
    items = pasted_requests(DICTATED)
    assert len(items) == 3
    assert items[0]["text"].startswith("the warehouse scanner feed") and "voice assistant" in items[2]["text"]
    assert [i["requester_role"].lower() for i in items][1:] == ["buyers team", "ceo"]


def test_a_stray_one_the_counts_nothing() -> None:
    assert pasted_requests("we shipped one the week before and two more after the break") == []


def test_what_we_take_on_asks_for_a_triage() -> None:
    assert intents_asked("i need to know what we actually take on")[:1] == ["triage"]
    assert parse_situation(DICTATED, None, TODAY).intent == "triage"


CHANNEL = """triage these pls, 2 days for interrupts this week

[#analytics-help]
Wen (Sales, Leeds) 2:14 PM: the quote tool has priced every van at zero since this morning's release, customers are noticing
Ilka (HR) 2:30 PM: could we get attrition by team for the people review? next friday is fine
Bram (CFO office) 3:05 PM: the CFO wants a scenario model for the new depot, sometime in Q2
"""


def test_chat_lines_with_the_time_after_the_sender_are_one_request_each() -> None:
    items = pasted_requests(CHANNEL)
    assert [(i["requester"], i["requester_role"]) for i in items] == [("Wen", "Sales, Leeds"), ("Ilka", "HR"), ("Bram", "CFO office")]
    assert items[0]["text"].startswith("the quote tool has priced every van at zero")
