"""Headings are written, not pasted: a listed topic's heading stops at its own sentence and what follows is said as
the facts or the why; a phrase that only says when ('in her absence') is never a change on its own."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str], minutes: int = 30):
    return build_agenda(AgendaInput(person=Person(name=name, role="team member"), minutes=minutes, today=TODAY, cues=cues,
                                    notes=notes, person_in_team=False))


UP = ("1:1 with my boss friday, 30 min. She's Radka, our CFO. Two things:\n"
      "(a) push back on her promising the board a churn model by January. we have one analyst and no clean labels.\n"
      "(b) feedback on my first six months leading analytics, I honestly can't tell how it's landing.")


def test_a_listed_topics_heading_stops_at_its_sentence_and_the_rest_is_said_in_the_item():
    agenda = _agenda("Radka", UP, ["managing_up"])
    push = next(i for i in agenda.items if i.title.startswith("Push back:"))
    assert push.title == "Push back: her promising the board a churn model by January"
    assert "one analyst and no clean labels" in push.notes
    fb = next(i for i in agenda.items if i.title.startswith("Feedback for you:"))
    assert fb.title == "Feedback for you: your first six months leading analytics"
    assert "can't tell how it's landing" in fb.notes


def test_a_phrase_that_only_says_when_is_no_change():
    notes = ("Ottilie is back from six months of leave on monday. During her absence, the pricing model she owned went to "
             "an agency, and the team moved under the COO. 45 minutes.")
    agenda = _agenda("Ottilie", notes, ["returning_from_leave"], minutes=45)
    welcome = agenda.items[0]
    assert "the team moved under the COO" in welcome.notes
    assert "\u201cDuring her absence\u201d" not in welcome.notes


def test_changes_named_on_a_return_are_said_with_who_decided_and_why():
    notes = ("Ottilie is back from six months of leave on monday. During her absence, the pricing model she owned went to "
             "an agency who rebuilt most of its features, and the team moved under the COO. 45 minutes.")
    agenda = _agenda("Ottilie", notes, ["returning_from_leave"], minutes=45)
    welcome = agenda.items[0]
    assert "who decided it and why" in welcome.notes and "work that was dropped" not in welcome.notes
    assert "rebuilt most of its features" in welcome.notes
