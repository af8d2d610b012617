"""Words that ask to rework a message are an ask only when said to the writer: 'we had to clean that up ourselves'
reports what the team did, and the question is a new message, not a rewrite of a pasted one."""

from __future__ import annotations

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.messages import pasted_message, rewrite_asked

TODAY = date(2026, 12, 4)


def test_what_the_team_had_to_clean_up_is_no_rework_ask():
    q = ("email to ines (head of stores) about the shelf-gap alerts: promised for jan 10, now realistically feb 14. "
         "the planogram export was months stale and we had to clean that up by hand. they keep the weekly gap report meanwhile")  # fmt: skip
    assert pasted_message(q) is None and not rewrite_asked(q)
    assert parse_situation(q, today=TODAY).get("purpose") != "rewrite"


def test_a_rework_ask_said_to_the_writer_still_counts():
    assert rewrite_asked('pls clean this up before I send it: "hey all the shelf-gap alerts are late again sorry"')


def test_a_message_quoted_on_lines_of_its_own_after_a_rewrite_ask_is_the_pasted_message():
    from agent.understanding.messages import paste_span, rewrite_asked

    q = 'softer pls, she is new.\n"Hi Noor, the label audit is late again and I need it by Friday, no excuses this time."'
    assert rewrite_asked(q)
    assert paste_span(q)[0].startswith("Hi Noor, the label audit")


def test_a_change_the_manager_makes_is_announced_even_when_it_names_a_status_meeting():
    from datetime import date

    from agent.understanding import parse_situation

    s = parse_situation("from january we're scrapping the monday status meeting for a written update. how do i put it to the team?", None, date(2026, 12, 4))
    assert s.get("purpose") == "announce_change"


def test_the_rewrite_named_as_work_is_not_an_ask_to_rewrite_a_message():
    from agent.understanding.messages import rewrite_asked

    assert not rewrite_asked("tell the team we're pausing the ranking rewrite until feb, it's just the rewrite that waits. write the post")
    assert rewrite_asked("rewrite this so it sounds less harsh: 'you missed the deadline again'")


def test_an_email_forwarded_with_its_headers_is_the_pasted_message_and_its_headers_are_not_the_managers_words():
    from agent.understanding.messages import instruction_text, paste_span

    q = ("reply to this for me pls, keep it short\n\n---------- Forwarded message ---------\nFrom: Ilse Vantongeren <ilse@x.com>\n"
         "Date: Wed, 2 Dec 2026 at 09:10\nSubject: pricing model\nTo: me\n\nHi, can we switch the new pricing model on before "
         "the 1 March catalogue? Yes or no is fine.\n\nIlse\n\nwe're at 2-3 wks of testing left, then a 2 wk pilot")
    body = paste_span(q)[0]
    assert body.startswith("Hi, can we switch") and body.endswith("Ilse")
    own = instruction_text(q)
    assert "Date: Wed" not in own and "we're at 2-3 wks of testing left" in own  # the manager's notes after the sign-off stay theirs
