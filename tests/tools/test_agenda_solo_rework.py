"""Work a person redid alone the long way, heard about from someone else, becomes the item's point: the cost of
working alone said without blame, and someone to pair with. Phrasings of our own."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda, solo_rework
from tools.team import Person


def _agenda(notes: str, cues: list[str]):
    person = Person(name="Ines", role="team member")
    return build_agenda(AgendaInput(person=person, today=date(2026, 12, 4), cues=cues, notes=notes, person_in_team=False))


def test_the_solo_rework_is_read_in_a_few_of_the_managers_words():
    assert solo_rework("heard from the ops lead she spent three days rebuilding the tariff lookup by hand") == "rebuilding the tariff lookup by hand for three days"
    assert solo_rework("he's been rewriting the label loader from scratch all week") == "rewriting the label loader from scratch"
    assert solo_rework("she is retraining the churn model every monday") == ""


def test_a_quiet_new_joiner_who_redid_work_alone_gets_pairing_not_only_the_template():
    notes = "5 weeks in, never asks. found out she's been redoing the tariff lookup from scratch for a week"
    agenda = build_agenda(AgendaInput(person=Person(name="Ines", role="team member"), today=date(2026, 12, 4),
                                      cues=["new_hire", "quiet"], notes=notes, person_in_team=False))
    text = " ".join(i.notes for i in agenda.items)
    assert "redoing the tariff lookup" in text and "pairs with" in text
    assert all("not a new joiner" not in r.detail for r in agenda.rules_applied)


def test_someone_long_in_the_team_who_went_quiet_and_redid_work_alone_gets_it_too():
    text = " ".join(i.notes for i in _agenda("never speaks up in planning; rebuilt the invoice parser alone over two weeks", ["quiet"]).items)
    assert "rebuilt the invoice parser alone" in text and "pairs with" in text
