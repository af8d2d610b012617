"""The reader-voice probe's own checks: a body sentence that speaks of the reader, or reads broken, is counted."""

from __future__ import annotations

from evals.reader_voice_probe import problems, reader_words, sentences


def test_sentences_skip_the_greeting_the_sign_off_and_list_items():
    body = "Hi Noor,\n\nThe audit slips. It lands in March.\n\n- rows up 4%\n\nThanks,"
    assert sentences(body) == ["The audit slips.", "It lands in March."]


def test_reader_words_come_from_the_name_the_audience_phrase_and_the_role():
    situation = {"facts": [{"name": "audience", "source": "question", "text": "our head of claims"}]}
    assert reader_words("Noor", "director", situation) == ["Noor", "head of claims", "director"]


def test_the_reader_in_the_third_person_and_broken_grammar_are_found():
    readers, others = ["Noor", "head of claims"], {"Bilal"}
    assert problems("Head of claims wants the triage model by May.", "", readers, others) == ["names the reader (head of claims)"]
    assert problems("We can lend her the labelling tool.", "", readers, others) == ["'her' with no one else named before it"]
    assert problems("Bilal can lend her the labelling tool.", "", readers, others) == []
    assert problems("You keeps asking for the same report.", "", readers, others) == ["'you' with a third-person verb"]
    assert problems("Noor, can you confirm by Friday?", "", readers, others) == []
    assert "no verb" in problems("Escalation problem really.", "", readers, others)


def test_the_voice_slips_a_blind_reader_found_are_counted():
    from evals.reader_voice_probe import reader_slips, voice_slips

    q = "tell our distributor (contact is perpetua) the stock model slips. reason: their scanner feed died. we can mail them a list meanwhile. gewurztraminer by easter"
    assert voice_slips("The reason: their scanner feed died.", "", q, True) == ["'their' for the reader"]
    assert voice_slips("Our courier changed their API.", "", q, True) == []
    assert voice_slips("What I can offer meanwhile: a list in the meantime.", "", q, True) == ["a phrase said twice"]
    assert voice_slips("We can't by easter.", "", q, True) == ["lower case ('easter')"]
    assert voice_slips("It's worse on the gewurz blocks.", "", q, True) == []
    assert voice_slips("You are perpetua.", "", q, True)[0].startswith("remark to the writer")
    assert voice_slips("Only.", "", q, True) == ["one-word fragment"] and voice_slips("Thanks.", "", q, True) == []
    assert reader_slips("ask for 2 hires. spoiled stock cost the depots ~£90k. contact is perpetua", "", "Hello,\n\nWhat it costs: ~£90k.") == [
        "greets Hello though the reader is named (perpetua)", "a loss said as the price of the ask (£90k)"]
