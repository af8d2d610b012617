"""A request that says something went wrong in production now, in any words, is an incident; an ask for something new
or a write-up about a past incident is not (phrasings written for this test, in industries the evals do not use)."""

import pytest

from tools.triage import Request, live_regression, reads_as_incident, severity_of

LIVE = [
 "the seat-map model has been selling window seats twice since last night's release, gate agents re-seating people by hand",
 "route planner sending every tanker to the closed depot since the 6am update",
 "since tuesday's model push the fraud score is declining all cards from one bank, call centre swamped",
 "the loaf-count camera went to zero on line 3 after the firmware update, bakers counting trays by hand",
 "dispatch model putting two crews on every job since this morning's deploy",
 "the triage classifier marks every ticket as P1 since the config change, support can't see real ones",
 "patients getting double-booked by the scheduling model since friday's rollout, reception phoning them back one by one",
 "ticket scanner rejecting every mobile ticket at gate B since the 7pm update, queue out the door",
 "harbour master is on the phone: berth model assigning oversize boats to small berths since the update",
 "price tags show last week's prices in 40 stores since the overnight sync",
 "ocr reading every invoice total as 0.00 since the new model went live",
 "the demand forecast dropped to zero for all fresh lines after yesterday's retrain, stores got no bread orders",
 "during last night's bulletin the subtitles showed another channel's transcript for five minutes; 52 viewer complaints and one from the regulator",
]

NOT_LIVE = [
 "could you write up the incident data and our scoring method for the insurer before renewal",
 "can someone pull revenue per route for the board pack by the 16th",
 "postmortem write-up for last week's outage, for the risk committee, no rush",
 "since the release went well, could we add a dark mode to the dashboard?",
 "any chance of a chatbot for the january campaign",
 "can we rerun the occupancy forecast with the new tariffs by the 11th",
 "customer filed a subject access request, 30-day legal clock started tuesday, need us to pull her images",
 "the board asked whether we could predict churn by postcode, just an idea",
]


@pytest.mark.parametrize("text", LIVE)
def test_a_symptom_that_started_with_a_change_or_counted_harm_is_live(text: str) -> None:
    assert live_regression(text)
    assert severity_of(Request(title=text)).kind == "incident"


@pytest.mark.parametrize("text", NOT_LIVE)
def test_new_asks_and_write_ups_about_incidents_are_not(text: str) -> None:
    assert not live_regression(text)
    assert severity_of(Request(title=text)).kind != "incident"


@pytest.mark.parametrize("text", [
    "ticket-price feed to 9 cinemas stopped updating at noon, prices stuck at yesterday's and the queue is out onto the high street",
    "the booking sync stopped running overnight and reception is turning patients away",
])
def test_a_feed_that_stopped_or_people_queueing_into_the_street_is_live(text: str) -> None:
    assert reads_as_incident(text)


@pytest.mark.parametrize("text", [
    "head of collections wants a list of the 500 riskiest overdue accounts, refreshed weekly, first one by the 16th",
    "can we score the 404 stores in the north region by friday",
])
def test_a_count_that_looks_like_an_error_code_is_not_an_outage(text: str) -> None:
    assert not reads_as_incident(text)
