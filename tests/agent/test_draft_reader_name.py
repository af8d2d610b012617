"""Who a draft greets: the sender of a pasted message, a titled reader by surname (never a verb after the name), and
the reader's organisation said after a comma."""

from __future__ import annotations

from agent.drafting import _org_in_brackets, named_reader, titled


def test_the_sender_of_a_pasted_message_is_the_reader():
    assert named_reader("from my vp on teams:\n> kwame: can we demo it at the offsite?\nreply short") == "Kwame"


def test_a_word_after_a_titled_name_is_no_surname():
    assert titled("Okafor", "write to dr. okafor asking for two more weeks") == "Dr Okafor"
    assert titled("Okafor", "write to dr. okafor regarding the delay") == "Dr Okafor"


def test_the_readers_organisation_after_a_comma_is_read():
    assert _org_in_brackets("note to imke, head of data at lindqvist logistics. the feed is late", "Imke") == "lindqvist"
