"""Asks pasted from a chat export (the sender and time on a line of their own, the message below) are read one per
sender, so a triage sorts them and no one sender's date becomes the whole paste's deadline. Phrasings are our own."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.requests import pasted_requests

EXPORT = """copied from #dock-ops, about 2 days free this week across the team. what do we do first

Oswin (Warehouse Lead)  6:55 AM
the pick-rate forecast on the floor screens is showing zeros since last night's release

Philippa (Merchandising)  9:10 AM
could we pull a quick table of returns by supplier for the buyers' meeting thursday? an hour or so

Ruadh (CFO)  10:02 AM
need the peak-season staffing forecast for the board, by friday 18th, reckon it's 2 days
"""


def test_each_block_is_one_ask_with_its_sender_and_role():
    asks = pasted_requests(EXPORT)
    assert [a["requester"] for a in asks] == ["Oswin", "Philippa", "Ruadh"]
    assert asks[2]["requester_role"] == "CFO"
    assert asks[1]["text"].startswith("could we pull a quick table")


def test_an_export_is_a_triage_with_no_single_deadline():
    s = parse_situation(EXPORT, None, date(2026, 12, 4))
    assert s.intent == "triage"
    assert len(s.get("requests")) == 3
    assert not s.has("deadline")


def test_a_single_block_is_no_list():
    assert pasted_requests("Oswin (Warehouse Lead)  6:55 AM\nthe forecast screen is blank again\n") == []
