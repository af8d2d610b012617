"""A manager's self-correction mid-sentence is read as what they meant: the words taken back go, with the marker."""

import pytest

from agent.understanding.text import self_corrected


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("prep a talk with oswin no wait sorry not oswin with Delphine about the late audits",
         "prep a talk with Delphine about the late audits"),
        ("1:1 with kit tuesday, sorry i mean wednesday, 20 min", "1:1 with kit wednesday, 20 min"),
        ("book a 30 min no wait 45 min chat with Ines", "book a 45 min chat with Ines"),
        ("sit-down with Bram, no sorry, Cato, on friday", "sit-down with Cato, on friday"),
        ("catch-up w/ rhys or rather with Sol next week", "catch-up w/ Sol next week"),
        ("1:1 with Bea no wait Cai monday", "1:1 with Cai monday"),
        ("forward it to the risk team or rather the fraud team today", "forward it to the fraud team today"),
    ],
)
def test_the_words_taken_back_are_gone(said, meant):
    assert self_corrected(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "there is no wait time on the labelling queue",
        "I mean, she is good at this",
        "no wait, forget the forecast",
        "he said sorry for the outage and fixed it",
        "is there no wait staff booked for the offsite",
        "tom said sorry no one told him about the freeze",
        "we could ship or rather than ship now hold until january",
    ],
)
def test_text_without_a_take_back_is_unchanged(said):
    assert self_corrected(said) == said
