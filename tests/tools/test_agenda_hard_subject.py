"""A hard conversation the manager says is about something ('about the runbook she promised and never shared') has
that as its fact, said to the person, never an empty 'what you saw' template."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda, meeting_subject
from tools.team import Person

TODAY = date(2026, 12, 4)


def test_the_talk_is_about_what_the_manager_says_it_is_about():
    assert meeting_subject("tough conversation w/ wren friday about the runbook she promised in october and still hasn't shared") == (
        "the runbook she promised in october and still hasn't shared")
    assert meeting_subject("1:1 with wren friday, 30 min") == ""


def test_the_facts_item_carries_it_in_the_second_person():
    notes = "tough conversation w/ wren friday about the runbook she promised in october and still hasn't shared. 30 min"
    agenda = build_agenda(AgendaInput(person=Person(name="Wren", role="team member"), minutes=30, today=TODAY, notes=notes,
                                      person_in_team=False, cues=["underperforming"]))
    facts = next(i for i in agenda.items if i.title == "The facts and the impact")
    assert "the runbook you promised in october and still haven't shared" in facts.notes
    assert not facts.notes.startswith("What you saw")


NOT_GOOD = ("1:1 mon w/ dorian, 30 min. have to tell him the reporting work isn't good enough: 2 broken exports to the finance "
            "board in 4 wks, both skipped the test suite. he was great until the reorg. it has to change")


def test_the_message_to_give_is_no_example_and_what_follows_it_is():
    agenda = build_agenda(AgendaInput(person=Person(name="Dorian", role="team member"), minutes=30, today=TODAY, notes=NOT_GOOD,
                                      person_in_team=False, cues=["underperforming"]))
    facts = next(i for i in agenda.items if i.title == "The facts and the impact")
    assert "\u201c2 broken exports to the finance board in 4 wks\u201d" in facts.notes
    assert "have to tell him" not in facts.notes
    assert "Their topics" not in [i.title for i in agenda.items]


def test_good_until_a_turn_asks_what_changed():
    agenda = build_agenda(AgendaInput(person=Person(name="Dorian", role="team member"), minutes=30, today=TODAY, notes=NOT_GOOD,
                                      person_in_team=False, cues=["underperforming"]))
    assert "Your work was solid until the reorg. What changed for you since then?" in agenda.questions


def test_with_no_examples_the_message_is_the_first_sentence():
    notes = "hard talk with dorian friday. i need to tell him the handover notes are not good enough"
    agenda = build_agenda(AgendaInput(person=Person(name="Dorian", role="team member"), minutes=30, today=TODAY, notes=notes,
                                      person_in_team=False, cues=[]))
    issue = next(i for i in agenda.items if i.title == "The issue, said plainly")
    assert "\u201cDorian, the handover notes are not good enough, and I want us to agree what changes.\u201d" in issue.notes
