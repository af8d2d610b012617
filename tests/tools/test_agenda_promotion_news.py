"""Promotion conversations built on what the manager said: gaps listed after 'not there yet:' are the gaps used (and
what is strong in the same list is credited, not treated as a gap), 'how do I say not yet without crushing him' gets a
way to say it, and a promotion already decided against is told first and owned, not turned into a generic path item."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.agenda_reasons import stated_gaps
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str]):
    return build_agenda(AgendaInput(person=Person(name=name, role="team member"), minutes=30, today=TODAY, cues=cues,
                                    notes=notes, person_in_team=False))


def test_a_listed_verdict_splits_strengths_from_gaps():
    strengths, gaps = stated_gaps("wants staff. not ready yet: great with customers, tests are patchy, rarely writes design docs")
    assert strengths == ["great with customers"]
    assert gaps == ["tests are patchy", "rarely writes design docs"]


def test_not_yet_without_crushing_gets_the_listed_gaps_the_work_for_each_and_the_credit():
    agenda = _agenda("Ines", "1:1 with ines friday. she wants staff. not ready yet: great with customers, tests are patchy, "
                             "rarely runs design reviews. how do i say not yet without crushing her", ["wants_promotion"])
    answer = next(a for a in agenda.answers if "not yet" in a.question)
    assert answer.question.endswith("without crushing her?")
    assert "great with customers" in answer.answer and "tests are patchy" in answer.answer
    assert "lead the reviews for one area" in answer.answer and "own the quality of one release" in answer.answer
    item = next(i for i in agenda.items if i.title == "Path to the next level")
    assert "tests are patchy" in item.notes
    assert not any("write down two concrete gaps" in n for n in agenda.prep_notes)


def test_a_promotion_decided_against_is_told_first_and_owned():
    notes = ("the committee rejected omar's promotion to senior. he doesn't know yet and he told a few colleagues he expects "
             "it. i argued for him and lost. the gaps: his docs are hard to follow and he rarely mentors juniors. 1:1 monday")
    agenda = _agenda("Omar", notes, ["wants_promotion"])
    first = agenda.items[0]
    assert first.title == "The outcome, and the path from here"
    assert first.notes.startswith("Tell him the outcome in the first two minutes")
    assert "don't blame the panel" in first.notes and "words for them" in first.notes
