"""Who is who in a move, and what each figure is: the person moved is the one the move's grammar puts there (a passive
'that X be moved', a word-name like 'hope' later called she), never the titled stakeholder who asked; what is left is
what is left ('needs another 3 to 5', 'his remaining estimate is'), and the other work's size stays its size.
Phrasings are our own."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.quantities import find_durations
from agent.understanding.text import normalise

TODAY = date(2026, 12, 4)


def _facts(question: str) -> dict:
    return {f.name: f.value for f in parse_situation(question, None, TODAY).facts}


def _roles(text: str) -> list[tuple[list[float], str]]:
    return [(d.weeks, d.role) for d in find_durations(normalise(text))]


# --- time into the work with the rest still to go is work done, not time in the job ------------------------------

def test_weeks_in_then_needs_another_range_is_done_and_remaining():
    roles = _roles("she's 4 wks in, needs another 1-3, 2 most likely.")
    assert roles == [([4.0, 4.0, 4.0], "done"), ([1.0, 2.0, 3.0], "remaining")]


def test_weeks_in_the_role_stays_tenure():
    assert _roles("he's 4 weeks into the job and still finding his feet")[0][1] == "tenure"


def test_remaining_estimate_said_as_a_noun_is_time_left():
    roles = _roles("her remaining estimate is 3 weeks at best, 4 most likely, and 6 if the vendor is slow.")
    assert roles[0] == ([3.0, 4.0, 6.0], "remaining")


def test_time_left_is_said_as_a_noun_with_a_colon():
    assert _roles("time left: about 2 weeks on the churn model")[0][1] == "remaining"


# --- the person moved, not the one asking ----------------------------------------------------------------------

def test_passive_move_names_the_person_not_the_titled_asker():
    facts = _facts("Our Head of Fleet, Mrs Oyelaran, has asked that Wulfstan be moved off the tyre-wear model to build a "
                   "depot dashboard for the audit on 12 February. Wulfstan has put in 5 weeks; his remaining estimate is "
                   "3 weeks at best, 4 most likely, 6 at worst. The dashboard would take about 2 weeks. Should I agree?")
    assert facts["person"] == "Wulfstan"
    assert facts["requester"] == "Mrs Oyelaran"
    assert facts["remaining_weeks"] == [3.0, 4.0, 6.0]
    assert facts["new_work_weeks"][1] == 2.0


def test_word_name_in_a_move_slot_later_called_she_is_the_person():
    facts = _facts("the coo wants hope off the invoice matcher to do a supplier scorecard for the march review. she's 5 wks "
                   "in, needs another 2-3. scorecard she thinks 4 weeks. what do i say")
    assert facts["person"] == "Hope"
    assert facts["remaining_weeks"][0] == 2.0 and facts["remaining_weeks"][2] == 3.0
    assert facts["new_work_weeks"][1] == 4.0


def test_a_word_used_as_a_thing_is_no_person():
    facts = _facts("the cfo wants budget moved off the q1 line to the pricing tool, she says 3 weeks of spend. the budget is tight.")
    assert facts.get("person") != "Budget"


def test_one_person_named_as_she_is_not_the_him_the_message_is_for():
    facts = _facts("cto wants amara off the ranking model for the summit demo, she's 2 weeks from done. demo is 1 week. "
                   "what do i tell him")
    assert facts.get("recipient") != "Amara"


def test_name_ending_like_a_language_is_still_a_name():
    facts = _facts("Our Director of Estates, Dr Pennick, has asked that Aelric be moved from the boiler model to a survey "
                   "map. Aelric has 3 weeks left; the map is about 2 weeks. What do you advise?")
    assert facts["person"] == "Aelric"


def test_three_d_scans_are_no_duration():
    assert "days" not in normalise("the 3D scans arrived late")
    assert normalise("3d left on the review") == "3 days left on the review"


# --- a loan of a person, said as one breath ----------------------------------------------------------------------

def test_a_loan_of_a_person_is_a_move_with_the_current_work_in_full():
    facts = _facts("so the depot supervisor wants ingeborg taken off the fuel demand model for a week to sort his shift "
                   "planner ingeborg's four weeks into the model one left maybe two it's due february fifth for the "
                   "board can you write the depot supervisor a reply")
    assert facts["person"] == "Ingeborg"
    assert facts["project"] == "fuel demand model"
    assert facts["new_work"] == "shift planner"
    assert facts["new_work_shape"] == "fixed_loan"
    assert facts["current_deadline"] == "2027-02-05"
    assert facts["remaining_weeks"][0] == 1.0


def test_a_hedge_on_the_estimate_leaves_the_due_date_due():
    from agent.understanding.dates import find_dates

    normal = normalise("two left maybe three it's due march 3rd for the audit")
    assert [d.role for d in find_dates(normal, TODAY)] == ["deadline"]


def test_release_asked_by_a_titled_head_names_the_person_released():
    facts = _facts("Good morning. Our Head of Dealer Relations, Frau Kessler, has asked me to release Ottoline to build a "
                   "configurator demo for a trade fair on 20/01. Ottoline is nine weeks into the weld-seam inspection model "
                   "and estimates two weeks remaining, possibly three. That model must be running before the spring "
                   "production run begins on 08/02, as the works manager has made plain. The demo would take two weeks. "
                   "Should she switch now?")
    assert facts["person"] == "Ottoline"
    assert facts["requester"] == "Frau Kessler"
    assert facts["new_work"] == "configurator demo"
    assert facts["current_deadline"] == "2027-02-08"
    assert facts.get("recipient") != "Relations"
    assert facts.get("person_role") != "manager"


def test_most_likely_said_after_its_number_sets_the_likely_case():
    assert _roles("he's got between 2 and 4 weeks left, 3 most likely, then he's free") == [([2.0, 3.0, 4.0], "remaining")]
    assert _roles("she's 5 wks in, needs another 1-4, 2 most likely.")[1] == ([1.0, 2.0, 4.0], "remaining")


def test_an_unknown_name_opening_a_sentence_with_a_persons_verb_is_the_person():
    facts = _facts("wenceslas joins us from the finance analytics team on feb 1 (not in my file yet), he'll take over the "
                   "invoice matcher with me. first 1:1 that day, 30 mins. what should we cover")
    assert facts["person"] == "Wenceslas"


def test_a_share_asked_from_a_day_names_the_work_after_it():
    facts = _facts("tamsin (head of treasury) wants ifeoma one day a week from monday on a cash buffer model, about four "
                   "weeks of work she reckons. ifeoma has 3 weeks left on the churn retrain. can i say yes?")
    assert facts["new_work"] == "cash buffer model"


def test_a_head_without_of_is_a_requester():
    facts = _facts("Our regional logistics head wants Barnabas moved onto the pallet-tracking dashboard. Barnabas is six "
                   "weeks into the route model and has about two weeks left. The dashboard is three weeks. Which way?")
    assert facts["requester"] == "regional logistics head"


def test_things_joined_onto_other_things_are_no_move_and_a_stated_plan_with_odds_asked_is_a_forecast():
    from agent.understanding import parse_situation

    q = ("client wants the tide model for the feb 12 tender. step one cleaning the gauge logs 2 wks, then merging them onto the radar "
         "grids about a week, then training 3-4 wks. whats the chance we make it")
    assert parse_situation(q, None, date(2026, 12, 4)).intent == "planning"


def test_an_owner_or_a_chair_who_wants_someone_moved_is_the_asker_and_the_move_is_weighed():
    for q in ("the shop owner wants kit off the returns model to build a window display counter for jan 9. she's 3 wks in, 1-2 left. what do i tell her",
              "our chair wants dov off the grant scorer for a board deck by dec 18, he has about 2 weeks left. what do i say"):
        s = parse_situation(q, None, TODAY)
        assert s.intent == "reprioritization" and s.get("requester"), q


def test_an_estimate_right_after_weeks_into_the_work_is_what_is_left_of_it_and_prob_is_likely():
    q = ("the gm wants oriel off the kiln scheduler to build a glaze-defect counter for the trade fair on jan 15. oriel's 5 wks into the "
         "scheduler, 1 wk best case, 2 prob, 3 if the sensor feed flakes again. the counter she reckons about a week. which first?")
    s = parse_situation(q, None, TODAY)
    assert s.get("remaining_weeks") == [1.0, 2.0, 3.0] and s.get("done_weeks") == 5.0
    assert s.get("new_work_weeks")[1] == 1.0
