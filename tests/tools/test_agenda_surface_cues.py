"""Surface cues read only when the situation is there: an action done 'without telling anyone' is no quiet person and
no clash unless it was done to someone's work; terse notes that drop the subject are still about the person.
Phrasings of our own."""

from datetime import date

import pytest

from agent.understanding import detect_cues
from tools.agenda import AgendaInput, build_agenda
from tools.agenda_reasons import Words, read_notes
from tools.team import Person


@pytest.mark.parametrize(
    ("notes", "absent"),
    [
        ("he rebuilt the whole scoring service over the weekend without telling anyone and the morning batch failed", "quiet"),
        ("he rebuilt the whole scoring service over the weekend without telling anyone and the morning batch failed", "conflict"),
        ("she's skipped two retros without saying anything and the churn report is late", "quiet"),
    ],
)
def test_an_action_done_without_telling_anyone_is_not_a_quiet_person_or_a_clash(notes, absent):
    assert absent not in detect_cues(notes)


def test_reworking_someone_elses_work_without_asking_is_still_a_clash():
    assert "conflict" in detect_cues("he rewrote ama's feature joins without asking and she's furious")


def test_a_subjectless_wish_in_terse_notes_is_the_persons():
    reading = read_notes("senior DS, 4 yrs here. wants to move into the research group next year", Words(name="Ottilie", they="she", them="her", their="her"))
    assert [r.kind for r in reading.reasons] == ["ask"]


def test_asking_about_leading_something_is_a_goal_in_their_words():
    reading = read_notes("been asking about leading the billing platform. ready for more scope", Words(name="Ottilie", they="she", them="her", their="her"))
    assert [r.kind for r in reading.reasons] == ["goal"]


def test_a_news_title_never_ends_in_an_open_bracket():
    agenda = build_agenda(AgendaInput(person=Person(name="Ottilie", role="team member"), today=date(2026, 12, 4), person_in_team=False,
                                      notes="her lead role got given to an outside candidate (announced friday) and she doesn't know yet"))
    assert all(not i.title.rstrip().endswith("(") for i in agenda.items)


def test_asking_to_go_part_time_is_a_flexible_work_request_not_a_career_goal():
    reading = read_notes("wants to talk about going part time from april", Words(name="Ottilie", they="she", them="her", their="her"))
    assert [r.kind for r in reading.reasons] == ["ask"]
