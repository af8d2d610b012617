"""A no is to what the reader asked for, never to a thing the manager offers instead (b48-d03): when the only work
named is the offer's, the no names no work."""

from __future__ import annotations

from datetime import date

import pytest

from tools.message import DraftInput, Facts, Point, draft_message

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("offered", "audience"),
    [
        ("a 'best time to sail' email, rule-based on past bookings, from January", "executive"),
        ("a 'which size fits you' page built from returns data, by March", "peer_team"),
        ("a 'what to plant next' newsletter from the sales history, live in February", "product"),
    ],
)
def test_the_no_never_names_the_offer(offered, audience):
    title = offered.split("'")[1]
    facts = Facts(project=title, offer=offered, today=TODAY, deadline=date(2027, 2, 12),
                  points=[Point(kind="point", text="we have no footage and two of us"), Point(kind="offer", text=offered)])
    body = draft_message(DraftInput(audience=audience, purpose="decline_or_negotiate", recipient="Rowena", facts=facts)).body
    lead = body.split("\n\n")[1]
    assert title not in lead
    assert title in body  # the offer is still offered
