"""The manager's stance picks the 1-on-1's items and vetoes stock ones that would contradict it: a case the manager says
is earned gets no gaps to find, the manager's own mistake is owned first, a move planned after a crunch gets a break
before it, and the questions fit the meeting and never contradict the advice."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.agenda_stance import read_stance
from tools.team import CurrentWork, Person

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str], minutes: int = 30, others: list[str] | None = None, **kw):
    person = Person(name=name, role="team member", **kw)
    return build_agenda(AgendaInput(person=person, minutes=minutes, today=TODAY, cues=cues, notes=notes, person_in_team=False,
                                    others=others or []))


def _text(agenda) -> str:
    return " ".join([x.title + " " + x.notes for x in agenda.items] + agenda.questions + agenda.prep_notes)


EARNED = ("wiremu asked me about going up to staff. he has earned it honestly: he rebuilt the claims scoring service and "
          "mentors the two new hires. but staff promotions are on hold until the october round, i only heard on tuesday. "
          "i don't want him to walk")


def test_read_stance_finds_the_agreement_the_blocker_when_it_was_learned_and_the_evidence():
    stance = read_stance(EARNED)
    assert stance.earned and "on hold until the october round" in stance.blocker and stance.learned == "on tuesday"
    assert stance.evidence == ("rebuilt the claims scoring service", "mentors the two new hires")
    assert not read_stance("she thinks she's earned it but she is not ready yet").earned  # their claim, and the manager's 'not yet'


def test_an_earned_case_says_yes_first_tells_the_blocker_honestly_and_names_no_gaps():
    agenda = _agenda("Wiremu", EARNED, ["wants_promotion"])
    first = agenda.items[0]
    assert first.title.startswith("You agree")
    assert "rebuilt the claims scoring service" in first.notes and "on hold until the october round" in first.notes
    assert "only learned it on tuesday" in first.notes and "what can move before" in first.notes
    assert "gap" not in _text(agenda).lower() and not agenda.feedback_prompts
    assert any("look elsewhere" in q for q in agenda.questions)  # he may walk: retention is asked about


def test_the_managers_own_mistake_is_owned_first_said_to_them_with_something_to_own_next():
    notes = ("1:1 with halvard thursday. i reassigned his routing experiments to the search team in october and never told him; "
             "he read about it in the team newsletter")
    stance = read_stance(notes)
    assert stance.via == "the team newsletter"
    agenda = _agenda("Halvard", notes, [])
    first = agenda.items[0]
    assert first.title == "Own your part first"
    assert "You read about it in the team newsletter, and that's on me" in first.notes
    assert "concrete" in first.notes and any("owns next" in n for n in agenda.prep_notes)
    assert not any(x.title in ("How the work is going", "Growth") for x in agenda.items)  # no stock check-in around it


def test_they_were_right_is_said_back_to_them_as_the_managers_call():
    notes = "she argued against my call to freeze the tokenizer and she was right, the recall drop came from it. want to say so"
    agenda = _agenda("Marisol", notes, [])
    first = agenda.items[0]
    assert "you were wrong" in first.notes and "You argued against my call to freeze the tokenizer" in first.notes


def test_a_move_planned_after_a_crunch_gets_a_real_break_first_and_the_hours_are_named():
    notes = ("teodor has been deploying at 3am most nights to land the billing cutover, and the cfo wants him straight on the "
             "tax engine after. check in without a big deal")
    agenda = _agenda("Teodor", notes, ["burnout"])
    text = _text(agenda)
    assert "You have been deploying at 3am most nights." in text  # to him, without the why he would give himself
    move = next(x for x in agenda.items if x.title.startswith("What comes after"))
    assert "The CFO wants him on the tax engine" in move.notes and "real break" in move.notes
    assert any(n.startswith("Talk to the CFO before the meeting") for n in agenda.prep_notes)


def test_owning_the_date_leaves_no_question_asking_them_what_to_drop():
    notes = "she's been online every weekend to hit the march release and looks exhausted"
    agenda = build_agenda(AgendaInput(
        person=Person(name="Ilse", role="team member", current_work=CurrentWork(project="Atlas release", remaining_weeks_low=8, remaining_weeks_likely=10, remaining_weeks_high=12)),
        minutes=30, today=TODAY, cues=["burnout"], notes=notes, person_in_team=False, due=date(2027, 3, 1)))
    assert "rather than asking her what to drop" in agenda.items[0].notes
    assert not any("drop" in q.lower() for q in agenda.questions)


def test_a_thirty_minute_meeting_asks_at_most_six_questions_and_holds_at_most_five_items():
    notes = "1:1 with my boss. i want to push back on the q2 freeze, ask for a contractor and ask about my own growth"
    agenda = _agenda("Ottilie", notes, ["managing_up"])
    assert len(agenda.questions) <= 6 and len(agenda.items) <= 5
    assert "Your growth" in [x.title for x in agenda.items]  # the topic they named outranks the stock ones


def test_a_fault_said_by_pointing_back_owns_the_act_it_points_at():
    notes = ("ilona is back on my team from the data platform group next month. she left because we cancelled the search "
             "revamp she was leading with a day's notice, and i won't pretend the revamp thing was handled well")
    assert read_stance(notes).my_fault.startswith("we cancelled the search revamp she was leading with a day's notice")
    text = _text(_agenda("Ilona", notes, []))
    assert "We cancelled the search revamp you were leading with a day's notice. That was my mistake" in text
    assert "won't pretend" not in text.split("Own your part first")[1].split("\n")[0]
