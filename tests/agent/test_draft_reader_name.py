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


def test_an_everyday_word_after_a_title_is_never_the_reader():
    # The verb or noun that follows a title is what the title does or what the note looks like, not a name to greet.
    assert named_reader("our cfo doubts the churn numbers, write her two lines on it") == ""
    assert named_reader("the cto hates surprises and latency doubled on friday, reply calmly") == ""
    assert named_reader("monthly note to my vp, highlights: eval done, rollout next") == ""


def test_a_name_after_a_title_is_still_the_reader():
    assert named_reader("cto ingrid wants the latency numbers, draft a reply") == "Ingrid"


def test_a_title_before_a_full_name_goes_with_the_surname():
    assert titled("Ottilie Brandauer", "Our chair, Mrs Ottilie Brandauer, has asked me whether the scores are fair") == "Mrs Brandauer"


def test_a_reader_named_with_a_title_between_commas_is_greeted_by_surname():
    # b45-d04 showed the class: 'ask our COO, Mr Aldous Penhaligon, for ...' opened 'Hello,'
    from datetime import date

    from agent.drafting import draft_input
    from agent.understanding import parse_situation
    from tools.message import DraftInput, draft_message

    q = "I must ask our CFO, Mrs Winifred Oduya, for a second labelling contractor; the backlog is 9 weeks. Draft the request."
    s = parse_situation(q, None, date(2026, 12, 4))
    body = draft_message(DraftInput.model_validate(draft_input(s, q, date(2026, 12, 4), []))).body
    assert body.startswith("Dear Mrs Oduya,")


def test_a_titled_full_name_before_a_comma_is_greeted_by_title_and_surname():
    assert titled("Aurelio Fenwick", "the museum's director, Dr Aurelio Fenwick, asked whether ...") == "Dr Fenwick"
    assert titled("Fenwick", "dr fenwick, discharge lead at the trust, wants ...") == "Dr Fenwick"


def test_a_peer_or_a_knight_is_addressed_by_the_title_that_goes_with_their_name():
    assert titled("Haverstock", "explain to our chair lady haverstock what the alert can do") == "Lady Haverstock"
    assert titled("Ian", "write to sir ian mckellen, our patron") == "Sir Ian"
