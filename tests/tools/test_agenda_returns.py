"""A return from leave is built on what the manager says changed: the work someone took over while they were away is
settled openly (never an incident between the two), the manager's list of changes is named item by item, and the
week they come back to sizes the ramp."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(notes: str):
    return build_agenda(AgendaInput(person=Person(name="Oona", role="team member"), minutes=45, today=TODAY,
                                    cues=["returning_from_leave"], notes=notes, person_in_team=False))


def test_work_a_colleague_took_over_while_away_is_settled_openly_not_an_incident():
    text = _agenda("oona returns on the 11th after four months of adoption leave. she used to own the pricing model, which "
                   "tomas mostly took over. lots has changed (new eval harness, the vendor switch). first day 1:1").markdown
    assert "Who owns the pricing model now" in text and "Tomas took part of it over" in text
    assert "What happened with" not in text and "put it right" not in text
    assert "Mostly" not in text
    assert "\u201cnew eval harness\u201d" in text and "\u201cthe vendor switch\u201d" in text


def test_the_changes_listed_after_while_she_was_out_and_her_new_week():
    text = _agenda("oona is back from parental leave next week. while she was out: the labelling moved to a new vendor, "
                   "her churn model was retrained by a contractor. she'll be three days a week").markdown
    assert "\u201cthe labelling moved to a new vendor\u201d" in text and "\u201cher churn model was retrained by a contractor\u201d" in text
    assert "three days a week: agree which days" in text


def test_a_takeover_said_with_an_upset_is_still_heard():
    text = _agenda("oona is back from leave monday. she's upset that tomas took over her pricing model without asking her").markdown
    assert "Tomas" in text


def test_back_from_another_team_is_welcomed_as_wanted_with_the_work_named_not_a_leave_ramp():
    notes = "oona is moving back to us from the payments team in january to pair with kwame on the ranking service. i want her to feel wanted"
    agenda = build_agenda(AgendaInput(person=Person(name="Oona", role="team member"), minutes=30, today=TODAY, cues=[], notes=notes,
                                      person_in_team=False, others=["Kwame"]))
    first = agenda.items[0]
    assert first.title == "Welcome back: you wanted her here"
    assert "pair with Kwame on the ranking service" in first.notes
    assert "flexible hours" not in agenda.markdown and "ease back in" not in agenda.markdown
