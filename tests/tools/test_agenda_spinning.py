"""Work someone is going round in circles on leads the agenda by name, with the open action on record that is part of
it and their goal; it is no blocker for someone else to clear."""

from datetime import date

import pytest

from tools.agenda import AgendaInput, build_agenda
from tools.agenda_spinning import spinning_on
from tools.team import CurrentWork, Person

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("notes", "work"),
    [
        ("30 min with odile. she keeps going round in circles with the labelling spec", "the labelling spec"),
        ("i think he's rabbit-holing on feature drift monitoring again", "the feature drift monitoring"),
        ("friday 1:1, kasia seems to be spinning her wheels on the ranking ablations, 45 min", "the ranking ablations"),
    ],
)
def test_the_work_going_round_in_circles_is_read_by_name(notes, work):
    found = spinning_on(notes, [])
    assert found is not None and found.work == work


def test_an_open_action_sharing_its_words_is_part_of_it():
    found = spinning_on("he's spinning on the churn evaluation", ["Share the evaluation plan", "Book the offsite"])
    assert found is not None and found.actions == ("Share the evaluation plan",)


def test_nothing_going_round_in_circles_is_none():
    assert spinning_on("she is spinning up a new cluster for the retrain", []) is None


def _person() -> Person:
    return Person(name="Quill", role="Data scientist", status="ramping_up", career_goal="Lead an applied research area",
                  open_action_items=["Send the ablation plan"],
                  current_work=CurrentWork(project="Ranking v2", remaining_weeks_low=2, remaining_weeks_likely=3, remaining_weeks_high=5))


def test_the_agenda_opens_with_the_work_the_action_and_the_goal():
    notes = "1:1 with quill monday, 30 min. he's going round in circles on the ranking ablations"
    agenda = build_agenda(AgendaInput(person=_person(), minutes=30, today=TODAY, cues=["stuck"], notes=notes))
    first = agenda.items[0]
    assert first.title == "The ranking ablations: the next step"
    assert "Send the ablation plan" in first.notes and "lead an applied research area" in first.notes
    assert "Their topics" != first.title and not first.title.startswith("Unblock")


def test_work_inside_their_current_project_is_said_as_part_of_it():
    person = _person().model_copy(update={"current_work": CurrentWork(project="Search relevance", summary="Learning-to-rank with new ablation studies",
                                                                      remaining_weeks_low=2, remaining_weeks_likely=3, remaining_weeks_high=5)})
    agenda = build_agenda(AgendaInput(person=person, minutes=30, today=TODAY, cues=["stuck"],
                                      notes="quill keeps going round in circles on the ablation studies"))
    assert "(part of Search relevance)" in agenda.items[0].notes


def test_the_goal_tied_to_the_work_leaves_no_stock_growth_item():
    notes = "1:1 with quill monday, 30 min. he's going round in circles on the ranking ablations"
    agenda = build_agenda(AgendaInput(person=_person(), minutes=30, today=TODAY, cues=["stuck"], notes=notes))
    assert "Growth" not in [i.title for i in agenda.items]
