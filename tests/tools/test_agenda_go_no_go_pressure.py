"""A go/no-go where someone above wants the work stopped, and the person's own odds and time ask: the pressure is
said plainly (not 'not decided yet'), their numbers are weighed in the criteria, and what goes back up is agreed.
Phrasings of our own."""

from datetime import date

from tools.agenda import AgendaInput, above_wants_stop, build_agenda
from tools.agenda_reasons import Words
from tools.team import Person


def _text(notes: str, others=()) -> str:
    agenda = build_agenda(AgendaInput(person=Person(name="Noor", role="team member"), today=date(2026, 12, 4), cues=["research_go_no_go"],
                                      notes=notes, person_in_team=False, others=list(others)))
    return agenda.markdown


def test_who_above_wants_it_stopped_is_read_as_the_manager_would_say_it():
    assert above_wants_stop("the vp would like it shelved before q1") == "the VP"
    assert above_wants_stop("the board wants it wound down") == "the board"
    assert above_wants_stop("our head of risk wants the pilot canned") == "your head of risk"
    assert above_wants_stop("the coo wants it stopped") == "the COO"
    assert above_wants_stop("ines wants it cut", Words(name="Noor", others=("Ines",))) == "Ines"
    assert above_wants_stop("she wants to stop it and move on", Words(name="Noor")) == ""


def test_a_boss_who_wants_it_killed_is_said_plainly_and_the_odds_and_time_reach_the_criteria():
    text = _text("noor has spent 12 wks on the tide-surge model, reckons 35% it beats the harmonic baseline, wants another 4-6 wks. "
                 "our head of risk wants the pilot canned.")
    assert "your head of risk wants it stopped" in text
    assert "not decided yet" not in text
    assert "35%" in text and "4-6 weeks" in text
    assert "take back to your head of risk" in text


def test_without_pressure_from_above_the_call_is_still_open():
    text = _text("noor's bet on the tide-surge model is 12 weeks in; she thinks maybe 35% it works and needs 3 more weeks")
    assert "not decided yet" in text and "wants it stopped" not in text


def test_the_facts_of_a_go_no_go_come_before_the_options():
    agenda = build_agenda(AgendaInput(person=Person(name="Noor", role="team member"), today=date(2026, 12, 4), cues=["research_go_no_go"],
                                      person_in_team=False, notes="she has spent eleven weeks on the graph recommender. it is 2% above the "
                                      "popularity baseline and we agreed 10% in august. i think we should decide whether to stop."))
    titles = [i.title for i in agenda.items]
    facts = next(t for t in titles if t.startswith("The facts"))
    assert titles.index(facts) < titles.index(next(t for t in titles if t.startswith("Criteria, options")))
