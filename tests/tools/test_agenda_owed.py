"""Work the person owes, as the manager names it: the thing, how late, and the action on record it is. Phrasings of our own."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.agenda_owed import owed_work
from tools.team import Person


def test_the_thing_owed_is_read_with_how_late_and_matched_to_the_record():
    found = owed_work("she still owes me the capacity forecast for q1, which is two weeks late. otherwise fine", "Odile",
                      ["Send the Q1 capacity forecast", "Book the offsite room"])
    assert [(o.thing, o.late, o.on_record) for o in found] == [("the capacity forecast", "two weeks late", "Send the Q1 capacity forecast")]


def test_the_thing_said_before_the_verb_is_read_too():
    found = owed_work("the vendor comparison sheet he owes is a week overdue", "Piet", [])
    assert [(o.thing, o.late) for o in found] == [("the vendor comparison sheet", "a week overdue")]


def test_what_the_manager_owes_or_someone_else_owes_is_not_theirs():
    assert owed_work("i still owe her a reply on the budget. and ben owes me the cost sheet", "Odile", []) == []


def _agenda(notes: str, actions: list[str], minutes: int = 30, **person):
    p = Person(name="Odile", role="data engineer", open_action_items=actions, **person)
    return build_agenda(AgendaInput(person=p, minutes=minutes, today=date(2026, 12, 4), notes=notes, person_in_team=True))


def test_owed_work_the_manager_named_is_an_item_with_a_date_to_agree_not_only_a_checkbox():
    agenda = _agenda("1:1 tuesday. she still owes the lineage audit write-up and seems swamped", ["Finish the lineage audit write-up", "Review Sam's PR"])
    item = next(i for i in agenda.items if i.title == "Owed: the lineage audit write-up")
    assert "date" in item.notes
    text = " ".join(i.notes for i in agenda.items)
    assert "Review Sam's PR" in text and "Finish the lineage audit write-up" not in text  # the owed one is not listed twice


def test_a_named_item_is_squeezed_in_rather_than_left_for_next_time():
    agenda = _agenda("she still owes the lineage audit write-up", ["Finish the lineage audit write-up", "Review Sam's PR"], minutes=30,
                     status="blocked", blockers=["No write access to the audit bucket"], days_stuck=2, career_goal="Lead the data platform",
                     last_feedback=date(2026, 9, 1))
    titles = [i.title for i in agenda.items]
    assert "Owed: the lineage audit write-up" in titles and any(t.startswith("Growth") for t in titles)
    assert not any(n.startswith("No time for") for n in agenda.prep_notes)
    close = next(i for i in agenda.items if i.title == "Next steps and owners")
    assert "Review Sam's PR" in close.notes  # last time's actions are checked in the close when time is short
    assert sum(i.minutes for i in agenda.items) == 30


def test_a_deliverable_not_in_yet_is_owed_when_it_was_due_or_is_on_record():
    found = owed_work("quarterly deck still not sent, was due tuesday. otherwise fine", "Piet", [])
    assert [(o.thing, o.late) for o in found] == [("the quarterly deck", "due tuesday")]
    assert [o.on_record for o in owed_work("her churn notebook isn't done", "Odile", ["Clean up the churn notebook"])] == ["Clean up the churn notebook"]
    assert owed_work("the migration is still not done and i am worried", "Piet", []) == []  # work under way, not a deliverable owed


def test_owed_work_the_manager_named_comes_before_what_only_the_record_holds():
    agenda = _agenda("she still owes the lineage audit write-up", ["Finish the lineage audit write-up"], minutes=45,
                     career_goal="Lead the data platform", last_feedback=date(2026, 9, 1))
    titles = [i.title for i in agenda.items]
    assert titles.index("Owed: the lineage audit write-up") < titles.index("Feedback")


def test_work_promised_and_not_sent_is_owed_and_matched_to_its_action():
    from tools.agenda_owed import owed_work

    found = owed_work("hard talk about the migration runbook she promised last sprint and never shared", "Wren",
                      ["Write the migration runbook", "Book the offsite"])
    assert found and found[0].thing == "the migration runbook" and found[0].on_record == "Write the migration runbook"
