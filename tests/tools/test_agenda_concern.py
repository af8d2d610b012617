"""The manager's read of someone on a named piece of work leads the agenda by that work, asked about rather than told,
with the guess after it kept as prep; someone else's state is not theirs."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.agenda_concern import concern_on_work
from tools.team import CurrentWork, Person

TODAY = date(2026, 12, 4)


def test_the_read_the_work_and_the_guess_are_read():
    found = concern_on_work("30 min w/ bex. she's been oddly cagey about the uplift numbers, probably because they dropped", "Bex")
    assert found is not None and (found.work, found.kind) == ("the uplift numbers", "quiet")
    assert found.guess == "probably because they dropped"


def test_someone_elses_state_is_not_theirs():
    assert concern_on_work("1:1 with bex. marco seems worried about the churn retrain", "Bex") is None


def test_the_agenda_opens_with_the_work_and_asks_rather_than_tells():
    person = Person(name="Bex", role="Data scientist", career_goal="Own experimentation",
                    current_work=CurrentWork(project="Pricing uplift", remaining_weeks_low=1, remaining_weeks_likely=2, remaining_weeks_high=3))
    notes = "1:1 with bex tuesday, 30 min. he seems a bit fed up with the pricing uplift dashboard requests"
    agenda = build_agenda(AgendaInput(person=person, minutes=30, today=TODAY, notes=notes))
    first = agenda.items[0]
    assert first.title == "The pricing uplift dashboard requests: how he sees it"
    assert "ask rather than tell" in first.notes and "take off or decide" in first.notes
    assert "How the work is going" not in [i.title for i in agenda.items]


def test_a_past_mood_or_a_trait_is_no_read_on_work():
    assert concern_on_work("he was annoyed about the split last month", "Ruben") is None
    assert concern_on_work("he's very touchy about reviews of his pipeline code", "Ruben") is None
