"""A softer or firmer rewrite keeps sentences that parse and the facts that make the message what it is: a thing
changed by the reader is said with a verb that agrees with it, a skipped telling stays a telling and becomes the ask."""

from tools.rewrite import _did_without, _plural_head, _shared_check


def test_a_plural_thing_changed_takes_were_and_its_repeat_is_a_tally():
    said, step, repeated = _did_without("You updated the alert rules for the cold stores TWICE without telling the night shift.")
    assert said == "The alert rules for the cold stores were updated without telling the night shift."
    assert step == "telling the night shift"
    assert repeated


def test_a_singular_thing_keeps_was_and_a_skipped_check_is_the_step():
    said, step, _ = _did_without("You changed the pricing table without running the regression suite.")
    assert said == "The pricing table was changed without the regression suite."
    assert step == "the regression suite"


def test_the_head_of_a_phrase_decides_its_number():
    assert _plural_head("the weights for the demand model")
    assert not _plural_head("the schedule for the depots")
    assert not _plural_head("the process")


def test_an_order_to_stop_becomes_the_telling_that_was_skipped():
    asked = _shared_check("Stop editing the configs on your own.", "telling the night shift", True)
    assert asked == "Since this has happened before, could you let the night shift know before the next change goes live?"
    assert _shared_check("Stop editing the configs on your own.", "", False) == "Stop editing the configs on your own."


def test_a_firmer_chase_asks_for_a_date_and_tells_the_reader_their_own_delay_as_theirs():
    from tools.message import DraftInput
    from tools.rewrite import rewrite_message

    msg = rewrite_message(DraftInput.model_validate({
        "audience": "executive", "purpose": "rewrite", "recipient": "Mirela", "tone": "direct",
        "facts": {"today": "2026-12-04", "rewrite_goal": "firm",
                  "ask": "mirela's team owes us the signed sensor calibration files since mid oct, and without them the audit cannot close",
                  "original": "Hi Mirela, so sorry to chase! Just wondering if there's any news on the calibration files? Thanks!"},
    }))
    assert "Can you confirm a firm date for the calibration files?" in msg.body
    assert "Your team owes us the signed sensor calibration files" in msg.body
    assert "wondering" not in msg.body.lower() and "Mirela's team" not in msg.body
