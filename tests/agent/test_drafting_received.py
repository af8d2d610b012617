"""A message the reader sent, quoted under 'reply to it', is answered, never reworded and pasted back
(agent/drafting.received_to_answer)."""

from agent.drafting import received_to_answer


def test_a_message_sent_to_the_manager_and_a_reply_asked_for_is_theirs():
    assert received_to_answer('the harbour master sent this, answer it pls: " " we restart in feb')
    assert received_to_answer('got this from our landlord client, need to respond to it: " "')
    assert received_to_answer('ilse (ops lead) emailed me this, reply to her: " "')


def test_the_managers_own_draft_is_still_theirs_to_rework():
    assert not received_to_answer('soften my reply to her before i send it: " "')
    assert not received_to_answer('she sent this and here is my draft reply, make it firmer: " "')
    assert not received_to_answer('make this shorter: " "')
