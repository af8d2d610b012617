"""The reader's request put to us as a question ('can we get one for the launch?', 'could you build us ...') is what a
no declines: the 'one' or 'it' read as the thing they named just before, never the manager's offer; a note on how to
say no ('decline politely but firmly') is no reason given to the reader."""

from __future__ import annotations

from datetime import date

import pytest

from agent.draft_brief import reader_request
from agent.drafting import draft_input
from agent.understanding import parse_situation
from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _draft(question: str):
    s = parse_situation(question, None, TODAY)
    inp = DraftInput.model_validate(draft_input(s, question, TODAY, []))
    return inp, draft_message(inp)


def test_one_is_read_as_the_thing_named_before_it():
    said = "Our rival bakery has a chatbot that takes cake orders overnight. Can we get one before Easter?"
    assert reader_request("Can we get one before Easter?", said) == "for a chatbot before Easter"


def test_you_and_us_are_said_from_our_side():
    assert reader_request("Could you build us a stock alert by March?", "") == "to build you a stock alert by March"


def test_a_question_that_asks_no_one_to_do_anything_is_no_request():
    assert reader_request("Why did the forecast miss the spike?", "") == ""


DECLINES = [
    # (a head of sales, an exec)
    ("Reply needed to our head of sales:\n\nFrom: Ottoline Brack\nSubject: voice bot\n\"The airline next door has a voice assistant that rebooks "
     "missed connections by phone. Can we have one for the summer schedule on May 3? Customers would love it.\"\n\n"
     "We have no call recordings we can train on and one engineer. What I can offer: a text message with rebooking links, "
     "live by 20 January; and a proper look at the voice idea in June. Say no politely but firmly.",
     "Ottoline", "voice assistant", "text message with rebooking links"),
    # (a customer)
    ("draft a reply to our customer Ruairi at Penhallow Dairies. his email: \"Your competitor gives farms a yield predictor per cow. "
     "Could you build us a predictor like that by spring?\" we can't: we have eight months of milking data and it needs three years. "
     "What I can offer: a monthly herd report from january, and a pilot once we have a full year of data.",
     "Ruairi", "predictor", "monthly herd report"),
    # (a peer team lead)
    ("reply to Ilse, who runs the warehouse team: \"Saw the night shift in Leeds has a robot that counts pallets with a camera. "
     "Can we get one for our stocktake on Jan 30?\" decline it - the camera work is a quarter of a year and we are two people. "
     "we can offer: a barcode tally sheet by next week, and scoping the camera idea in March.",
     "Ilse", "robot", "barcode tally sheet"),
]


@pytest.mark.parametrize(("question", "name", "asked", "offered"), DECLINES)
def test_the_no_is_to_their_request_never_to_our_offer(question, name, asked, offered):
    inp, msg = _draft(question)
    body = msg.body
    assert name in body.splitlines()[0]
    lead = next(x for x in body.split("\n\n")[1:] if x.strip())
    assert asked in lead  # what they asked for is what is declined
    assert offered not in lead  # never the offer
    assert offered in body  # the offer is offered
    for note in ("politely", "firmly", "Decline it", "Say no"):
        assert note not in body
