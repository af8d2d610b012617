"""A message dictated with its quotes said as words ('quote ... end quote') is the pasted message, not the manager's
own words."""

from agent.understanding.messages import paste_span, pasted_message


def test_a_message_between_quote_and_end_quote_is_the_pasted_one():
    q = ("make this firmer, it goes to the label vendor, we need the batch by the ninth. here's my draft quote hi "
         "rosalind hope you're well, any news on the batch? no pressure at all end quote")
    found = paste_span(q)
    assert found is not None and found[0] == "hi rosalind hope you're well, any news on the batch? no pressure at all"
    assert pasted_message(q) is not None


def test_the_word_quote_alone_is_no_pasted_message():
    assert paste_span("can you get me a quote from the vendor for 40 more GPUs by friday and tell finance") is None


def test_put_the_ask_first_is_read_as_leading_with_the_ask():
    from agent.understanding.writer_notes import note_constraints

    assert note_constraints("make it shorter and put the ask up top").lead_with_ask
    assert note_constraints("she reads the first line only, request first please").lead_with_ask
    assert not note_constraints("make it shorter, she asked first thing this morning").lead_with_ask
