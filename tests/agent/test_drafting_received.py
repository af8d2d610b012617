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


def test_a_pasted_message_from_the_reader_by_its_header_or_signature_is_theirs():
    from agent.drafting import sent_by_reader

    mail = "Hi team, can the depot forecast cover the new Leeds site from March? I need a yes or no for the board.\n\nThanks, Bartholomew"
    headed = f"draft my reply to bartholomew, he hates waffle.\n-----Original Message-----\nFrom: Bartholomew Oyelaran <b.o@depots.example>\nSent: Tuesday\n{mail}"
    assert sent_by_reader(headed, mail, "Bartholomew")
    initialled = "Hi both, is the scanner feed fixed yet?\n\nR."
    assert sent_by_reader(f"reply to Rosalind, keep it tight:\n{initialled}", initialled, "Rosalind")


def test_the_managers_own_pasted_draft_is_not_the_readers():
    from agent.drafting import sent_by_reader

    mine = "Hi Bartholomew, the depot forecast won't cover Leeds before April.\n\nDana"
    assert not sent_by_reader(f"make this firmer, it's to bartholomew:\n{mine}", mine, "Bartholomew")
    forwarded = "Hi, can we get the scanner feed by Friday?\n\nKwame"
    assert not sent_by_reader(f"reply to Rosalind about this:\nFrom: Kwame Asante\n{forwarded}", forwarded, "Rosalind")
