"""What a message opens and closes with fits the reader: a 'why did it happen' question is answered with the reason,
never a yes or no read off a percentage, while a 'why can't you promise one date' may lead with the odds the manager
gave; a decline offers a later date or a smaller part only to someone who asked us for work."""

from datetime import date

from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _draft(purpose, facts, audience="executive"):
    return draft_message(DraftInput.model_validate({"audience": audience, "purpose": purpose, "facts": {"today": TODAY, **facts}}))


def test_a_why_about_what_happened_opens_with_the_reason_not_odds():
    msg = _draft("explain_uncertainty", {
        "question_asked": "why the demand forecast said the warehouse fills by 20 March and it filled on 2 March",
        "deadline": "2027-03-20", "deadline_probability": 0.1,
        "points": [{"text": "we published the middle of a range that ran from late February to mid April"},
                   {"text": "there is a 1 in 10 chance the next peak comes earlier than the early date"}],
    })
    opening = msg.body.split("\n\n")[1]
    assert "honest answer" not in msg.body.lower()
    assert not opening.lower().startswith(("unlikely", "likely", "yes", "no"))
    assert "middle of a range" in opening


def test_a_why_about_a_promise_may_lead_with_the_odds_the_manager_gave():
    msg = _draft("explain_uncertainty", {
        "question_asked": "why we can't just give her one number for the load factor",
        "deadline": "2027-01-18", "deadline_probability": 0.5,
        "points": [{"text": "the second frequency breaks even at about 78%, so it's roughly a coin flip"}],
    })
    assert "coin flip" in msg.body.lower()


def test_a_decline_to_someone_who_asked_nothing_does_not_offer_a_later_date():
    msg = _draft("decline_or_negotiate", {"points": [{"text": "the 92% figure only holds on the lighter shades", "kind": "reason"}]})
    assert "later date" not in msg.body and "smaller part" not in msg.body


def test_a_decline_of_requested_work_still_offers_a_later_date():
    msg = _draft("decline_or_negotiate", {"new_work": "the churn dashboard",
                                          "points": [{"text": "the team is on the fraud launch until January", "kind": "reason"}]})
    assert "later date" in msg.body
