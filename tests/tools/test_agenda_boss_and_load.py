"""Second asks to one's own boss, a date the notes tie to another piece of work, on-call as the cause of burnout, and a
promotion cycle that passed while someone was away: each becomes a concrete item rather than a template."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import CurrentWork, Person

TODAY = date(2026, 12, 4)


def _agenda(name, cues, notes, minutes=30, **extra):
    person = extra.pop("person", None) or Person(name=name, role="team member")
    return build_agenda(AgendaInput(person=person, minutes=minutes, today=TODAY, cues=cues, notes=notes, person_in_team=False, **extra))


def test_a_backing_ask_to_the_boss_is_its_own_item_with_its_reason():
    notes = ("1:1 with my boss ottilie tues, 30 min. two things: push back on her cutting the labelling budget in january, "
             "and get her backing for jonas to lead the eval platform, since he has run it unofficially all year")
    agenda = _agenda("Ottilie", ["managing_up"], notes, others=["jonas"], relationship="boss")
    titles = [i.title for i in agenda.items]
    assert any(t.startswith("Ask: backing for Jonas to lead the eval platform") for t in titles)
    ask = next(i for i in agenda.items if i.title.startswith("Ask: backing"))
    assert "because he has run it unofficially all year" in ask.notes
    assert "Would you back Jonas to lead the eval platform, and if not yet, what would you need to see?" in agenda.questions
    assert "Feedback for you" not in titles  # two asks fill thirty minutes


def test_a_push_back_question_to_the_boss_says_you_not_him():
    notes = "1:1 with my boss wednesday. i want to push back on him moving kiri to the billing rewrite (the churn model ships in a week)"
    agenda = _agenda("Your boss", ["managing_up"], notes, others=["kiri"], relationship="boss")
    assert any(q.startswith("What is behind you moving Kiri to the billing rewrite,") for q in agenda.questions)


def test_a_date_tied_to_another_doc_comes_off_their_plate_not_their_projects_date():
    person = Person(name="Runa", role="Data engineer", current_work=CurrentWork(project="Warehouse cutover", remaining_weeks_low=1,
                                                                               remaining_weeks_likely=2, remaining_weeks_high=3))
    notes = "runa is online at midnight most nights, and tariq's retention report (due the 18th) landed on her on top of the cutover"
    agenda = _agenda("Runa", ["burnout"], notes, person=person, due=date(2026, 12, 18), due_item="tariq's retention report", free=["Ozan"],
                     others=["tariq"])
    text = agenda.markdown
    assert "Tariq's retention report (due Fri 18 Dec)" in text and "hand it to Ozan" in text
    assert "you own the date for Warehouse cutover" not in text


def test_on_call_alone_is_named_as_the_cause_with_relief():
    notes = "he's been on call for the pricing service alone since september and got paged at 4am three times this week, totally fried"
    agenda = _agenda("Nils", ["burnout"], notes)
    assert "a second person on it from this week" in agenda.markdown


def test_a_cycle_that_passed_while_away_is_said_plainly_with_the_next_one():
    notes = "elin is back from 6 months parental leave next week. she was up for senior before she left and that round has passed"
    agenda = _agenda("Elin", ["returning_from_leave", "wants_promotion"], notes, minutes=45)
    item = next(i for i in agenda.items if i.title.startswith("Promotion: the cycle that passed"))
    assert "Give the date of the next cycle" in item.notes and item.owner == "you"


def test_with_your_boss_a_decision_between_two_owners_sets_the_options_side_by_side():
    agenda = _agenda("Ilse", ["managing_up"], "1:1 with my manager ilse tuesday. i want to ask for a clear decision on whether "
                     "my team runs the pricing models or finance does, and also raise that i've been working most evenings since september.")
    decision = next(i for i in agenda.items if i.title.startswith("Ask: a clear decision"))
    assert "(a) your team runs the pricing models; (b) finance does" in decision.notes
    load = next(i for i in agenda.items if i.title.startswith("Raise:"))
    assert load.title == "Raise: you've been working most evenings since september"
    assert "(1)" in load.notes and "stop or slow down" in load.notes and "hand to someone" in load.notes
    assert "one page" not in load.notes.lower() and not any("settle that" in q for q in agenda.questions)
