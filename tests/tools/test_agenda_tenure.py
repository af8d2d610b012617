"""A joiner's tenure shapes the items: weeks in ('started 3 wks ago'), a first proper 1-on-1 is settling in, with no prep 'before day one'. A count ('not one question') is never the colleague to ask,
and a heading said in a prep sentence reads as prose."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str], minutes: int = 30):
    person = Person(name=name, role="junior analyst")
    return build_agenda(AgendaInput(person=person, minutes=minutes, today=TODAY, cues=cues, notes=notes, person_in_team=False))


def test_weeks_in_a_first_proper_one_on_one_is_settling_in_with_no_prep_for_before_day_one():
    agenda = _agenda("Tamsin", "first proper 1-1 with tamsin monday, started 3 wks ago, has not asked a single question yet", ["new_hire", "quiet"])
    assert "before day one" not in agenda.markdown
    assert "Settling in: it's safe to ask" in [i.title for i in agenda.items]


def test_a_count_is_never_the_colleague_to_ask():
    agenda = _agenda("Pell", "first proper 1:1 with pell, 2 wks in, hasn't asked one question, lost 3 days on the export job without saying",
                     ["new_hire", "quiet", "stuck"])
    assert "One " not in agenda.markdown.replace("One thing", "")
    assert "make One" not in agenda.markdown


def test_a_deferred_heading_reads_as_prose():
    agenda = _agenda("Pell", "first proper 1:1 with pell, 2 wks in, hasn't asked one question, lost 3 days on the export job without saying",
                     ["new_hire", "quiet", "stuck"], minutes=15)
    deferred = [n for n in agenda.prep_notes if n.startswith("No time for")] if hasattr(agenda, "prep_notes") else []
    assert "No time for Their" not in agenda.markdown
    assert all("Their topics" not in n for n in deferred)
