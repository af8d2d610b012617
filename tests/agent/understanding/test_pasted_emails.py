"""E-mails pasted with their header blocks are the inbox: one request per 'From:', its sender and role from the header,
the subject kept (it often carries the date or the urgency), the header dates never read as the work's, and the team
file's own inbox left out. Phrasings written for this test."""

import json
from datetime import date
from pathlib import Path

from agent.brains.base import TurnContext
from agent.brains.offline import plan_triage
from agent.understanding import parse_situation
from agent.understanding.requests import email_messages
from tools.team import load_team

TODAY = date(2026, 12, 4)
ROOT = Path(__file__).resolve().parents[3]

MAILS = """three mails landed while i was out. only a day and a half of spare team time next week. who gets what?

-----Original Message-----
From: Wanjiru Kamau <wanjiru.kamau@example.com>
Sent: Wednesday, December 2, 2026 6:40 PM
Subject: RE: store-level demand export
Could Lena send the store-level demand export for the buyers' review on Dec 18? Half a day, I'd guess.
Thanks, Wanjiru

From: Hollis (Treasury)
Date: Thu, Dec 3, 2026, 7:02 AM
Subject: FX exposure numbers - needed by Dec 10
We need last quarter's FX exposure numbers broken down by currency.

From: ops-bot@example.com
Subject: URGENT: scoring API returning 500s
The scoring API has been returning errors since this morning's deploy, checkout is failing for a third of users.
"""


def test_each_from_header_opens_one_request_with_its_sender():
    reqs = email_messages(MAILS)
    assert len(reqs) == 3
    assert [(r["requester"], r["requester_role"]) for r in reqs[:2]] == [("Wanjiru", ""), ("Hollis", "Treasury")]
    assert "buyers' review" in reqs[0]["text"] and "Thanks" not in reqs[0]["text"]


def test_the_subject_is_kept_when_the_body_does_not_say_it():
    reqs = email_messages(MAILS)
    assert "needed by Dec 10" in reqs[1]["text"]
    assert "URGENT" in reqs[2]["text"]


def test_one_mail_is_not_an_inbox():
    assert email_messages("From: Ada (Risk)\nSubject: tiers\nCan we re-run the tiers by friday?") == []


def test_the_pasted_mails_are_read_as_the_requests_with_their_dates_and_budget():
    s = parse_situation(MAILS, load_team(ROOT / "examples" / "team.yaml"), TODAY)
    reqs = s.get("requests")
    assert len(reqs) == 3
    assert reqs[1]["deadline"] == "2026-12-10"  # from the subject line, not the Date: header
    assert reqs[2]["kind"] == "incident"
    assert reqs[0]["interrupts"] == ["Lena"]  # 'Could Lena send ...': the team member it pulls in
    assert not reqs[0]["title"].lower().startswith("could")
    assert s.get("interrupt_budget_days") == 1.5


def test_what_was_pasted_is_the_inbox_not_the_team_files():
    team = load_team(ROOT / "examples" / "team.yaml")
    s = parse_situation(MAILS, team, TODAY)
    ctx = TurnContext(question=MAILS, intent="triage", situation=s, team=team, passages=[], messages=[],
                      tool_calls=[], history=[], today=TODAY)
    calls = plan_triage(ctx)
    assert [c["name"] for c in calls] == ["triage_inbox"]
    args = json.loads(calls[0]["arguments"])
    titles = " ".join(r["title"] for r in args["requests"])
    assert "FX exposure" in titles and not any(r.title in titles for r in team.inbox)
    assert args["interruption_budget_days"] == 1.5 and args["budget_week"] == "next week"
    assert all(p["owes"] == [] for p in args["people"])  # the team file's inbox is not owed on top of the paste
