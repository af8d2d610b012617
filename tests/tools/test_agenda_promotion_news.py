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
    titles = [i.title for i in agenda.items]  # the credit, the honest answer with the gaps, then the path: one item each
    assert titles[:3] == ["Credit: great with customers", "The honest answer: not yet", "The path: the next months"]
    assert "tests are patchy" in agenda.items[1].notes and "own the quality of one release" in agenda.items[2].notes
    assert not any("write down two concrete gaps" in n for n in agenda.prep_notes)


def test_a_promotion_decided_against_is_told_first_and_owned():
    notes = ("the committee rejected omar's promotion to senior. he doesn't know yet and he told a few colleagues he expects "
             "it. i argued for him and lost. the gaps: his docs are hard to follow and he rarely mentors juniors. 1:1 monday")
    agenda = _agenda("Omar", notes, ["wants_promotion"])
    first = agenda.items[0]
    assert first.title == "The outcome, and the path from here"
    assert first.notes.startswith("Tell him the outcome in the first two minutes")
    assert "don't blame the panel" in first.notes and "words for them" in first.notes


def test_a_timeline_past_the_cycle_asked_about_is_a_not_yet_with_the_quiet_gap_the_credit_and_a_path():
    notes = ("joao asked me if he can move up to staff in the march cycle. he led the new ranking service and it's solid, but he "
             "stays quiet in planning and hasn't mentored anyone. i'd say a year away. 1:1 tuesday, 40 min")
    agenda = build_agenda(AgendaInput(person=Person(name="Joao", role="team member"), minutes=40, today=TODAY,
                                      cues=["wants_promotion", "quiet"], notes=notes, person_in_team=False))
    titles = [i.title for i in agenda.items]
    assert titles[:3] == ["Credit: led the new ranking service", "The honest answer: not the March cycle", "The path: a year"]
    assert "stays quiet in planning; not yet mentored anyone" in agenda.items[1].notes
    assert "bring one proposal and argue for it" in agenda.items[2].notes and "mentor one junior" in agenda.items[2].notes
    assert not any(t.startswith("Room to speak up") for t in titles)  # quiet is a gap the manager named, not a trait to leave be
    assert "well before the March cycle" not in agenda.markdown  # no check-in framed around a cycle the answer rules out


def test_a_timeline_inside_the_cycle_keeps_the_check_in_before_it():
    notes = "asked me if she can go up for senior in the june cycle. she's maybe 2 months away, the gap is cross-team work. 1:1 friday"
    agenda = _agenda("Ama", notes, ["wants_promotion"])
    assert "well before the June cycle" in agenda.markdown and "The honest answer" not in agenda.markdown


def test_the_cycle_ruled_out_in_the_managers_words_leads_with_the_habit_gap_and_its_examples():
    notes = ("1:1 with mirela wed, 30 min. she's pushing for staff this round. brilliant at the forecasting stack but she "
             "never explains her trade-offs, and the last two planning sessions fell apart because nobody could follow her "
             "proposal. not this round. how should i put it without losing her")
    agenda = _agenda("Mirela", notes, ["wants_promotion"])
    titles = [i.title for i in agenda.items]
    assert titles[:3] == ["Credit: the forecasting stack", "The honest answer: not this round", "The path: the next months"]
    honest = agenda.items[1].notes
    assert "never explains her trade-offs" in honest
    assert "the last two planning sessions fell apart because nobody could follow her proposal" in honest
    assert not any(n.startswith("Decide how you will sponsor the case") for n in agenda.prep_notes)  # no case this round
    answer = next(a for a in agenda.answers if "not yet" in a.question)
    assert "the forecasting stack" in answer.answer and "fell apart" in answer.answer


def test_strength_said_on_a_project_is_the_work_on_it():
    notes = ("1:1 with kofi. he wants senior. solid on the search reranker but he rarely writes a design doc. not this cycle, honestly")
    agenda = _agenda("Kofi", notes, ["wants_promotion"])
    assert agenda.items[0].title == "Credit: the work on the search reranker"
    assert agenda.items[1].title == "The honest answer: not this cycle"
    assert "write the design doc for the next piece of work" in agenda.items[2].notes


def test_every_listed_gap_is_named_even_when_one_is_also_said_as_a_sentence():
    notes = ("1:1 w teodor fri. wants staff this round, asked three times now. great on infra. not ready yet: hasn't owned a "
             "roadmap, disappears for days then lands a huge PR. calibration sits in april.")
    agenda = _agenda("Teodor", notes, ["wants_promotion"])
    honest = next(i for i in agenda.items if i.title.startswith("The honest answer"))
    assert "hasn't owned a roadmap" in honest.notes and "disappears for days then lands a huge PR" in honest.notes
    assert "asked three times now" in honest.notes
    path = next(i for i in agenda.items if i.title.startswith("The path"))
    assert "share progress in the open" in path.notes
    assert "sits in April" in path.notes


def test_what_the_committee_wants_and_they_lack_is_the_gap():
    from tools.agenda_reasons import bar_unmet

    assert bar_unmet("the promotion panel expects org-wide influence and he hasn't shown much of it yet") == "org-wide influence"
    assert bar_unmet("the committee wants cross-team impact, which she has plenty of") == ""
