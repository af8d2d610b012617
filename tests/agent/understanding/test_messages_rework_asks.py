"""Every tone comparative the manager uses ('gentler', 'warmer', 'calmer') asks to rework the message they pasted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("ask", ["can you make this gentler", "make it warmer please", "make this a bit calmer before I send it"])
def test_any_tone_comparative_asks_to_rework_the_pasted_message(ask):
    from agent.understanding.messages import pasted_message

    text = f"{ask}? it goes to Bruno: 'Bruno, the label audit is late again and I am tired of chasing it. Send it today.'"
    found = pasted_message(text)
    assert found is not None and found[0].startswith("Bruno, the label audit is late")


def test_a_draft_pasted_under_a_draft_separator_with_mail_headers_is_the_message_to_rework():
    from agent.understanding.messages import pasted_message

    text = (
        "firmer pls, I keep sounding sorry. Context: Norvale owes us the corrected price file since 2 Nov.\n\n"
        "---------- My draft ----------\nTo: Ruth Abara <r.abara@norvale.example>\nSubject: price file\n\n"
        "Hi Ruth, so sorry to bother you again, any chance the price file could come through sometime soon? Thanks!"
    )
    found = pasted_message(text)
    assert found is not None and found[0].startswith("Hi Ruth, so sorry") and "Subject:" not in found[0]


def test_an_offer_said_as_what_i_can_offer_is_without_a_colon_is_the_offer():
    from agent.understanding.messages import offer_in

    found = offer_in("reply to gideon no way we can do the live feed by the 9th what i can offer is a daily csv from the 14th and a proper api in february keep it warm")
    assert found is not None and found[0] == "a daily csv from the 14th and a proper api in february"
