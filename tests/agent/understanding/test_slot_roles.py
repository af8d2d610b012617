"""Each slot is filled by the phrase that plays its role, not the nearest phrase of the right shape: the deadline is
the date the question is about (never the day a closure ends, an offsite, a past kickoff or another team's launch), the
current work is what the person is in the middle of (never the new ask's adjective + noun), and a capitalised word is
a name only when it is used as one. Phrasings written fresh for these classes, none copied from an eval case."""

from datetime import date

import pytest

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def _read(question: str, team=None):
    return parse_situation(question, team, TODAY)


DEADLINES = [
    ("the warehouse closes on the 23rd and doesn't reopen until the 5th of january. the retailer wants the demand model "
     "live by the twentieth of january. we start monday with 3 weeks of feature work and 1 week of testing. what are the odds?", "2027-01-20"),
    ("plan: labelling two weeks, training three weeks, rollout one week. we begin on the 7th. the lab is closed from the "
     "21st and back on jan 4. the regulator's submission is due february 12th. can we make it?", "2027-02-12"),
    ("remaining: data pull 1-2 weeks, model 2-4 weeks. kick off tuesday. everyone is off between christmas eve and new "
     "year's day, returning on the fourth of january. the steering committee meets on march 3rd to decide on funding. "
     "what are our chances?", "2027-03-03"),
    ("we had the kickoff on november 16th. two more sprints of work, then a week of QA. the trade show is on february 9 "
     "and sales want the demo before it. realistic?", "2027-02-09"),
    ("our offsite is on january 14th so nobody works that day. remaining work: 4-6 weeks of model work and a 1 week "
     "pilot. the customer go-live is march 1st. chances we hit it?", "2027-03-01"),
    ("the plant shuts for maintenance from dec 18 and restarts on january 11th. the model needs 3 weeks of training "
     "then a 2 week trial on the line. the quality review is the 26th of february. odds?", "2027-02-26"),
    ("the other squad's pricing launch is jan 20 but that's not ours. our churn model: 3-4 weeks of features, 2 weeks "
     "of training. marketing needs it by feb 10. what are the odds?", "2027-02-10"),
    ("we kick off on the seventh of december. the office shuts from the twenty-third and opens again on the fourth of "
     "january. the pilot with the hospital must be running by the first of march. labelling three weeks, model four "
     "to six weeks. can we?", "2027-03-01"),
    ("nira is away from jan 4 to jan 15 for her wedding. the feature store migration has 3-5 weeks left and the "
     "platform review on feb 19 is when we have to show it working. what are the odds?", "2027-02-19"),
    ("the client's year-end freeze starts dec 18 and lifts on jan 6. we need 2-3 weeks to finish the claims model and "
     "1 week of UAT with them. the contract says go-live by jan 31. what are the odds?", "2027-01-31"),
    ("the mill stops from christmas eve and doesn't come back till the eleventh of january. cleaning the sensor data "
     "takes two weeks, training three. the co-op board sits on the second of march and wants to know before then. "
     "what are the odds we're done?", "2027-03-02"),
]


@pytest.mark.parametrize(("question", "deadline"), DEADLINES)
def test_the_deadline_is_the_date_the_question_is_about(question, deadline):
    assert _read(question).get("deadline") == deadline


def test_the_day_a_closure_ends_is_no_deadline_and_closes_the_days_off():
    s = _read("the whole firm shuts from december 24th and doesn't come back till the 6th of january. two weeks of "
              "tuning and a three week pilot left, starting monday. the funding panel is on february 25th. odds?")
    assert s.get("deadline") == "2027-02-25"
    off = s.get("days_off") or []
    assert "2026-12-24" in off and "2027-01-05" in off and "2027-01-06" not in off


MOVES = [
    ("the ops head wants to borrow dmitri for two weeks from the 14th to build a proper dashboard for the regional "
     "managers. he's about 4 weeks into the invoice matching model, says 2 weeks left. invoice matching has to be live "
     "by jan 29. yes or no?", "invoice matching", "dashboard"),
    ("our vp wants teo to spend two weeks turning the support tickets into a nice clustering prototype. teo is 5 wks "
     "into the refund fraud detector, needs another 2-3 wks. the detector is due jan 22. what do i say?", "refund fraud detector", None),
    ("marketing asked if noor can take a sprint to make a cool demo of the recommender for investor day. she's "
     "halfway through the search ranking retrain, maybe 2 weeks to go. how do i respond?", "search ranking", None),
    ("the finance director wants to grab ines for a week to build a proper forecast for the budget round. she's 2 "
     "weeks into the supplier risk model with about 3 weeks left, due feb 5. can she do both?", "supplier risk", None),
    ("sales want to pull hana off the lead scoring model to do a quick pricing analysis for the board pack. she's got "
     "about 3 weeks left on lead scoring, the analysis would take a week. should i?", "lead scoring", "pricing analysis"),
    ("the cfo would like to borrow rui full time for ten days from the 7th to turn the churn spreadsheet into a real "
     "model for the investor update. he's six weeks into the parts demand forecast, says a week and a half left, "
     "three weeks if the supplier feed stays broken. the demand forecast has to be live by jan 20. yes or no", "parts demand forecast", "churn"),
]


