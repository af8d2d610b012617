"""Work that moved on while someone was away and then shipped is credited by name in the welcome back, never called
'work that was dropped'. Phrasings of our own."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person


def _first(notes: str) -> str:
    agenda = build_agenda(AgendaInput(person=Person(name="Anouk", role="team member"), today=date(2026, 12, 4),
                                      cues=["returning_from_leave"], notes=notes, person_in_team=False))
    return agenda.items[0].notes


def test_shipped_work_is_credited_by_name():
    notes = "anouk is back from 5 months leave monday. her tariff forecaster got handed to the pricing squad and it went live in november"
    first = _first(notes)
    assert "her tariff forecaster moved on" in first and "credit her part" in first
    assert "work that was dropped" not in first


def test_without_shipped_work_the_welcome_back_gives_each_named_change_its_why():
    first = _first("anouk is back from 5 months leave monday. the team moved offices and we have a new on-call rota")
    assert "who decided it and why" in first and "work that was dropped" not in first  # the changes are named: no stock line
