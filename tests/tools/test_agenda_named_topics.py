"""What the manager says they want to raise, the feedback they owe and the load they list become items by name, not
template filler. Phrasings of our own."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person


def _agenda(notes: str, cues=(), goal=None, others=()):
    person = Person(name="Rhea", role="team member", **({"career_goal": goal} if goal else {}))
    return build_agenda(AgendaInput(person=person, today=date(2026, 12, 4), cues=list(cues), notes=notes, person_in_team=False, others=list(others)))


def test_a_topic_the_manager_wants_to_raise_is_an_item_tied_to_their_goal():
    agenda = _agenda("1:1 thursday. i want to ask if she'd lead the pricing platform rebuild next quarter", goal="Lead the pricing platform")
    item = next(i for i in agenda.items if i.title.startswith("Your topic:"))
    assert "whether she'd lead the pricing platform rebuild" in item.title
    assert "goal in the team file" in item.notes


def test_a_topic_already_carried_by_another_item_is_not_repeated():
    agenda = _agenda("she shipped the freight-eta model last week. i want to celebrate it and talk about the freight-eta model")
    assert not any(i.title.startswith("Your topic:") for i in agenda.items)


def test_feedback_the_manager_owes_is_named():
    agenda = _agenda("1:1 monday. also owe her feedback on the capacity plan she presented")
    assert any(i.title == "Feedback you owe: the capacity plan she presented" for i in agenda.items)


def test_a_load_taken_on_top_of_other_work_is_named_in_the_burnout_item():
    agenda = _agenda("she picked up jonas's alerting backlog on top of the ledger migration and it's too much", cues=["burnout"], others=["Jonas"])
    text = " ".join(i.notes for i in agenda.items)
    assert "Jonas's alerting backlog; ledger migration" in text