@pytest.mark.parametrize(("question", "current", "new"), MOVES)
def test_the_current_work_is_what_the_person_is_in_the_middle_of(question, current, new):
    s = _read(question)
    assert current in str(s.get("project")).lower()
    if new:
        assert new in str(s.get("new_work")).lower()


ONE_ON_ONES = [
    ("1:1 prep for kofi tues, 30 min. he's 8 wks into the 'smart routing' project, great demo but the offline lift is "
     "flat and he wants another month. i have to decide by jan 15 whether to keep going", "smart routing"),
    ("prep my 1:1 with beatriz on wednesday, 45 min. she's ten weeks into the shelf-gap detector, really slick prototype "
     "but recall is stuck at 60% and she wants two more months. i need to decide by the end of january", "shelf-gap detector"),
]


@pytest.mark.parametrize(("question", "work"), ONE_ON_ONES)
def test_an_adjective_and_filler_is_not_the_work_when_the_clause_names_it(question, work):
    assert work in str(_read(question).get("project")).lower()


NOT_NAMES = [
    ("write a reply to greta, she runs 2 of our boutiques and is upset the app priced a Premium handbag at $90. explain "
     "that high-end items get a manual check and ask her to use it", "greta", "premium"),
    ("tell idris (our head of retail) that the Luxury range forecast slips to the 15th", "idris", "luxury"),
    ("reply to oksana: the Outlet stores will get the new pricing model on jan 11", "oksana", "outlet"),
    ("marisol runs two of our franchise shops and she's angry because the pricing tool valued a Vintage guitar at $300. "
     "it only sees photos, so anything over $1000 has a manual check. write her a plain explanation, not defensive",
     "marisol", "vintage"),
]


@pytest.mark.parametrize(("question", "reader", "word"), NOT_NAMES)
def test_a_capitalised_common_word_is_no_name(question, reader, word):
    s = _read(question)
    said = {str(s.get(n)).lower() for n in ("person", "recipient", "requester")}
    assert word not in said
    assert reader in said
    assert all(u.words.lower() != word for u in s.unclear)


ASKED_AMONG_OTHERS = [
    ("the vendor demo is on the 15th of january and the real deadline is the go-live on february 22nd. we have 5-7 weeks "
     "of work left. odds for the go-live?", "2027-02-22"),
    ("our all-hands is jan 12, and finance wants the cost model before the budget sign-off on feb 3. 3-4 weeks left. "
     "will we make it?", "2027-02-03"),
    ("we showed it at the conference on nov 20. next is a four week pilot with two stores from jan 11, and the chain "
     "decides on march 15 whether to roll it out. can the pilot finish before the decision?", "2027-03-15"),
    ("the team retro is on the 9th of december. three weeks of labelling and two of training left. can we hit the "
     "twenty-ninth of january?", "2027-01-29"),
]


@pytest.mark.parametrize(("question", "deadline"), ASKED_AMONG_OTHERS)
def test_the_date_asked_about_beats_a_meeting_or_a_demo_said_first(question, deadline):
    assert _read(question).get("deadline") == deadline


def test_a_requester_from_any_team_is_named_when_the_ask_follows():
    s = _read("on top of what's in the inbox, nkechi from treasury just asked if tom can build a liquidity dashboard, "
              "says 3 days, needs it by the 16th. where does it fit?")
    assert s.get("requester") == "Nkechi"


def test_a_status_for_someone_is_to_them():
    s = _read("quick status for ingeborg (our COO, not technical), five lines max: - demand model retrain done - pricing "
              "pilot starts the 14th - nothing needed from her")
    assert s.get("recipient") == "Ingeborg"


def test_a_day_nobody_works_and_an_event_the_work_must_beat_are_told_apart():
    s = _read("the lab is dark from the 21st through jan 1, and the 12th of january is our company offsite so nobody "
              "touches it that day. the hospital wants it running before their winter audit kicks off on the fifteenth of "
              "february. three weeks of cleaning and four of training, starting monday. can we?")
    assert s.get("deadline") == "2027-02-15"
    assert "2027-01-12" in (s.get("days_off") or [])


def test_in_a_triage_the_one_asking_is_the_requester():
    s = _read("on top of what's already in the inbox, rosalind (head of procurement) now wants a weekly supplier risk "
              "list, first one by the 15th. she thinks a day to set up. what gets through this week?")
    assert s.get("requester") == "Rosalind"
