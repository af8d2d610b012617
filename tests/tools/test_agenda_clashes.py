"""Two people whose disagreement turned personal, and someone who withdrew after their project was cancelled: the
agenda is built from what happened, not from a generic check-in."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str], others: list[str] | None = None, minutes: int = 30):
    return build_agenda(AgendaInput(person=Person(name=name, role="team member"), minutes=minutes, today=TODAY, cues=cues, notes=notes,
                                    person_in_team=False, others=others or [], observations={cues[0]: notes.split(".")[0]}))


CLASH = ("kwame and ren have been going back and forth for a month over rust or staying on python for the ingest service. "
         "on friday it got personal at the architecture sync and they're not speaking in slack now. 1:1 with kwame monday, ren tuesday")


def test_a_clash_that_turned_personal_leads_with_the_behaviour_and_no_carried_tales():
    agenda = _agenda("Kwame", CLASH, ["conflict"], ["Ren"])
    first = agenda.items[0]
    assert first.title == "The friction with Ren"
    assert "at the architecture sync" in first.notes and "ideas, never about the person" in first.notes
    assert "don't repeat what Ren said" in first.notes and "Ren on Tuesday" in first.notes


def test_the_technical_question_is_settled_on_evidence_in_its_own_item():
    titles = [i.title for i in _agenda("Kwame", CLASH, ["conflict"], ["Ren"]).items]
    assert titles[1] == "Rust vs python for the ingest service: how it gets decided"
    item = _agenda("Kwame", CLASH, ["conflict"], ["Ren"]).items[1]
    assert "time-boxed" in item.notes and "you decide" in item.notes


def test_the_clash_is_kept_when_its_sentence_names_both():
    agenda = _agenda("Kwame", CLASH, ["conflict"], ["Ren"])
    assert "cue-conflict" in {r.rule for r in agenda.rules_applied}


CANCELLED = ("1:1 with ayo thursday, 45 min. since we scrapped his drone survey project in september he just does the tickets, "
             "nothing in planning. honestly that one's on me, i told him by email")


def test_withdrawal_after_a_cancelled_project_owns_the_managers_part_and_asks_what_next():
    agenda = _agenda("Ayo", CANCELLED, ["disengaged", "reprioritized"], minutes=45)
    first = agenda.items[0]
    assert first.title == "The cancelled drone survey project: how it landed"
    assert "how he is" in first.notes and "own your part" in first.notes
    assert not any(i.title.startswith(("Your honest read", "Growth")) for i in agenda.items)
    assert "What would you want to own next?" in agenda.questions
