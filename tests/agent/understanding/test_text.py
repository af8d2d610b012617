"""A manager's self-correction mid-sentence is read as what they meant: the words taken back go, with the marker; and
normalised text keeps the dates managers type: a week commencing, an ISO date, a stretch from now."""

import pytest

from agent.understanding.text import normalise, self_corrected


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


def test_a_week_commencing_is_a_week_not_a_with():
    assert normalise("kick-off is w/c 8 feb") == "kick-off is week commencing 8 feb"
    assert normalise("wc the 15th we move") == "week commencing the 15th we move"
    assert normalise("sync w/ omar") == "sync with omar"


def test_an_iso_date_is_not_a_range():
    assert normalise("the freeze lifts 2027-02-03") == "the freeze lifts 2027-02-03"
    assert normalise("4-6 weeks") == "4 to 6 weeks"


def test_the_next_month_is_a_stretch_from_now():
    assert normalise("can you lend me dev for the next month") == "can you lend me dev for 1 month"
    assert normalise("over the next three weeks") == "over 3 weeks"
    assert normalise("within the coming fortnight") == "within 2 weeks"
    assert normalise("we launch next month") == "we launch next month"
