"""A bulleted list of pasted asks, each opened by who sent it the way a chat shows it ('- name (team): ...' or
'- the design guild: ...'), names its sender and team; an alert source keeps its words (they make it an incident), and
a field label ('deadline: ...') is no sender."""

from __future__ import annotations

from agent.understanding.requests import pasted_requests


LIST = """what do i do with these
- ottilie (finance): "can we get margin by store format before the board pack?"
- the design guild: a short talk on how the ranker works, any time in january
- datadog monitor: checkout scorer error rate 4% since 02:10
- eta: end of next week"""


def test_a_sender_and_their_team_open_a_pasted_line():
    got = pasted_requests(LIST)
    assert got[0]["requester"] == "Ottilie" and got[0]["requester_role"] == "finance"
    assert got[0]["text"].startswith("can we get margin by store format")
    assert got[1]["requester"] == "" and got[1]["requester_role"] == "the design guild"
    assert got[1]["text"].startswith("a short talk on how the ranker works")


def test_an_alert_source_and_a_field_label_are_not_senders():
    got = pasted_requests(LIST)
    assert got[2]["text"].startswith("datadog monitor:") and got[2]["requester_role"] == ""
    assert got[3]["text"].startswith("eta:") and got[3]["requester_role"] == ""
