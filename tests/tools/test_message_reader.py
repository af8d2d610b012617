"""A drafted message as its reader gets it: dates in words ('Tuesday 15 December', a year only when it is not the
one they would assume), one plain apology when the manager asks for an apologetic tone, a real thank-you to the
people the manager names, and a headcount ask that states the total cost and the load without the people, summed
from the manager's own figures and said to be a sum."""

from datetime import date

from tools.message import Constraints, DraftInput, draft_message, human_dates, human_day, polish

TODAY = date(2026, 12, 4)


def _draft(purpose, points, audience="executive", **kw):
    facts = {"today": TODAY.isoformat(), "points": [{"kind": k, "text": t} for k, t in points], **kw.pop("facts", {})}
    return draft_message(DraftInput.model_validate({"audience": audience, "purpose": purpose, "facts": facts, **kw}))


def test_a_date_is_written_as_a_person_says_it_with_the_year_only_when_it_is_not_the_assumed_one():
    assert human_day(date(2026, 12, 15), TODAY) == "Tuesday 15 December"
    assert human_day(date(2027, 2, 3), TODAY) == "Wednesday 3 February"  # next February is the one anyone assumes
    assert human_day(date(2028, 2, 3), TODAY) == "Thursday 3 February 2028"
    assert human_day(date(2027, 2, 3), None) == "Wednesday 3 February 2027"
    said = human_dates("The pilot moves from Wed 16 Dec 2026 to the week of Mon 18 Jan 2027.", TODAY)
    assert said == "The pilot moves from Wednesday 16 December to the week of 18 January."


def test_a_drafted_body_has_no_calendar_stamps():
    msg = _draft("forecast_risk", [("point", "the pricing model slips from dec 16 to the week of jan 18"), ("reason", "the vendor feed is late")],
                 recipient="Omar", audience="peer_team")
    assert "Wednesday 16 December" in msg.body and "the week of 18 January" in msg.body
    assert "2027" not in msg.body and "Wed 16 Dec" not in msg.body


def test_an_ordinal_before_a_noun_is_no_date():
    assert "the 10th grade" in polish("we added the 10th grade reports", TODAY) and "the 3rd place" in polish("it came the 3rd place", TODAY)
    assert "Friday 18 December" in human_dates(polish("it lands the 18th", TODAY), TODAY)


def test_an_apologetic_tone_is_one_plain_apology_never_the_note_itself():
    msg = _draft("forecast_risk", [("point", "the churn scores slip from dec 16 to the week of jan 18"), ("reason", "the CRM export had gaps")],
                 recipient="Ines", audience="peer_team", facts={"deadline": "2026-12-16"}, constraints=Constraints(apology=True))
    paragraphs = msg.body.split("\n\n")
    assert paragraphs[1].startswith("The churn scores slip")
    assert msg.body.count("sorry") == 1 and "I'm sorry for the delay" in msg.body and "Wednesday 16 December" in msg.body
    declined = _draft("decline_or_negotiate", [("point", "we can't build the custom dashboard this quarter")], recipient="Ines",
                      constraints=Constraints(apology=True))
    assert declined.body.count("sorry") == 1


def test_the_people_the_manager_wants_thanked_are_thanked_for_what_they_did():
    points = [("point", "from the week of jan 18 every new client goes through the shared onboarding pipeline"),
              ("point", "Ana and Tomas wrote most of the hand-built loaders")]
    msg = _draft("announce_change", points, audience="own_team", constraints=Constraints(thank=["Ana", "Tomas"]))
    assert "thank-you to Ana and Tomas, who wrote most of the hand-built loaders" in msg.body
    unnamed = _draft("announce_change", points[:1], audience="own_team", constraints=Constraints(thank=["Ana"]))
    assert "thank-you to Ana" in unnamed.body


def test_the_word_ones_takes_the_thing_said_earlier():
    points = [("point", "from the week of jan 18 we retire the per-team notebooks in favour of one shared workspace"),
              ("point", "Kai built most of the old ones")]
    msg = _draft("announce_change", points, audience="own_team", constraints=Constraints(thank=["Kai"]))
    assert "who built most of the old notebooks" in msg.body


def test_a_headcount_ask_states_the_total_and_the_load_without_them_as_sums_of_the_managers_figures():
    points = [("point", "14 ranking models run by 2 of us"), ("point", "the spring launch adds about 6 more models"),
              ("point", "each engineer ~120k loaded")]
    msg = _draft("ask_for_resources", points, recipient="Hana",
                 facts={"headcount": 3, "resource": "ML engineers", "cost": "120k", "ask": "Could we have 3 ML engineers in the H1 budget?"})
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("I'm asking for three more ML engineers in the H1 budget: about 360k loaded in total")
    assert "my sum" in lead and "each engineer" not in msg.body.lower()
    assert "the same 2 of us would run about 20 models (14 today plus about 6 more, my sum)" in msg.body
    assert msg.subject.startswith("Ask: Three more ML engineers")


def test_no_total_is_made_up_without_a_per_person_cost():
    msg = _draft("ask_for_resources", [("point", "the budget line is 200k for the whole team")], recipient="Hana",
                 facts={"headcount": 2, "resource": "ML engineers", "cost": "200k"})
    assert "400k" not in msg.body and "my sum" not in msg.body
