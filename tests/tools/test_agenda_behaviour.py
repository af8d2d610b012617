"""Agendas for raising someone's behaviour and for a clash gone personal: a behaviour others reported is the
meeting's reason, with the remarks quoted and whom they landed on named, raised softly when the manager asks (the
pressure acknowledged, no threat of HR on a first raise); a clash keeps the other person's name everywhere and names
what each side did that made it personal, with no career filler beside it."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str] | None = None, others: list[str] | None = None):
    person = Person(name=name, role="team member")
    return build_agenda(AgendaInput(person=person, minutes=30, today=TODAY, cues=cues or [], notes=notes,
                                    person_in_team=False, others=others or []))


def _all_text(agenda) -> str:
    return agenda.markdown


SOFT = ("A few engineers told me Marta's review comments have become scathing lately: 'is this a joke?' on Ivan's notebook. "
        "She is stretched by the audit. How do I bring this up without it sounding like a lecture?")


def test_a_behaviour_others_reported_is_the_reason_for_the_meeting_even_without_the_cue():
    agenda = _agenda("Marta", SOFT, others=["Ivan"])
    assert agenda.items[0].title == "How you treat the people you work with"
    assert "'is this a joke?' on Ivan's notebook" in agenda.items[0].notes
    assert not any(i.title == "Their topics" for i in agenda.items)


def test_raised_softly_the_answer_names_the_remark_the_person_it_landed_on_and_the_pressure():
    agenda = _agenda("Marta", SOFT, cues=["conduct"], others=["Ivan"])
    answer = next(a for a in agenda.answers if "without it landing" in a.question)
    assert "'is this a joke?'" in answer.answer and "Ivan" in answer.answer and "pressure" in answer.answer
    assert not any("bring it up or let it go" in a.question.lower() for a in agenda.answers)  # 'how do i' is not 'whether'
    text = _all_text(agenda)
    assert "formal matter with HR" not in text
    assert "rewrite someone's work" not in text  # nobody said she rewrites anything
    assert any("check in with Ivan" in n for n in agenda.prep_notes)


def test_a_behaviour_that_keeps_happening_says_what_follows_if_it_continues():
    agenda = _agenda("Marta", "Two people came to me again: Marta keeps calling juniors' code 'garbage' in reviews.", cues=["conduct"])
    assert "formal matter with HR" in _all_text(agenda)


CLASH = ("Dana and Piotr keep clashing over the eval metric. Dana has stopped inviting him to design reviews and he's been "
         "complaining about her to the PMs. 1:1 with Dana tomorrow.")


def test_a_clash_gone_personal_names_each_sides_part_and_keeps_the_other_name():
    agenda = _agenda("Dana", CLASH, cues=["conflict"], others=["Piotr"])
    item = next(i for i in agenda.items if i.title.startswith("The friction with"))
    assert item.title == "The friction with Piotr"
    assert "Dana's part" in item.notes and "design reviews" in item.notes
    assert "Piotr's part" in item.notes and "complaining about her" in item.notes
    assert "a colleague" not in _all_text(agenda)
    assert not any(i.title.startswith("Growth") for i in agenda.items)
    assert all(p.kind != "technical" for p in agenda.feedback_prompts)


def test_when_the_notes_leave_open_who_did_what_both_are_named_without_blame():
    notes = ("Ana and Bo keep clashing about the launch; it's gone personal, she's stopped cc'ing him on the launch thread "
             "and he's been mocking her plan in DMs. 1:1 with Ana monday")
    agenda = _agenda("Ana", notes, cues=["conflict"], others=["Bo"])
    item = next(i for i in agenda.items if i.title.startswith("The friction with"))
    assert "What made it personal" in item.notes and "Bo" in item.notes


def test_how_to_open_and_the_actual_ask_use_a_real_example_and_one_checkable_change():
    notes = ("prepping a talk with Bruno, strong engineer. three people told me his PR comments are belittling, e.g. 'who "
             "taught you to code?' in public reviews. he has no idea. how do i open it and what's the actual ask")
    agenda = _agenda("Bruno", notes, cues=["conduct"])
    opening = next(a for a in agenda.answers if a.question == "How do you open it?")
    assert "'who taught you to code?'" in opening.answer and "won't see it coming" in opening.answer
    ask = next(a for a in agenda.answers if a.question == "What is the actual ask?")
    assert "never the person" in ask.answer and "repair it in the same place" in ask.answer


def test_the_actual_ask_outside_a_behaviour_conversation_is_not_answered_as_one():
    agenda = _agenda("Bruno", "1:1 with bruno on his migration plan. what's the actual ask for the platform team?", cues=[])
    assert not any(a.question == "What is the actual ask?" for a in agenda.answers)


def test_a_complaint_from_several_people_reports_the_behaviour_not_the_reporters_and_brings_in_hr():
    notes = ("three analysts from the fraud desk came to me separately saying that our lead MLE, Oren, talks down to them in "
             "model handoffs. one of them asked to move teams. he's our best engineer. 1:1 with him tuesday, 30 min")
    agenda = _agenda("Oren", notes, cues=["conduct"])
    behaviour, expectation = agenda.items[0], next(i for i in agenda.items if i.title == "The expectation and a follow-up date")
    assert "What was reported, in your notes: \u201cOren talks down to them in model handoffs\u201d" in behaviour.notes
    assert "came to me" not in behaviour.notes.split("What was reported")[1]
    assert "More than one person has told me, separately, that you talk down to them in model handoffs. I won't say who." in behaviour.notes
    assert "don't buy an exception" in expectation.notes and "formal matter with HR" in expectation.notes
    assert agenda.prep_notes[0].startswith("More than one person raised it separately: that is a pattern")


def test_a_single_report_is_said_without_claiming_several():
    agenda = _agenda("Oren", "someone told me oren was rude to the new PM in sprint review. 1:1 friday", cues=["conduct"])
    assert "It has been raised with me that" in agenda.items[0].notes
    assert not any(n.startswith("More than one person") for n in agenda.prep_notes)
