"""A hard time outside work the manager only suspects is asked about once, openly, with the support on offer, after
the facts and before their side; never made a read of them. Notes typed without stops still give each shortfall."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str], minutes: int = 45):
    person = Person(name=name, role="team member")
    return build_agenda(AgendaInput(person=person, minutes=minutes, today=TODAY, cues=cues, notes=notes, person_in_team=False))


RUN_ON = ("hard conversation with Ysolde our archivist she's missed two deadlines on the map scanning the latest one she "
          "promised by monday and it never arrived i suspect there might be stuff going on at home not sure")


def test_a_suspected_hard_time_gets_an_open_wellbeing_check_with_the_eap():
    agenda = _agenda("Ysolde", RUN_ON, ["underperforming"])
    titles = [i.title for i in agenda.items]
    check = next(i for i in agenda.items if i.title.startswith("How she is"))
    assert "employee assistance programme" in check.notes and "without saying what you suspect" in check.notes
    assert titles.index(check.title) < titles.index("Ysolde's side: listen")
    assert all("honest read" not in t.lower() for t in titles)


def test_run_on_notes_give_each_shortfall_as_its_own_example():
    agenda = _agenda("Ysolde", RUN_ON, ["underperforming"])
    facts = next(i for i in agenda.items if i.title == "The facts and the impact")
    assert "missed two deadlines on the map scanning" in facts.notes
    assert "the latest one she promised by monday and it never arrived" in facts.notes
    assert "flagged early" in agenda.markdown  # the expectation a missed date implies


def test_no_guess_no_wellbeing_check():
    agenda = _agenda("Ysolde", "she's missed two deadlines on the map scanning. the latest one never arrived.", ["underperforming"])
    assert not any(i.title.startswith("How she is") for i in agenda.items)
