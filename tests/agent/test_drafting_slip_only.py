"""A slip said with nothing else ('... we promised for dec 9 is now going to be jan 13') still drafts the move, old date to
new, instead of a skeleton with a bracket to fill in; what is missing (why) is listed to add. Fresh phrasing (b37-d02
showed the class: the new date was 'Not used')."""

from __future__ import annotations


def test_a_bare_slip_drafts_the_old_and_the_new_date(offline_copilot):
    r = offline_copilot.ask("email to anouk, she's head of finance ops at our biggest client: the invoice matching we promised for dec 9 "
                            "is now going to be jan 13")
    draft = r.answer.split("**What the guidance says**")[0]
    assert "9 December" in draft and "13 January" in draft
    assert "[add" not in draft
